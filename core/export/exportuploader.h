#pragma once

#include "exportdestination.h"
#include "exportrun.h"
#include "util/result.h"

#include <QCoreApplication>

#include <functional>

namespace cs {

// Uploads files to an ExportDestination with libcurl (file:// is a plain copy). Each file goes
// up under a temporary name in its final folder (".NAME.part") and is renamed into place when
// complete: SFTP rename (after removing an older file, as SFTP v3 cannot overwrite), FTP
// RNFR/RNTO, HTTP MOVE (or a PUT to the final name when the server refuses MOVE). Missing remote
// folders are created. A failed attempt is retried with a doubling delay, as the policy says.
//
// Error texts never contain the password or the URL's user info. Lives in one thread.
class ExportUploader
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportUploader)
public:
    // `cancelled` is polled during transfers and waits; when it returns true the upload stops.
    ExportUploader(ExportDestination destination, ExportRetryPolicy policy,
                   std::function<bool()> cancelled = {});
    ~ExportUploader();
    Q_DISABLE_COPY_MOVE(ExportUploader)

    // Uploads the local file to basePath/remotePath ("DailyInvoiceStream/CH1/x.xml").
    Status upload(const QString &localFile, const QString &remotePath);
    // Uploads `data` the same way (temporary name, rename, retries): a manifest built in memory.
    Status uploadData(const QByteArray &data, const QString &remotePath);

    // True when the last failure means the destination as a whole is unusable (cannot connect,
    // login refused, TLS or host key not trusted), not just this file.
    bool lastFailureUnreachable() const { return m_unreachable; }
    // Attempts used by the last upload().
    int lastAttempts() const { return m_attempts; }

private:
    // What an upload sends: a local file, or bytes held in memory.
    struct Body
    {
        QString localFile;
        QByteArray data;
        bool inMemory = false;
    };
    struct Attempt
    {
        bool ok = false;
        bool unreachable = false;
        QString error;
    };
    Status send(const Body &body, const QString &remotePath);
    Attempt attemptOnce(const Body &body, const QString &remotePath, bool replaceFirst);
    Attempt copyLocal(const Body &body, const QString &remotePath);
    Attempt transfer(const QByteArray &url, const Body *body, const QList<QByteArray> &postQuote,
                     const QByteArray &customRequest, const QList<QByteArray> &headers,
                     long *httpStatus);
    Attempt outcome(int curlCode, long status, const QString &detail,
                    const QByteArray &response) const;
    void setCommonOptions();
    bool sleepUnlessCancelled(int ms);

    ExportDestination m_destination;
    ExportRetryPolicy m_policy;
    std::function<bool()> m_cancelled;
    void *m_curl = nullptr;
    bool m_unreachable = false;
    int m_attempts = 0;
};

} // namespace cs
