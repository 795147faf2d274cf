#include "stagedfiles.h"

#include "exportjob.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace cs {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Writes a complete file or nothing: on any failure the file is removed again.
QString writeWholeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ExportJob::tr("cannot write %1: %2").arg(path, file.errorString());
    errno = 0;
    bool ok = file.write(data) == data.size() && file.flush();
    QString reason = errno != 0 ? systemError() : file.errorString();
    if (ok) {
        file.close(); // reports a delayed write error, e.g. ENOSPC
        ok = file.error() == QFileDevice::NoError;
        reason = errno != 0 ? systemError() : file.errorString();
    }
    if (!ok) {
        file.close();
        QFile::remove(path);
        return ExportJob::tr("cannot write %1: %2").arg(path, reason);
    }
    return {};
}

// One flush for all staged files instead of one fsync per file (thousands of files a run).
QString syncFileSystem(const QString &directory)
{
    const int fd
        = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) != 0) {
        const QString error = ExportJob::tr("cannot flush the files in %1 to disk: %2")
                                  .arg(directory, systemError());
        if (fd >= 0)
            ::close(fd);
        return error;
    }
    ::close(fd);
    return {};
}

} // namespace

QString makeFolder(const QString &folder)
{
    std::error_code error;
    const std::filesystem::path path(QFile::encodeName(folder).toStdString());
    std::filesystem::create_directories(path, error);
    if (!error && !std::filesystem::is_directory(path, error))
        return QString::fromLocal8Bit(std::strerror(ENOTDIR));
    return error ? QString::fromLocal8Bit(error.message()) : QString();
}

StagedFiles::StagedFiles(QString directory)
    : m_directory(std::move(directory))
{ }

StagedFiles::~StagedFiles()
{
    discard();
}

QString StagedFiles::stage(const QString &stagingPath, const QString &finalPath,
                           const QByteArray &data, int owner)
{
    if (QString error = writeWholeFile(stagingPath, data); !error.isEmpty())
        return error;
    m_files.append({ stagingPath, finalPath, owner });
    return {};
}

QList<StagedFiles::Failure> StagedFiles::commit(OnFailure onFailure)
{
    QList<Failure> failures;
    if (m_files.isEmpty())
        return failures;
    if (const QString error = syncFileSystem(m_directory); !error.isEmpty()) {
        if (onFailure == OnFailure::StopAtFirstFailure)
            failures.append({ Failure::Kind::Flush, -1, {}, {}, error });
        else
            for (const File &file : std::as_const(m_files))
                failures.append(
                    { Failure::Kind::Flush, file.owner, file.stagingPath, file.finalPath, error });
        discard();
        return failures;
    }
    qsizetype placed = 0;
    for (; placed < m_files.size(); ++placed) {
        const std::optional<Failure> failure = moveIntoPlace(m_files[placed]);
        if (!failure)
            continue;
        QFile::remove(m_files[placed].stagingPath);
        failures.append(*failure);
        if (onFailure == OnFailure::StopAtFirstFailure)
            break;
    }
    // Those renamed are gone from the staging folder; the ones a stop left behind are removed.
    m_files.remove(0, std::min(placed + 1, m_files.size()));
    discard();
    return failures;
}

std::optional<StagedFiles::Failure> StagedFiles::moveIntoPlace(const File &file) const
{
    const QString folder = QFileInfo(file.finalPath).absolutePath();
    if (const QString why = makeFolder(folder); !why.isEmpty())
        return Failure { Failure::Kind::Folder, file.owner, file.stagingPath, file.finalPath, why };
    if (std::rename(QFile::encodeName(file.stagingPath).constData(),
                    QFile::encodeName(file.finalPath).constData())
        != 0)
        return Failure { Failure::Kind::Rename, file.owner, file.stagingPath, file.finalPath,
                         systemError() };
    return std::nullopt;
}

void StagedFiles::discard()
{
    for (const File &file : std::as_const(m_files))
        QFile::remove(file.stagingPath);
    m_files.clear();
}

void StagedFiles::discard(int owner)
{
    m_files.removeIf([owner](const File &file) {
        if (file.owner != owner)
            return false;
        QFile::remove(file.stagingPath);
        return true;
    });
}

} // namespace cs
