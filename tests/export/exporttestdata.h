#pragma once

#include "db/connection.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace cs::test {

// Billing documents written straight into the tables (as the importer would), for the export
// tests. Every helper returns the new row id, or -1 after a failed QVERIFY-style check (the
// failure is recorded with QTest::qFail, so the test stops at its next QVERIFY).
class ExportData
{
public:
    explicit ExportData(Connection &connection)
        : m_db(connection)
    { }

    qint64 channel(const QString &code, const QString &currency = QStringLiteral("USD"));
    qint64 account(const QString &code, qint64 channelId);
    qint64 statement(const QString &id, qint64 accountId, qint64 postedAtMs, qint64 forward,
                     qint64 payments, qint64 credits, qint64 charges, qint64 net,
                     const QString &currency = QStringLiteral("USD"));
    // The total is subtotal - discount + tax unless `total` is given (an invoice that does not
    // tie out).
    qint64 invoice(const QString &id, qint64 accountId, qint64 postedAtMs, qint64 subtotal,
                   qint64 discount, qint64 tax, const QString &currency = QStringLiteral("USD"),
                   std::optional<qint64> total = std::nullopt);
    qint64 invoiceItem(const QString &id, qint64 invoiceId, qint64 amount,
                       const QString &description = QStringLiteral("Compute hours"));
    qint64 payment(const QString &id, qint64 accountId, qint64 createdAtMs, qint64 amount,
                   const QString &type = QStringLiteral("PAYMENT"),
                   const QString &currency = QStringLiteral("USD"),
                   const QString &memo = QStringLiteral("thank you"));
    qint64 failure(const QString &id, qint64 accountId, qint64 createdAtMs, qint64 amount,
                   const QString &currency = QStringLiteral("USD"));
    bool exec(const QString &sql, const QVariantList &bindings = {});
    bool setSetting(const QString &key, const QString &value);

    // UTC milliseconds of an ISO 8601 instant ("2026-03-29T00:30:00Z").
    static qint64 ms(const QString &iso);

private:
    qint64 insert(const QString &sql, const QVariantList &bindings);
    Connection &m_db;
};

// A busy business day (UTC) for load tests: `channels` channels of 5 accounts each and
// `documents` documents in all, spread evenly over channels and the four streams (each invoice
// with two items), written in one transaction. Returns false (after a test failure) on error.
bool generateBusyDay(Connection &connection, QDate date, int channels, int documents);

// All files below `root` (relative paths, sorted) with their contents.
QMap<QString, QByteArray> filesBelow(const QString &root);

// Fails the test (in CI) or skips it (elsewhere) when nothing listens on 127.0.0.1:port; true
// when the server is there.
bool requireServer(const char *what, int port);

// The SFTP server of the ctest fixture export_sftp (tests/support/sftp-server.sh): its state
// folder (throwaway key, known_hosts, user; sessions start in root/) and port, from the
// environment the fixture's tests get.
QString sftpState();
int sftpPort();
// export.URL for `remoteDir` (absolute) on that server (or on `port`), logging in with the
// throwaway key.
QString sftpUrl(const QString &remoteDir, int port = sftpPort());

// The files of an import folder: file name -> text.
using DatasetFiles = QMap<QString, QString>;
// Writes `files` into `folder` (made when missing), each text through `expand` (the test's date
// placeholders); false when a folder or file cannot be written.
bool writeDatasetFiles(const QString &folder, const DatasetFiles &files,
                       const std::function<QString(QString)> &expand);

} // namespace cs::test
