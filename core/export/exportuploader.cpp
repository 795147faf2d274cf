#include "exportuploader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <cstring>
#include <curl/curl.h>
#include <mutex>

namespace cs {

namespace {

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer
{
    QIODevice *file = nullptr;
    const std::function<bool()> *cancelled = nullptr;
    QByteArray response;
};

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const qint64 n = t->file->read(buffer, qint64(size * count));
    return n < 0 ? CURL_READFUNC_ABORT : size_t(n);
}

int seekBody(void *user, curl_off_t offset, int origin)
{
    auto *t = static_cast<Transfer *>(user);
    if (origin != SEEK_SET || !t->file->seek(offset))
        return CURL_SEEKFUNC_CANTSEEK;
    return CURL_SEEKFUNC_OK;
}

size_t keepResponse(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    if (t->response.size() < 512)
        t->response.append(data, qsizetype(std::min<size_t>(size * count, 512)));
    return size * count;
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(user);
    return (*t->cancelled && (*t->cancelled)()) ? 1 : 0;
}

// Only a host key listed in known_hosts is accepted: no trust on first use.
int checkHostKey(CURL *, const curl_khkey *, const curl_khkey *, enum curl_khmatch match, void *)
{
    return match == CURLKHMATCH_OK ? CURLKHSTAT_FINE : CURLKHSTAT_REJECT;
}

bool unreachableCode(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_LOGIN_DENIED:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED: // tls=required, but the server offers no TLS
    case CURLE_AUTH_ERROR:
    case CURLE_SSH:
    case CURLE_FTP_WEIRD_SERVER_REPLY:
    case CURLE_OPERATION_TIMEDOUT:
        return true;
    default:
        return false;
    }
}

// A path for an SFTP quote command, in double quotes.
QByteArray quotedPath(const QString &path)
{
    QByteArray bytes = path.toUtf8();
    bytes.replace('\\', "\\\\");
    bytes.replace('"', "\\\"");
    return '"' + bytes + '"';
}

} // namespace

ExportUploader::ExportUploader(ExportDestination destination, ExportRetryPolicy policy,
                               std::function<bool()> cancelled)
    : m_destination(std::move(destination))
    , m_policy(policy)
    , m_cancelled(std::move(cancelled))
{
    if (m_destination.kind != ExportDestination::Kind::File) {
        initCurl();
        m_curl = curl_easy_init();
    }
}

ExportUploader::~ExportUploader()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

bool ExportUploader::sleepUnlessCancelled(int ms)
{
    for (int waited = 0; waited < ms; waited += 50) {
        if (m_cancelled && m_cancelled())
            return false;
        QThread::msleep(std::min(50, ms - waited));
    }
    return !(m_cancelled && m_cancelled());
}

Status ExportUploader::upload(const QString &localFile, const QString &remotePath)
{
    return send({ localFile, {}, false }, remotePath);
}

Status ExportUploader::uploadData(const QByteArray &data, const QString &remotePath)
{
    return send({ {}, data, true }, remotePath);
}

Status ExportUploader::send(const Body &body, const QString &remotePath)
{
    m_unreachable = false;
    m_attempts = 0;
    if (m_destination.kind != ExportDestination::Kind::File && !m_curl)
        return Error { tr("cannot start libcurl") };
    const int attempts = std::max(1, m_policy.attempts);
    int delay = std::max(0, m_policy.retryDelayMs);
    QString lastError;
    bool replaceFirst = false;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (m_cancelled && m_cancelled())
            return Error { tr("cancelled") };
        m_attempts = attempt;
        const Attempt result = m_destination.kind == ExportDestination::Kind::File
            ? copyLocal(body, remotePath)
            : attemptOnce(body, remotePath, replaceFirst);
        if (result.ok)
            return success();
        lastError = result.error;
        m_unreachable = result.unreachable;
        replaceFirst = true;
        if (attempt < attempts) {
            if (!sleepUnlessCancelled(delay))
                return Error { tr("cancelled") };
            delay = std::min(delay * 2, std::max(delay, m_policy.maxDelayMs));
        }
    }
    return Error { m_destination.sanitize(tr("upload of %1 to %2 failed after %3 attempts: %4")
                                              .arg(remotePath, m_destination.displayString())
                                              .arg(m_attempts)
                                              .arg(lastError)) };
}

ExportUploader::Attempt ExportUploader::copyLocal(const Body &body, const QString &remotePath)
{
    Attempt a;
    const QString finalPath = m_destination.basePath + u'/' + remotePath;
    const QFileInfo info(finalPath);
    const QString tmpPath
        = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".part");
    if (!QDir().mkpath(info.absolutePath())) {
        a.error = tr("cannot create the folder %1").arg(info.absolutePath());
        a.unreachable = true;
        return a;
    }
    QByteArray data = body.data;
    if (!body.inMemory) {
        QFile in(body.localFile);
        if (!in.open(QIODevice::ReadOnly)) {
            a.error = tr("cannot read %1: %2").arg(body.localFile, in.errorString());
            return a;
        }
        data = in.readAll();
    }
    QFile out(tmpPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        a.error = tr("cannot write %1: %2").arg(tmpPath, out.errorString());
        a.unreachable = true;
        return a;
    }
    if (out.write(data) != data.size() || !out.flush()) {
        a.error = tr("cannot write %1: %2").arg(tmpPath, out.errorString());
        out.close();
        out.remove();
        return a;
    }
    out.close();
    if (std::rename(QFile::encodeName(tmpPath).constData(),
                    QFile::encodeName(finalPath).constData())
        != 0) {
        a.error = tr("cannot rename %1 to %2: %3")
                      .arg(tmpPath, finalPath, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(tmpPath);
        return a;
    }
    a.ok = true;
    return a;
}

void ExportUploader::setCommonOptions()
{
    CURL *curl = static_cast<CURL *>(m_curl);
    const ExportDestination &d = m_destination;
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_policy.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME,
                     long(std::max(1, m_policy.stallTimeoutMs / 1000)));
    curl_easy_setopt(curl, CURLOPT_FTP_CREATE_MISSING_DIRS, long(CURLFTP_CREATE_DIR_RETRY));
    if (!d.user.isEmpty())
        curl_easy_setopt(curl, CURLOPT_USERNAME, d.user.toUtf8().constData());
    if (!d.password.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PASSWORD, d.password.toUtf8().constData());
    if (!d.caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, QFile::encodeName(d.caFile).constData());
    if (d.kind == ExportDestination::Kind::Ftp && d.explicitTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (d.kind == ExportDestination::Kind::Http || d.kind == ExportDestination::Kind::Https)
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    if (d.kind == ExportDestination::Kind::Sftp) {
        long types = CURLSSH_AUTH_PUBLICKEY;
        if (!d.password.isEmpty())
            types |= CURLSSH_AUTH_PASSWORD;
        curl_easy_setopt(curl, CURLOPT_SSH_AUTH_TYPES, types);
        if (!d.privateKey.isEmpty())
            curl_easy_setopt(curl, CURLOPT_SSH_PRIVATE_KEYFILE,
                             QFile::encodeName(d.privateKey).constData());
        curl_easy_setopt(curl, CURLOPT_SSH_PUBLIC_KEYFILE,
                         QFile::encodeName(d.publicKey).constData());
        if (!d.keyPassphrase.isEmpty())
            curl_easy_setopt(curl, CURLOPT_KEYPASSWD, d.keyPassphrase.toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_SSH_KNOWNHOSTS, QFile::encodeName(d.knownHosts).constData());
        curl_easy_setopt(curl, CURLOPT_SSH_KEYFUNCTION, checkHostKey);
    }
}

ExportUploader::Attempt ExportUploader::transfer(const QByteArray &url, const Body *body,
                                                 const QList<QByteArray> &postQuote,
                                                 const QByteArray &customRequest,
                                                 const QList<QByteArray> &headers, long *httpStatus)
{
    Attempt a;
    CURL *curl = static_cast<CURL *>(m_curl);
    // reset() keeps the open connections, so the files of a run share one login.
    curl_easy_reset(curl);
    setCommonOptions();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());

    Transfer t;
    t.cancelled = &m_cancelled;
    QFile file;
    QBuffer buffer;
    if (body) {
        QIODevice *device = &file;
        if (body->inMemory) {
            buffer.setData(body->data);
            device = &buffer;
        } else {
            file.setFileName(body->localFile);
        }
        if (!device->open(QIODevice::ReadOnly)) {
            a.error = tr("cannot read %1: %2").arg(body->localFile, device->errorString());
            return a;
        }
        t.file = device;
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(curl, CURLOPT_READDATA, &t);
        curl_easy_setopt(curl, CURLOPT_SEEKFUNCTION, seekBody);
        curl_easy_setopt(curl, CURLOPT_SEEKDATA, &t);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(t.file->size()));
    } else if (customRequest.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    }
    if (!customRequest.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, customRequest.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keepResponse);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);

    curl_slist *quote = nullptr;
    for (const QByteArray &command : postQuote)
        quote = curl_slist_append(quote, command.constData());
    if (quote)
        curl_easy_setopt(curl, CURLOPT_POSTQUOTE, quote);
    curl_slist *headerList = nullptr;
    for (const QByteArray &header : headers)
        headerList = curl_slist_append(headerList, header.constData());
    if (headerList)
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headerList);

    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (httpStatus)
        *httpStatus = status;
    // The options point into these lists; drop them from the handle before freeing.
    curl_easy_setopt(curl, CURLOPT_POSTQUOTE, nullptr);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(quote);
    curl_slist_free_all(headerList);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);

    return outcome(code, status, QString::fromUtf8(errorBuffer).trimmed(), t.response);
}

// What a finished transfer means: libcurl's error (cleaned of credentials), an HTTP error status,
// or success; whether the failure says the destination as a whole is unusable.
ExportUploader::Attempt ExportUploader::outcome(int curlCode, long status, const QString &detail,
                                                const QByteArray &response) const
{
    Attempt a;
    const auto code = CURLcode(curlCode);
    if (code != CURLE_OK) {
        QString reason = QString::fromUtf8(curl_easy_strerror(code));
        if (!detail.isEmpty() && detail != reason)
            reason += QStringLiteral(": ") + detail;
        if (code == CURLE_ABORTED_BY_CALLBACK)
            reason = tr("cancelled");
        a.error = m_destination.sanitize(reason);
        a.unreachable = unreachableCode(code);
        return a;
    }
    const bool http = m_destination.kind == ExportDestination::Kind::Http
        || m_destination.kind == ExportDestination::Kind::Https;
    if (http && status >= 300) {
        a.error
            = m_destination.sanitize(tr("the server answered HTTP %1 %2")
                                         .arg(status)
                                         .arg(QString::fromUtf8(response).simplified().left(200)));
        a.unreachable = status == 401 || status == 403 || status == 407;
        return a;
    }
    a.ok = true;
    return a;
}

ExportUploader::Attempt ExportUploader::attemptOnce(const Body &body, const QString &remotePath,
                                                    bool replaceFirst)
{
    const QString dir = remotePath.section(u'/', 0, -2);
    const QString name = remotePath.section(u'/', -1);
    const QString tmpName = u'.' + name + QStringLiteral(".part");
    const QString tmpPath = dir.isEmpty() ? tmpName : dir + u'/' + tmpName;
    const QByteArray tmpUrl = m_destination.urlFor(tmpPath);
    const QByteArray finalUrl = m_destination.urlFor(remotePath);

    switch (m_destination.kind) {
    case ExportDestination::Kind::Sftp: {
        const QString base = m_destination.basePath + u'/';
        // SFTP v3 cannot rename over an existing file: remove the old one first ('*': a missing
        // file is fine).
        const QList<QByteArray> quote { "*rm " + quotedPath(base + remotePath),
                                        "rename " + quotedPath(base + tmpPath) + ' '
                                            + quotedPath(base + remotePath) };
        return transfer(tmpUrl, &body, quote, {}, {}, nullptr);
    }
    case ExportDestination::Kind::Ftp:
    case ExportDestination::Kind::Ftps: {
        // curl has changed into the file's folder, so plain names suffice.
        QList<QByteArray> quote;
        if (replaceFirst)
            quote << "*DELE " + name.toUtf8();
        quote << "RNFR " + tmpName.toUtf8() << "RNTO " + name.toUtf8();
        return transfer(tmpUrl, &body, quote, {}, {}, nullptr);
    }
    case ExportDestination::Kind::Http:
    case ExportDestination::Kind::Https: {
        long status = 0;
        Attempt put = transfer(tmpUrl, &body, {}, {}, {}, &status);
        if (!put.ok && status == 409) {
            // WebDAV servers want the folders made first.
            QString folder;
            const QStringList segments = dir.split(u'/', Qt::SkipEmptyParts);
            for (const QString &segment : segments) {
                folder += (folder.isEmpty() ? QString() : QStringLiteral("/")) + segment;
                (void)transfer(m_destination.urlFor(folder) + '/', nullptr, {}, "MKCOL", {},
                               nullptr);
            }
            put = transfer(tmpUrl, &body, {}, {}, {}, &status);
        }
        if (!put.ok)
            return put;
        Attempt move
            = transfer(tmpUrl, nullptr, {}, "MOVE",
                       { "Destination: " + finalUrl, QByteArray("Overwrite: T") }, &status);
        if (move.ok || !(status == 405 || status == 501 || status == 400))
            return move;
        // No MOVE here: put the final name directly and remove the temporary file.
        Attempt direct = transfer(finalUrl, &body, {}, {}, {}, &status);
        (void)transfer(tmpUrl, nullptr, {}, "DELETE", {}, nullptr);
        return direct;
    }
    case ExportDestination::Kind::File:
        break;
    }
    return copyLocal(body, remotePath);
}

} // namespace cs
