#include "exportjob.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "exportcredentials.h"
#include "exportdestination.h"
#include "exporthistory.h"
#include "exportlock.h"
#include "exportmanifest.h"
#include "exportsource.h"
#include "exportuploader.h"
#include "numeric/currency.h"
#include "util/redaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace cs {

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

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

// Creates a folder and its parents; the system's reason ("Permission denied") when it cannot.
QString makeFolder(const QString &folder)
{
    std::error_code error;
    const std::filesystem::path path(QFile::encodeName(folder).toStdString());
    std::filesystem::create_directories(path, error);
    if (!error && !std::filesystem::is_directory(path, error))
        return QString::fromLocal8Bit(std::strerror(ENOTDIR));
    return error ? QString::fromLocal8Bit(error.message()) : QString();
}

bool sameContent(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.size() != data.size() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() == data;
}

struct ChannelWork
{
    ExportChannel channel;
    ExportChannelResult result;
    bool refused = false; // code not usable as a folder
    bool staged = false; // files rendered, changed ones in tmp
    bool written = false; // files in place (phase 1 done)
    QList<std::pair<QString, QString>> moves; // tmp -> target of the changed files
    QStringList localFiles; // absolute paths, stream order
    QStringList remotePaths;
    QMap<ExportStream, QStringList> ids;
};

QString amountsText(const CurrencySums &sums)
{
    QStringList parts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    return parts.join(u';');
}

} // namespace

Result<QString> ExportJob::exportPassword(Connection &db) const
{
    if (!m_options.password.isEmpty())
        return m_options.password;
    if (!qEnvironmentVariableIsEmpty("CHANNELSCOPE_EXPORT_PASSWORD"))
        return QString(); // ExportDestination takes it from there
    const auto file = Configuration::value(db, Configuration::ExportCredentialsFile);
    if (!file)
        return file.error();
    if (file->isEmpty())
        return QString();
    return ExportCredentials::readFile(*file);
}

QString printableChannelCode(const QString &code)
{
    // Control characters, quotes and backslashes escaped, so that a message stays one line and
    // shows what is really there; very long codes shortened.
    constexpr qsizetype shown = 80;
    QString out;
    for (const QChar c : QStringView(code).left(shown)) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || !c.isPrint())
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (code.size() > shown)
        out += QStringLiteral("...");
    return u'"' + out + u'"';
}

Status validateChannelFolder(const QString &code)
{
    static const QRegularExpression valid(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]{1,64}")));
    if (code == u"." || code == u".." || !valid.match(code).hasMatch())
        return Error { ExportJob::tr(
                           "channel code %1 (%2 characters) cannot be used as a folder name: it "
                           "must match [A-Za-z0-9_.-]{1,64} and not be . or ..")
                           .arg(printableChannelCode(code))
                           .arg(code.size()) };
    return success();
}

ExportJob::ExportJob(DatabaseUrl database, ExportOptions options)
    : m_database(std::move(database))
    , m_options(std::move(options))
{ }

void ExportJob::setProgressHandler(std::function<void(const ExportChannelProgress &)> handler)
{
    m_progress = std::move(handler);
}

void ExportJob::setRunStartedHandler(std::function<void(qint64, QDate)> handler)
{
    m_runStarted = std::move(handler);
}

Result<ExportRunResult> ExportJob::run()
{
    auto opened = Connection::open(m_database, Connection::OpenMode::Existing);
    if (!opened)
        return opened.error();
    Connection &db = **opened;
    if (const Status recovered = ExportHistory::recoverInterrupted(db); !recovered)
        return recovered.error();

    const auto zone = Configuration::businessTimeZone(db);
    if (!zone)
        return zone.error();
    const BusinessCalendar calendar(*zone);
    const QDate date = m_options.date.isValid()
        ? m_options.date
        : calendar.yesterday(QDateTime::currentMSecsSinceEpoch());

    QString directory = m_options.directory;
    if (directory.isEmpty()) {
        auto configured = Configuration::value(db, Configuration::ExportDirectory);
        if (!configured)
            return configured.error();
        directory = *configured;
    }
    directory = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    // A password that an older version stored goes before the URL is used.
    (void)Configuration::removeStoredPasswords(db);
    QString urlText;
    if (m_options.url) {
        urlText = *m_options.url;
    } else {
        auto configured = Configuration::value(db, Configuration::ExportUrl);
        if (!configured)
            return configured.error();
        urlText = *configured;
    }
    ExportFormat format = ExportFormat::Xml;
    if (m_options.format) {
        format = *m_options.format;
    } else {
        auto configured = Configuration::value(db, Configuration::ExportFileExtension);
        if (!configured)
            return configured.error();
        format = *configured == u"csv" ? ExportFormat::Csv : ExportFormat::Xml;
    }
    const QString extension = ExportWriter::extension(format);

    auto channels = ExportSource::channels(db, m_options.channels);
    if (!channels)
        return channels.error();

    auto locked = ExportLock::acquire(db, date);
    if (!locked)
        return locked.error();
    std::unique_ptr<ExportLock> lock = std::move(locked).value();

    const ExportProcess process = ExportProcess::current();
    std::optional<ExportDestination> destination;
    QString destinationError;
    QString destinationText;
    if (!urlText.isEmpty()) {
        auto password = exportPassword(db);
        auto parsed = password ? ExportDestination::parse(urlText, *password)
                               : Result<ExportDestination>(password.error());
        if (parsed) {
            destination = *parsed;
            destinationText = parsed->displayString();
        } else {
            destinationError = parsed.errorString();
            destinationText = redactUrl(urlText);
        }
    }

    const QString day = date.toString(Qt::ISODate);
    QStringList scopeCodes;
    for (const ExportChannel &c : std::as_const(*channels))
        scopeCodes << c.code;
    const QString scope
        = m_options.channels.isEmpty() ? QStringLiteral("ALL") : scopeCodes.join(u',');
    auto inserted = db.exec(
        QStringLiteral("INSERT INTO export_run (business_date, run_trigger, triggered_by, "
                       "started_at, status, error, scope, host, pid, process_start, lock_session, "
                       "directory, destination, file_format) VALUES (?, ?, ?, ?, 'RUNNING', '', ?, "
                       "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { day,
          m_options.trigger == ExportTrigger::Schedule ? QStringLiteral("schedule")
                                                       : QStringLiteral("person"),
          m_options.triggeredBy.isEmpty() ? process.user : m_options.triggeredBy,
          QDateTime::currentMSecsSinceEpoch(), scope, text(process.host), process.pid,
          text(process.start), lock->session(), directory, text(destinationText), extension });
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error { tr("cannot record the export run") };
    ExportRunResult result;
    result.runId = inserted->value(0).toLongLong();
    // Freed now: a prepared statement alive when the connection is lost makes Qt warn.
    inserted = Error {};
    result.date = date;
    result.directory = directory;
    result.destination = destinationText;
    (void)lock->attachRun(result.runId);
    // We hold the date's lock, so no other run of it can still be alive.
    (void)db.exec(
        QStringLiteral("UPDATE export_run SET status = 'INTERRUPTED', error = ? WHERE "
                       "business_date = ? AND status = 'RUNNING' AND id <> ?"),
        { tr("interrupted: its process ended before the run finished"), day, result.runId });
    if (m_runStarted)
        m_runStarted(result.runId, date);

    // Past this point the run is recorded: whatever fails (a lost server connection too) ends it
    // as ERRORED with the reason, never leaves it RUNNING.
    Result<ExportRunResult> outcome = [&]() -> Result<ExportRunResult> {
        QList<ChannelWork> work;
        QStringList refusedCodes;
        for (const ExportChannel &channel : std::as_const(*channels)) {
            ChannelWork w;
            w.channel = channel;
            w.result.code = channel.code;
            if (const Status valid = validateChannelFolder(channel.code); !valid) {
                w.refused = true;
                w.result.status = ExportStatus::Errored;
                w.result.error = valid.errorString();
                refusedCodes << printableChannelCode(channel.code);
            }
            work.append(w);
        }
        for (const ChannelWork &w : std::as_const(work)) {
            auto added
                = db.exec(QStringLiteral("INSERT INTO export_run_channel (run_id, channel_id, "
                                         "status, error) VALUES (?, ?, ?, ?)"),
                          { result.runId, w.channel.id, ExportStatuses::toString(w.result.status),
                            text(w.result.error) });
            if (!added)
                return added.error();
        }

        auto report = [&](const ChannelWork &w, ExportChannelProgress::Phase phase, int index) {
            if (m_progress)
                m_progress(
                    { w.channel.code, phase, index, int(work.size()),
                      phase == ExportChannelProgress::Phase::Failed ? w.result.error : QString() });
        };

        QString runError = destinationError;
        bool fatal = !destinationError.isEmpty();
        if (!refusedCodes.isEmpty()) {
            // A code that could leave the export directory (or the destination's folder) refuses
            // the whole run before anything is created or written below the export directory.
            if (refusedCodes.size() > 10) {
                const qsizetype more = refusedCodes.size() - 10;
                refusedCodes.resize(10);
                refusedCodes << tr("and %1 more").arg(more);
            }
            runError = tr("refused before writing anything: channel code %1 cannot be used as a "
                          "folder name (codes must match [A-Za-z0-9_.-]{1,64} and not be . or ..)")
                           .arg(refusedCodes.join(QStringLiteral(", ")));
            fatal = true;
            for (int i = 0; i < work.size(); ++i) {
                if (work[i].refused)
                    report(work[i], ExportChannelProgress::Phase::Failed, i);
            }
        }

        // The folders of the streams; a directory that cannot be made ends the run here.
        if (!fatal) {
            QStringList folders { directory + QStringLiteral("/manifest") };
            for (const ExportStream stream : ExportStreams::all()) {
                folders << directory + u'/' + ExportStreams::folderName(stream)
                        + QStringLiteral("/tmp")
                        << directory + u'/' + ExportStreams::folderName(stream)
                        + QStringLiteral("/target");
            }
            for (const QString &folder : std::as_const(folders)) {
                if (const QString why = makeFolder(folder); !why.isEmpty()) {
                    runError = tr("cannot create the export folder %1: %2").arg(folder, why);
                    fatal = true;
                    break;
                }
            }
        }

        // Phase 1: the local files. Every changed file of every channel is staged in the streams'
        // tmp folders first, flushed to disk with one syncfs(), and only then renamed into place:
        // a failure or a kill before the renames leaves every final file as it was, and a rename
        // never exposes a file whose data is not on disk yet.
        ExportSource source(db, calendar, date);
        const QString datePart = u'_' + day + u'_';
        if (!fatal) {
            // Left-overs of an interrupted run of this date (we hold its lock).
            for (const ExportStream stream : ExportStreams::all()) {
                QDir tmp(directory + u'/' + ExportStreams::folderName(stream)
                         + QStringLiteral("/tmp"));
                const QStringList stale = tmp.entryList(QDir::Files | QDir::Hidden);
                for (const QString &name : stale) {
                    if (name.contains(datePart))
                        tmp.remove(name);
                }
            }
        }
        QStringList stagedFiles;
        for (int i = 0; i < work.size() && !fatal; ++i) {
            ChannelWork &w = work[i];
            if (w.refused) {
                report(w, ExportChannelProgress::Phase::Failed, i);
                continue;
            }
            if (isCancelled())
                break;
            report(w, ExportChannelProgress::Phase::Writing, i);
            const QString code = w.channel.code;
            std::optional<ExportManifest> previous;
            {
                QFile file(directory + u'/' + ExportManifest::relativePath(date, code));
                if (file.open(QIODevice::ReadOnly))
                    previous = ExportManifest::fromJson(file.readAll());
            }
            QString channelError;
            for (const ExportStream stream : ExportStreams::all()) {
                auto records = source.records(stream, w.channel.id, &w.result.warnings);
                if (!records) {
                    channelError = records.errorString();
                    break;
                }
                const QString name = ExportStreams::filePrefix(stream) + datePart
                    + QStringLiteral("1.") + extension;
                const QString folder = directory + u'/' + ExportStreams::folderName(stream);
                const QByteArray data = ExportWriter::render(stream, format, date, code, *records);
                // '@' cannot occur in a channel code, so these names never collide.
                const QString tmp = folder + QStringLiteral("/tmp/") + code + u'@' + name;
                const QString targetPath = folder + QStringLiteral("/target/") + code + u'/' + name;

                ExportFileResult file;
                file.stream = stream;
                file.relativePath = ExportStreams::folderName(stream) + QStringLiteral("/target/")
                    + code + u'/' + name;
                file.size = data.size();
                file.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
                file.records = records->size();
                QMap<QString, int128> sums;
                QStringList ids;
                ids.reserve(records->size());
                for (const ExportRecord &r : std::as_const(*records)) {
                    sums[r.currency] += r.amountMinor;
                    ids << r.id;
                }
                for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
                    const auto currency = Currency::find(it.key());
                    file.amounts.insert(
                        it.key(),
                        Decimal::fromUnits(it.value(), currency ? currency->minorUnits : 0));
                }
                if (previous) {
                    const QStringList before = previous->ids.value(stream);
                    const QSet<QString> old(before.cbegin(), before.cend());
                    const QSet<QString> now(ids.cbegin(), ids.cend());
                    file.added = (now - old).size();
                    file.removed = (old - now).size();
                    file.changed = true;
                    for (const ExportFileResult &f : std::as_const(previous->files)) {
                        if (f.stream == stream && f.relativePath == file.relativePath)
                            file.changed = f.sha256 != file.sha256;
                    }
                } else {
                    file.added = ids.size();
                }
                w.ids.insert(stream, ids);
                w.result.files.append(file);
                w.localFiles << targetPath;
                w.remotePaths << ExportStreams::folderName(stream) + u'/' + code + u'/' + name;
                if (sameContent(targetPath, data))
                    continue; // unchanged: keep the file (and its time) as it is
                if (const QString error = writeWholeFile(tmp, data); !error.isEmpty()) {
                    runError = error;
                    break;
                }
                stagedFiles << tmp;
                w.moves.append({ tmp, targetPath });
            }
            if (!runError.isEmpty()) {
                fatal = true;
                w.result.status = ExportStatus::Errored;
                w.result.error = runError;
                report(w, ExportChannelProgress::Phase::Failed, i);
                break;
            }
            if (!channelError.isEmpty()) {
                w.result.status = ExportStatus::Errored;
                w.result.error = channelError;
                report(w, ExportChannelProgress::Phase::Failed, i);
                continue;
            }
            w.staged = true;
        }
        if (!fatal && !stagedFiles.isEmpty()) {
            if (const QString error = syncFileSystem(directory); !error.isEmpty()) {
                runError = error;
                fatal = true;
            }
        }
        for (int i = 0; i < work.size() && !fatal; ++i) {
            ChannelWork &w = work[i];
            if (!w.staged)
                continue;
            for (const auto &[tmp, targetPath] : std::as_const(w.moves)) {
                const QString folder = QFileInfo(targetPath).absolutePath();
                if (const QString why = makeFolder(folder); !why.isEmpty()) {
                    runError = tr("cannot create the export folder %1: %2").arg(folder, why);
                    break;
                }
                if (std::rename(QFile::encodeName(tmp).constData(),
                                QFile::encodeName(targetPath).constData())
                    != 0) {
                    runError = tr("cannot move %1 to %2: %3").arg(tmp, targetPath, systemError());
                    break;
                }
            }
            if (!runError.isEmpty()) {
                fatal = true;
                w.result.status = ExportStatus::Errored;
                w.result.error = runError;
                report(w, ExportChannelProgress::Phase::Failed, i);
                break;
            }
            w.written = true;
            report(w, ExportChannelProgress::Phase::Written, i);
        }
        if (fatal) {
            for (const QString &tmp : std::as_const(stagedFiles))
                QFile::remove(tmp); // those already renamed are gone from tmp anyway
        }

        {
            // What each written channel contains, in one transaction.
            Transaction transaction(db);
            Status stored = transaction.begin();
            for (const ChannelWork &w : std::as_const(work)) {
                if (!w.written || !stored)
                    continue;
                qint64 records = 0, added = 0, removed = 0;
                for (const ExportFileResult &f : std::as_const(w.result.files)) {
                    records += f.records;
                    added += f.added;
                    removed += f.removed;
                    auto row
                        = db.exec(QStringLiteral("INSERT INTO export_run_file (run_id, "
                                                 "channel_id, stream, path, size, sha256, "
                                                 "records, amounts, added, removed) VALUES (?, "
                                                 "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  { result.runId, w.channel.id, ExportStreams::key(f.stream),
                                    f.relativePath, f.size, f.sha256, f.records,
                                    text(amountsText(f.amounts)), f.added, f.removed });
                    if (!row) {
                        stored = row.error();
                        break;
                    }
                }
                if (!stored)
                    break;
                auto row
                    = db.exec(QStringLiteral("UPDATE export_run_channel SET records = ?, added = "
                                             "?, removed = ?, warnings = ?, warning_count = ? "
                                             "WHERE run_id = ? AND channel_id = ?"),
                              { records, added, removed, text(w.result.warnings.join(u'\n')),
                                w.result.warnings.size(), result.runId, w.channel.id });
                if (!row)
                    stored = row.error();
            }
            if (stored)
                stored = transaction.commit();
            if (!stored) {
                runError = tr("cannot record the export files: %1").arg(stored.errorString());
                fatal = true;
            }
        }

        // Phase 2: delivery.
        if (!fatal && destination) {
            ExportUploader uploader(*destination, m_options.retry,
                                    [this] { return isCancelled(); });
            int unreachableInARow = 0;
            QString unreachableReason;
            for (int i = 0; i < work.size(); ++i) {
                ChannelWork &w = work[i];
                if (!w.written || isCancelled())
                    continue;
                if (unreachableInARow >= 2) {
                    // Two channels in a row could not reach the destination at all: do not spend
                    // every retry again on each remaining channel.
                    w.result.status = ExportStatus::Errored;
                    w.result.error
                        = tr("not sent, the destination is unreachable: %1").arg(unreachableReason);
                    report(w, ExportChannelProgress::Phase::Failed, i);
                    continue;
                }
                report(w, ExportChannelProgress::Phase::Uploading, i);
                QString error;
                for (qsizetype f = 0; f < w.localFiles.size() && error.isEmpty(); ++f) {
                    if (const Status sent = uploader.upload(w.localFiles[f], w.remotePaths[f]);
                        !sent)
                        error = sent.errorString();
                }
                if (isCancelled() && !error.isEmpty())
                    break;
                if (error.isEmpty()) {
                    unreachableInARow = 0;
                    w.result.delivered = true;
                    w.result.status = ExportStatus::Completed;
                    report(w, ExportChannelProgress::Phase::Done, i);
                } else {
                    if (uploader.lastFailureUnreachable()) {
                        ++unreachableInARow;
                        unreachableReason = error;
                    } else {
                        unreachableInARow = 0;
                    }
                    w.result.status = ExportStatus::Errored;
                    w.result.error = error;
                    report(w, ExportChannelProgress::Phase::Failed, i);
                }
            }
        } else if (!fatal) {
            for (int i = 0; i < work.size(); ++i) {
                if (work[i].written) {
                    work[i].result.status = ExportStatus::Completed;
                    report(work[i], ExportChannelProgress::Phase::Done, i);
                }
            }
        }

        // Whatever has no outcome yet was stopped.
        const bool cancelled = isCancelled();
        for (int i = 0; i < work.size(); ++i) {
            ChannelWork &w = work[i];
            if (w.result.status != ExportStatus::Running)
                continue;
            if (fatal && w.written && !destination) {
                w.result.status
                    = ExportStatus::Completed; // nothing to send: its files are complete
            } else if (fatal) {
                w.result.status = ExportStatus::Errored;
                w.result.error = w.written
                    ? tr("files written but not sent: the run stopped: %1").arg(runError)
                    : tr("not written: the run stopped: %1").arg(runError);
            } else {
                w.result.status = ExportStatus::Interrupted;
                w.result.error = tr("cancelled");
            }
            report(w, ExportChannelProgress::Phase::Failed, i);
        }

        int failed = 0;
        for (const ChannelWork &w : std::as_const(work))
            failed += w.result.status == ExportStatus::Completed ? 0 : 1;
        if (cancelled && !fatal) {
            result.status = ExportStatus::Interrupted;
            runError = tr("cancelled");
        } else if (fatal || (failed > 0 && failed == work.size())) {
            result.status = ExportStatus::Errored;
        } else if (failed > 0) {
            result.status = ExportStatus::PartialError;
        } else {
            result.status = ExportStatus::Completed;
        }
        if (runError.isEmpty() && failed > 0) {
            const auto first = std::find_if(work.cbegin(), work.cend(), [](const ChannelWork &w) {
                return w.result.status != ExportStatus::Completed;
            });
            runError = tr("%1 of %2 channels failed; %3: %4")
                           .arg(failed)
                           .arg(work.size())
                           .arg(first->channel.code, first->result.error);
        }
        result.error = runError;

        // Manifests of the channels whose files are in place, with the final statuses: staged,
        // flushed once, renamed into place.
        QList<std::pair<QString, ChannelWork *>> manifests;
        for (ChannelWork &w : work) {
            if (!w.written)
                continue;
            ExportManifest manifest;
            manifest.date = date;
            manifest.channel = w.channel.code;
            manifest.runId = result.runId;
            manifest.runStatus = result.status;
            manifest.channelStatus = w.result.status;
            manifest.error = w.result.error;
            manifest.format = extension;
            manifest.destination = destinationText;
            manifest.delivered = w.result.delivered;
            manifest.warnings = w.result.warnings;
            manifest.files = w.result.files;
            manifest.ids = w.ids;
            const QString path
                = directory + u'/' + ExportManifest::relativePath(date, w.channel.code);
            const QString tmp = directory + QStringLiteral("/manifest/") + w.channel.code + u'@'
                + QFileInfo(path).fileName();
            QString error;
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                error = tr("cannot create the folder of %1").arg(path);
            else
                error = writeWholeFile(tmp, manifest.toJson());
            if (error.isEmpty()) {
                manifests.append({ tmp, &w });
                continue;
            }
            w.result.status = ExportStatus::Errored;
            w.result.error = tr("cannot write the manifest: %1").arg(error);
            if (result.status == ExportStatus::Completed)
                result.status = ExportStatus::PartialError;
        }
        if (!manifests.isEmpty()) {
            QString error = syncFileSystem(directory);
            for (const auto &[tmp, w] : std::as_const(manifests)) {
                const QString path
                    = directory + u'/' + ExportManifest::relativePath(date, w->channel.code);
                if (error.isEmpty()
                    && std::rename(QFile::encodeName(tmp).constData(),
                                   QFile::encodeName(path).constData())
                        == 0)
                    continue;
                QFile::remove(tmp);
                w->result.status = ExportStatus::Errored;
                w->result.error = tr("cannot write the manifest %1: %2")
                                      .arg(path, error.isEmpty() ? systemError() : error);
                if (result.status == ExportStatus::Completed)
                    result.status = ExportStatus::PartialError;
            }
        }

        Transaction closing(db);
        (void)closing.begin();
        for (const ChannelWork &w : std::as_const(work)) {
            (void)db.exec(QStringLiteral("UPDATE export_run_channel SET status = ?, error = ?, "
                                         "delivered = ? WHERE run_id = ? AND channel_id = ?"),
                          { ExportStatuses::toString(w.result.status), text(w.result.error),
                            w.result.delivered ? 1 : 0, result.runId, w.channel.id });
            result.channels.append(w.result);
        }
        auto finished = db.exec(QStringLiteral("UPDATE export_run SET status = ?, error = ?, "
                                               "finished_at = ? WHERE id = ?"),
                                { ExportStatuses::toString(result.status), text(result.error),
                                  QDateTime::currentMSecsSinceEpoch(), result.runId });
        if (!finished)
            return finished.error();
        if (const Status committed = closing.commit(); !committed)
            return committed.error();
        return result;
    }();
    if (outcome)
        return outcome;
    return recordFailure(db, result, outcome.error());
}

ExportRunResult ExportJob::recordFailure(Connection &db, ExportRunResult result,
                                         const Error &error) const
{
    result.status = ExportStatus::Errored;
    result.error = tr("the run stopped: %1").arg(error.message);
    // The connection may be gone (a server restart): reconnect once to record the outcome.
    std::unique_ptr<Connection> reopened;
    Connection *target = &db;
    if (db.isBroken()) {
        auto opened = Connection::open(m_database, Connection::OpenMode::Existing);
        if (!opened) {
            result.error += tr("; the run could not be recorded: %1").arg(opened.errorString());
            return result;
        }
        reopened = std::move(opened).value();
        target = reopened.get();
    }
    auto updated = target->exec(
        QStringLiteral("UPDATE export_run SET status = 'ERRORED', error = ?, finished_at = ? "
                       "WHERE id = ? AND status = 'RUNNING'"),
        { result.error, QDateTime::currentMSecsSinceEpoch(), result.runId });
    if (updated)
        updated = target->exec(
            QStringLiteral("UPDATE export_run_channel SET status = 'ERRORED', error = ? WHERE "
                           "run_id = ? AND status = 'RUNNING'"),
            { tr("not finished: the run stopped"), result.runId });
    if (!updated)
        result.error += tr("; the run could not be recorded: %1").arg(updated.errorString());
    return result;
}

} // namespace cs
