#include "exporttestdata.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTcpSocket>
#include <QTest>

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
                           qint64 discount, qint64 tax, const QString &currency)
{
    return insert(QStringLiteral("INSERT INTO invoice (external_id, account_id, number, posted_at, "
                                 "service_start, service_end, subtotal, discount, tax, total, "
                                 "currency) VALUES (?, ?, ?, ?, '2026-02-01', '2026-02-28', ?, ?, "
                                 "?, ?, ?)"),
                  { id, accountId, QString(QStringLiteral("INV-") + id), postedAtMs, subtotal, discount, tax,
                    subtotal - discount + tax, currency });
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
    return insert(
        QStringLiteral("INSERT INTO payment (external_id, account_id, type, created_at, "
                       "amount, currency, reference, memo) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        { id, accountId, type, createdAtMs, amount, currency, QString(QStringLiteral("REF-") + id), memo });
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

} // namespace cs::test
