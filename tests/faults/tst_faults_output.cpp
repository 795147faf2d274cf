// Every command of channelscope-cli that writes checks what it wrote: standard output on
// /dev/full or on a full file system, `report -o` and `demo --out` on a full file system (a
// private tmpfs mounted with unshare). A failed write exits 1 with one line naming the file and
// the system's reason, and an existing report stays as it was.
#include "import/importer.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cs;

namespace {

const QString s_noSpace = QStringLiteral("No space left on device");

QString cli()
{
    return qEnvironmentVariable("CHANNELSCOPE_CLI");
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The argument list with DB replaced by the --db value.
QStringList withDatabase(QStringList arguments, const QString &database)
{
    for (QString &argument : arguments)
        if (argument == u"DB")
            argument = database;
    return arguments;
}

} // namespace

class TestFaultsOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    int m_counter = 0;

    // A fresh database of the row's kind with the base test data, as --db text.
    QString database()
    {
        auto db = test::freshDatabase();
        if (!db)
            return {};
        Importer importer(*db);
        const auto imported = importer.importDirectory(
            qEnvironmentVariable("CHANNELSCOPE_TEST_DATA") + QStringLiteral("/import/base"));
        if (!imported) {
            QTest::qFail(qPrintable(imported.errorString()), __FILE__, __LINE__);
            return {};
        }
        const DatabaseUrl url = test::lastDatabaseUrl();
        return url.kind == DatabaseKind::Sqlite ? url.path : url.toDisplayString();
    }

    Outcome run(const QStringList &arguments, const QString &standardOutput)
    {
        Outcome outcome;
        QProcess process;
        process.setStandardOutputFile(standardOutput);
        process.start(cli(), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return outcome;
        outcome.exitCode = process.exitCode();
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

    // Runs a shell script in a private mount namespace with a tmpfs of `size` at "$1", full
    // except for `room` bytes: "$2" is the CLI, "$3" a folder outside the namespace. False
    // (after cannotRun) when this machine cannot mount.
    bool runOnFullTmpfs(const QString &script, const QStringList &arguments, const QString &copy)
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty()) {
            test::cannotRun(QStringLiteral(
                "unshare (util-linux) is not installed: cannot mount a private tmpfs"));
            return false;
        }
        QTemporaryDir mountPoint;
        QProcess process;
        process.start(unshare,
                      QStringList { geteuid() == 0 ? QStringLiteral("-m") : QStringLiteral("-rm"),
                                    QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$1\" || "
                                                   "exit 99; ")
                                        + script,
                                    QStringLiteral("sh"), mountPoint.path(), cli(), copy }
                          + arguments);
        const bool finished = process.waitForFinished(120000);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        // 99: the mount failed; "unshare: ...": no namespace for this user here.
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() == 99
            || errors.startsWith(u"unshare: ")) {
            test::cannotRun(QStringLiteral("cannot mount a private tmpfs here (unshare): %1")
                                .arg(errors.simplified()));
            return false;
        }
        if (process.exitCode() != 0) {
            QTest::qFail(qPrintable(errors), __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    static void verifyOneLineError(QString err, const QString &file)
    {
        // The server's "NOTICE: relation ... already exists" lines are not the CLI's own.
        static const QRegularExpression notice(QStringLiteral("^NOTICE: [^\n]*\n"),
                                               QRegularExpression::MultilineOption);
        err.remove(notice);
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
        QVERIFY2(err.startsWith(u"channelscope-cli"), qPrintable(err));
        QVERIFY2(err.contains(file), qPrintable(err));
        QVERIFY2(err.contains(s_noSpace), qPrintable(err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cli()).isExecutable(), "CHANNELSCOPE_CLI names no program");
        QVERIFY(m_work.isValid());
    }

    void standardOutputOnDevFull_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList report { QStringLiteral("report"),     QStringLiteral("--db"),
                                   QStringLiteral("DB"),         QStringLiteral("--channel"),
                                   QStringLiteral("RES-US"),     QStringLiteral("--from"),
                                   QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-02-28") };
        for (const QString &kind : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
            QTest::newRow(qPrintable(kind + QStringLiteral(" report"))) << QStringList(report);
            QTest::newRow(qPrintable(kind + QStringLiteral(" config listing")))
                << QStringList { QStringLiteral("config"), QStringLiteral("--db"),
                                 QStringLiteral("DB") };
            QTest::newRow(qPrintable(kind + QStringLiteral(" config key")))
                << QStringList { QStringLiteral("config"), QStringLiteral("--db"),
                                 QStringLiteral("DB"), QStringLiteral("export.fileExtension") };
            QTest::newRow(qPrintable(kind + QStringLiteral(" export summary")))
                << QStringList { QStringLiteral("export"),
                                 QStringLiteral("--db"),
                                 QStringLiteral("DB"),
                                 QStringLiteral("--date"),
                                 QStringLiteral("2026-02-01"),
                                 QStringLiteral("--directory"),
                                 QStringLiteral("EXPORTDIR"),
                                 QStringLiteral("--url"),
                                 QString() };
            QTest::newRow(qPrintable(kind + QStringLiteral(" export missed")))
                << QStringList { QStringLiteral("export"), QStringLiteral("--db"),
                                 QStringLiteral("DB"), QStringLiteral("--missed") };
        }
        QTest::newRow("sqlite help") << QStringList { QStringLiteral("--help") };
        QTest::newRow("sqlite version") << QStringList { QStringLiteral("--version") };
        QTest::newRow("sqlite command help")
            << QStringList { QStringLiteral("report"), QStringLiteral("--help") };
        QTest::newRow("sqlite demo summary")
            << QStringList { QStringLiteral("demo"), QStringLiteral("--until"),
                             QStringLiteral("2026-01-31"), QStringLiteral("--out"),
                             QStringLiteral("DEMODIR") };
    }
    void standardOutputOnDevFull()
    {
        QFETCH(QStringList, arguments);
        QString db;
        if (arguments.contains(u"DB")) {
            db = database();
            QVERIFY(!db.isEmpty());
        }
        const QString folder = m_work.filePath(QString::number(++m_counter));
        QVERIFY(QDir().mkpath(folder));
        for (QString &argument : arguments) {
            if (argument == u"EXPORTDIR")
                argument = folder + QStringLiteral("/export");
            else if (argument == u"DEMODIR")
                argument = folder + QStringLiteral("/demo");
        }
        const Outcome outcome = run(withDatabase(arguments, db), QStringLiteral("/dev/full"));
        QCOMPARE(outcome.exitCode, 1);
        verifyOneLineError(outcome.err, QStringLiteral("standard output"));
    }

    // An existing report on a full file system stays as it was; no temporary file is left.
    void reportFileOnFullDisk_data() { test::addDatabaseRows(); }
    void reportFileOnFullDisk()
    {
        const QString db = database();
        QVERIFY(!db.isEmpty());
        QTemporaryDir copy;
        const QString script = QStringLiteral(
            "head -c 10682 /dev/urandom | base64 >\"$1/report.csv\"; cp \"$1/report.csv\" "
            "\"$3/before\"; head -c 1000000 /dev/zero >\"$1/filler\" 2>/dev/null; "
            "\"$2\" report --db \"$4\" --channel RES-US --from 2026-02-01 --to 2026-02-28 -o "
            "\"$1/report.csv\" >\"$3/out\" 2>\"$3/err\"; echo $? >\"$3/rc\"; "
            "rm \"$1/filler\"; ls -A \"$1\" >\"$3/files\"; cp \"$1/report.csv\" \"$3/after\"");
        if (!runOnFullTmpfs(script, { db }, copy.path()))
            return;
        QCOMPARE(readAll(copy.filePath(QStringLiteral("rc"))).trimmed(), QStringLiteral("1"));
        verifyOneLineError(readAll(copy.filePath(QStringLiteral("err"))),
                           QStringLiteral("report.csv"));
        const QString before = readAll(copy.filePath(QStringLiteral("before")));
        QVERIFY(before.size() > 10000);
        QCOMPARE(readAll(copy.filePath(QStringLiteral("after"))), before);
        QCOMPARE(readAll(copy.filePath(QStringLiteral("files"))).trimmed(),
                 QStringLiteral("report.csv"));
    }

    // `report > file` and `demo --out` on a full file system.
    void otherWritesOnFullDisk_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("file");
        QTest::newRow("sqlite report to standard output")
            << QStringLiteral("\"$2\" report --db \"$4\" --channel RES-US --from 2026-02-01 --to "
                              "2026-02-28 >\"$1/report.csv\" 2>\"$3/err\"")
            << QStringLiteral("standard output");
        QTest::newRow("postgresql report to standard output")
            << QStringLiteral("\"$2\" report --db \"$4\" --channel RES-US --from 2026-02-01 --to "
                              "2026-02-28 >\"$1/report.csv\" 2>\"$3/err\"")
            << QStringLiteral("standard output");
        QTest::newRow("sqlite demo folder")
            << QStringLiteral("\"$2\" demo --until 2026-01-31 --out \"$1/demo\" >\"$3/out\" "
                              "2>\"$3/err\"")
            << QStringLiteral("/demo/");
    }
    void otherWritesOnFullDisk()
    {
        QFETCH(QString, command);
        QFETCH(QString, file);
        const QString db = command.contains(u"--db") ? database() : QStringLiteral("unused");
        QVERIFY(!db.isEmpty());
        QTemporaryDir copy;
        const QString script
            = QStringLiteral("head -c 1000000 /dev/zero >\"$1/filler\" 2>/dev/null; ") + command
            + QStringLiteral("; echo $? >\"$3/rc\"");
        if (!runOnFullTmpfs(script, { db }, copy.path()))
            return;
        QCOMPARE(readAll(copy.filePath(QStringLiteral("rc"))).trimmed(), QStringLiteral("1"));
        verifyOneLineError(readAll(copy.filePath(QStringLiteral("err"))), file);
    }
};

QTEST_GUILESS_MAIN(TestFaultsOutput)
#include "tst_faults_output.moc"
