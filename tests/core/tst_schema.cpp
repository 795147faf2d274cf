#include "config/configuration.h"
#include "db/schema.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace cs;

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesToLatest_data() { test::addDatabaseRows(); }
    void migratesToLatest();
    void reopeningIsANoOp_data() { test::addDatabaseRows(); }
    void reopeningIsANoOp();
    void refusesNewerDatabase_data() { test::addDatabaseRows(); }
    void refusesNewerDatabase();
    void storesConfiguration_data() { test::addDatabaseRows(); }
    void storesConfiguration();
    void setValuesStoresAllOrNone_data() { test::addDatabaseRows(); }
    void setValuesStoresAllOrNone();
    void urlParsing();
};

void TestSchema::migratesToLatest()
{
    CS_FRESH_DATABASE(db);
    QCOMPARE(*Schema::currentVersion(*db), Schema::latestVersion());
    QVERIFY(Schema::latestVersion() >= 1);
    for (const char *table :
         { "billing_group", "channel", "account", "product", "rate", "usage_record",
           "account_statement", "invoice", "invoice_item", "payment", "payment_failure", "setting",
           "export_run", "export_run_channel" }) {
        auto q = db->exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table));
        QVERIFY2(q, qPrintable(q ? QString() : q.errorString()));
    }
    // The CHECK constraints hold on both databases.
    QVERIFY(db->exec(QStringLiteral("INSERT INTO billing_group (code, name) VALUES ('G', 'G')")));
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO billing_group (code, name) VALUES ('G', 'H')")));
}

void TestSchema::reopeningIsANoOp()
{
    CS_FRESH_DATABASE(db);
    QVERIFY(db->exec(QStringLiteral("INSERT INTO product (code, name, category, uom) "
                                    "VALUES ('RUNNING_VM', 'VM', 'Compute', 'Hours')")));
    auto again = Connection::open(test::lastDatabaseUrl());
    QVERIFY2(again, qPrintable(again ? QString() : again.errorString()));
    auto q = (*again)->exec(QStringLiteral("SELECT COUNT(*) FROM product"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 1);
}

void TestSchema::refusesNewerDatabase()
{
    CS_FRESH_DATABASE(db);
    QVERIFY(db->exec(QStringLiteral("UPDATE schema_version SET version = 999")));
    const auto again = Connection::open(test::lastDatabaseUrl());
    QVERIFY(!again);
    QVERIFY2(again.errorString().contains(QStringLiteral("schema version 999")),
             qPrintable(again.errorString()));
    QVERIFY(again.errorString().contains(QStringLiteral("use a newer ChannelScope")));
}

void TestSchema::storesConfiguration()
{
    CS_FRESH_DATABASE(db);
    QCOMPARE(*Configuration::value(*db, Configuration::BusinessTimeZone), QStringLiteral("UTC"));
    QCOMPARE(*Configuration::value(*db, Configuration::ExportFileExtension), QStringLiteral("xml"));
    QVERIFY(Configuration::setValue(*db, Configuration::BusinessTimeZone,
                                    QStringLiteral("Europe/Berlin")));
    QCOMPARE(*Configuration::value(*db, Configuration::BusinessTimeZone),
             QStringLiteral("Europe/Berlin"));
    const Status refused = Configuration::setValue(*db, Configuration::BusinessTimeZone,
                                                   QStringLiteral("Mars/Olympus"));
    QVERIFY(!refused);
    QVERIFY(refused.errorString().contains(QStringLiteral("unknown time zone \"Mars/Olympus\"")));
    QCOMPARE(*Configuration::value(*db, Configuration::BusinessTimeZone),
             QStringLiteral("Europe/Berlin"));
    QVERIFY(
        Configuration::setValue(*db, Configuration::ExportFileExtension, QStringLiteral("CSV")));
    QCOMPARE(*Configuration::value(*db, Configuration::ExportFileExtension), QStringLiteral("csv"));
    QVERIFY(
        !Configuration::setValue(*db, Configuration::ExportFileExtension, QStringLiteral("json")));
    QVERIFY(!Configuration::setValue(*db, Configuration::ExportUrl, QStringLiteral("gopher://x/")));
    QVERIFY(Configuration::setValue(*db, Configuration::ExportUrl,
                                    QStringLiteral("sftp://user@127.0.0.1:2222/in")));
    QVERIFY(!Configuration::setValue(*db, Configuration::ExportDirectory,
                                     QStringLiteral("relative/dir")));
    QVERIFY(!Configuration::setValue(*db, QStringLiteral("no.such.key"), QStringLiteral("1")));
}

// A refusal that only the database knows: a trigger rejects any export.directory.
static Status refuseExportDirectory(Connection &db)
{
    const QStringList statements = test::currentDatabaseKind() == u"sqlite"
        ? QStringList { QStringLiteral(
            "CREATE TRIGGER refuse_directory BEFORE INSERT ON setting "
            "WHEN NEW.key = 'export.directory' BEGIN SELECT RAISE(ABORT, 'directory refused'); "
            "END") }
        : QStringList {
              QStringLiteral("CREATE FUNCTION refuse_directory() RETURNS trigger LANGUAGE plpgsql "
                             "AS $$ BEGIN IF NEW.key = 'export.directory' THEN RAISE EXCEPTION "
                             "'directory refused'; END IF; RETURN NEW; END $$"),
              QStringLiteral("CREATE TRIGGER refuse_directory BEFORE INSERT ON setting FOR EACH "
                             "ROW EXECUTE FUNCTION refuse_directory()")
          };
    for (const QString &sql : statements) {
        if (auto q = db.exec(sql); !q)
            return q.error();
    }
    return success();
}

// The time zone goes first (it regroups the rollups in a transaction of its own) and is set back
// when another value cannot be stored; an invalid value stores nothing at all.
void TestSchema::setValuesStoresAllOrNone()
{
    CS_FRESH_DATABASE(db);
    const auto stored = [&](const QString &key) { return *Configuration::value(*db, key); };
    QVERIFY(Configuration::setValue(*db, Configuration::BusinessTimeZone,
                                    QStringLiteral("Europe/Berlin")));
    const QMap<QString, QString> values {
        { Configuration::BusinessTimeZone, QStringLiteral("Asia/Tokyo") },
        { Configuration::ExportDirectory, QStringLiteral("/srv/export") },
        { Configuration::ExportFileExtension, QStringLiteral("csv") },
    };

    QString refusedKey;
    QMap<QString, QString> invalid = values;
    invalid.insert(Configuration::ExportFileExtension, QStringLiteral("json"));
    QVERIFY(!Configuration::setValues(*db, invalid, &refusedKey));
    QCOMPARE(refusedKey, Configuration::ExportFileExtension);
    QCOMPARE(stored(Configuration::BusinessTimeZone), QStringLiteral("Europe/Berlin"));

    const Status begun = refuseExportDirectory(*db);
    QVERIFY2(begun, qPrintable(begun ? QString() : begun.errorString()));
    const Status refused = Configuration::setValues(*db, values, &refusedKey);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"directory refused"),
             qPrintable(refused.errorString()));
    QCOMPARE(refusedKey, Configuration::ExportDirectory);
    QCOMPARE(stored(Configuration::BusinessTimeZone), QStringLiteral("Europe/Berlin"));
    QCOMPARE(stored(Configuration::ExportFileExtension), QStringLiteral("xml"));
    QCOMPARE(stored(Configuration::ExportDirectory),
             Configuration::defaultValue(Configuration::ExportDirectory));

    QVERIFY(db->exec(
        QStringLiteral("DROP TRIGGER refuse_directory")
        + (test::currentDatabaseKind() == u"sqlite" ? QString() : QStringLiteral(" ON setting"))));
    QVERIFY(Configuration::setValues(*db, values, &refusedKey));
    const auto all = Configuration::values(*db);
    QVERIFY(all);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QCOMPARE(all->value(it.key()), it.value());
    QCOMPARE(all->size(), Configuration::keys().size());
}

void TestSchema::urlParsing()
{
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("/tmp/a.sqlite"))->path,
             QStringLiteral("/tmp/a.sqlite"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/a.sqlite"))->path,
             QStringLiteral("/tmp/a.sqlite"));
    qputenv("PGPASSWORD", "hunter2");
    const auto pg = DatabaseUrl::parse(
        QStringLiteral("postgresql://ana@db.example:6543/billing?sslmode=require"));
    QVERIFY(pg);
    QCOMPARE(pg->kind, DatabaseKind::Postgresql);
    QCOMPARE(pg->user, QStringLiteral("ana"));
    QCOMPARE(pg->host, QStringLiteral("db.example"));
    QCOMPARE(pg->port, 6543);
    QCOMPARE(pg->database, QStringLiteral("billing"));
    QCOMPARE(pg->sslMode, QStringLiteral("require"));
    QCOMPARE(pg->password, QStringLiteral("hunter2"));
    QVERIFY(!pg->toDisplayString().contains(QStringLiteral("hunter2")));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://ana:secret@h/db")));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://ana@h/db?sslmode=sometimes")));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("mysql://h/db")));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://ana@h/")));
    qunsetenv("PGPASSWORD");
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
