// Import benchmark (not a ctest test): generates a demo-like dataset once, imports its usage into
// a fresh SQLite file with the real importer, and compares with the sqlite3 shell's ".import" of
// the same usage.csv into a plain table. See tests/benchmarks/README.md.
//
//   bench_import [--scale N] [--data DIR] [--runs N]
//
// --data keeps the generated dataset in DIR (reused when it already has usage.csv).

#include "db/connection.h"
#include "demo/demogenerator.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>
#include <sqlite3.h>

using namespace cs;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// CPU time of this process (all threads) in milliseconds.
qint64 cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1'000'000;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

qint64 countLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    QByteArray block;
    while (!(block = file.read(1 << 22)).isEmpty())
        lines += block.count('\n');
    return lines;
}

// The reference files and usage.csv of the dataset, linked into their own folder, so that the
// measurement is the usage import (the few reference rows take no measurable time).
bool makeUsageFolder(const QString &dataset, const QString &folder)
{
    QDir().mkpath(folder);
    for (const char *name : { "billing_groups.csv", "channels.csv", "accounts.csv", "products.csv",
                              "rates.csv", "usage.csv" }) {
        const QString file = QString::fromLatin1(name);
        QFile::remove(folder + u'/' + file);
        if (!QFile::link(dataset + u'/' + file, folder + u'/' + file))
            return false;
    }
    return true;
}

bool run(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "bench_import: %s: %s\n", sql, message);
    sqlite3_free(message);
    return false;
}

// SQLite's own share of the import, for the same number of rows with the same ids: the rows
// already sorted by id in memory, appended to usage_record and its unique index in one
// INSERT ... SELECT, both secondary indexes built afterwards, and the commit (with the WAL
// checkpoint), with the importer's pragmas. No reading, validating or rollups: what is left is
// what this schema costs in SQLite. Returns the wall and CPU milliseconds, or -1.
std::pair<qint64, qint64> sqliteFloor(const QString &file, const QString &plain)
{
    const auto url = DatabaseUrl::parse(file);
    auto connection = Connection::open(*url);
    if (!connection) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(connection.errorString()));
        return { -1, -1 };
    }
    sqlite3 *db = (*connection)->sqliteHandle();
    const QByteArray attach = "ATTACH DATABASE '" + plain.toUtf8() + "' AS plain";
    if (!run(db, attach.constData()) || !run(db, "PRAGMA foreign_keys = OFF")
        || !run(db, "PRAGMA cache_size = -524288") || !run(db, "PRAGMA threads = 2")
        || !run(db, "PRAGMA ignore_check_constraints = ON")
        || !run(db,
                "CREATE TEMPORARY TABLE sorted AS SELECT id AS external_id FROM plain.usage "
                "ORDER BY id")
        || !run(db, "DETACH DATABASE plain"))
        return { -1, -1 };
    QElapsedTimer timer;
    const qint64 cpuBefore = cpuMs();
    timer.start();
    // Day-major start times and 400 accounts x 22 products, like the demo data.
    const bool done = run(db, "BEGIN") && run(db, "DROP INDEX usage_record_start")
        && run(db, "DROP INDEX usage_record_account")
        && run(db,
               "INSERT INTO usage_record (id, external_id, account_id, product_id, start_at, "
               "end_at, quantity_whole, quantity_micros) SELECT rowid, external_id, "
               "1 + rowid % 400, 1 + rowid % 22, 1751328000000 + rowid / 5800 * 86400000, "
               "1751414400000 + rowid / 5800 * 86400000, rowid % 1000, 500000 FROM temp.sorted")
        && run(db, "CREATE INDEX usage_record_start ON usage_record (start_at)")
        && run(db, "CREATE INDEX usage_record_account ON usage_record (account_id, product_id)")
        && run(db, "COMMIT");
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    const qint64 cpu = qMax<qint64>(1, cpuMs() - cpuBefore);
    if (!done)
        return { -1, -1 };
    return { ms, cpu };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("scale"),
                       QStringLiteral("Demo scale (4: about 2 million "
                                      "usage rows)."),
                       QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption({ QStringLiteral("data"),
                       QStringLiteral("Keep the dataset in DIR and reuse it."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Import runs (the best counts)."),
                       QStringLiteral("N"), QStringLiteral("3") });
    parser.process(app);

    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        std::fprintf(stderr, "bench_import: no temporary folder\n");
        return 1;
    }
    const QString dataset = parser.isSet(QStringLiteral("data"))
        ? QDir(parser.value(QStringLiteral("data"))).absolutePath()
        : temporary.filePath(QStringLiteral("dataset"));
    if (!QFile::exists(dataset + QStringLiteral("/usage.csv"))) {
        DemoOptions options;
        options.scale = parser.value(QStringLiteral("scale")).toInt();
        options.until = QDate(2026, 6, 30);
        QElapsedTimer timer;
        timer.start();
        const auto written = DemoGenerator(options).writeDataset(dataset);
        if (!written) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(written.errorString()));
            return 1;
        }
        out() << "generated scale " << options.scale << " in " << timer.elapsed() << " ms"
              << Qt::endl;
    }
    const QString usageFolder = temporary.filePath(QStringLiteral("usage-only"));
    if (!makeUsageFolder(dataset, usageFolder)) {
        std::fprintf(stderr, "bench_import: cannot link the dataset files\n");
        return 1;
    }
    const QString usageCsv = dataset + QStringLiteral("/usage.csv");
    const qint64 usageRows = countLines(usageCsv) - 1;
    out() << "usage.csv: " << usageRows << " rows, " << QFileInfo(usageCsv).size() / (1024 * 1024)
          << " MiB" << Qt::endl;

    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    qint64 bestMs = -1;
    for (int run = 0; run < runs; ++run) {
        const QString file = temporary.filePath(QStringLiteral("import-%1.sqlite").arg(run));
        QFile::remove(file);
        const auto url = DatabaseUrl::parse(file);
        auto connection = Connection::open(*url);
        if (!connection) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(connection.errorString()));
            return 1;
        }
        Importer importer(**connection);
        QElapsedTimer timer;
        const qint64 cpuBefore = cpuMs();
        timer.start();
        const auto summary = importer.importDirectory(usageFolder);
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        const qint64 cpu = qMax<qint64>(1, cpuMs() - cpuBefore);
        if (!summary) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(summary.errorString()));
            return 1;
        }
        out() << "run " << run + 1 << ": channelscope import " << summary->totalRows()
              << " rows in " << ms << " ms = " << usageRows * 1000 / ms << " usage rows/s (CPU "
              << cpu << " ms = " << usageRows * 1000 / cpu << " rows per CPU second; load "
              << loadAverage() << ")" << Qt::endl;
        if (bestMs < 0 || ms < bestMs)
            bestMs = ms;
        connection->reset();
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
    }

    // The sqlite3 shell's .import of the same CSV into a plain table, without types, indexes or
    // validation: the floor of what SQLite itself needs.
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        out() << "sqlite3 shell not found; no comparison" << Qt::endl;
        return 0;
    }
    const QString plain = temporary.filePath(QStringLiteral("plain.sqlite"));
    QProcess process;
    process.setProgram(shell);
    process.setArguments({ plain });
    QElapsedTimer timer;
    timer.start();
    process.start();
    process.write("CREATE TABLE usage (id TEXT, account TEXT, product TEXT, start TEXT, "
                  "\"end\" TEXT, quantity TEXT);\n.mode csv\n.import --skip 1 '"
                  + usageCsv.toUtf8() + "' usage\nSELECT count(*) FROM usage;\n");
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const qint64 shellMs = qMax<qint64>(1, timer.elapsed());
    out() << "sqlite3 .import: " << process.readAllStandardOutput().trimmed() << " rows in "
          << shellMs << " ms = " << usageRows * 1000 / shellMs << " rows/s" << Qt::endl;
    const auto hundredths = [](qint64 value) -> QString {
        return QString::number(value / 100) + u'.'
            + QString::number(value % 100).rightJustified(2, u'0');
    };
    out() << "best channelscope import " << usageRows * 1000 / bestMs
          << " usage rows/s; time ratio channelscope / sqlite3 .import = "
          << hundredths(bestMs * 100 / shellMs) << Qt::endl;

    const QString floorFile = temporary.filePath(QStringLiteral("floor.sqlite"));
    const auto [floorMs, floorCpu] = sqliteFloor(floorFile, plain);
    if (floorMs < 0)
        return 1;
    out() << "SQLite floor (sorted rows from memory into usage_record, 3 indexes, commit): "
          << floorMs << " ms = " << usageRows * 1000 / floorMs << " rows/s (CPU " << floorCpu
          << " ms = " << usageRows * 1000 / floorCpu << " rows per CPU second; load "
          << loadAverage()
          << "); time ratio channelscope / floor = " << hundredths(bestMs * 100 / floorMs)
          << Qt::endl;
    return 0;
}
