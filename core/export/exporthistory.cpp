#include "exporthistory.h"

#include "db/connection.h"
#include "exportjob.h"
#include "exportlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportHistory)
};

// export_run.run_trigger
QString triggerText(ExportTrigger trigger)
{
    switch (trigger) {
    case ExportTrigger::Schedule:
        return QStringLiteral("schedule");
    case ExportTrigger::Test:
        return QStringLiteral("test");
    case ExportTrigger::Person:
        break;
    }
    return QStringLiteral("person");
}

ExportTrigger triggerFromText(const QString &text)
{
    if (text == u"schedule")
        return ExportTrigger::Schedule;
    if (text == u"test")
        return ExportTrigger::Test;
    return ExportTrigger::Person;
}

QDateTime utc(const QVariant &ms)
{
    return ms.isNull() ? QDateTime()
                       : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
}

// Adds "AND business_date >= ?" etc. for the valid bounds.
QString dateFilter(const QString &column, QDate from, QDate to, QVariantList *bindings)
{
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND ") + column + QStringLiteral(" >= ?");
        bindings->append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND ") + column + QStringLiteral(" <= ?");
        bindings->append(to.toString(Qt::ISODate));
    }
    return sql;
}

Result<bool> runAlive(Connection &connection, const QSqlQuery &run)
{
    if (connection.dialect().isPostgresql()) {
        const QDate date = QDate::fromString(run.value(1).toString(), Qt::ISODate);
        auto q = connection.exec(
            QStringLiteral("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
                           "AND granted AND CAST(classid AS TEXT) = ? AND "
                           "CAST(objid AS TEXT) = ? AND objsubid = 2 AND "
                           "pid = ?"),
            { QString::number(ExportLock::advisoryClass()),
              QString::number(ExportLock::advisoryObject(date)), run.value(5).toLongLong() });
        if (!q)
            return q.error();
        return q->next();
    }
    ExportProcess process;
    process.host = run.value(2).toString();
    process.pid = run.value(3).toLongLong();
    process.start = run.value(4).toString();
    return process.isAlive();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString amountsText(const CurrencySums &sums)
{
    QStringList parts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    return parts.join(u';');
}

// The one rule for a run whose process is gone: the run and its running channels end
// INTERRUPTED (a channel that already finished keeps its outcome).
Status markInterrupted(Connection &connection, qint64 runId, const QString &reason)
{
    auto updated = connection.exec(
        QStringLiteral("UPDATE export_run SET status = 'INTERRUPTED', error = ? WHERE id = ? "
                       "AND status = 'RUNNING'"),
        { reason, runId });
    if (!updated)
        return updated.error();
    auto channels = connection.exec(QStringLiteral("UPDATE export_run_channel SET status = "
                                                   "'INTERRUPTED' WHERE run_id = ? AND status "
                                                   "= 'RUNNING'"),
                                    { runId });
    if (!channels)
        return channels.error();
    return success();
}

} // namespace

Status ExportHistory::recoverInterrupted(Connection &connection)
{
    auto q
        = connection.exec(QStringLiteral("SELECT id, business_date, host, pid, process_start, "
                                         "lock_session FROM export_run WHERE status = 'RUNNING'"));
    if (!q)
        return q.error();
    struct Dead
    {
        qint64 id;
        QString host;
        qint64 pid;
    };
    QList<Dead> dead;
    QList<QVariantList> rows;
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < 6; ++i)
            row << q->value(i);
        rows << row;
    }
    q->finish();
    for (const QVariantList &row : std::as_const(rows)) {
        // Re-read the row through a query object so runAlive() sees the same columns.
        auto one = connection.exec(QStringLiteral("SELECT id, business_date, host, pid, "
                                                  "process_start, lock_session FROM export_run "
                                                  "WHERE id = ? AND status = 'RUNNING'"),
                                   { row[0] });
        if (!one)
            return one.error();
        if (!one->next())
            continue;
        auto alive = runAlive(connection, *one);
        if (!alive)
            return alive.error();
        if (!*alive)
            dead.append({ row[0].toLongLong(), row[2].toString(), row[3].toLongLong() });
    }
    for (const Dead &run : std::as_const(dead)) {
        const QString why
            = Tr::tr("interrupted: the process that ran it (pid %1 on %2) ended before "
                     "the run finished")
                  .arg(run.pid)
                  .arg(run.host);
        if (const Status marked = markInterrupted(connection, run.id, why); !marked)
            return marked;
    }
    return success();
}

Status ExportHistory::interruptOtherRuns(Connection &connection, QDate date, qint64 runId,
                                         const QString &reason)
{
    auto q = connection.exec(QStringLiteral("SELECT id FROM export_run WHERE business_date = ? "
                                            "AND status = 'RUNNING' AND id <> ?"),
                             { date.toString(Qt::ISODate), runId });
    if (!q)
        return q.error();
    QList<qint64> others;
    while (q->next())
        others << q->value(0).toLongLong();
    q->finish();
    for (const qint64 other : std::as_const(others)) {
        if (const Status marked = markInterrupted(connection, other, reason); !marked)
            return marked;
    }
    return success();
}

Result<qint64> ExportHistory::startRun(Connection &connection, const RunStart &run)
{
    auto inserted = connection.exec(
        QStringLiteral("INSERT INTO export_run (business_date, run_trigger, triggered_by, "
                       "started_at, status, error, scope, host, pid, process_start, lock_session, "
                       "directory, destination, file_format, change_watermark) VALUES (?, ?, ?, ?, "
                       "'RUNNING', '', ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM "
                       "document_change)) RETURNING id"),
        { run.date.toString(Qt::ISODate), triggerText(run.trigger), run.triggeredBy,
          run.startedAtMs, run.scope, text(run.host), run.pid, text(run.processStart),
          run.lockSession, run.directory, text(run.destination), run.format });
    if (!inserted)
        return inserted.error();
    // The job's text, in the job's translation context.
    if (!inserted->next())
        return Error { ExportJob::tr("cannot record the export run") };
    return inserted->value(0).toLongLong();
}

Status ExportHistory::addRunChannel(Connection &connection, qint64 runId, qint64 channelId,
                                    const ExportChannelResult &channel)
{
    auto added = connection.exec(
        QStringLiteral("INSERT INTO export_run_channel (run_id, "
                       "channel_id, status, error) VALUES (?, ?, ?, ?)"),
        { runId, channelId, ExportStatuses::toString(channel.status), text(channel.error) });
    return added ? success() : Status(added.error());
}

Status ExportHistory::recordChannelFiles(Connection &connection, qint64 runId, qint64 channelId,
                                         const ExportChannelResult &channel)
{
    qint64 records = 0, added = 0, removed = 0;
    for (const ExportFileResult &f : std::as_const(channel.files)) {
        records += f.records;
        added += f.added;
        removed += f.removed;
        auto row = connection.exec(
            QStringLiteral("INSERT INTO export_run_file (run_id, channel_id, stream, path, size, "
                           "sha256, records, amounts, added, removed) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?)"),
            { runId, channelId, ExportStreams::key(f.stream), f.relativePath, f.size, f.sha256,
              f.records, text(amountsText(f.amounts)), f.added, f.removed });
        if (!row)
            return row.error();
    }
    auto row = connection.exec(
        QStringLiteral("UPDATE export_run_channel SET records = ?, added = ?, removed = ?, "
                       "warnings = ?, warning_count = ? WHERE run_id = ? AND channel_id = ?"),
        { records, added, removed, text(channel.warnings.join(u'\n')), channel.warnings.size(),
          runId, channelId });
    return row ? success() : Status(row.error());
}

Status ExportHistory::finishRunChannel(Connection &connection, qint64 runId, qint64 channelId,
                                       const ExportChannelResult &channel)
{
    auto row = connection.exec(QStringLiteral("UPDATE export_run_channel SET status = ?, error = "
                                              "?, delivered = ? WHERE run_id = ? AND "
                                              "channel_id = ?"),
                               { ExportStatuses::toString(channel.status), text(channel.error),
                                 channel.delivered ? 1 : 0, runId, channelId });
    return row ? success() : Status(row.error());
}

Status ExportHistory::finishRun(Connection &connection, const ExportRunResult &run,
                                qint64 finishedAtMs)
{
    auto row = connection.exec(
        QStringLiteral("UPDATE export_run SET status = ?, error = ?, "
                       "finished_at = ? WHERE id = ?"),
        { ExportStatuses::toString(run.status), text(run.error), finishedAtMs, run.runId });
    return row ? success() : Status(row.error());
}

Status ExportHistory::recordRunFailure(Connection &connection, qint64 runId, const QString &error,
                                       const QString &channelError, qint64 finishedAtMs)
{
    auto updated = connection.exec(
        QStringLiteral("UPDATE export_run SET status = 'ERRORED', error = ?, finished_at = ? "
                       "WHERE id = ? AND status = 'RUNNING'"),
        { error, finishedAtMs, runId });
    if (updated)
        updated = connection.exec(
            QStringLiteral("UPDATE export_run_channel SET status = 'ERRORED', error = ? WHERE "
                           "run_id = ? AND status = 'RUNNING'"),
            { channelError, runId });
    return updated ? success() : Status(updated.error());
}

namespace {

// The runs matching `where` (SQL after "WHERE", with its bindings), newest first, at most `limit`,
// with their channel, failure, record, added/removed and warning counts.
Result<QList<ExportRunInfo>> selectRuns(Connection &connection, const QString &where,
                                        QVariantList bindings, int limit)
{
    bindings.append(limit);
    auto q = connection.exec(
        QStringLiteral(
            "SELECT r.id, r.business_date, r.run_trigger, r.triggered_by, r.started_at, "
            "r.finished_at, r.status, r.error, r.scope, r.host, r.pid, r.directory, "
            "r.destination, r.file_format, "
            "(SELECT COUNT(*) FROM export_run_channel c WHERE c.run_id = r.id), "
            "(SELECT COUNT(*) FROM export_run_channel c WHERE c.run_id = r.id AND c.status NOT "
            "IN ('COMPLETED', 'PARTIAL_ERROR')), "
            "(SELECT COALESCE(SUM(c.records), 0) FROM export_run_channel c WHERE c.run_id = r.id), "
            "(SELECT COALESCE(SUM(c.added), 0) FROM export_run_channel c WHERE c.run_id = r.id), "
            "(SELECT COALESCE(SUM(c.removed), 0) FROM export_run_channel c WHERE c.run_id = r.id), "
            "(SELECT COALESCE(SUM(c.warning_count), 0) FROM export_run_channel c WHERE c.run_id "
            "= r.id), "
            "(SELECT COUNT(*) FROM export_run_channel c WHERE c.run_id = r.id AND c.status = "
            "'PARTIAL_ERROR') "
            "FROM export_run r WHERE ")
            + where + QStringLiteral(" ORDER BY r.id DESC LIMIT ?"),
        bindings);
    if (!q)
        return q.error();
    QList<ExportRunInfo> runs;
    while (q->next()) {
        ExportRunInfo r;
        r.runId = q->value(0).toLongLong();
        r.date = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        r.trigger = triggerFromText(q->value(2).toString());
        r.triggeredBy = q->value(3).toString();
        r.startedAt = utc(q->value(4));
        r.finishedAt = utc(q->value(5));
        r.status = ExportStatuses::fromString(q->value(6).toString());
        r.error = q->value(7).toString();
        const QString scope = q->value(8).toString();
        if (scope != u"ALL")
            r.channelScope = scope.split(u',', Qt::SkipEmptyParts);
        r.host = q->value(9).toString();
        r.pid = q->value(10).toLongLong();
        r.directory = q->value(11).toString();
        r.destination = q->value(12).toString();
        r.format = q->value(13).toString();
        r.channels = q->value(14).toInt();
        r.failedChannels = q->value(15).toInt();
        r.records = q->value(16).toLongLong();
        r.added = q->value(17).toLongLong();
        r.removed = q->value(18).toLongLong();
        r.warnings = q->value(19).toLongLong();
        r.heldChannels = q->value(20).toInt();
        runs.append(r);
    }
    return runs;
}

} // namespace

Result<QList<ExportRunInfo>> ExportHistory::runs(Connection &connection, QDate from, QDate to,
                                                 int limit)
{
    if (const Status recovered = recoverInterrupted(connection); !recovered)
        return recovered.error();
    QVariantList bindings;
    const QString filter = dateFilter(QStringLiteral("r.business_date"), from, to, &bindings);
    return selectRuns(connection, QStringLiteral("1 = 1") + filter, bindings, limit);
}

Result<std::optional<ExportRunInfo>> ExportHistory::run(Connection &connection, qint64 runId)
{
    if (const Status recovered = recoverInterrupted(connection); !recovered)
        return recovered.error();
    auto found = selectRuns(connection, QStringLiteral("r.id = ?"), { runId }, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ExportRunInfo>();
    return std::optional<ExportRunInfo>(found->first());
}

Result<QList<ExportRunChannelInfo>> ExportHistory::channels(Connection &connection, qint64 runId)
{
    auto q = connection.exec(
        QStringLiteral("SELECT c.channel_id, ch.code, c.status, c.error, c.records, c.added, "
                       "c.removed, c.delivered, c.warnings FROM export_run_channel c JOIN "
                       "channel ch ON ch.id = c.channel_id WHERE c.run_id = ?"),
        { runId });
    if (!q)
        return q.error();
    QList<ExportRunChannelInfo> result;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        ExportRunChannelInfo c;
        c.code = q->value(1).toString();
        c.status = ExportStatuses::fromString(q->value(2).toString());
        c.error = q->value(3).toString();
        c.records = q->value(4).toLongLong();
        c.added = q->value(5).toLongLong();
        c.removed = q->value(6).toLongLong();
        c.delivered = q->value(7).toInt() != 0;
        c.warnings = q->value(8).toString().split(u'\n', Qt::SkipEmptyParts);
        index.insert(q->value(0).toLongLong(), result.size());
        result.append(c);
    }
    auto f = connection.exec(QStringLiteral("SELECT channel_id, stream, path, size, sha256, "
                                            "records, amounts, added, removed FROM "
                                            "export_run_file WHERE run_id = ?"),
                             { runId });
    if (!f)
        return f.error();
    while (f->next()) {
        const auto at = index.constFind(f->value(0).toLongLong());
        if (at == index.cend())
            continue;
        ExportFileResult file;
        ExportStreams::fromKey(f->value(1).toString(), &file.stream);
        file.relativePath = f->value(2).toString();
        file.size = f->value(3).toLongLong();
        file.sha256 = f->value(4).toString();
        file.records = f->value(5).toLongLong();
        const QStringList sums = f->value(6).toString().split(u';', Qt::SkipEmptyParts);
        for (const QString &sum : sums) {
            const QString currency = sum.section(u'=', 0, 0);
            if (const auto value = Decimal::parse(sum.section(u'=', 1)))
                file.amounts.insert(currency, *value);
        }
        file.added = f->value(7).toLongLong();
        file.removed = f->value(8).toLongLong();
        result[*at].files.append(file);
    }
    for (ExportRunChannelInfo &c : result)
        std::sort(c.files.begin(), c.files.end(),
                  [](const ExportFileResult &a, const ExportFileResult &b) {
                      return a.stream < b.stream;
                  });
    std::sort(result.begin(), result.end(),
              [](const ExportRunChannelInfo &a, const ExportRunChannelInfo &b) {
                  return QString::compare(a.code, b.code, Qt::CaseSensitive) < 0;
              });
    return result;
}

Result<QList<QDate>> ExportHistory::exportedDates(Connection &connection, QDate from, QDate to)
{
    QVariantList bindings;
    const QString filter = dateFilter(QStringLiteral("r.business_date"), from, to, &bindings);
    auto q = connection.exec(
        QStringLiteral("SELECT r.id, r.business_date, r.scope, r.status, c.channel_id, c.status "
                       "FROM export_run r LEFT JOIN export_run_channel c ON c.run_id = r.id "
                       "WHERE r.status <> 'RUNNING' AND r.run_trigger <> 'test'")
            + filter + QStringLiteral(" ORDER BY r.id"),
        bindings);
    if (!q)
        return q.error();
    struct Run
    {
        qint64 id = 0;
        bool full = false;
        ExportStatus status = ExportStatus::Errored;
        QSet<qint64> failed;
        QSet<qint64> completed;
    };
    QMap<QDate, QList<Run>> byDate;
    while (q->next()) {
        const QDate date = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        QList<Run> &runs = byDate[date];
        const qint64 id = q->value(0).toLongLong();
        if (runs.isEmpty() || runs.last().id != id) {
            Run run;
            run.id = id;
            run.full = q->value(2).toString() == u"ALL";
            run.status = ExportStatuses::fromString(q->value(3).toString());
            runs.append(run);
        }
        if (!q->value(4).isNull()) {
            if (q->value(5).toString() == u"COMPLETED")
                runs.last().completed.insert(q->value(4).toLongLong());
            else
                runs.last().failed.insert(q->value(4).toLongLong());
        }
    }
    QList<QDate> dates;
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
        const QList<Run> &runs = it.value();
        bool done = false;
        for (qsizetype i = 0; i < runs.size() && !done; ++i) {
            const Run &run = runs[i];
            if (!run.full
                || (run.status != ExportStatus::Completed
                    && run.status != ExportStatus::PartialError))
                continue;
            QSet<qint64> missing = run.failed;
            for (qsizetype j = i + 1; j < runs.size(); ++j)
                missing.subtract(runs[j].completed);
            done = missing.isEmpty();
        }
        if (done)
            dates.append(it.key());
    }
    return dates;
}

Result<std::optional<QDate>> ExportHistory::lastExportedDate(Connection &connection)
{
    auto dates = exportedDates(connection, {}, {});
    if (!dates)
        return dates.error();
    if (dates->isEmpty())
        return std::optional<QDate>();
    return std::optional<QDate>(dates->last());
}

Result<QList<QDate>> ExportHistory::missedDays(Connection &connection, QDate from, QDate to)
{
    auto exported = exportedDates(connection, from, to);
    if (!exported)
        return exported.error();
    const QSet<QDate> done(exported->cbegin(), exported->cend());
    QList<QDate> missed;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        if (!done.contains(d))
            missed.append(d);
    }
    return missed;
}

Result<std::optional<QDate>> ExportHistory::earliestDocumentDate(Connection &connection,
                                                                 const BusinessCalendar &calendar)
{
    auto q = connection.exec(QStringLiteral(
        "SELECT MIN(t) FROM (SELECT MIN(posted_at) AS t FROM account_statement UNION ALL "
        "SELECT MIN(posted_at) FROM invoice UNION ALL SELECT MIN(created_at) FROM payment "
        "UNION ALL SELECT MIN(created_at) FROM payment_failure) m"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(calendar.dateAt(q->value(0).toLongLong()));
}

} // namespace cs
