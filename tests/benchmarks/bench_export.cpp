// Benchmark of the billing export (issue 5): a business day with DOCUMENTS documents (default
// 100,000: statements, invoices with two items each, payments/credits, payment failures in
// equal parts) over CHANNELS channels (default 500) is generated straight into a fresh SQLite
// database, then exported to local XML (and CSV) files without upload. Prints the wall time of
// each run; the target is < 10 s for the default day. MOVED (default 0) accounts get a membership
// history: another channel from the beginning, their own from the day on, so that they are read
// as moved accounts (by account) and every document is still exported once.
//
//   bench_export [DOCUMENTS [CHANNELS [WORKDIR [MOVED]]]]
#include "db/connection.h"
#include "export/exportjob.h"
#include "export/exporttestdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace cs;

namespace {
// CPU time of this process: on a shared machine the wall time also measures the neighbours.
qint64 cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// The first `count` accounts: another channel from the beginning, their own from `day` on.
bool moveAccounts(Connection &db, QDate day, int count)
{
    if (count == 0)
        return true;
    return db.exec(QStringLiteral("INSERT INTO account_membership (account_id, channel_id, "
                                  "effective_from) SELECT a.id, (SELECT MIN(c.id) FROM channel c "
                                  "WHERE c.id <> a.channel_id), '0001-01-01' FROM account a "
                                  "ORDER BY a.id LIMIT ?"),
                   { count })
        && db.exec(QStringLiteral("INSERT INTO account_membership (account_id, channel_id, "
                                  "effective_from) SELECT id, channel_id, ? FROM account ORDER BY "
                                  "id LIMIT ?"),
                   { day.toString(Qt::ISODate), count });
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int documents = args.value(1, QStringLiteral("100000")).toInt();
    const int channels = args.value(2, QStringLiteral("500")).toInt();
    const int moved = args.value(4, QStringLiteral("0")).toInt();
    QTemporaryDir temporary(args.size() > 3 ? args[3] + QStringLiteral("/bench-export-XXXXXX")
                                            : QString());
    QTextStream out(stdout);
    if (!temporary.isValid() || documents <= 0 || channels <= 0 || moved < 0) {
        out << "usage: bench_export [DOCUMENTS [CHANNELS [WORKDIR [MOVED]]]]" << Qt::endl;
        return 2;
    }
    const DatabaseUrl url = DatabaseUrl::sqlite(temporary.filePath(QStringLiteral("bench.sqlite")));
    const QDate day(2026, 11, 23);
    {
        auto db = Connection::open(url);
        if (!db) {
            out << db.errorString() << Qt::endl;
            return 1;
        }
        QElapsedTimer generating;
        generating.start();
        if (!cs::test::generateBusyDay(**db, day, channels, documents)) {
            out << "generating the data failed" << Qt::endl;
            return 1;
        }
        if (!moveAccounts(**db, day, moved)) {
            out << "moving the accounts failed" << Qt::endl;
            return 1;
        }
        out << "generated " << documents << " documents over " << channels << " channels (" << moved
            << " accounts moved) in " << generating.elapsed() << " ms" << Qt::endl;
    }
    int status = 0;
    for (const auto &[label, format] : { std::pair { "xml, first run", ExportFormat::Xml },
                                         std::pair { "xml, re-run (unchanged)", ExportFormat::Xml },
                                         std::pair { "csv, first run", ExportFormat::Csv } }) {
        ExportOptions options;
        options.date = day;
        options.directory = temporary.filePath(QStringLiteral("export"));
        options.url = QString();
        options.format = format;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = cpuMs();
        auto result = ExportJob(url, options).run();
        const qint64 ms = timer.elapsed();
        const qint64 cpu = cpuMs() - cpuBefore;
        if (!result) {
            out << label << ": " << result.errorString() << Qt::endl;
            return 1;
        }
        out << label << ": " << ms << " ms wall, " << cpu << " ms CPU; " << result->summary()
            << Qt::endl;
        if (result->status != ExportStatus::Completed || result->records() != documents)
            status = 1;
        if (ms >= 10000)
            status = 1;
    }
    return status;
}
