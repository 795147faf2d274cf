#include "common/messagebanner.h"
#include "import/importdialog.h"
#include "main/mainwindow.h"
#include "report/scopetreemodel.h"
#include "shelltest.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

constexpr int TimeoutMs = 60'000;

QString baseDataset()
{
    return qEnvironmentVariable("CHANNELSCOPE_TEST_DATA") + QStringLiteral("/import/base");
}

// Copies the base dataset into `target`, with `file` replaced by `contents` when given.
bool copyDataset(const QString &target, const QString &file = {}, const QByteArray &contents = {})
{
    const QDir source(baseDataset());
    const auto names = source.entryList({ QStringLiteral("*.csv") }, QDir::Files);
    for (const QString &name : names) {
        if (!QFile::copy(source.filePath(name), QDir(target).filePath(name)))
            return false;
    }
    if (file.isEmpty())
        return true;
    QFile replaced(QDir(target).filePath(file));
    return replaced.remove() && replaced.open(QIODevice::WriteOnly)
        && replaced.write(contents) == contents.size() && replaced.flush();
}

qint64 count(Connection &db, const QString &table)
{
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// The rows of every table the import writes, to compare before and after.
QList<qint64> tableSizes(Connection &db)
{
    QList<qint64> sizes;
    for (const char *table :
         { "billing_group", "channel", "account", "product", "rate", "usage_record",
           "account_statement", "invoice", "invoice_item", "payment", "payment_failure" })
        sizes.append(count(db, QLatin1StringView(table)));
    return sizes;
}

// The scope tree holds a row with this code somewhere.
bool treeHasCode(const ScopeTreeModel *model, const QString &code)
{
    return !model
                ->match(model->index(0, 0), Qt::DisplayRole, code, 1,
                        Qt::MatchExactly | Qt::MatchRecursive)
                .isEmpty();
}

// Opens the window on the test database and its import dialog.
struct ImportWindow
{
    MainWindow window;
    QPointer<ImportDialog> dialog;

    bool open()
    {
        QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
        window.openDatabase(test::lastDatabaseUrl());
        if (!loaded.wait(TimeoutMs) || !window.importAction()->isEnabled())
            return false;
        dialog = window.openImportDialog();
        if (!dialog)
            return false;
        dialog->show();
        return true;
    }

    bool preview(const QString &folder)
    {
        QSignalSpy previewed(dialog.data(), &ImportDialog::previewFinished);
        dialog->setFolder(folder);
        return previewed.wait(TimeoutMs) && previewed.first().at(0).toBool();
    }

    // Clicks Import and waits for the end; whether it committed.
    std::optional<bool> import()
    {
        QSignalSpy finished(dialog.data(), &ImportDialog::importFinished);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        if (!finished.wait(TimeoutMs))
            return std::nullopt;
        return finished.first().at(0).toBool();
    }
};

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolatePreferences(); }

    void goodFolderIsImported_data() { test::addDatabaseRows(); }
    void goodFolderIsImported()
    {
        CS_FRESH_DATABASE(db);
        ImportWindow w;
        QVERIFY(w.open());
        QVERIFY(!treeHasCode(w.window.scopeModel(), QStringLiteral("RES-DE")));
        QVERIFY(w.preview(baseDataset()));

        // what the folder holds: every file, its rows (records after the header), a total
        QTableWidget *files = w.dialog->fileTable();
        QCOMPARE(files->rowCount(), 12);
        QCOMPARE(files->item(0, 0)->text(), QStringLiteral("billing_groups.csv"));
        QCOMPARE(files->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(files->item(11, 0)->text(), QStringLiteral("Total"));
        QCOMPARE(files->item(11, 1)->text(), QStringLiteral("39"));
        QVERIFY(w.dialog->importButton()->isEnabled());

        QSignalSpy reloaded(&w.window, &MainWindow::catalogLoaded);
        QCOMPARE(w.import(), std::optional<bool>(true));
        QCOMPARE(w.dialog->statusLine()->kind(), MessageBanner::Kind::Good);
        QVERIFY2(w.dialog->statusLine()->text().contains(QStringLiteral("Imported 39 rows")),
                 qPrintable(w.dialog->statusLine()->text()));
        QCOMPARE(files->item(11, 3)->text(), QStringLiteral("39"));
        QCOMPARE(w.dialog->progressBar()->value(), 100);
        QCOMPARE(count(*db, QStringLiteral("channel")), 4);
        QCOMPARE(count(*db, QStringLiteral("usage_record")), 6);
        // the window reads the channels again
        QVERIFY(reloaded.wait(TimeoutMs));
        QVERIFY(treeHasCode(w.window.scopeModel(), QStringLiteral("RES-DE")));
    }

    void badRowChangesNothing_data() { test::addDatabaseRows(); }
    void badRowChangesNothing()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(copyDataset(folder.path(), QStringLiteral("usage.csv"),
                            "id,account,product,start,end,quantity\n"
                            "U-1,ACC-1,RUNNING_VM,2026-02-01T00:00:00Z,2026-02-02T00:00:00Z,24\n"
                            "U-2,ACC-1,RUNNING_VM,2026-02-01T00:00:00Z,2026-02-02T00:00:00Z,-1\n"));
        QFile notes(QDir(folder.path()).filePath(QStringLiteral("notes.csv")));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("a,b\n") == 4 && notes.flush());
        notes.close();
        const QList<qint64> before = tableSizes(*db);

        ImportWindow w;
        QVERIFY(w.open());
        QVERIFY(w.preview(folder.path()));
        QCOMPARE(w.dialog->fileTable()->rowCount(), 12);
        // a file not in the format is named as not imported
        const auto labels = w.dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("notes.csv"));
        }));

        QCOMPARE(w.import(), std::optional<bool>(false));
        const QString status = w.dialog->statusLine()->text();
        QCOMPARE(w.dialog->statusLine()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(status.contains(QStringLiteral("usage.csv line 3, column quantity")),
                 qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("the database is unchanged")), qPrintable(status));
        QCOMPARE(tableSizes(*db), before);
        // the folder can be fixed and imported again from the same dialog
        QVERIFY(w.dialog->importButton()->isEnabled());
    }

    void folderWithoutDatasetIsRefused_data() { test::addDatabaseRows(); }
    void folderWithoutDatasetIsRefused()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ImportWindow w;
        QVERIFY(w.open());
        QVERIFY(!w.preview(folder.path()));
        QCOMPARE(w.dialog->statusLine()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(
            w.dialog->statusLine()->text().contains(QStringLiteral("none of the dataset files")),
            qPrintable(w.dialog->statusLine()->text()));
        QVERIFY(!w.dialog->importButton()->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
