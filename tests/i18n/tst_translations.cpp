#include "cli/command.h"
#include "config/configuration.h"
#include "connection/connectiondialog.h"
#include "export/exportrunmodel.h"
#include "export/exportstatusview.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

using namespace cs;

namespace {

enum class Loader { Program, QmFileAlone };

// The German translation as the program installs it, or the compiled .qm file alone in a plain
// QTranslator: every text must be found under the context the code asks for, with the plural
// forms of the .qm file, without any help beyond the .qm.
void installGerman(Loader loader)
{
    if (loader == Loader::Program) {
        const QStringList loaded
            = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(loaded.size(), 2); // ChannelScope's and Qt's own (qt6-translations-l10n)
        QVERIFY2(loaded.at(0).endsWith(u"channelscope_de.qm"), qPrintable(loaded.join(u", ")));
        QVERIFY2(loaded.at(1).endsWith(u"qtbase_de.qm"), qPrintable(loaded.join(u", ")));
        return;
    }
    auto *translator = new QTranslator(qApp);
    QVERIFY(translator->load(QStringLiteral(":/i18n/channelscope_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(translator));
}

} // namespace

Q_DECLARE_METATYPE(Loader)

// The compiled-in German translation reaches widgets (a QObject's tr()), the core's messages
// (classes and namespaces with Q_DECLARE_TR_FUNCTIONS), plural forms and Qt's own buttons;
// English stays untouched.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // Deleting a translator uninstalls it.
        qDeleteAll(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    }

    void germanIsCompiledIn() { QVERIFY(Translations::availableLanguages().contains(u"de")); }

    void onlyTheCompiledTranslationShips()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/channelscope_de.qm")));
        QVERIFY(!QFile::exists(QStringLiteral(":/i18n/channelscope_de.ts")));
    }

    void englishLoadsNothing()
    {
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates))
                    .isEmpty());
        ConnectionDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Open Connection"));
    }

    void germanReachesEveryLayer_data() { addLoaderRows(); }

    void germanReachesEveryLayer()
    {
        QFETCH(Loader, loader);
        installGerman(loader);
        if (QTest::currentTestFailed())
            return;

        // ui: a QObject class and a namespace's functions.
        ConnectionDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Verbindung öffnen"));
        QCOMPARE(ExportStatusView::text(ExportStatus::Completed), QStringLiteral("Abgeschlossen"));

        // core: a namespace's functions, and free functions of the command line and of the
        // file writing (standard output that cannot be written).
        const auto refused
            = Configuration::validate(Configuration::ExportFileExtension, QStringLiteral("pdf"));
        QVERIFY(!refused);
        QCOMPARE(refused.errorString(),
                 QStringLiteral("export.fileExtension muss xml oder csv sein"));

        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QString errors;
        QTextStream out(&readOnly), err(&errors);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QCOMPARE(runCommandLine({ QStringLiteral("channelscope-cli"), QStringLiteral("--version") },
                                out, err),
                 int(ExitRuntimeError));
        QCOMPARE(errors,
                 QStringLiteral("channelscope-cli: in die Standardausgabe kann nicht geschrieben "
                                "werden: die Daten wurden nicht geschrieben\n"));

        // Qt's own texts come with the program's loader only.
        if (loader == Loader::Program) {
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(buttons->button(QDialogButtonBox::Cancel)->text().contains(u"Abbrechen"));
        }
    }

    void pluralFormsComeFromTheQm_data()
    {
        QTest::addColumn<Loader>("loader");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("expected");
        for (const auto &[name, loader] :
             { std::pair { "program", Loader::Program }, { "qm alone", Loader::QmFileAlone } }) {
            QTest::addRow("%s, 1", name) << loader << 1 << QStringLiteral("1 Kanal");
            QTest::addRow("%s, 2", name) << loader << 2 << QStringLiteral("2 Kanäle");
            QTest::addRow("%s, 5", name) << loader << 5 << QStringLiteral("5 Kanäle");
        }
    }

    // The run history's channel column of a running export run: "%n channel(s)".
    void pluralFormsComeFromTheQm()
    {
        QFETCH(Loader, loader);
        QFETCH(int, channels);
        QFETCH(QString, expected);
        installGerman(loader);
        if (QTest::currentTestFailed())
            return;

        ExportRunInfo run;
        run.runId = 1;
        run.date = QDate(2024, 3, 1);
        run.status = ExportStatus::Running;
        run.channels = channels;
        ExportRunModel model;
        model.setRuns({ run }, QTimeZone::utc());
        QCOMPARE(model.data(model.index(0, ExportRunModel::Channels)).toString(), expected);
    }

private:
    static void addLoaderRows()
    {
        QTest::addColumn<Loader>("loader");
        QTest::newRow("as the program installs it") << Loader::Program;
        QTest::newRow("the .qm file alone") << Loader::QmFileAlone;
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
