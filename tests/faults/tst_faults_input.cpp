// Import inputs that once hung or slipped through: a header with a million columns, control
// characters (NUL first) in any field, and the inputs the CSV fuzzer found. Each must be refused
// with one line naming file, line and column, leaving the database exactly as it was, on SQLite
// and on PostgreSQL.

#include "db/connection.h"
#include "import/importer.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

const QStringList s_tables = { QStringLiteral("billing_group"),
                               QStringLiteral("channel"),
                               QStringLiteral("account"),
                               QStringLiteral("product"),
                               QStringLiteral("rate"),
                               QStringLiteral("usage_record"),
                               QStringLiteral("account_statement"),
                               QStringLiteral("invoice"),
                               QStringLiteral("invoice_item"),
                               QStringLiteral("payment"),
                               QStringLiteral("payment_failure") };

const QByteArray s_usageHeader = "id,account,product,start,end,quantity\n";
const QByteArray s_usageRow = "N-1,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,1\n";
const QByteArray s_paymentsHeader = "id,account,type,created_at,amount,currency,reference,memo\n";

QString dataDir(const QString &name)
{
    return QStringLiteral(CHANNELSCOPE_IMPORT_TEST_DATA "/") + name;
}

// Every row of every table as text, sorted: equal snapshots mean equal contents.
QStringList snapshot(Connection &db)
{
    QStringList rows;
    for (const QString &table : s_tables) {
        auto query = db.exec(QStringLiteral("SELECT * FROM ") + table);
        if (!query) {
            rows.append(QStringLiteral("error: ") + query.errorString());
            continue;
        }
        while (query->next()) {
            QStringList fields { table };
            for (int i = 0; i < query->record().count(); ++i)
                fields.append(query->value(i).isNull() ? QStringLiteral("NULL")
                                                       : query->value(i).toString());
            rows.append(fields.join(u'|'));
        }
    }
    rows.sort();
    return rows;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

// A header of `columns` names: the six usage columns, then "x7", "x8", ...
QByteArray wideUsageHeader(int columns, const QByteArray &last = {})
{
    QByteArray header = s_usageHeader.chopped(1);
    header.reserve(columns * 9);
    for (int i = 7; i <= columns; ++i)
        header += ",x" + QByteArray::number(i);
    if (!last.isEmpty())
        header += ',' + last;
    return header + '\n';
}

QByteArray withControl(const QByteArray &before, char control, const QByteArray &after)
{
    return before + control + after;
}

} // namespace

class TestFaultsInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_folders = 0;

    QString newFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("folder-%1").arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }

    // Imports the base dataset, then the base with `file` replaced by `content`; the second
    // import must fail with a message starting with `expected` and change nothing.
    void expectRefused(Connection &db, const QString &file, const QByteArray &content,
                       const QString &expected)
    {
        const auto base = Importer(db).importDirectory(dataDir(QStringLiteral("base")));
        QVERIFY2(base.ok(), qPrintable(base.ok() ? QString() : base.errorString()));
        const QStringList before = snapshot(db);

        const QString bad = newFolder();
        QVERIFY(copyFolder(dataDir(QStringLiteral("base")), bad));
        QVERIFY(writeFile(bad + u'/' + file, content));
        QElapsedTimer timer;
        timer.start();
        const auto result = Importer(db).importDirectory(bad);
        qInfo("import refused or not after %lld ms", timer.elapsed());
        QVERIFY2(!result.ok(), "the import was accepted");
        const QString message = result.errorString();
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QCOMPARE(snapshot(db), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A million column names once hung in a quadratic duplicate check; now the header is
    // refused as soon as it passes the limit, and the limit itself is checked linearly.
    void wideHeader_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray million = wideUsageHeader(1'000'000) + s_usageRow;
        const QByteArray atLimitDuplicate = wideUsageHeader(1'000, "x7") + s_usageRow;
        for (const char *database : { "sqlite", "postgresql" }) {
            QTest::addRow("%s: a million columns", database)
                << QString::fromLatin1(database) << million
                << QStringLiteral("usage.csv line 1: more than 1000 columns in the header");
            QTest::addRow("%s: a duplicate as column 1001", database)
                << QString::fromLatin1(database) << atLimitDuplicate
                << QStringLiteral("usage.csv line 1: more than 1000 columns in the header");
            QTest::addRow("%s: a duplicate as column 1000", database)
                << QString::fromLatin1(database) << wideUsageHeader(999, "x7") + s_usageRow
                << QStringLiteral("usage.csv line 1: column \"x7\" appears twice in the header");
        }
    }
    void wideHeader()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        CS_FRESH_DATABASE(db);
        expectRefused(*db, QStringLiteral("usage.csv"), content, expected);
    }

    // The widest header allowed still imports: 1000 columns, 994 of them unknown and ignored.
    void widestHeaderImports_data() { test::addDatabaseRows(); }
    void widestHeaderImports()
    {
        CS_FRESH_DATABASE(db);
        const QString folder = newFolder();
        QVERIFY(copyFolder(dataDir(QStringLiteral("base")), folder));
        QByteArray row = s_usageRow.chopped(1);
        for (int i = 7; i <= 1000; ++i)
            row += ",v";
        QVERIFY(
            writeFile(folder + QStringLiteral("/usage.csv"), wideUsageHeader(1000) + row + '\n'));
        const auto summary = Importer(*db).importDirectory(folder);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.errorString()));
        QCOMPARE(summary->rowsPerFile.value(QStringLiteral("usage.csv")), 1);
    }

    // SQLite stored NUL and the reports wrote it raw; PostgreSQL failed with an internal
    // statement error. Every C0 control character but tab (and line breaks inside quotes) is
    // refused wherever it stands, with the file, line and column.
    void controlCharacters_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        struct Case
        {
            const char *name;
            const char *file;
            QByteArray content;
            const char *expected;
        };
        const QByteArray payment = "P-9,ACC-1,PAYMENT,2026-01-15T09:30:00Z,1,USD,TX-9,";
        const QList<Case> cases = {
            { "NUL in an unquoted name", "accounts.csv",
              withControl("code,name,channel\nACC-9,Ni", '\0', "ne,RES-US\n"),
              "accounts.csv line 2, column name: control character U+0000 is not allowed" },
            { "NUL in a quoted name", "accounts.csv",
              withControl("code,name,channel\nACC-9,\"Ni", '\0', "ne\",RES-US\n"),
              "accounts.csv line 2, column name: control character U+0000 is not allowed" },
            { "NUL in a quoted memo after a line break", "payments.csv",
              s_paymentsHeader + withControl(payment + "\"first\nsecond", '\0', "\"\n"),
              "payments.csv line 2, column memo: control character U+0000 is not allowed" },
            { "NUL in a usage id", "usage.csv",
              s_usageHeader + withControl("N-", '\0', s_usageRow.mid(3)),
              "usage.csv line 2, column id: control character U+0000 is not allowed" },
            { "NUL alone in a field", "payments.csv",
              s_paymentsHeader + withControl(payment, '\0', "\n"),
              "payments.csv line 2, column memo: control character U+0000 is not allowed" },
            { "NUL in an ignored column", "usage.csv",
              "id,account,product,start,end,quantity,note\n" + s_usageRow.chopped(1)
                  + withControl(",a", '\0', "\n"),
              "usage.csv line 2, column note: control character U+0000 is not allowed" },
            { "NUL on line 3", "usage.csv",
              s_usageHeader + s_usageRow + withControl("N-2,ACC-1,RUNNING_VM", '\0', ",x,y,1\n"),
              "usage.csv line 3, column product: control character U+0000 is not allowed" },
            { "NUL in the header", "usage.csv",
              withControl("id,account,product,start,end,quantity,no", '\0', "te\n") + s_usageRow,
              "usage.csv line 1: control character U+0000 is not allowed" },
            { "escape in a memo", "payments.csv",
              s_paymentsHeader + withControl(payment + "red", '\x1b', "[31m\n"),
              "payments.csv line 2, column memo: control character U+001B is not allowed" },
            { "SOH in a quoted reference", "payments.csv",
              s_paymentsHeader
                  + withControl("P-9,ACC-1,PAYMENT,2026-01-15T09:30:00Z,1,USD,\"TX", '\x01',
                                "\",memo\n"),
              "payments.csv line 2, column reference: control character U+0001 is not allowed" },
            { "unit separator in a name", "products.csv",
              withControl("code,name,category,uom\nP-X,Na", '\x1f', "me,Compute,Hours\n"),
              "products.csv line 2, column name: control character U+001F is not allowed" },
            { "form feed in a name", "channels.csv",
              withControl("code,name,billing_group,currency\nRES-X,Na", '\f', "me,,USD\n"),
              "channels.csv line 2, column name: control character U+000C is not allowed" },
        };
        for (const char *database : { "sqlite", "postgresql" }) {
            for (const Case &c : cases) {
                QTest::addRow("%s: %s", database, c.name)
                    << QString::fromLatin1(database) << QString::fromLatin1(c.file) << c.content
                    << QString::fromUtf8(c.expected);
            }
        }
    }
    void controlCharacters()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        CS_FRESH_DATABASE(db);
        expectRefused(*db, file, content, expected);
    }

    // Inputs the CSV reader once hung on, each also in tests/fuzz/corpus.
    void csvReaderFindings_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray row = "P-9,ACC-1,PAYMENT,2026-01-15T09:30:00Z,1,USD,TX-9,memo";
        for (const char *database : { "sqlite", "postgresql" }) {
            QTest::addRow("%s: a carriage return at the end", database)
                << QString::fromLatin1(database) << s_paymentsHeader + row + "\n\r"
                << QStringLiteral(
                       "payments.csv line 3: a carriage return that does not end a line");
            QTest::addRow("%s: a carriage return after an empty line", database)
                << QString::fromLatin1(database) << s_paymentsHeader + row + "\r\n\r\n\r"
                << QStringLiteral(
                       "payments.csv line 4: a carriage return that does not end a line");
        }
    }
    void csvReaderFindings()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        CS_FRESH_DATABASE(db);
        expectRefused(*db, QStringLiteral("payments.csv"), content, expected);
    }

    // Tab stays allowed anywhere, and line breaks inside quotes; they arrive unchanged.
    void tabAndQuotedLineBreaksImport_data() { test::addDatabaseRows(); }
    void tabAndQuotedLineBreaksImport()
    {
        CS_FRESH_DATABASE(db);
        const QString folder = newFolder();
        QVERIFY(copyFolder(dataDir(QStringLiteral("base")), folder));
        QVERIFY(
            writeFile(folder + QStringLiteral("/payments.csv"),
                      s_paymentsHeader
                          + "P-9,ACC-1,PAYMENT,2026-01-15T09:30:00Z,1,USD,a\tb,\"x\r\ny\nz\"\n"));
        const auto summary = Importer(*db).importDirectory(folder);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.errorString()));
        auto query = db->exec(QStringLiteral("SELECT reference, memo FROM payment WHERE "
                                             "external_id = 'P-9'"));
        QVERIFY2(query && query->next(), "payment P-9 not imported");
        QCOMPARE(query->value(0).toString(), QStringLiteral("a\tb"));
        QCOMPARE(query->value(1).toString(), QStringLiteral("x\r\ny\nz"));
    }
};

QTEST_GUILESS_MAIN(TestFaultsInput)
#include "tst_faults_input.moc"
