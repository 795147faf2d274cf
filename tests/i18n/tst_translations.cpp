#include "config/configuration.h"
#include "connection/connectiondialog.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace cs;

// The compiled-in German translation reaches widgets (tr() of a class), the core's messages
// (translated through wrappers with contexts lupdate cannot see), plural forms and Qt's own
// buttons; English stays untouched.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsCompiledIn() { QVERIFY(Translations::availableLanguages().contains(u"de")); }

    void englishLoadsNothing()
    {
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates))
                    .isEmpty());
        ConnectionDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Open Connection"));
    }

    void germanReachesWidgetsAndCore()
    {
        const QStringList loaded
            = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(!loaded.isEmpty());
        QVERIFY2(loaded.first().endsWith(u"channelscope_de.qm"), qPrintable(loaded.join(u", ")));

        ConnectionDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Verbindung öffnen"));

        // The core's Configuration messages: run-time context "Configuration", lupdate's
        // "cs::Configuration".
        const auto refused
            = Configuration::validate(Configuration::ExportFileExtension, QStringLiteral("pdf"));
        QVERIFY(!refused);
        QCOMPARE(refused.errorString(),
                 QStringLiteral("export.fileExtension muss xml oder csv sein"));

        // Plural forms: the first numerus message of the .ts file, under its own context.
        QFile ts(QStringLiteral(":/i18n/channelscope_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context, source;
        QStringList forms;
        bool inNumerus = false;
        while (!xml.atEnd() && forms.size() < 2) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                inNumerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            else if (inNumerus && xml.name() == u"source")
                source = xml.readElementText();
            else if (inNumerus && xml.name() == u"numerusform")
                forms.append(xml.readElementText());
        }
        QCOMPARE(forms.size(), 2);
        const QByteArray contextUtf8 = context.toUtf8(), sourceUtf8 = source.toUtf8();
        QCOMPARE(QCoreApplication::translate(contextUtf8.constData(), sourceUtf8.constData(),
                                             nullptr, 1),
                 QString(forms.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
        QCOMPARE(QCoreApplication::translate(contextUtf8.constData(), sourceUtf8.constData(),
                                             nullptr, 3),
                 QString(forms.at(1)).replace(QStringLiteral("%n"), QStringLiteral("3")));
        QVERIFY(forms.at(0) != forms.at(1));

        // Qt's own texts, where Debian's qt6-translations-l10n is installed.
        if (loaded.size() > 1) {
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(buttons->button(QDialogButtonBox::Cancel)->text().contains(u"Abbrechen"));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
