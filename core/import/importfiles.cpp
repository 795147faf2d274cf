#include "importfiles.h"

#include "csvreader.h"
#include "db/connection.h"
#include "fieldparser.h"
#include "importer.h"
#include "numeric/currency.h"
#include "numeric/decimal.h"
#include "usagesource.h"
#include "usagewriter.h"

#include <QStringBuilder>
#include <QVariant>

#include <string>

namespace cs {

namespace {

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

std::span<const ImportFiles::Spec> ImportFiles::specs()
{
    static const Spec files[] = {
        { "billing_groups.csv", { "code", "name" }, &ImportFiles::importBillingGroups },
        { "channels.csv",
          { "code", "name", "billing_group", "currency" },
          &ImportFiles::importChannels },
        { "accounts.csv", { "code", "name", "channel" }, &ImportFiles::importAccounts },
        { "channel_memberships.csv",
          { "channel", "billing_group", "effective_from" },
          &ImportFiles::importChannelMemberships },
        { "account_memberships.csv",
          { "account", "channel", "effective_from" },
          &ImportFiles::importAccountMemberships },
        { "products.csv", { "code", "name", "category", "uom" }, &ImportFiles::importProducts },
        { "rates.csv",
          { "product", "currency", "rate", "effective_from", "channel" },
          &ImportFiles::importRates },
        { "usage.csv",
          { "id", "account", "product", "start", "end", "quantity" },
          &ImportFiles::importUsage },
        { "statements.csv",
          { "id", "account", "period_start", "period_end", "posted_at", "balance_forward",
            "payments", "credits", "new_charges", "net_balance", "currency" },
          &ImportFiles::importStatements },
        { "invoices.csv",
          { "id", "account", "number", "posted_at", "service_start", "service_end", "subtotal",
            "discount", "tax", "total", "currency" },
          &ImportFiles::importInvoices },
        { "invoice_items.csv",
          { "id", "invoice", "description", "amount", "unit_price", "chargeable_usage" },
          &ImportFiles::importInvoiceItems },
        { "payments.csv",
          { "id", "account", "type", "created_at", "amount", "currency", "reference", "memo" },
          &ImportFiles::importPayments },
        { "payment_failures.csv",
          { "id", "account", "created_at", "amount", "currency", "status_code", "memo" },
          &ImportFiles::importPaymentFailures },
    };
    return files;
}

ImportFiles::ImportFiles(ImportContext &context)
    : m_context(context)
{ }

Result<QString> ImportFiles::code(const CsvReader &csv, int column, ImportKeySet &seen) const
{
    const QByteArrayView bytes = csv.field(column);
    QString reason;
    if (!FieldParser::isValidCode(bytes, &reason))
        return importValueError(csv, column, reason);
    if (!seen.emplace(importView(bytes)).second)
        return importValueError(csv, column, Importer::tr("duplicate code in the file"));
    return QString::fromLatin1(bytes);
}

Result<QString> ImportFiles::externalId(const CsvReader &csv, int column, ImportKeySet &seen) const
{
    const QByteArrayView bytes = csv.field(column);
    if (bytes.isEmpty())
        return importFieldError(csv, column, Importer::tr("empty id"));
    if (!seen.emplace(importView(bytes)).second)
        return importValueError(csv, column, Importer::tr("duplicate id in the file"));
    return QString::fromUtf8(bytes);
}

Result<QString> ImportFiles::text(const CsvReader &csv, int column, bool required) const
{
    const QByteArrayView bytes = csv.field(column);
    if (required && bytes.trimmed().isEmpty())
        return importFieldError(csv, column, Importer::tr("empty value"));
    return QString::fromUtf8(bytes);
}

Result<const ImportReference *> ImportFiles::reference(const CsvReader &csv, int column,
                                                       const ImportReferenceMap &map,
                                                       const QString &what) const
{
    const QByteArrayView bytes = csv.field(column);
    const auto found = map.find(importView(bytes));
    if (found == map.end())
        return importValueError(csv, column, Importer::tr("unknown %1").arg(what));
    return &found->second;
}

Result<Currency> ImportFiles::currency(const CsvReader &csv, int column) const
{
    const QByteArrayView bytes = csv.field(column);
    if (bytes.size() == 3) {
        if (const auto found = Currency::find(QString::fromLatin1(bytes)))
            return *found;
    }
    return importValueError(csv, column, Importer::tr("unknown currency code"));
}

Result<qint64> ImportFiles::timestamp(const CsvReader &csv, int column) const
{
    QString reason;
    if (const auto value = FieldParser::parseTimestamp(csv.field(column), &reason))
        return *value;
    return importValueError(csv, column, reason);
}

Result<qint64> ImportFiles::date(const CsvReader &csv, int column) const
{
    QString reason;
    if (const auto value = FieldParser::parseDate(csv.field(column), &reason))
        return *value;
    return importValueError(csv, column, reason);
}

Result<qint64> ImportFiles::money(const CsvReader &csv, int column, const Currency &currency) const
{
    QString reason;
    if (const auto value = FieldParser::parseMoney(csv.field(column), currency.minorUnits, &reason))
        return *value;
    return importValueError(csv, column, reason);
}

Result<Decimal> ImportFiles::decimal(const CsvReader &csv, int column) const
{
    QString reason;
    if (const auto value = FieldParser::parseDecimal(csv.field(column), &reason))
        return *value;
    return importValueError(csv, column, reason);
}

Result<QSqlQuery> ImportFiles::prepare(const QString &sql)
{
    QSqlQuery query = m_context.connection().query();
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error {
            Importer::tr("cannot prepare the import: %1").arg(Connection::describe(query))
        };
    return query;
}

Status ImportFiles::execute(QSqlQuery &query, const CsvReader &csv)
{
    if (!query.exec())
        return Error { csv.location() % QStringLiteral(": ") % Connection::describe(query) };
    return m_context.rowsDone();
}

Result<DocumentChangeLog *> ImportFiles::changeLog()
{
    if (!m_changeLog) {
        auto prepared = DocumentChangeLog::prepare(m_context.connection());
        if (!prepared)
            return prepared.error();
        m_changeLog.emplace(std::move(*prepared));
    }
    return &*m_changeLog;
}

Result<DocumentUpsert> ImportFiles::prepareDocuments(const QString &table,
                                                     const QStringList &columns)
{
    CS_IMPORT_TRY(
        max,
        m_context.connection().exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table));
    m_maxIdBefore = max->next() ? max->value(0).toLongLong() : 0;
    max->finish();
    if (table == u"invoice")
        m_invoicesAddedAbove = m_maxIdBefore;
    return DocumentUpsert::prepare(m_context.connection(),
                                   { table, columns, { columns.at(0), columns.at(1) } });
}

// The documents a file added, logged at once when the file is done.
Status ImportFiles::logAddedDocuments(const QString &stream, const QString &table,
                                      const QString &dateColumn)
{
    CS_IMPORT_TRY(log, changeLog());
    return (*log)->logAdded(stream, table, dateColumn, m_maxIdBefore);
}

Status ImportFiles::writeDocument(DocumentUpsert &upsert, const QString &stream,
                                  const CsvReader &csv, const QVariantList &values)
{
    CS_IMPORT_TRY(outcome, upsert.write(csv, values));
    if (outcome->kind == DocumentUpsert::Outcome::Changed) {
        CS_IMPORT_TRY(log, changeLog());
        if (const Status logged = (*log)->log(csv, stream, values[0], values[1], values[2], false);
            !logged)
            return logged;
        // moved to another account or date: its old place changed too
        const QVariantList &old = outcome->oldPlace;
        if (old.value(0).toLongLong() != values[1].toLongLong()
            || old.value(1).toLongLong() != values[2].toLongLong()) {
            if (const Status logged = (*log)->log(csv, stream, values[0], old[0], old[1], false);
                !logged)
                return logged;
        }
    }
    return m_context.rowsDone();
}

Status ImportFiles::importBillingGroups(CsvReader &csv, const QList<int> &c)
{
    CS_IMPORT_TRY(query,
                  prepare(QStringLiteral(
                      "INSERT INTO billing_group (code, name) VALUES (?, ?) ON CONFLICT (code) "
                      "DO UPDATE SET name = excluded.name")));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(groupCode, code(csv, c[0], seen));
        CS_IMPORT_TRY(name, text(csv, c[1], true));
        query->bindValue(0, *groupCode);
        query->bindValue(1, *name);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return m_context.loadReferences(m_context.billingGroups,
                                    QStringLiteral("SELECT code, id, NULL FROM billing_group"));
}

Status ImportFiles::importChannels(CsvReader &csv, const QList<int> &c)
{
    CS_IMPORT_TRY(
        query,
        prepare(QStringLiteral(
            "INSERT INTO channel (code, name, billing_group_id, currency) VALUES (?, ?, "
            "?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
            "billing_group_id = excluded.billing_group_id, currency = excluded.currency")));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(channelCode, code(csv, c[0], seen));
        CS_IMPORT_TRY(name, text(csv, c[1], true));
        QVariant group = nullInteger();
        if (!csv.field(c[2]).isEmpty()) {
            CS_IMPORT_TRY(
                found,
                reference(csv, c[2], m_context.billingGroups, Importer::tr("billing group")));
            group = (*found)->id;
        }
        CS_IMPORT_TRY(channelCurrency, currency(csv, c[3]));
        m_context.memberships.channels.push_back(
            { *channelCode, group.isNull() ? 0 : group.toLongLong(), QString(), true });
        query->bindValue(0, *channelCode);
        query->bindValue(1, *name);
        query->bindValue(2, group);
        query->bindValue(3, channelCurrency->code);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return m_context.loadReferences(m_context.channels,
                                    QStringLiteral("SELECT code, id, currency FROM channel"));
}

Status ImportFiles::importAccounts(CsvReader &csv, const QList<int> &c)
{
    CS_IMPORT_TRY(
        query,
        prepare(QStringLiteral(
            "INSERT INTO account (code, name, channel_id) VALUES (?, ?, ?) ON CONFLICT "
            "(code) DO UPDATE SET name = excluded.name, channel_id = excluded.channel_id")));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(accountCode, code(csv, c[0], seen));
        CS_IMPORT_TRY(name, text(csv, c[1], true));
        CS_IMPORT_TRY(channel, reference(csv, c[2], m_context.channels, Importer::tr("channel")));
        m_context.memberships.accounts.push_back({ *accountCode, (*channel)->id, QString(), true });
        query->bindValue(0, *accountCode);
        query->bindValue(1, *name);
        query->bindValue(2, (*channel)->id);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return m_context.loadReferences(m_context.accounts,
                                    QStringLiteral("SELECT code, id, channel_id FROM account"));
}

Status ImportFiles::importProducts(CsvReader &csv, const QList<int> &c)
{
    CS_IMPORT_TRY(query,
                  prepare(QStringLiteral(
                      "INSERT INTO product (code, name, category, uom) VALUES (?, ?, ?, ?) ON "
                      "CONFLICT (code) DO UPDATE SET name = excluded.name, category = "
                      "excluded.category, uom = excluded.uom")));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(productCode, code(csv, c[0], seen));
        CS_IMPORT_TRY(name, text(csv, c[1], true));
        CS_IMPORT_TRY(category, text(csv, c[2], false));
        CS_IMPORT_TRY(uom, text(csv, c[3], false));
        query->bindValue(0, *productCode);
        query->bindValue(1, *name);
        query->bindValue(2, *category);
        query->bindValue(3, *uom);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return m_context.loadReferences(m_context.products,
                                    QStringLiteral("SELECT code, id, NULL FROM product"));
}

Status ImportFiles::importRates(CsvReader &csv, const QList<int> &c)
{
    // Rates have no id: (product, currency, effective_from, channel) is their key.
    CS_IMPORT_TRY(
        find,
        prepare(QStringLiteral("SELECT id FROM rate WHERE product_id = ? AND currency = ? "
                               "AND effective_from = ? AND ")
                + m_context.connection().dialect().nullSafeEquals(QStringLiteral("channel_id"),
                                                                  QStringLiteral("?"))));
    CS_IMPORT_TRY(update, prepare(QStringLiteral("UPDATE rate SET rate = ? WHERE id = ?")));
    CS_IMPORT_TRY(insert,
                  prepare(QStringLiteral("INSERT INTO rate (product_id, currency, rate, "
                                         "effective_from, channel_id) VALUES (?, ?, ?, ?, ?)")));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(product, reference(csv, c[0], m_context.products, Importer::tr("product")));
        CS_IMPORT_TRY(rateCurrency, currency(csv, c[1]));
        CS_IMPORT_TRY(rate, decimal(csv, c[2]));
        if (rate->isNegative())
            return importValueError(csv, c[2], Importer::tr("negative rate"));
        CS_IMPORT_TRY(from, date(csv, c[3]));
        Q_UNUSED(*from);
        QVariant channelId = nullInteger();
        if (!csv.field(c[4]).isEmpty()) {
            CS_IMPORT_TRY(channel,
                          reference(csv, c[4], m_context.channels, Importer::tr("channel")));
            if ((*channel)->currency != rateCurrency->code)
                return importFieldError(csv, c[1],
                                        Importer::tr("the rate is in %1 but channel %2 bills in %3")
                                            .arg(rateCurrency->code, shownField(csv.field(c[4])),
                                                 (*channel)->currency));
            channelId = (*channel)->id;
        }
        const std::string key = std::string(importView(csv.field(c[0]))) + '\n'
            + std::string(importView(csv.field(c[1]))) + '\n'
            + std::string(importView(csv.field(c[3]))) + '\n'
            + std::string(importView(csv.field(c[4])));
        if (!seen.insert(key).second)
            return importFieldError(
                csv, c[3],
                Importer::tr("duplicate rate for this product, currency, effective_from "
                             "and channel"));
        const QString effectiveFrom = QString::fromLatin1(csv.field(c[3]));
        find->bindValue(0, (*product)->id);
        find->bindValue(1, rateCurrency->code);
        find->bindValue(2, effectiveFrom);
        find->bindValue(3, channelId);
        if (!find->exec())
            return Error { csv.location() % QStringLiteral(": ") % Connection::describe(*find) };
        const QString rateText = rate->toCompactString();
        if (find->next()) {
            const qint64 id = find->value(0).toLongLong();
            find->finish();
            update->bindValue(0, rateText);
            update->bindValue(1, id);
            if (const Status done = execute(*update, csv); !done)
                return done;
        } else {
            find->finish();
            insert->bindValue(0, (*product)->id);
            insert->bindValue(1, rateCurrency->code);
            insert->bindValue(2, rateText);
            insert->bindValue(3, effectiveFrom);
            insert->bindValue(4, channelId);
            if (const Status done = execute(*insert, csv); !done)
                return done;
        }
    }
    return csv.hasError() ? Status(csv.error()) : success();
}

Status ImportFiles::importUsage(CsvReader &csv, const QList<int> &columns)
{
    CS_IMPORT_TRY(max,
                  m_context.connection().exec(QStringLiteral("SELECT MAX(id) FROM usage_record")));
    const qint64 maxIdBefore = max->next() ? max->value(0).toLongLong() : 0;
    max->finish();
    UsageSource source(csv, columns, m_context);
    return UsageWriter::create(m_context, maxIdBefore)->write(source);
}

Status ImportFiles::importStatements(CsvReader &csv, const QList<int> &c)
{
    CS_IMPORT_TRY(upsert,
                  prepareDocuments(QStringLiteral("account_statement"),
                                   { QStringLiteral("account_id"), QStringLiteral("posted_at"),
                                     QStringLiteral("period_start"), QStringLiteral("period_end"),
                                     QStringLiteral("balance_forward"), QStringLiteral("payments"),
                                     QStringLiteral("credits"), QStringLiteral("new_charges"),
                                     QStringLiteral("net_balance"), QStringLiteral("currency") }));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(id, externalId(csv, c[0], seen));
        CS_IMPORT_TRY(account, reference(csv, c[1], m_context.accounts, Importer::tr("account")));
        CS_IMPORT_TRY(periodStart, date(csv, c[2]));
        CS_IMPORT_TRY(periodEnd, date(csv, c[3]));
        if (*periodEnd < *periodStart)
            return importValueError(csv, c[3], Importer::tr("period_end before period_start"));
        CS_IMPORT_TRY(posted, timestamp(csv, c[4]));
        CS_IMPORT_TRY(statementCurrency, currency(csv, c[10]));
        QVariantList values { *id, (*account)->id, *posted, QString::fromLatin1(csv.field(c[2])),
                              QString::fromLatin1(csv.field(c[3])) };
        for (int i = 5; i <= 9; ++i) {
            CS_IMPORT_TRY(amount, money(csv, c[i], *statementCurrency));
            values << *amount;
        }
        values << statementCurrency->code;
        if (const Status done = writeDocument(*upsert, QStringLiteral("statement"), csv, values);
            !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return logAddedDocuments(QStringLiteral("statement"), QStringLiteral("account_statement"),
                             QStringLiteral("posted_at"));
}

Status ImportFiles::importInvoices(CsvReader &csv, const QList<int> &c)
{
    CS_IMPORT_TRY(upsert,
                  prepareDocuments(QStringLiteral("invoice"),
                                   { QStringLiteral("account_id"), QStringLiteral("posted_at"),
                                     QStringLiteral("number"), QStringLiteral("service_start"),
                                     QStringLiteral("service_end"), QStringLiteral("subtotal"),
                                     QStringLiteral("discount"), QStringLiteral("tax"),
                                     QStringLiteral("total"), QStringLiteral("currency") }));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(id, externalId(csv, c[0], seen));
        CS_IMPORT_TRY(account, reference(csv, c[1], m_context.accounts, Importer::tr("account")));
        CS_IMPORT_TRY(number, text(csv, c[2], true));
        CS_IMPORT_TRY(posted, timestamp(csv, c[3]));
        CS_IMPORT_TRY(serviceStart, date(csv, c[4]));
        CS_IMPORT_TRY(serviceEnd, date(csv, c[5]));
        if (*serviceEnd < *serviceStart)
            return importValueError(csv, c[5], Importer::tr("service_end before service_start"));
        CS_IMPORT_TRY(invoiceCurrency, currency(csv, c[10]));
        QVariantList values { *id,
                              (*account)->id,
                              *posted,
                              *number,
                              QString::fromLatin1(csv.field(c[4])),
                              QString::fromLatin1(csv.field(c[5])) };
        for (int i = 6; i <= 9; ++i) {
            CS_IMPORT_TRY(amount, money(csv, c[i], *invoiceCurrency));
            values << *amount;
        }
        values << invoiceCurrency->code;
        if (const Status done = writeDocument(*upsert, QStringLiteral("invoice"), csv, values);
            !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    m_context.invoicesLoaded = false;
    return logAddedDocuments(QStringLiteral("invoice"), QStringLiteral("invoice"),
                             QStringLiteral("posted_at"));
}

Status ImportFiles::importInvoiceItems(CsvReader &csv, const QList<int> &c)
{
    if (!m_context.invoicesLoaded) {
        if (const Status loaded = m_context.loadReferences(
                m_context.invoices,
                QStringLiteral("SELECT external_id, id, currency FROM invoice"));
            !loaded)
            return loaded;
        m_context.invoicesLoaded = true;
    }
    CS_IMPORT_TRY(
        upsert,
        DocumentUpsert::prepare(m_context.connection(),
                                { QStringLiteral("invoice_item"),
                                  { QStringLiteral("invoice_id"), QStringLiteral("description"),
                                    QStringLiteral("amount"), QStringLiteral("unit_price"),
                                    QStringLiteral("chargeable_usage") },
                                  { QStringLiteral("invoice_id") } }));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(id, externalId(csv, c[0], seen));
        CS_IMPORT_TRY(invoice, reference(csv, c[1], m_context.invoices, Importer::tr("invoice")));
        CS_IMPORT_TRY(description, text(csv, c[2], false));
        const auto invoiceCurrency = Currency::find((*invoice)->currency);
        if (!invoiceCurrency)
            return importFieldError(csv, c[1], Importer::tr("the invoice has an unknown currency"));
        CS_IMPORT_TRY(amount, money(csv, c[3], *invoiceCurrency));
        CS_IMPORT_TRY(unitPrice, decimal(csv, c[4]));
        CS_IMPORT_TRY(usage, decimal(csv, c[5]));
        CS_IMPORT_TRY(outcome,
                      upsert->write(csv,
                                    { *id, (*invoice)->id, *description, *amount,
                                      unitPrice->toCompactString(), usage->toCompactString() }));
        if (const Status logged = logItemChange(csv, *outcome, (*invoice)->id); !logged)
            return logged;
        if (const Status done = m_context.rowsDone(); !done)
            return done;
    }
    return csv.hasError() ? Status(csv.error()) : success();
}

// An item changes the record of its invoice (and of the invoice it left), unless that invoice
// is new in this import and logged as added anyway.
Status ImportFiles::logItemChange(const CsvReader &csv, const DocumentUpsert::Outcome &outcome,
                                  qint64 invoiceId)
{
    if (outcome.kind == DocumentUpsert::Outcome::Unchanged)
        return success();
    CS_IMPORT_TRY(log, changeLog());
    QList<qint64> invoices { invoiceId };
    if (outcome.kind == DocumentUpsert::Outcome::Changed
        && outcome.oldPlace.value(0).toLongLong() != invoiceId)
        invoices << outcome.oldPlace.value(0).toLongLong();
    for (const qint64 invoice : std::as_const(invoices)) {
        if (invoice > m_invoicesAddedAbove)
            continue;
        if (const Status logged = (*log)->logInvoice(csv, invoice); !logged)
            return logged;
    }
    return success();
}

Status ImportFiles::importPayments(CsvReader &csv, const QList<int> &c)
{
    CS_IMPORT_TRY(upsert,
                  prepareDocuments(QStringLiteral("payment"),
                                   { QStringLiteral("account_id"), QStringLiteral("created_at"),
                                     QStringLiteral("type"), QStringLiteral("amount"),
                                     QStringLiteral("currency"), QStringLiteral("reference"),
                                     QStringLiteral("memo") }));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(id, externalId(csv, c[0], seen));
        CS_IMPORT_TRY(account, reference(csv, c[1], m_context.accounts, Importer::tr("account")));
        const QByteArrayView type = csv.field(c[2]);
        if (type != "PAYMENT" && type != "CREDIT")
            return importValueError(csv, c[2], Importer::tr("type must be PAYMENT or CREDIT, not"));
        CS_IMPORT_TRY(created, timestamp(csv, c[3]));
        CS_IMPORT_TRY(paymentCurrency, currency(csv, c[5]));
        CS_IMPORT_TRY(amount, money(csv, c[4], *paymentCurrency));
        CS_IMPORT_TRY(referenceText, text(csv, c[6], false));
        CS_IMPORT_TRY(memo, text(csv, c[7], false));
        const QVariantList values {
            *id,     (*account)->id,        *created,       QString::fromLatin1(type),
            *amount, paymentCurrency->code, *referenceText, *memo
        };
        if (const Status done = writeDocument(*upsert, QStringLiteral("payment"), csv, values);
            !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return logAddedDocuments(QStringLiteral("payment"), QStringLiteral("payment"),
                             QStringLiteral("created_at"));
}

Status ImportFiles::importPaymentFailures(CsvReader &csv, const QList<int> &c)
{
    CS_IMPORT_TRY(upsert,
                  prepareDocuments(QStringLiteral("payment_failure"),
                                   { QStringLiteral("account_id"), QStringLiteral("created_at"),
                                     QStringLiteral("amount"), QStringLiteral("currency"),
                                     QStringLiteral("status_code"), QStringLiteral("memo") }));
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(id, externalId(csv, c[0], seen));
        CS_IMPORT_TRY(account, reference(csv, c[1], m_context.accounts, Importer::tr("account")));
        CS_IMPORT_TRY(created, timestamp(csv, c[2]));
        CS_IMPORT_TRY(failureCurrency, currency(csv, c[4]));
        CS_IMPORT_TRY(amount, money(csv, c[3], *failureCurrency));
        CS_IMPORT_TRY(statusCode, text(csv, c[5], false));
        CS_IMPORT_TRY(memo, text(csv, c[6], false));
        const QVariantList values { *id,     (*account)->id,        *created,
                                    *amount, failureCurrency->code, *statusCode,
                                    *memo };
        if (const Status done
            = writeDocument(*upsert, QStringLiteral("payment_failure"), csv, values);
            !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return logAddedDocuments(QStringLiteral("payment_failure"), QStringLiteral("payment_failure"),
                             QStringLiteral("created_at"));
}

// A membership file: the member's code, the code it belongs to (a billing group may be empty:
// none) and effective_from, once per member and date.
Status ImportFiles::importMemberships(CsvReader &csv, const QList<int> &c, bool channels)
{
    const ImportReferenceMap &members = channels ? m_context.channels : m_context.accounts;
    const ImportReferenceMap &owners = channels ? m_context.billingGroups : m_context.channels;
    ImportKeySet seen;
    while (csv.next()) {
        CS_IMPORT_TRY(member,
                      reference(csv, c[0], members,
                                channels ? Importer::tr("channel") : Importer::tr("account")));
        qint64 owner = 0;
        if (!channels || !csv.field(c[1]).isEmpty()) {
            CS_IMPORT_TRY(
                found,
                reference(csv, c[1], owners,
                          channels ? Importer::tr("billing group") : Importer::tr("channel")));
            owner = (*found)->id;
        }
        CS_IMPORT_TRY(from, date(csv, c[2]));
        Q_UNUSED(*from);
        const std::string key = std::string(importView(csv.field(c[0]))) + '\n'
            + std::string(importView(csv.field(c[2])));
        if (!seen.insert(key).second)
            return importValueError(csv, c[2],
                                    channels ? Importer::tr("duplicate effective_from for this "
                                                            "channel")
                                             : Importer::tr("duplicate effective_from for this "
                                                            "account"));
        Q_UNUSED(member);
        auto &pending = channels ? m_context.memberships.channels : m_context.memberships.accounts;
        pending.push_back({ QString::fromLatin1(csv.field(c[0])), owner,
                            QString::fromLatin1(csv.field(c[2])), false });
        if (const Status done = m_context.rowsDone(); !done)
            return done;
    }
    return csv.hasError() ? Status(csv.error()) : success();
}

Status ImportFiles::importChannelMemberships(CsvReader &csv, const QList<int> &columns)
{
    return importMemberships(csv, columns, true);
}

Status ImportFiles::importAccountMemberships(CsvReader &csv, const QList<int> &columns)
{
    return importMemberships(csv, columns, false);
}

} // namespace cs
