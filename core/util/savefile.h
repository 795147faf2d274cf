#pragma once

#include "util/result.h"

#include <QByteArrayView>
#include <QString>

class QSaveFile;
class QTextStream;

namespace cs {

// Finishes a QSaveFile opened for writing: checks every earlier write, flushes Qt's buffer and
// checks that too, syncs the data to disk and only then renames the file into place.
// QSaveFile::commit() alone ignores a failed final flush (ENOSPC on a full disk) and renames a
// truncated file over the old one. On failure the temporary file is removed, an existing file
// stays as it was, and the error is "cannot write PATH: REASON" with the system's reason.
Status commitSaveFile(QSaveFile &file);

// Writes `data` to `path` through QSaveFile and commitSaveFile(): the whole file or, on any
// failure, the old file unchanged.
Status writeFileAtomically(const QString &path, QByteArrayView data);

// Flushes a text stream and checks that everything written to it reached its device, down to
// the C library's buffer of a FILE* stream; the error names `destination` and the system's
// reason ("cannot write to standard output: No space left on device"). A stream on a QString
// cannot fail.
Status flushStream(QTextStream &stream, const QString &destination);

} // namespace cs
