#include "cli/command.h"
#include "db/connection.h"
#include "demo/demodatabase.h"
#include "demo/demogenerator.h"
#include "import/importer.h"
#include "numeric/currency.h"
#include "numeric/decimal.h"
#include "support/testdatabase.h"
#include "time/businesscalendar.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

const QStringList s_files { QStringLiteral("billing_groups.csv"),  QStringLiteral("channels.csv"),
                            QStringLiteral("accounts.csv"),        QStringLiteral("products.csv"),
                            QStringLiteral("rates.csv"),           QStringLiteral("usage.csv"),
                            QStringLiteral("statements.csv"),      QStringLiteral("invoices.csv"),
                            QStringLiteral("invoice_items.csv"),   QStringLiteral("payments.csv"),
                            QStringLiteral("payment_failures.csv") };

// A CSV file as rows of named fields (RFC 4180 quoting; the generator writes "\n" line ends).
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QString value(qsizetype row, const QString &column) const
    {
        return rows[row][header.indexOf(column)];
    }
    qsizetype column(const QString &name) const { return header.indexOf(name); }
};

Table readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\n') {
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else {
            field += c;
        }
    }
    Table table;
    table.header = records.takeFirst();
    table.rows = records;
    for (const QStringList &row : std::as_const(table.rows)) {
        if (row.size() != table.header.size())
            qFatal("ragged row in %s", qPrintable(path));
    }
    return table;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 lineCount(const QString &path)
{
    return fileBytes(path).count('\n') - 1;
}

Decimal parseDecimal(const QString &text)
{
    const auto value = Decimal::parse(text);
    if (!value)
        qFatal("not a decimal: %s", qPrintable(text));
    return *value;
}

DemoOptions smallOptions()
{
    DemoOptions options;
    options.scale = 1;
    options.seed = 7;
    options.until = QDate(2025, 4, 15);
    options.days = 75; // crosses the daylight-saving change of 2025-03-30
    options.zone = QTimeZone("Europe/Berlin");
    return options;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic();
    void shape();
    void usageRecordsFollowTheBusinessDays();
    void billingDocumentsAddUp();
    void growsLinearlyWithScale();
    void commandLine();
    void imports_data() { test::addDatabaseRows(); }
    void imports();
    void createsAnImportedDatabase();
    void createRefusesToReplaceAFile();
    void canceledCreationLeavesNothing_data();
    void canceledCreationLeavesNothing();
    void canceledFillLeavesTheDatabaseAsItWas_data() { test::addDatabaseRows(); }
    void canceledFillLeavesTheDatabaseAsItWas();
};

void TestDemo::deterministic()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QTemporaryDir otherSeed;
    const auto a = DemoGenerator(smallOptions()).writeDataset(first.path());
    QVERIFY2(a, qPrintable(a ? QString() : a.errorString()));
    const auto b = DemoGenerator(smallOptions()).writeDataset(second.path());
    QVERIFY(b);
    for (const QString &name : s_files) {
        const QByteArray bytes = fileBytes(QDir(first.path()).filePath(name));
        QVERIFY2(bytes.count('\n') > 1, qPrintable(name));
        QVERIFY2(bytes == fileBytes(QDir(second.path()).filePath(name)), qPrintable(name));
    }
    QCOMPARE(a->usageRecords, b->usageRecords);

    DemoOptions options = smallOptions();
    options.seed = 8;
    QVERIFY(DemoGenerator(options).writeDataset(otherSeed.path()));
    QVERIFY(fileBytes(QDir(first.path()).filePath(QStringLiteral("usage.csv")))
            != fileBytes(QDir(otherSeed.path()).filePath(QStringLiteral("usage.csv"))));
}

void TestDemo::shape()
{
    QTemporaryDir dir;
    const auto summary = DemoGenerator(smallOptions()).writeDataset(dir.path());
    QVERIFY(summary);
    QCOMPARE(summary->until, QDate(2025, 4, 15));
    QCOMPARE(summary->from, QDate(2025, 4, 15).addDays(-74));
    QCOMPARE(summary->accounts, qint64(DemoGenerator::AccountsPerScale));
    const QDir d(dir.path());

    const Table groups = readCsv(d.filePath(QStringLiteral("billing_groups.csv")));
    QCOMPARE(groups.rows.size(), 4);
    const Table channels = readCsv(d.filePath(QStringLiteral("channels.csv")));
    QSet<QString> currencies;
    int withoutGroup = 0;
    QHash<QString, int> channelsPerGroup;
    QHash<QString, QString> channelCurrency;
    for (qsizetype i = 0; i < channels.rows.size(); ++i) {
        currencies << channels.value(i, QStringLiteral("currency"));
        channelCurrency[channels.value(i, QStringLiteral("code"))]
            = channels.value(i, QStringLiteral("currency"));
        const QString group = channels.value(i, QStringLiteral("billing_group"));
        if (group.isEmpty())
            ++withoutGroup;
        else
            ++channelsPerGroup[group];
    }
    QCOMPARE(
        currencies,
        (QSet<QString> { QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("JPY") }));
    QCOMPARE(withoutGroup, 1);
    QCOMPARE(channelsPerGroup.size(), 4);
    for (const int count : std::as_const(channelsPerGroup))
        QVERIFY(count >= 2 && count <= 4);

    // Every channel has accounts; names are free UTF-8 text (quoted where needed).
    const Table accounts = readCsv(d.filePath(QStringLiteral("accounts.csv")));
    QSet<QString> channelsWithAccounts;
    bool nonAscii = false;
    bool comma = false;
    for (qsizetype i = 0; i < accounts.rows.size(); ++i) {
        channelsWithAccounts << accounts.value(i, QStringLiteral("channel"));
        const QString name = accounts.value(i, QStringLiteral("name"));
        nonAscii = nonAscii
            || std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 127; });
        comma = comma || name.contains(u',');
    }
    QCOMPARE(channelsWithAccounts.size(), channels.rows.size());
    QVERIFY(nonAscii);
    QVERIFY(comma);

    const Table products = readCsv(d.filePath(QStringLiteral("products.csv")));
    QCOMPARE(products.rows.size(), 22);
    QHash<QString, QString> uom;
    for (qsizetype i = 0; i < products.rows.size(); ++i)
        uom[products.value(i, QStringLiteral("code"))] = products.value(i, QStringLiteral("uom"));
    QCOMPARE(uom.value(QStringLiteral("RUNNING_VM")), QStringLiteral("Hours"));
    QCOMPARE(uom.value(QStringLiteral("IP_ADDRESS")), QStringLiteral("IP-Month"));
    QCOMPARE(uom.value(QStringLiteral("NETWORK_BYTES_SENT")), QStringLiteral("Bytes"));
    QCOMPARE(uom.value(QStringLiteral("BUCKET")), QStringLiteral("GB-Months"));
    QCOMPARE(uom.value(QStringLiteral("VM_DISK_IO_READ")), QStringLiteral("count"));

    // A default rate card per currency for every product, one default rate that changes in the
    // period, one channel with its own rates, and per-byte rates with 12 decimals.
    const Table rates = readCsv(d.filePath(QStringLiteral("rates.csv")));
    QHash<QString, QSet<QString>> defaultDates; // product/currency -> effective dates
    int overrides = 0;
    int twelveDecimals = 0;
    for (qsizetype i = 0; i < rates.rows.size(); ++i) {
        const QString key = rates.value(i, QStringLiteral("product")) + u'/'
            + rates.value(i, QStringLiteral("currency"));
        const Decimal rate = parseDecimal(rates.value(i, QStringLiteral("rate")));
        QVERIFY(rate > Decimal());
        if (rate.scale() == 12)
            ++twelveDecimals;
        if (rates.value(i, QStringLiteral("channel")).isEmpty()) {
            defaultDates[key] << rates.value(i, QStringLiteral("effective_from"));
        } else {
            ++overrides;
            QCOMPARE(channelCurrency.value(rates.value(i, QStringLiteral("channel"))),
                     rates.value(i, QStringLiteral("currency")));
        }
    }
    QCOMPARE(defaultDates.size(), 22 * 3);
    int changes = 0;
    for (const QSet<QString> &dates : std::as_const(defaultDates)) {
        if (dates.size() > 1) {
            ++changes;
            for (const QString &date : dates)
                QVERIFY(QDate::fromString(date, Qt::ISODate) <= summary->until);
        }
    }
    QCOMPARE(changes, 3); // one product, in each currency
    QVERIFY(overrides >= 1);
    QVERIFY(twelveDecimals >= 1);

    // Every usage type appears, and a few network records span two or three days.
    const Table usage = readCsv(d.filePath(QStringLiteral("usage.csv")));
    QCOMPARE(usage.rows.size(), summary->usageRecords);
    QSet<QString> usedProducts;
    QSet<QString> ids;
    int multiDay = 0;
    const qsizetype productColumn = usage.column(QStringLiteral("product"));
    for (const QStringList &row : std::as_const(usage.rows)) {
        usedProducts << row[productColumn];
        ids << row[0];
        const qint64 start
            = QDateTime::fromString(row[usage.column(QStringLiteral("start"))], Qt::ISODate)
                  .toMSecsSinceEpoch();
        const qint64 end
            = QDateTime::fromString(row[usage.column(QStringLiteral("end"))], Qt::ISODate)
                  .toMSecsSinceEpoch();
        if (end - start > 26 * 3600 * 1000) {
            QVERIFY(row[productColumn].startsWith(QStringLiteral("NETWORK_BYTES")));
            QVERIFY(end - start <= 3 * 25 * 3600 * 1000);
            ++multiDay;
        }
    }
    QCOMPARE(ids.size(), usage.rows.size());
    QCOMPARE(usedProducts.size(), 22);
    QVERIFY2(multiDay >= 3, qPrintable(QString::number(multiDay)));
    QVERIFY(summary->paymentFailures >= 1);
}

void TestDemo::usageRecordsFollowTheBusinessDays()
{
    QTemporaryDir dir;
    const DemoOptions options = smallOptions();
    QVERIFY(DemoGenerator(options).writeDataset(dir.path()));
    const BusinessCalendar calendar(options.zone);
    const Table usage = readCsv(QDir(dir.path()).filePath(QStringLiteral("usage.csv")));
    bool shortDay = false;
    bool fractional = false;
    for (const QStringList &row : std::as_const(usage.rows)) {
        const qint64 start
            = QDateTime::fromString(row[usage.column(QStringLiteral("start"))], Qt::ISODate)
                  .toMSecsSinceEpoch();
        const qint64 end
            = QDateTime::fromString(row[usage.column(QStringLiteral("end"))], Qt::ISODate)
                  .toMSecsSinceEpoch();
        const QDate day = calendar.dateAt(start);
        QCOMPARE(calendar.dayStart(day), start);
        QVERIFY(day >= QDate(2025, 4, 15).addDays(-74) && day <= QDate(2025, 4, 15));
        const QDate endDay = calendar.dateAt(end);
        QCOMPARE(calendar.dayStart(endDay), end);
        QVERIFY(endDay > day && endDay <= QDate(2025, 4, 16));
        const QString quantity = row[usage.column(QStringLiteral("quantity"))];
        const Decimal q = parseDecimal(quantity);
        QVERIFY(!q.isNegative());
        QVERIFY(q.scale() <= 6);
        fractional = fractional || q.scale() == 6;
        // A VM allocated all day on the day clocks went forward has 23 hours.
        if (row[usage.column(QStringLiteral("product"))] == u"ALLOCATED_VM"
            && day == QDate(2025, 3, 30)) {
            QCOMPARE(quantity, QStringLiteral("23"));
            shortDay = true;
        }
    }
    QVERIFY(shortDay);
    QVERIFY(fractional);
}

void TestDemo::billingDocumentsAddUp()
{
    QTemporaryDir dir;
    QVERIFY(DemoGenerator(smallOptions()).writeDataset(dir.path()));
    const QDir d(dir.path());
    QHash<QString, QString> accountCurrency;
    {
        const Table channels = readCsv(d.filePath(QStringLiteral("channels.csv")));
        QHash<QString, QString> channelCurrency;
        for (qsizetype i = 0; i < channels.rows.size(); ++i)
            channelCurrency[channels.value(i, QStringLiteral("code"))]
                = channels.value(i, QStringLiteral("currency"));
        const Table accounts = readCsv(d.filePath(QStringLiteral("accounts.csv")));
        for (qsizetype i = 0; i < accounts.rows.size(); ++i)
            accountCurrency[accounts.value(i, QStringLiteral("code"))]
                = channelCurrency.value(accounts.value(i, QStringLiteral("channel")));
    }
    auto checkAmount = [&](const QString &text, const QString &currency) {
        const Decimal amount = parseDecimal(text);
        return amount.scale() == Currency::find(currency)->minorUnits;
    };

    const Table statements = readCsv(d.filePath(QStringLiteral("statements.csv")));
    QVERIFY(statements.rows.size() >= 100);
    QSet<QString> postingDays;
    for (qsizetype i = 0; i < statements.rows.size(); ++i) {
        auto v = [&](const char *column) {
            return parseDecimal(statements.value(i, QLatin1StringView(column)));
        };
        const QString currency = statements.value(i, QStringLiteral("currency"));
        QCOMPARE(currency, accountCurrency.value(statements.value(i, QStringLiteral("account"))));
        for (const char *column :
             { "balance_forward", "payments", "credits", "new_charges", "net_balance" })
            QVERIFY2(checkAmount(statements.value(i, QLatin1StringView(column)), currency), column);
        const Decimal expected = *(*v("balance_forward").minus(*v("payments").plus(v("credits"))))
                                      .plus(v("new_charges"));
        QVERIFY(expected.isIdenticalTo(v("net_balance")));
        postingDays << statements.value(i, QStringLiteral("posted_at")).left(10);
    }
    QVERIFY(postingDays.size() >= 40); // documents on most days

    const Table invoices = readCsv(d.filePath(QStringLiteral("invoices.csv")));
    const Table items = readCsv(d.filePath(QStringLiteral("invoice_items.csv")));
    QHash<QString, Decimal> itemSums;
    QHash<QString, int> itemCounts;
    for (qsizetype i = 0; i < items.rows.size(); ++i) {
        const QString invoice = items.value(i, QStringLiteral("invoice"));
        itemSums[invoice]
            = *itemSums.value(invoice).plus(parseDecimal(items.value(i, QStringLiteral("amount"))));
        ++itemCounts[invoice];
        QVERIFY(parseDecimal(items.value(i, QStringLiteral("unit_price"))) > Decimal());
        QVERIFY(parseDecimal(items.value(i, QStringLiteral("chargeable_usage"))) > Decimal());
    }
    QSet<QString> invoiceCurrencies;
    for (qsizetype i = 0; i < invoices.rows.size(); ++i) {
        const QString id = invoices.value(i, QStringLiteral("id"));
        const QString currency = invoices.value(i, QStringLiteral("currency"));
        invoiceCurrencies << currency;
        for (const char *column : { "subtotal", "discount", "tax", "total" })
            QVERIFY(checkAmount(invoices.value(i, QLatin1StringView(column)), currency));
        const Decimal subtotal = parseDecimal(invoices.value(i, QStringLiteral("subtotal")));
        QCOMPARE(itemSums.value(id), subtotal);
        QVERIFY(itemCounts.value(id) >= 1 && itemCounts.value(id) <= 4);
        const Decimal total
            = *(*subtotal.minus(parseDecimal(invoices.value(i, QStringLiteral("discount")))))
                   .plus(parseDecimal(invoices.value(i, QStringLiteral("tax"))));
        QCOMPARE(total, parseDecimal(invoices.value(i, QStringLiteral("total"))));
    }
    QCOMPARE(invoiceCurrencies.size(), 3);
    QCOMPARE(itemCounts.size(), invoices.rows.size());

    const Table payments = readCsv(d.filePath(QStringLiteral("payments.csv")));
    QSet<QString> types;
    for (qsizetype i = 0; i < payments.rows.size(); ++i) {
        types << payments.value(i, QStringLiteral("type"));
        QVERIFY(parseDecimal(payments.value(i, QStringLiteral("amount"))) > Decimal());
        QVERIFY(checkAmount(payments.value(i, QStringLiteral("amount")),
                            payments.value(i, QStringLiteral("currency"))));
    }
    QCOMPARE(types, (QSet<QString> { QStringLiteral("PAYMENT"), QStringLiteral("CREDIT") }));
    const Table failures = readCsv(d.filePath(QStringLiteral("payment_failures.csv")));
    QVERIFY(failures.rows.size() >= 1);
}

void TestDemo::growsLinearlyWithScale()
{
    qint64 counts[3] = {};
    for (int scale = 1; scale <= 3; ++scale) {
        QTemporaryDir dir;
        DemoOptions options = smallOptions();
        options.scale = scale;
        const auto summary = DemoGenerator(options).writeDataset(dir.path());
        QVERIFY(summary);
        QCOMPARE(summary->accounts, qint64(scale) * DemoGenerator::AccountsPerScale);
        counts[scale - 1] = lineCount(QDir(dir.path()).filePath(QStringLiteral("usage.csv")));
        QCOMPARE(counts[scale - 1], summary->usageRecords);
    }
    // Within 15% of proportional: the accounts of each block are drawn independently.
    for (int scale = 2; scale <= 3; ++scale) {
        const qint64 expected = counts[0] * scale;
        QVERIFY2(qAbs(counts[scale - 1] - expected) * 100 <= expected * 15,
                 qPrintable(QStringLiteral("%1 vs %2").arg(counts[scale - 1]).arg(expected)));
    }
}

void TestDemo::commandLine()
{
    QTemporaryDir dir;
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const QString folder = dir.filePath(QStringLiteral("demo"));
    const int code = runCommandLine({ QStringLiteral("channelscope-cli"), QStringLiteral("demo"),
                                      QStringLiteral("--out"), folder, QStringLiteral("--until"),
                                      QStringLiteral("2025-12-31"), QStringLiteral("--seed"),
                                      QStringLiteral("3") },
                                    out, err);
    out.flush();
    err.flush();
    QVERIFY2(code == 0, qPrintable(errText));
    QVERIFY2(outText.contains(QStringLiteral("2025-01-01 to 2025-12-31")), qPrintable(outText));
    QVERIFY(outText.contains(QStringLiteral("usage records")));
    QCOMPARE(outText.count(u'\n'), 1);
    // About 500,000 usage records a year at scale 1.
    const qint64 records = lineCount(QDir(folder).filePath(QStringLiteral("usage.csv")));
    QVERIFY2(records > 400'000 && records < 600'000, qPrintable(QString::number(records)));

    for (const QStringList &bad :
         { QStringList { QStringLiteral("--scale"), QStringLiteral("0") },
           QStringList { QStringLiteral("--scale"), QStringLiteral("x") },
           QStringList { QStringLiteral("--seed"), QStringLiteral("-1") },
           QStringList { QStringLiteral("--until"), QStringLiteral("2025-02-30") },
           QStringList {} }) {
        errText.clear();
        const int badCode = runCommandLine(
            QStringList { QStringLiteral("channelscope-cli"), QStringLiteral("demo") } + bad, out,
            err);
        err.flush();
        QCOMPARE(badCode, 2);
        QVERIFY2(errText.startsWith(QStringLiteral("channelscope-cli demo: ")),
                 qPrintable(errText));
        QCOMPARE(errText.count(u'\n'), 1);
    }
}

void TestDemo::imports()
{
    CS_FRESH_DATABASE(db);
    QTemporaryDir dir;
    // A month keeps the suite quick on PostgreSQL and still has every kind of document.
    DemoOptions options = smallOptions();
    options.days = 30;
    const auto summary = DemoGenerator(options).writeDataset(dir.path());
    QVERIFY(summary);
    Importer importer(*db);
    const auto imported = importer.importDirectory(dir.path());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.errorString()));

    auto count = [&](const char *sql) {
        auto q = db->exec(QLatin1StringView(sql));
        if (!q || !q->next())
            return qint64(-1);
        return q->value(0).toLongLong();
    };
    QCOMPARE(count("SELECT COUNT(*) FROM usage_record"), summary->usageRecords);
    QCOMPARE(count("SELECT COUNT(*) FROM account"), summary->accounts);
    QCOMPARE(count("SELECT COUNT(*) FROM rate"), summary->rates);
    QCOMPARE(count("SELECT COUNT(*) FROM account_statement"), summary->statements);
    QCOMPARE(count("SELECT COUNT(*) FROM invoice"), summary->invoices);
    QCOMPARE(count("SELECT COUNT(*) FROM invoice_item"), summary->invoiceItems);
    QCOMPARE(count("SELECT COUNT(*) FROM payment"), summary->payments);
    QCOMPARE(count("SELECT COUNT(*) FROM payment_failure"), summary->paymentFailures);
    QCOMPARE(count("SELECT COUNT(*) FROM channel WHERE billing_group_id IS NULL"), 1);
    QCOMPARE(count("SELECT COUNT(DISTINCT currency) FROM channel"), 3);
    QCOMPARE(count("SELECT COUNT(*) FROM rate WHERE channel_id IS NOT NULL"), 2);
    QVERIFY(count("SELECT COUNT(*) FROM usage_record WHERE end_at - start_at > 90000000") >= 1);
    QCOMPARE(count("SELECT COUNT(*) FROM account_statement "
                   "WHERE net_balance <> balance_forward - (payments + credits) + new_charges"),
             0);
    QCOMPARE(count("SELECT COUNT(DISTINCT effective_from) FROM rate WHERE channel_id IS NULL"), 2);
    QVERIFY(summary->statements > 0 && summary->invoices > 0 && summary->invoiceItems > 0
            && summary->payments > 0);
}

namespace {

qint64 rowCount(Connection &connection, const QString &table)
{
    auto q = connection.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// Long enough that the import reports progress (every 50,000 rows) a few times.
DemoOptions importingOptions()
{
    DemoOptions options;
    options.until = QDate(2026, 1, 31);
    options.days = 120;
    return options;
}

} // namespace

void TestDemo::createsAnImportedDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/demo.sqlite"));
    QList<int> percents;
    DemoOptions options;
    options.until = QDate(2026, 1, 31);
    options.days = 7;
    const auto built = DemoDatabase::create(
        path, options, [&percents](int percent, const QString &) { percents.append(percent); });
    QVERIFY2(built, qPrintable(built ? QString() : built.errorString()));
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + u".part"));
    QVERIFY(percents.size() >= 3);
    QCOMPARE(percents.first(), 0);
    QCOMPARE(percents.last(), 100);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));

    auto connection = Connection::open(DatabaseUrl::sqlite(path));
    QVERIFY(connection);
    QCOMPARE(rowCount(**connection, QStringLiteral("channel")), built->channels);
    QCOMPARE(rowCount(**connection, QStringLiteral("account")), built->accounts);
    QCOMPARE(rowCount(**connection, QStringLiteral("usage_record")), built->usageRecords);
    QVERIFY(built->usageRecords > 0);
    QCOMPARE(built->until, QDate(2026, 1, 31));
}

void TestDemo::createRefusesToReplaceAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const auto built = DemoDatabase::create(path, DemoOptions {});
    QVERIFY(!built);
    QVERIFY2(built.errorString().contains(path), qPrintable(built.errorString()));
    QCOMPARE(fileBytes(path), QByteArray("keep me"));
}

void TestDemo::canceledCreationLeavesNothing_data()
{
    QTest::addColumn<int>("cancelAbove");
    QTest::newRow("while writing") << -1;
    QTest::newRow("while importing") << 20;
}

// Canceled at any point, the creation fails with the canceled message and leaves no file: no
// database, no part file, no journal.
void TestDemo::canceledCreationLeavesNothing()
{
    QFETCH(int, cancelAbove);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    int reached = -1;
    bool asked = false;
    const auto built = DemoDatabase::create(
        path, importingOptions(), [&reached](int percent, const QString &) { reached = percent; },
        [&] {
            asked = true;
            return reached > cancelAbove;
        });
    QVERIFY(asked);
    QVERIFY(!built);
    QCOMPARE(built.errorString(), DemoDatabase::canceledMessage());
    QVERIFY(reached < 100);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

// The CLI's workflow on a database it is given: canceled during the import, nothing is stored.
void TestDemo::canceledFillLeavesTheDatabaseAsItWas()
{
    CS_FRESH_DATABASE(db);
    int reached = -1;
    const auto filled = DemoDatabase::fill(
        *db, importingOptions(), [&reached](int percent, const QString &) { reached = percent; },
        [&reached] { return reached > 20; });
    QVERIFY(!filled);
    QCOMPARE(filled.errorString(), DemoDatabase::canceledMessage());
    QVERIFY(reached > 20 && reached < 100);
    for (const char *table : { "channel", "account", "usage_record", "invoice" })
        QCOMPARE(rowCount(*db, QLatin1StringView(table)), 0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
