#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SaveFile)
};

Error writeError(const QString &path, const QString &reason)
{
    return Error { Tr::tr("cannot write %1: %2").arg(path, reason) };
}

} // namespace

Status commitSaveFile(QSaveFile &file)
{
    const QString path = file.fileName();
    if (!file.isOpen())
        return writeError(path, file.errorString());
    QString reason;
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        reason = file.errorString();
    } else if (file.handle() >= 0 && ::fsync(file.handle()) != 0 && errno != EINVAL) {
        reason = QString::fromLocal8Bit(std::strerror(errno));
    }
    if (!reason.isEmpty()) {
        file.cancelWriting();
        (void)file.commit(); // removes the temporary file
        return writeError(path, reason);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return success();
}

Status writeFileAtomically(const QString &path, QByteArrayView data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(data.data(), data.size()) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        (void)file.commit(); // removes the temporary file
        return writeError(path, reason);
    }
    return commitSaveFile(file);
}

Status flushStream(QTextStream &stream, const QString &destination)
{
    stream.flush();
    auto *file = qobject_cast<QFileDevice *>(stream.device());
    if (file && file->isOpen() && file->isWritable() && file->error() == QFileDevice::NoError)
        (void)file->flush();
    const bool failed = stream.status() == QTextStream::WriteFailed
        || (file && file->error() != QFileDevice::NoError);
    if (!failed)
        return success();
    QString reason = file ? file->errorString() : QString();
    if (reason.isEmpty() || (file && file->error() == QFileDevice::NoError))
        reason = Tr::tr("the data was not written");
    return Error { Tr::tr("cannot write to %1: %2").arg(destination, reason) };
}

} // namespace cs
