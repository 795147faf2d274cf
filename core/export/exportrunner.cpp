#include "exportrunner.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "exportcredentials.h"
#include "exporthistory.h"
#include "exportjob.h"
#include "exportlock.h"
#include "numeric/currency.h"
#include "util/redaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>

namespace cs {

namespace {

bool sameContent(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.size() != data.size() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() == data;
}

std::optional<ExportManifest> readManifest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return ExportManifest::fromJson(file.readAll());
}

// The sums per currency of a file's records, as exact decimals in the currency's minor units.
CurrencySums amountSums(const QList<ExportRecord> &records)
{
    QMap<QString, int128> sums;
    for (const ExportRecord &r : records)
        sums[r.currency] += r.amountMinor;
    CurrencySums amounts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const auto currency = Currency::find(it.key());
        amounts.insert(it.key(),
                       Decimal::fromUnits(it.value(), currency ? currency->minorUnits : 0));
    }
    return amounts;
}

} // namespace

ExportRunner::ExportRunner(DatabaseUrl database, ExportOptions options, Hooks hooks)
    : m_database(std::move(database))
    , m_options(std::move(options))
    , m_hooks(std::move(hooks))
{ }

// The lock and the source go before the connection they use.
ExportRunner::~ExportRunner()
{
    m_source.reset();
    m_lock.reset();
}

Status ExportRunner::openDatabase()
{
    auto opened = Connection::open(m_database, Connection::OpenMode::Existing);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    return ExportHistory::recoverInterrupted(*m_db);
}

Status ExportRunner::readSettings()
{
    Connection &db = *m_db;
    const auto zone = Configuration::businessTimeZone(db);
    if (!zone)
        return zone.error();
    m_calendar.emplace(*zone);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m_date = m_options.date.isValid() ? m_options.date : m_calendar->yesterday(nowMs);
    if (m_options.trigger != ExportTrigger::Test) {
        if (const Status ended = validateExportDate(m_date, *m_calendar, nowMs); !ended)
            return ended;
    }

    m_directory = m_options.directory;
    if (m_directory.isEmpty()) {
        auto configured = Configuration::value(db, Configuration::ExportDirectory);
        if (!configured)
            return configured.error();
        m_directory = *configured;
    }
    m_directory = QDir::cleanPath(QFileInfo(m_directory).absoluteFilePath());
    // A password that an older version stored goes before the URL is used.
    (void)Configuration::removeStoredPasswords(db);
    if (m_options.url) {
        m_urlText = *m_options.url;
    } else {
        auto configured = Configuration::value(db, Configuration::ExportUrl);
        if (!configured)
            return configured.error();
        m_urlText = *configured;
    }
    if (m_options.format) {
        m_format = *m_options.format;
    } else {
        auto configured = Configuration::value(db, Configuration::ExportFileExtension);
        if (!configured)
            return configured.error();
        m_format = *configured == u"csv" ? ExportFormat::Csv : ExportFormat::Xml;
    }
    m_extension = ExportWriter::extension(m_format);

    auto channels = ExportSource::channels(db, m_options.channels);
    if (!channels)
        return channels.error();
    m_channels = *channels;
    return success();
}

Status ExportRunner::lockDate()
{
    auto locked = ExportLock::acquire(*m_db, m_date);
    if (!locked)
        return locked.error();
    m_lock = std::move(locked).value();
    return success();
}

Result<QString> ExportRunner::exportPassword()
{
    if (!m_options.password.isEmpty())
        return m_options.password;
    if (!qEnvironmentVariableIsEmpty("CHANNELSCOPE_EXPORT_PASSWORD"))
        return QString(); // ExportDestination takes it from there
    const auto file = Configuration::value(*m_db, Configuration::ExportCredentialsFile);
    if (!file)
        return file.error();
    if (file->isEmpty())
        return QString();
    return ExportCredentials::readFile(*file);
}

void ExportRunner::prepareDestination()
{
    if (m_urlText.isEmpty())
        return;
    auto password = exportPassword();
    auto parsed = password ? ExportDestination::parse(m_urlText, *password)
                           : Result<ExportDestination>(password.error());
    if (parsed) {
        m_destination = *parsed;
        m_destinationText = parsed->displayString();
    } else {
        // Recorded: the run ends ERRORED with the reason.
        m_runError = parsed.errorString();
        m_fatal = true;
        m_destinationText = redactUrl(m_urlText);
    }
}

Status ExportRunner::recordStart()
{
    const ExportProcess process = ExportProcess::current();
    QStringList codes;
    for (const ExportChannel &c : std::as_const(m_channels))
        codes << c.code;
    ExportHistory::RunStart start;
    start.date = m_date;
    start.trigger = m_options.trigger;
    start.triggeredBy = m_options.triggeredBy.isEmpty() ? process.user : m_options.triggeredBy;
    start.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    start.scope = m_options.channels.isEmpty() ? QStringLiteral("ALL") : codes.join(u',');
    start.host = process.host;
    start.pid = process.pid;
    start.processStart = process.start;
    start.lockSession = m_lock->session();
    start.directory = m_directory;
    start.destination = m_destinationText;
    start.format = m_extension;
    auto runId = ExportHistory::startRun(*m_db, start);
    if (!runId)
        return runId.error();
    m_result.runId = *runId;
    m_result.date = m_date;
    m_result.trigger = m_options.trigger;
    m_result.directory = m_directory;
    m_result.destination = m_destinationText;
    (void)m_lock->attachRun(m_result.runId);
    // We hold the date's lock, so no other run of it can still be alive.
    (void)ExportHistory::interruptOtherRuns(
        *m_db, m_date, m_result.runId,
        ExportJob::tr("interrupted: its process ended before the run finished"));
    if (m_hooks.runStarted)
        m_hooks.runStarted(m_result.runId, m_date);
    return success();
}

Status ExportRunner::recordChannels()
{
    for (const ExportChannel &channel : std::as_const(m_channels)) {
        ChannelWork w;
        w.channel = channel;
        w.result.code = channel.code;
        if (const Status valid = validateChannelFolder(channel.code); !valid) {
            w.refused = true;
            w.result.status = ExportStatus::Errored;
            w.result.error = valid.errorString();
            m_refusedCodes << printableChannelCode(channel.code);
        }
        m_work.append(w);
    }
    for (const ChannelWork &w : std::as_const(m_work)) {
        if (const Status added
            = ExportHistory::addRunChannel(*m_db, m_result.runId, w.channel.id, w.result);
            !added)
            return added;
    }
    return success();
}

void ExportRunner::report(int index, ExportChannelProgress::Phase phase)
{
    if (!m_hooks.progress)
        return;
    const ChannelWork &w = m_work[index];
    m_hooks.progress({ w.channel.code, phase, index, int(m_work.size()),
                       phase == ExportChannelProgress::Phase::Failed
                               || phase == ExportChannelProgress::Phase::Held
                           ? w.result.error
                           : QString() });
}

void ExportRunner::stop(const QString &error)
{
    m_runError = error;
    m_fatal = true;
}

void ExportRunner::fail(int index, const QString &error)
{
    m_work[index].result.status = ExportStatus::Errored;
    m_work[index].result.error = error;
    report(index, ExportChannelProgress::Phase::Failed);
}

void ExportRunner::refuseUnusableCodes()
{
    if (m_refusedCodes.isEmpty())
        return;
    // A code that could leave the export directory (or the destination's folder) refuses the
    // whole run before anything is created or written below the export directory.
    QStringList shown = m_refusedCodes;
    if (shown.size() > 10) {
        const qsizetype more = shown.size() - 10;
        shown.resize(10);
        shown << ExportJob::tr("and %1 more").arg(more);
    }
    stop(ExportJob::tr("refused before writing anything: channel code %1 cannot be used as a "
                       "folder name (codes must match [A-Za-z0-9_.-]{1,64} and not be . or ..)")
             .arg(shown.join(QStringLiteral(", "))));
    for (int i = 0; i < m_work.size(); ++i) {
        if (m_work[i].refused)
            report(i, ExportChannelProgress::Phase::Failed);
    }
}

// The folders of the streams; a directory that cannot be made ends the run here.
void ExportRunner::makeFolders()
{
    if (m_fatal)
        return;
    QStringList folders { m_directory + QStringLiteral("/manifest") };
    for (const ExportStream stream : ExportStreams::all()) {
        const QString folder = m_directory + u'/' + ExportStreams::folderName(stream);
        folders << folder + QStringLiteral("/tmp") << folder + QStringLiteral("/target");
    }
    for (const QString &folder : std::as_const(folders)) {
        if (const QString why = makeFolder(folder); !why.isEmpty()) {
            stop(ExportJob::tr("cannot create the export folder %1: %2").arg(folder, why));
            return;
        }
    }
}

QString ExportRunner::datePart() const
{
    return u'_' + m_date.toString(Qt::ISODate) + u'_';
}

// Left-overs of an interrupted run of this date (we hold its lock).
void ExportRunner::removeStagingLeftovers()
{
    if (m_fatal)
        return;
    const QString part = datePart();
    for (const ExportStream stream : ExportStreams::all()) {
        QDir tmp(m_directory + u'/' + ExportStreams::folderName(stream) + QStringLiteral("/tmp"));
        const QStringList stale = tmp.entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : stale) {
            if (name.contains(part))
                tmp.remove(name);
        }
    }
}

// The local files. Every changed file of every channel is staged in the streams' tmp folders
// first; placeDataFiles() flushes them with one syncfs() and renames them into place.
void ExportRunner::stageDataFiles()
{
    m_source = std::make_unique<ExportSource>(*m_db, *m_calendar, m_date);
    m_dataFiles = std::make_unique<StagedFiles>(m_directory);
    for (int i = 0; i < m_work.size() && !m_fatal; ++i) {
        if (m_work[i].refused) {
            report(i, ExportChannelProgress::Phase::Failed);
            continue;
        }
        if (cancelled())
            break;
        report(i, ExportChannelProgress::Phase::Writing);
        if (const Status staged = stageChannel(i); !staged) {
            stop(staged.errorString());
            fail(i, m_runError);
        }
    }
}

// The four files of a channel: a channel whose records cannot be read fails alone (an Error
// only when a file cannot be staged: the export directory is unusable).
Status ExportRunner::stageChannel(int index)
{
    ChannelWork &w = m_work[index];
    const QString code = w.channel.code;
    const std::optional<ExportManifest> previous
        = readManifest(m_directory + u'/' + ExportManifest::relativePath(m_date, code));
    for (const ExportStream stream : ExportStreams::all()) {
        auto records = m_source->records(stream, w.channel.id, &w.result.warnings);
        if (!records) {
            m_dataFiles->discard(index);
            fail(index, records.errorString());
            return success();
        }
        const QString name
            = ExportStreams::filePrefix(stream) + datePart() + QStringLiteral("1.") + m_extension;
        const QString folder = m_directory + u'/' + ExportStreams::folderName(stream);
        const QByteArray data = ExportWriter::render(stream, m_format, m_date, code, *records);
        // '@' cannot occur in a channel code, so these names never collide.
        const QString tmp = folder + QStringLiteral("/tmp/") + code + u'@' + name;
        const QString targetPath = folder + QStringLiteral("/target/") + code + u'/' + name;
        QStringList ids;
        w.result.files.append(describeFile(stream, code, name, data, *records, previous, &ids));
        w.ids.insert(stream, ids);
        w.localFiles << targetPath;
        w.remotePaths << ExportStreams::folderName(stream) + u'/' + code + u'/' + name;
        if (sameContent(targetPath, data))
            continue; // unchanged: keep the file (and its time) as it is
        if (const QString error = m_dataFiles->stage(tmp, targetPath, data, index);
            !error.isEmpty())
            return Error { error };
    }
    w.staged = true;
    return success();
}

// A file's line of the manifest and history: size, hash, record count, sums, and the records
// added and removed since the previous manifest of the date.
ExportFileResult ExportRunner::describeFile(ExportStream stream, const QString &code,
                                            const QString &name, const QByteArray &data,
                                            const QList<ExportRecord> &records,
                                            const std::optional<ExportManifest> &previous,
                                            QStringList *ids)
{
    ExportFileResult file;
    file.stream = stream;
    file.relativePath
        = ExportStreams::folderName(stream) + QStringLiteral("/target/") + code + u'/' + name;
    file.size = data.size();
    file.sha256
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    file.records = records.size();
    file.amounts = amountSums(records);
    ids->reserve(records.size());
    for (const ExportRecord &r : records)
        *ids << r.id;
    if (!previous) {
        file.added = ids->size();
        return file;
    }
    const QStringList before = previous->ids.value(stream);
    const QSet<QString> old(before.cbegin(), before.cend());
    const QSet<QString> now(ids->cbegin(), ids->cend());
    file.added = (now - old).size();
    file.removed = (old - now).size();
    file.changed = true;
    for (const ExportFileResult &f : std::as_const(previous->files)) {
        if (f.stream == stream && f.relativePath == file.relativePath)
            file.changed = f.sha256 != file.sha256;
    }
    return file;
}

// Flushed once and renamed into place; a failure ends the run with every file not yet renamed
// left as it was.
void ExportRunner::placeDataFiles()
{
    if (m_fatal) {
        m_dataFiles->discard();
        return;
    }
    const QList<StagedFiles::Failure> failures
        = m_dataFiles->commit(StagedFiles::OnFailure::StopAtFirstFailure);
    const StagedFiles::Failure *failure = failures.isEmpty() ? nullptr : &failures.first();
    if (failure && failure->kind == StagedFiles::Failure::Kind::Flush) {
        stop(failure->reason);
        return;
    }
    for (int i = 0; i < m_work.size(); ++i) {
        if (!m_work[i].staged)
            continue;
        if (failure && failure->owner == i) {
            stop(failure->kind == StagedFiles::Failure::Kind::Folder
                     ? ExportJob::tr("cannot create the export folder %1: %2")
                           .arg(QFileInfo(failure->finalPath).absolutePath(), failure->reason)
                     : ExportJob::tr("cannot move %1 to %2: %3")
                           .arg(failure->stagingPath, failure->finalPath, failure->reason));
            fail(i, m_runError);
            return;
        }
        m_work[i].written = true;
        report(i, ExportChannelProgress::Phase::Written);
    }
}

// What each written channel contains, in one transaction.
void ExportRunner::recordFiles()
{
    Transaction transaction(*m_db);
    Status stored = transaction.begin();
    for (const ChannelWork &w : std::as_const(m_work)) {
        if (!w.written || !stored)
            continue;
        stored = ExportHistory::recordChannelFiles(*m_db, m_result.runId, w.channel.id, w.result);
    }
    if (stored)
        stored = transaction.commit();
    if (!stored)
        stop(ExportJob::tr("cannot record the export files: %1").arg(stored.errorString()));
}

// A written channel with warnings is held: PARTIAL_ERROR with the reason, its files stay local
// (and in place, so the receiver of a folder without URL sees them: the status still keeps the
// date missed) until a run without the hold sends them.
void ExportRunner::holdChannelsWithWarnings()
{
    if (!m_options.holdOnWarnings)
        return;
    for (int i = 0; i < m_work.size(); ++i) {
        ChannelWork &w = m_work[i];
        if (!w.written || w.result.warnings.isEmpty())
            continue;
        w.held = true;
        w.result.status = ExportStatus::PartialError;
        const qsizetype count = w.result.warnings.size();
        w.result.error = count == 1
            ? ExportJob::tr("held: 1 warning; files written but not sent until the date is run "
                            "again without holding channels with warnings")
            : ExportJob::tr("held: %1 warnings; files written but not sent until the date is run "
                            "again without holding channels with warnings")
                  .arg(count);
        report(i, ExportChannelProgress::Phase::Held);
    }
}

void ExportRunner::deliver()
{
    if (m_fatal)
        return;
    if (!m_destination) {
        for (int i = 0; i < m_work.size(); ++i) {
            if (m_work[i].written && !m_work[i].held) {
                m_work[i].result.status = ExportStatus::Completed;
                report(i, ExportChannelProgress::Phase::Done);
            }
        }
        return;
    }
    ExportUploader uploader(*m_destination, m_options.retry, [this] { return cancelled(); });
    int unreachableInARow = 0;
    QString unreachableReason;
    for (int i = 0; i < m_work.size(); ++i) {
        if (!m_work[i].written || m_work[i].held || cancelled())
            continue;
        if (!deliverChannel(i, uploader, &unreachableInARow, &unreachableReason))
            break;
    }
}

// Uploads a channel's files; false when the run was cancelled during the upload.
bool ExportRunner::deliverChannel(int index, ExportUploader &uploader, int *unreachableInARow,
                                  QString *unreachableReason)
{
    ChannelWork &w = m_work[index];
    if (*unreachableInARow >= 2) {
        // Two channels in a row could not reach the destination at all: do not spend every
        // retry again on each remaining channel.
        fail(index,
             ExportJob::tr("not sent, the destination is unreachable: %1").arg(*unreachableReason));
        return true;
    }
    report(index, ExportChannelProgress::Phase::Uploading);
    QString error;
    for (qsizetype f = 0; f < w.localFiles.size() && error.isEmpty(); ++f) {
        if (const Status sent = uploader.upload(w.localFiles[f], w.remotePaths[f]); !sent)
            error = sent.errorString();
    }
    // The manifest goes last, and only after every file arrived: its arrival tells the receiver
    // that the channel's files are complete.
    if (error.isEmpty()) {
        const QString remote = ExportManifest::relativePath(m_date, w.channel.code);
        if (const Status sent = uploader.uploadData(sentManifestOf(w), remote); !sent)
            error = ExportJob::tr("the files were sent, but not their manifest: %1")
                        .arg(sent.errorString());
    }
    if (cancelled() && !error.isEmpty())
        return false;
    if (error.isEmpty()) {
        *unreachableInARow = 0;
        w.result.delivered = true;
        w.result.status = ExportStatus::Completed;
        report(index, ExportChannelProgress::Phase::Done);
        return true;
    }
    if (uploader.lastFailureUnreachable()) {
        ++*unreachableInARow;
        *unreachableReason = error;
    } else {
        *unreachableInARow = 0;
    }
    fail(index, error);
    return true;
}

// Whatever has no outcome yet was stopped; the run's status and reason follow from the channels.
void ExportRunner::settleOutcome()
{
    const bool wasCancelled = cancelled();
    for (int i = 0; i < m_work.size(); ++i) {
        ExportChannelResult &r = m_work[i].result;
        if (r.status != ExportStatus::Running)
            continue;
        if (m_fatal && m_work[i].written && !m_destination) {
            r.status = ExportStatus::Completed; // nothing to send: its files are complete
        } else if (m_fatal) {
            r.status = ExportStatus::Errored;
            r.error = m_work[i].written
                ? ExportJob::tr("files written but not sent: the run stopped: %1").arg(m_runError)
                : ExportJob::tr("not written: the run stopped: %1").arg(m_runError);
        } else {
            r.status = ExportStatus::Interrupted;
            r.error = ExportJob::tr("cancelled");
        }
        report(i, ExportChannelProgress::Phase::Failed);
    }

    // A held channel is not a failure: a run whose channels are all held is PARTIAL_ERROR, so
    // a catch-up goes on (the held dates stay missed).
    int failed = 0, held = 0;
    for (const ChannelWork &w : std::as_const(m_work)) {
        held += w.held && w.result.status == ExportStatus::PartialError ? 1 : 0;
        failed += w.result.status == ExportStatus::Completed || w.held ? 0 : 1;
    }
    if (wasCancelled && !m_fatal) {
        m_result.status = ExportStatus::Interrupted;
        m_runError = ExportJob::tr("cancelled");
    } else if (m_fatal || (failed > 0 && failed == m_work.size())) {
        m_result.status = ExportStatus::Errored;
    } else if (failed > 0 || held > 0) {
        m_result.status = ExportStatus::PartialError;
    } else {
        m_result.status = ExportStatus::Completed;
    }
    if (m_runError.isEmpty())
        m_runError = channelsOutcome();
    m_result.error = m_runError;
}

// The manifest the receiver gets, sent right after the channel's files: it says what is true
// when it arrives. Its files are delivered and the channel COMPLETED; the run is still RUNNING
// (other channels follow; its final status is in the local manifest and the history); paths are
// the receiver's, relative to the URL's path.
QByteArray ExportRunner::sentManifestOf(const ChannelWork &w) const
{
    ExportManifest manifest = manifestOf(w);
    manifest.runStatus = ExportStatus::Running;
    manifest.channelStatus = ExportStatus::Completed;
    manifest.error.clear();
    manifest.delivered = true;
    for (qsizetype f = 0; f < manifest.files.size() && f < w.remotePaths.size(); ++f)
        manifest.files[f].relativePath = w.remotePaths[f];
    return manifest.toJson();
}

QString ExportRunner::channelsOutcome() const
{
    QStringList parts;
    for (const bool held : { false, true }) {
        const auto counted = [held](const ChannelWork &w) {
            return w.result.status != ExportStatus::Completed && w.held == held;
        };
        const auto first = std::find_if(m_work.cbegin(), m_work.cend(), counted);
        if (first == m_work.cend())
            continue;
        const auto count = std::count_if(m_work.cbegin(), m_work.cend(), counted);
        parts << (held ? ExportJob::tr("%1 of %2 channels held; %3: %4")
                       : ExportJob::tr("%1 of %2 channels failed; %3: %4"))
                     .arg(count)
                     .arg(m_work.size())
                     .arg(first->channel.code, first->result.error);
    }
    return parts.join(QStringLiteral("; "));
}

ExportManifest ExportRunner::manifestOf(const ChannelWork &w) const
{
    ExportManifest manifest;
    manifest.date = m_date;
    manifest.channel = w.channel.code;
    manifest.runId = m_result.runId;
    manifest.runStatus = m_result.status;
    manifest.channelStatus = w.result.status;
    manifest.error = w.result.error;
    manifest.format = m_extension;
    manifest.destination = m_destinationText;
    manifest.delivered = w.result.delivered;
    manifest.warnings = w.result.warnings;
    manifest.files = w.result.files;
    manifest.ids = w.ids;
    return manifest;
}

void ExportRunner::manifestFailed(ChannelWork &w, const QString &error)
{
    w.result.status = ExportStatus::Errored;
    w.result.error = error;
    if (m_result.status == ExportStatus::Completed)
        m_result.status = ExportStatus::PartialError;
}

// Manifests of the channels whose files are in place, with the final statuses: staged, flushed
// once, renamed into place. A manifest that cannot be written fails its channel only.
void ExportRunner::writeManifests()
{
    StagedFiles manifests(m_directory);
    for (int i = 0; i < m_work.size(); ++i) {
        ChannelWork &w = m_work[i];
        if (!w.written)
            continue;
        const QString path
            = m_directory + u'/' + ExportManifest::relativePath(m_date, w.channel.code);
        const QString tmp = m_directory + QStringLiteral("/manifest/") + w.channel.code + u'@'
            + QFileInfo(path).fileName();
        const QString error = QDir().mkpath(QFileInfo(path).absolutePath())
            ? manifests.stage(tmp, path, manifestOf(w).toJson(), i)
            : ExportJob::tr("cannot create the folder of %1").arg(path);
        if (!error.isEmpty())
            manifestFailed(w, ExportJob::tr("cannot write the manifest: %1").arg(error));
    }
    const QList<StagedFiles::Failure> failures
        = manifests.commit(StagedFiles::OnFailure::TryEveryFile);
    for (const StagedFiles::Failure &failure : failures)
        manifestFailed(m_work[failure.owner],
                       ExportJob::tr("cannot write the manifest %1: %2")
                           .arg(failure.finalPath, failure.reason));
}

Status ExportRunner::recordOutcome()
{
    Transaction closing(*m_db);
    (void)closing.begin();
    for (const ChannelWork &w : std::as_const(m_work)) {
        (void)ExportHistory::finishRunChannel(*m_db, m_result.runId, w.channel.id, w.result);
        m_result.channels.append(w.result);
    }
    if (const Status finished
        = ExportHistory::finishRun(*m_db, m_result, QDateTime::currentMSecsSinceEpoch());
        !finished)
        return finished;
    return closing.commit();
}

ExportRunResult ExportRunner::recordFailure(const Error &error)
{
    ExportRunResult result = m_result;
    result.status = ExportStatus::Errored;
    result.error = ExportJob::tr("the run stopped: %1").arg(error.message);
    // The connection may be gone (a server restart): reconnect once to record the outcome.
    std::unique_ptr<Connection> reopened;
    Connection *target = m_db.get();
    if (m_db->isBroken()) {
        auto opened = Connection::open(m_database, Connection::OpenMode::Existing);
        if (!opened) {
            result.error
                += ExportJob::tr("; the run could not be recorded: %1").arg(opened.errorString());
            return result;
        }
        reopened = std::move(opened).value();
        target = reopened.get();
    }
    const Status recorded = ExportHistory::recordRunFailure(
        *target, result.runId, result.error, ExportJob::tr("not finished: the run stopped"),
        QDateTime::currentMSecsSinceEpoch());
    if (!recorded)
        result.error
            += ExportJob::tr("; the run could not be recorded: %1").arg(recorded.errorString());
    return result;
}

} // namespace cs
