#include "exportdestination.h"

#include "util/redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace cs {

namespace {

QString setting(const QUrlQuery &query, const char *key, const char *environment)
{
    const QString name = QString::fromLatin1(key);
    if (query.hasQueryItem(name))
        return query.queryItemValue(name, QUrl::FullyDecoded);
    return qEnvironmentVariable(environment);
}

QString expandHome(const QString &path)
{
    if (path.startsWith(QLatin1StringView("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

Result<ExportDestination> ExportDestination::parse(const QString &text, const QString &password)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error { tr("export URL %1 is not a valid URL").arg(redactUrl(text)) };
    ExportDestination d;
    d.scheme = url.scheme().toLower();
    if (d.scheme == u"sftp")
        d.kind = Kind::Sftp;
    else if (d.scheme == u"ftp")
        d.kind = Kind::Ftp;
    else if (d.scheme == u"ftps")
        d.kind = Kind::Ftps;
    else if (d.scheme == u"http")
        d.kind = Kind::Http;
    else if (d.scheme == u"https")
        d.kind = Kind::Https;
    else if (d.scheme == u"file")
        d.kind = Kind::File;
    else
        return Error { tr("export URL %1: unsupported scheme \"%2\"; use sftp, ftp, ftps, https, "
                          "http or file")
                           .arg(redactUrl(text), d.scheme) };
    // "ftp://u:12/34@host/x" is a valid URL of host "u", port 12 and path "/34@host/x": an '@'
    // after the authority means a password that needed percent-encoding, not a path.
    const qsizetype authority = text.indexOf(QLatin1StringView("://"));
    if (url.userInfo().isEmpty() && authority >= 0 && text.indexOf(u'@', authority) >= 0)
        return Error { tr("export URL %1: an @ follows the host; write special characters of the "
                          "user name and password percent-encoded (%2)")
                           .arg(redactUrl(text), QStringLiteral("@ %40, / %2F, # %23, ? %3F")) };
    d.host = url.host();
    d.port = url.port();
    d.user = url.userName(QUrl::FullyDecoded);
    d.password = url.password(QUrl::FullyDecoded);
    if (d.password.isEmpty())
        d.password = password;
    if (d.password.isEmpty())
        d.password = qEnvironmentVariable("CHANNELSCOPE_EXPORT_PASSWORD");
    d.basePath = url.path(QUrl::FullyDecoded);
    while (d.basePath.endsWith(u'/'))
        d.basePath.chop(1);
    if (d.kind != Kind::File && d.host.isEmpty())
        return Error { tr("export URL %1 names no host").arg(redactUrl(text)) };
    if (d.kind == Kind::File && d.basePath.isEmpty())
        return Error { tr("export URL %1 names no folder").arg(redactUrl(text)) };

    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("passphrase")))
        return Error { tr("export URL %1: a key passphrase must not be written into the URL; set "
                          "CHANNELSCOPE_SSH_KEY_PASSPHRASE")
                           .arg(redactUrl(text)) };
    d.caFile = expandHome(setting(query, "cacert", "CHANNELSCOPE_CA_FILE"));
    // Checked here, so a wrong path is named as such rather than as a failed TLS handshake.
    if (!d.caFile.isEmpty() && d.kind != Kind::Sftp && d.kind != Kind::File
        && !QFileInfo(d.caFile).isReadable())
        return Error {
            tr("export URL %1: cannot read the CA file %2").arg(redactUrl(text), d.caFile)
        };
    d.explicitTls = query.queryItemValue(QStringLiteral("tls")) == u"required";
    if (d.kind == Kind::Sftp) {
        if (const Status sftp = readSftpSettings(d, query, text); !sftp)
            return sftp.error();
    }
    return d;
}

Status ExportDestination::readSftpSettings(ExportDestination &d, const QUrlQuery &query,
                                           const QString &text)
{
    if (d.user.isEmpty())
        return Error { tr("export URL %1 names no user").arg(redactUrl(text)) };
    d.privateKey = expandHome(setting(query, "key", "CHANNELSCOPE_SSH_KEY"));
    if (d.privateKey.isEmpty()) {
        for (const char *name : { "id_ed25519", "id_ecdsa", "id_rsa" }) {
            const QString candidate
                = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1StringView(name);
            if (QFileInfo::exists(candidate)) {
                d.privateKey = candidate;
                break;
            }
        }
    }
    if (d.privateKey.isEmpty() && d.password.isEmpty())
        return Error { tr("export URL %1: no SSH key; set key= in the URL or "
                          "CHANNELSCOPE_SSH_KEY")
                           .arg(redactUrl(text)) };
    if (!d.privateKey.isEmpty() && !QFileInfo(d.privateKey).isReadable())
        return Error {
            tr("export URL %1: cannot read the SSH key %2").arg(redactUrl(text), d.privateKey)
        };
    d.publicKey = expandHome(setting(query, "pubkey", "CHANNELSCOPE_SSH_PUBLIC_KEY"));
    if (d.publicKey.isEmpty() && QFileInfo::exists(d.privateKey + QStringLiteral(".pub")))
        d.publicKey = d.privateKey + QStringLiteral(".pub");
    d.knownHosts = expandHome(setting(query, "known_hosts", "CHANNELSCOPE_SSH_KNOWN_HOSTS"));
    if (d.knownHosts.isEmpty())
        d.knownHosts = QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
    if (!QFileInfo(d.knownHosts).isReadable())
        return Error { tr("export URL %1: cannot read the known hosts file %2; the server's "
                          "host key must be listed there")
                           .arg(redactUrl(text), d.knownHosts) };
    d.keyPassphrase = qEnvironmentVariable("CHANNELSCOPE_SSH_KEY_PASSPHRASE");
    return success();
}

QString ExportDestination::displayString() const
{
    if (kind == Kind::File)
        return QStringLiteral("file://") + basePath;
    QString text = scheme + QStringLiteral("://") + host;
    if (port > 0)
        text += u':' + QString::number(port);
    return text + basePath;
}

QByteArray ExportDestination::urlFor(const QString &relativePath) const
{
    QByteArray url = scheme.toLatin1() + "://" + QUrl::toAce(host);
    if (port > 0)
        url += ':' + QByteArray::number(port);
    const QStringList segments
        = QString(basePath + u'/' + relativePath).split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments)
        url += '/' + QUrl::toPercentEncoding(segment, "~");
    return url;
}

QString ExportDestination::sanitize(QString text) const
{
    if (!password.isEmpty()) {
        text.replace(password, QStringLiteral("***"));
        text.replace(QString::fromLatin1(QUrl::toPercentEncoding(password)), QStringLiteral("***"));
        // As a server quoting the request would show the Basic credentials.
        text.replace(QString::fromLatin1(QString(user + u':' + password).toUtf8().toBase64()),
                     QStringLiteral("***"));
    }
    if (!keyPassphrase.isEmpty())
        text.replace(keyPassphrase, QStringLiteral("***"));
    return redactUrlsIn(text);
}

} // namespace cs
