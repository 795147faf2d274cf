#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

// Files that are written in a staging folder first and moved into place together (the export's
// data files and manifests). Each file is written completely or not at all (every write is
// checked: a full disk is an error, never a short file), everything staged is flushed to disk
// with one syncfs() instead of one fsync per file (thousands a run), and only then renamed into
// place: a failure or a kill before the renames leaves every final file as it was, and a rename
// never exposes a file whose data is not on disk yet. Whatever is still staged when the object
// goes away is removed.
class StagedFiles
{
public:
    // `directory`: a folder on the file system of the staged files (the one syncfs() flushes).
    explicit StagedFiles(QString directory);
    ~StagedFiles();
    Q_DISABLE_COPY_MOVE(StagedFiles)

    // Writes `data` to `stagingPath`, to be renamed to `finalPath` by commit(). `owner` says whose
    // file it is in a Failure (the export: a channel's index). Returns the reason when it cannot
    // ("cannot write PATH: No space left on device"); nothing is left at stagingPath then.
    QString stage(const QString &stagingPath, const QString &finalPath, const QByteArray &data,
                  int owner);

    bool isEmpty() const { return m_files.isEmpty(); }

    struct Failure
    {
        enum class Kind { Flush, Folder, Rename };
        Kind kind = Kind::Rename;
        int owner = -1; // -1: the flush (StopAtFirstFailure)
        QString stagingPath;
        QString finalPath;
        QString reason; // Flush: the whole sentence; Folder, Rename: the system's reason
    };

    enum class OnFailure {
        // The first failure ends the commit: a failed flush renames nothing, a failed rename
        // leaves the files staged after it unrenamed; what is not in place is removed.
        StopAtFirstFailure,
        // Every file is tried on its own; a failed flush fails every file.
        TryEveryFile,
    };

    // Flushes everything staged with one syncfs() (none when nothing is staged) and renames each
    // file into place in the order staged, creating its final folder first. Returns the failures
    // (empty: every file is in place); a file that is not in place is removed.
    QList<Failure> commit(OnFailure onFailure);

    // Removes every staged file that is not in place.
    void discard();
    // Removes the staged files of one owner (a channel that failed half-way).
    void discard(int owner);

private:
    struct File
    {
        QString stagingPath;
        QString finalPath;
        int owner = -1;
    };
    std::optional<Failure> moveIntoPlace(const File &file) const;

    QString m_directory;
    QList<File> m_files;
};

// Creates a folder and its parents; the system's reason ("Permission denied") when it cannot.
QString makeFolder(const QString &folder);

} // namespace cs
