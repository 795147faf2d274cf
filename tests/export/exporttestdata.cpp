#include "exporttestdata.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

namespace cs::test {

qint64 ExportData::insert(const QString &sql, const QVariantList &bindings)
{
    auto q = m_db.exec(sql + QStringLiteral(" RETURNING id"), bindings);
    if (!q || !q->next()) {
        QTest::qFail(qPrintable(q ? QStringLiteral("no id returned") : q.errorString()), __FILE__,
                     __LINE__);
        return -1;
    }
    return q->value(0).toLongLong();
}

bool ExportData::exec(const QString &sql, const QVariantList &bindings)
{
    auto q = m_db.exec(sql, bindings);
    if (!q)
        QTest::qFail(qPrintable(q.errorString()), __FILE__, __LINE__);
    return bool(q);
}

bool ExportData::setSetting(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                               "DO UPDATE SET value = excluded.value"),
                { key, value });
}

qint64 ExportData::channel(const QString &code, const QString &currency)
{
    return insert(QStringLiteral("INSERT INTO channel (code, name, currency) VALUES (?, ?, ?)"),
                  { code, QString(QStringLiteral("Channel ") + code), currency });
}

qint64 ExportData::account(const QString &code, qint64 channelId)
{
    return insert(QStringLiteral("INSERT INTO account (code, name, channel_id) VALUES (?, ?, ?)"),
                  { code, QString(QStringLiteral("Account ") + code), channelId });
}

qint64 ExportData::statement(const QString &id, qint64 accountId, qint64 postedAtMs, qint64 forward,
                             qint64 payments, qint64 credits, qint64 charges, qint64 net,
                             const QString &currency)
{
    return insert(
        QStringLiteral("INSERT INTO account_statement (external_id, account_id, "
                       "period_start, period_end, posted_at, balance_forward, payments, "
                       "credits, new_charges, net_balance, currency) VALUES (?, ?, "
                       "'2026-02-01', '2026-02-28', ?, ?, ?, ?, ?, ?, ?)"),
        { id, accountId, postedAtMs, forward, payments, credits, charges, net, currency });
}

qint64 ExportData::invoice(const QString &id, qint64 accountId, qint64 postedAtMs, qint64 subtotal,
                           qint64 discount, qint64 tax, const QString &currency,
                           std::optional<qint64> total)
{
    return insert(QStringLiteral("INSERT INTO invoice (external_id, account_id, number, posted_at, "
                                 "service_start, service_end, subtotal, discount, tax, total, "
                                 "currency) VALUES (?, ?, ?, ?, '2026-02-01', '2026-02-28', ?, ?, "
                                 "?, ?, ?)"),
                  { id, accountId, QString(QStringLiteral("INV-") + id), postedAtMs, subtotal,
                    discount, tax, total.value_or(subtotal - discount + tax), currency });
}

qint64 ExportData::invoiceItem(const QString &id, qint64 invoiceId, qint64 amount,
                               const QString &description)
{
    return insert(QStringLiteral("INSERT INTO invoice_item (external_id, invoice_id, description, "
                                 "amount, unit_price, chargeable_usage) VALUES (?, ?, ?, ?, "
                                 "'0.125', '10.000001')"),
                  { id, invoiceId, description, amount });
}

qint64 ExportData::payment(const QString &id, qint64 accountId, qint64 createdAtMs, qint64 amount,
                           const QString &type, const QString &currency, const QString &memo)
{
    return insert(QStringLiteral("INSERT INTO payment (external_id, account_id, type, created_at, "
                                 "amount, currency, reference, memo) VALUES (?, ?, ?, ?, ?, ?, "
                                 "?, ?)"),
                  { id, accountId, type, createdAtMs, amount, currency,
                    QString(QStringLiteral("REF-") + id), memo });
}

qint64 ExportData::failure(const QString &id, qint64 accountId, qint64 createdAtMs, qint64 amount,
                           const QString &currency)
{
    return insert(QStringLiteral("INSERT INTO payment_failure (external_id, account_id, "
                                 "created_at, amount, currency, status_code, memo) VALUES (?, ?, "
                                 "?, ?, ?, 'card_declined', 'Card declined')"),
                  { id, accountId, createdAtMs, amount, currency });
}

qint64 ExportData::ms(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

bool generateBusyDay(Connection &connection, QDate date, int channels, int documents)
{
    auto fail = [](const QString &why) {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return false;
    };
    Transaction transaction(connection);
    if (const Status begun = transaction.begin(); !begun)
        return fail(begun.errorString());
    auto run = [&](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        return q.exec();
    };
    QSqlQuery channel = connection.query(), account = connection.query(),
              statement = connection.query(), invoice = connection.query(),
              item = connection.query(), payment = connection.query(), failure = connection.query();
    bool prepared = channel.prepare(QStringLiteral("INSERT INTO channel (id, code, name, currency) "
                                                   "VALUES (?, ?, ?, ?)"))
        && account.prepare(QStringLiteral("INSERT INTO account (id, code, name, channel_id) VALUES "
                                          "(?, ?, ?, ?)"))
        && statement.prepare(QStringLiteral(
            "INSERT INTO account_statement (external_id, account_id, period_start, period_end, "
            "posted_at, balance_forward, payments, credits, new_charges, net_balance, currency) "
            "VALUES (?, ?, '2026-01-01', '2026-01-31', ?, ?, ?, ?, ?, ?, ?)"))
        && invoice.prepare(QStringLiteral(
            "INSERT INTO invoice (id, external_id, account_id, number, posted_at, service_start, "
            "service_end, subtotal, discount, tax, total, currency) VALUES (?, ?, ?, ?, ?, "
            "'2026-01-01', '2026-01-31', ?, 0, ?, ?, ?)"))
        && item.prepare(QStringLiteral(
            "INSERT INTO invoice_item (external_id, invoice_id, description, amount, unit_price, "
            "chargeable_usage) VALUES (?, ?, 'Compute hours, RUNNING_VM', ?, '0.05', '240')"))
        && payment.prepare(QStringLiteral(
            "INSERT INTO payment (external_id, account_id, type, created_at, amount, currency, "
            "reference, memo) VALUES (?, ?, ?, ?, ?, ?, 'bank transfer', 'Payment received')"))
        && failure.prepare(QStringLiteral(
            "INSERT INTO payment_failure (external_id, account_id, created_at, amount, currency, "
            "status_code, memo) VALUES (?, ?, ?, ?, ?, 'card_declined', 'Card declined')"));
    if (!prepared)
        return fail(QStringLiteral("prepare failed"));
    const QStringList currencies { QStringLiteral("USD"), QStringLiteral("EUR"),
                                   QStringLiteral("JPY") };
    const qint64 dayStart = date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    for (int c = 0; c < channels; ++c) {
        const QString currency = currencies[c % currencies.size()];
        const QString code = QStringLiteral("CH%1").arg(c, 4, 10, QLatin1Char('0'));
        if (!run(channel, { c + 1, code, QString(QStringLiteral("Channel ") + code), currency }))
            return fail(Connection::describe(channel));
        for (int a = 0; a < 5; ++a) {
            const int id = c * 5 + a + 1;
            if (!run(account,
                     { id, QStringLiteral("%1-A%2").arg(code).arg(a), QStringLiteral("Account"),
                       c + 1 }))
                return fail(Connection::describe(account));
        }
    }
    for (int n = 0; n < documents; ++n) {
        const int c = (n / 4) % channels;
        const int accountId = c * 5 + (n / 4 / channels) % 5 + 1;
        const QString currency = currencies[c % currencies.size()];
        const qint64 at = dayStart + (qint64(n) * 7919) % 86'400'000;
        const qint64 amount = 1000 + n % 50000;
        const QString id = QStringLiteral("D%1").arg(n, 7, 10, QLatin1Char('0'));
        bool ok = true;
        switch (n % 4) {
        case 0:
            ok = run(statement,
                     { id, accountId, at, amount, 500, 100, 2000, amount + 1400, currency });
            break;
        case 1:
            ok = run(invoice,
                     { n + 1, id, accountId, QString(QStringLiteral("N") + id), at, amount, 100,
                       amount + 100, currency })
                && run(item, { QString(id + QStringLiteral("-1")), n + 1, amount / 2 })
                && run(item, { QString(id + QStringLiteral("-2")), n + 1, amount - amount / 2 });
            break;
        case 2:
            ok = run(payment,
                     { id, accountId,
                       n % 8 == 2 ? QStringLiteral("PAYMENT") : QStringLiteral("CREDIT"), at,
                       amount, currency });
            break;
        default:
            ok = run(failure, { id, accountId, at, amount, currency });
        }
        if (!ok)
            return fail(QStringLiteral("insert failed"));
    }
    if (const Status committed = transaction.commit(); !committed)
        return fail(committed.errorString());
    return true;
}

QMap<QString, QByteArray> filesBelow(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

bool requireServer(const char *what, int port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (socket.waitForConnected(3000))
        return true;
    const QString message = QStringLiteral("the %1 test server on 127.0.0.1:%2 is not reachable "
                                           "(run the test through ctest so its fixture starts it)")
                                .arg(QLatin1StringView(what))
                                .arg(port);
    if (!qEnvironmentVariableIsEmpty("CI")) {
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
        return false;
    }
    qWarning("*** %s ***", qPrintable(message));
    QTest::qSkip(qPrintable(message), __FILE__, __LINE__);
    return false;
}

QString sftpState()
{
    return qEnvironmentVariable("CHANNELSCOPE_TEST_SFTP_DIR");
}

int sftpPort()
{
    return qEnvironmentVariableIntValue("CHANNELSCOPE_TEST_SFTP_PORT");
}

QString sftpUrl(const QString &remoteDir, int port)
{
    const QString state = sftpState();
    QFile userFile(state + QStringLiteral("/user"));
    QString user = QStringLiteral("root");
    if (userFile.open(QIODevice::ReadOnly))
        user = QString::fromUtf8(userFile.readAll().trimmed());
    return QStringLiteral("sftp://%1@127.0.0.1:%2%3?key=%4/client_key&known_hosts=%4/known_hosts")
        .arg(user)
        .arg(port)
        .arg(remoteDir, state);
}

bool writeDatasetFiles(const QString &folder, const DatasetFiles &files,
                       const std::function<QString(QString)> &expand)
{
    if (!QDir().mkpath(folder))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(folder + u'/' + it.key());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(expand(it.value()).toUtf8()) < 0)
            return false;
    }
    return true;
}

} // namespace cs::test
