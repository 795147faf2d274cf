#include "exportcredentials.h"

#include "util/redaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportCredentials)
};

} // namespace

Result<QString> ExportCredentials::readFile(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Error { Tr::tr("cannot read export.credentialsFile %1: %2")
                           .arg(path, QString::fromLocal8Bit(std::strerror(errno))) };
    if (!S_ISREG(info.st_mode))
        return Error { Tr::tr("export.credentialsFile %1 is not a regular file").arg(path) };
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error { Tr::tr("export.credentialsFile %1 may be read or changed by group or others "
                              "(mode %2); run chmod 600 %1")
                           .arg(path, QString::number(info.st_mode & 07777, 8)) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            Tr::tr("cannot read export.credentialsFile %1: %2").arg(path, file.errorString())
        };
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error { Tr::tr("export.credentialsFile %1 is empty; its first line must be the "
                              "password")
                           .arg(path) };
    return QString::fromUtf8(line);
}

QString ExportCredentials::keychainKey(const QString &url)
{
    const QUrl parsed(urlWithoutPassword(url), QUrl::StrictMode);
    QString key = QStringLiteral("export ") + parsed.scheme() + QStringLiteral("://");
    if (!parsed.userName().isEmpty())
        key += parsed.userName(QUrl::FullyEncoded) + u'@';
    key += parsed.host();
    if (parsed.port() > 0)
        key += u':' + QString::number(parsed.port());
    return key;
}

} // namespace cs
