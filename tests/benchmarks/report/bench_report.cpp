// Times the usage and spend report on a demo database (see ../report-benchmark.sh):
//   bench_report DB.sqlite [--runs N] [--sql-out FILE] [--raw]
//   bench_report --make-demo SCALE OUT.sqlite
//   bench_report --rebuild DB.sqlite
// A one-month channel report and a full-year billing-group report, each through the rollups (the
// normal path) and once on the raw records, then the peak resident memory of this process.
// With --sql-out it writes the same full-year GROUP BY written by hand, for the sqlite3 shell.

#include "db/connection.h"
#include "demo/demogenerator.h"
#include "import/importer.h"
#include "report/reportengine.h"
#include "report/usagerollup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace cs;

namespace {

QTextStream out(stdout);

struct Timing
{
    qint64 bestUs = 0;
    qint64 medianUs = 0;
    qint64 cpuMedianUs = 0; // user + system time of this thread: robust against a busy machine
    qsizetype lines = 0;
};

qint64 cpuMicroseconds()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1'000'000
        + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

Timing timeReport(ReportEngine &engine, const ReportRequest &request, int runs)
{
    QList<qint64> times;
    QList<qint64> cpu;
    qsizetype lines = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuMicroseconds();
        const auto result = engine.run(request);
        times << timer.nsecsElapsed() / 1000;
        cpu << cpuMicroseconds() - cpuStart;
        if (!result) {
            out << "report failed: " << result.errorString() << Qt::endl;
            std::exit(1);
        }
        lines = result->productLines.size() + result->daily.size();
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return { times.first(), times[times.size() / 2], cpu[cpu.size() / 2], lines };
}

// The demo dataset through the importer, as "channelscope-cli demo" does; for checkouts whose
// CLI has no demo command yet.
int makeDemo(int scale, const QString &path)
{
    DemoOptions options;
    options.scale = scale;
    options.until = QDate(2026, 6, 30);
    QTemporaryDir dir;
    const auto written = DemoGenerator(options).writeDataset(dir.path());
    if (!written) {
        out << written.errorString() << Qt::endl;
        return 1;
    }
    auto connection = Connection::open(DatabaseUrl::sqlite(path));
    if (!connection) {
        out << connection.errorString() << Qt::endl;
        return 1;
    }
    const auto imported = Importer(**connection).importDirectory(dir.path());
    if (!imported) {
        out << imported.errorString() << Qt::endl;
        return 1;
    }
    out << path << ": " << imported->totalRows() << " rows imported" << Qt::endl;
    return 0;
}

QString ms(qint64 us)
{
    return QString::number(us / 1000.0, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_report DB.sqlite [--runs N] [--sql-out FILE]\n");
        return 2;
    }
    if (args[1] == u"--make-demo")
        return makeDemo(args.value(2).toInt(), args.value(3));
    if (args[1] == u"--rebuild") {
        // For databases filled outside the importer (hand-made SQL).
        auto connection = Connection::open(DatabaseUrl::sqlite(args.value(2)));
        if (!connection)
            return 1;
        Transaction transaction(**connection);
        if (!transaction.begin() || !UsageRollup::rebuild(**connection) || !transaction.commit())
            return 1;
        return 0;
    }
    const int runs
        = args.contains(u"--runs"_qs) ? args.value(args.indexOf(u"--runs"_qs) + 1).toInt() : 7;
    const QString sqlOut = args.contains(u"--sql-out"_qs)
        ? args.value(args.indexOf(u"--sql-out"_qs) + 1)
        : QString();

    auto connection = Connection::open(DatabaseUrl::sqlite(args[1]));
    if (!connection) {
        out << connection.errorString() << Qt::endl;
        return 1;
    }
    Connection &db = **connection;

    // The billing group with the most channels, its busiest channel, and the last full year and
    // month of data.
    auto q
        = db.exec(u"SELECT g.code, g.id, COUNT(*) FROM billing_group g JOIN channel c ON "
                  "c.billing_group_id = g.id GROUP BY g.code, g.id ORDER BY 3 DESC, 1 LIMIT 1"_qs);
    if (!q || !q->next()) {
        out << "no billing group in the database" << Qt::endl;
        return 1;
    }
    const QString groupCode = q->value(0).toString();
    const qint64 groupId = q->value(1).toLongLong();
    q = db.exec(u"SELECT c.code FROM channel c JOIN usage_daily d ON d.channel_id = c.id WHERE "
                "c.billing_group_id = ? GROUP BY c.code ORDER BY SUM(d.records) DESC LIMIT 1"_qs,
                { groupId });
    if (!q || !q->next()) {
        out << "no usage in the database" << Qt::endl;
        return 1;
    }
    const QString channelCode = q->value(0).toString();
    // From the indexes and rollups only, so that the memory figure is the reports' own.
    q = db.exec(u"SELECT MAX(start_at), (SELECT SUM(records) FROM usage_daily) + (SELECT "
                "COUNT(*) FROM usage_spanning) FROM usage_record"_qs);
    q->next();
    const QDate lastDay
        = QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), QTimeZone::utc()).date();
    const qint64 records = q->value(1).toLongLong();
    const QDate monthStart(lastDay.year(), lastDay.month(), 1);

    ReportRequest month;
    month.scope = ReportScope::Channel;
    month.code = channelCode;
    month.from = monthStart;
    month.to = monthStart.addMonths(1).addDays(-1);
    ReportRequest year;
    year.scope = ReportScope::BillingGroup;
    year.code = groupCode;
    year.from = lastDay.addYears(-1).addDays(1);
    year.to = lastDay;

    out << "database: " << args[1] << ", " << records << " usage records" << Qt::endl;
    ReportEngine engine(db);
    const Timing m = timeReport(engine, month, runs);
    out << "one-month channel report (" << channelCode << ' ' << month.from.toString(Qt::ISODate)
        << ".." << month.to.toString(Qt::ISODate) << ", " << m.lines << " lines+points): best "
        << ms(m.bestUs) << ", median " << ms(m.medianUs) << " of " << runs << " (median CPU "
        << ms(m.cpuMedianUs) << ')' << Qt::endl;
    const Timing y = timeReport(engine, year, runs);
    out << "full-year billing-group report (" << groupCode << ' ' << year.from.toString(Qt::ISODate)
        << ".." << year.to.toString(Qt::ISODate) << ", " << y.lines << " lines+points): best "
        << ms(y.bestUs) << ", median " << ms(y.medianUs) << " of " << runs << " (median CPU "
        << ms(y.cpuMedianUs) << ')' << Qt::endl;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak memory (max RSS of this process): " << usage.ru_maxrss / 1024 << " MB" << Qt::endl;
    out << "RESULT year_us=" << y.medianUs << " month_us=" << m.medianUs << Qt::endl;
    if (args.contains(u"--raw"_qs)) {
        // After the memory figure: SQLite's GROUP BY over millions of rows uses its own cache.
        engine.setSource(ReportEngine::Source::Raw);
        const Timing raw = timeReport(engine, year, 1);
        out << "the same full-year report on the raw records (no rollups): " << ms(raw.bestUs)
            << Qt::endl;
    }

    if (!sqlOut.isEmpty()) {
        const qint64 from = year.from.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 to = year.to.addDays(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        // The plain GROUP BY a hand-written report would run: per channel and product, the sums
        // and distinct accounts of the records starting in the year.
        const QString sql
            = QStringLiteral(
                  "SELECT a.channel_id, u.product_id, SUM(u.quantity_whole), "
                  "SUM(u.quantity_micros), "
                  "COUNT(DISTINCT u.account_id) FROM usage_record u JOIN account a ON a.id = "
                  "u.account_id JOIN channel c ON c.id = a.channel_id WHERE c.billing_group_id = "
                  "%1 "
                  "AND u.start_at >= %2 AND u.start_at < %3 GROUP BY a.channel_id, u.product_id;\n")
                  .arg(groupId)
                  .arg(from)
                  .arg(to);
        QFile file(sqlOut);
        if (!file.open(QIODevice::WriteOnly) || file.write(sql.toUtf8()) < 0)
            return 1;
    }
    return 0;
}
