// Readable usage, charts with context and German dates and sentences (issue 12, items 2, 9, 13).
#include "common/localeformat.h"
#include "common/preferences.h"
#include "db/connection.h"
#include "i18n/translations.h"
#include "main/mainwindow.h"
#include "report/chartdata.h"
#include "report/daterangeselector.h"
#include "report/headlinewidget.h"
#include "report/mixchartwidget.h"
#include "report/producttablemodel.h"
#include "report/reportroles.h"
#include "report/trendchartwidget.h"
#include "report/usagepage.h"
#include "report/usagerollup.h"
#include "reportwindow.h"
#include "settings/settingsdialog.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>
#include <QTranslator>
#include <QValueAxis>

#include <algorithm>

using namespace cs;

namespace {

using test::ReportTimeoutMs;

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

// NETWORK_BYTES (Bytes) and VPN_USERS (count) for the accounts of CH-A, October 2026, with
// network-sized quantities (about 10^12 bytes a day) and thirds of a count.
Status seedUnits(Connection &db)
{
    if (const Status seeded = test::seedReportData(db); !seeded)
        return seeded;
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QStringList statements {
        QStringLiteral("INSERT INTO product (code, name, category, uom) VALUES "
                       "('NETWORK_BYTES', 'Network bytes sent', 'Network', 'Bytes'), "
                       "('VPN_USERS', 'VPN users', 'Network', 'count')"),
        QStringLiteral("INSERT INTO rate (product_id, currency, rate, effective_from, channel_id) "
                       "VALUES ((SELECT id FROM product WHERE code = 'NETWORK_BYTES'), 'USD', "
                       "'0.000000000002', '2020-01-01', NULL), ((SELECT id FROM product WHERE "
                       "code = 'VPN_USERS'), 'USD', '0.5', '2020-01-01', NULL)"),
    };
    for (const QString &sql : statements) {
        if (auto q = db.exec(sql); !q)
            return q.error();
    }
    QStringList values;
    int id = 0;
    for (QDate day(2026, 10, 1); day <= QDate(2026, 10, 31); day = day.addDays(1)) {
        const qint64 start = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        for (int a = 1; a <= 3; ++a) {
            const qint64 bytes = 1'234'567'890'123LL * a + day.day() * 987'654'321LL;
            values.append(QStringLiteral("('N%1', (SELECT id FROM account WHERE code = "
                                         "'CH-A-ACC%2'), (SELECT id FROM product WHERE code = "
                                         "'NETWORK_BYTES'), %3, %4, %5, 0)")
                              .arg(++id)
                              .arg(a)
                              .arg(start)
                              .arg(start + 86'400'000)
                              .arg(bytes));
            values.append(QStringLiteral("('V%1', (SELECT id FROM account WHERE code = "
                                         "'CH-A-ACC%2'), (SELECT id FROM product WHERE code = "
                                         "'VPN_USERS'), %3, %4, %5, 333333)")
                              .arg(++id)
                              .arg(a)
                              .arg(start)
                              .arg(start + 86'400'000)
                              .arg(a + day.day() % 5));
        }
    }
    auto q = db.exec(QStringLiteral("INSERT INTO usage_record (external_id, account_id, "
                                    "product_id, start_at, end_at, quantity_whole, "
                                    "quantity_micros) VALUES ")
                     + values.join(QStringLiteral(", ")));
    if (!q)
        return q.error();
    if (auto rebuilt = UsageRollup::rebuild(db); !rebuilt)
        return rebuilt;
    return transaction.commit();
}

struct Window : test::ReportWindow
{
    explicit Window(QDate from = QDate(2026, 10, 1), QDate to = QDate(2026, 10, 31))
        : ReportWindow(from, to, QSize(1280, 800))
    { }

    int productRow(const QString &code) const
    {
        ProductTableModel *model = window.productModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ProductTableModel::Code).data().toString() == code)
                return row;
        }
        return -1;
    }
};

#define CS_SEEDED_WINDOW(w)                                                                        \
    CS_FRESH_DATABASE(db);                                                                         \
    {                                                                                              \
        const Status seeded = seedUnits(*db);                                                      \
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.errorString()));                   \
    }                                                                                              \
    Window w;                                                                                      \
    QVERIFY(w.open());                                                                             \
    QVERIFY(w.show(ReportScope::Channel, QStringLiteral("CH-A")))

// The labels under the day axis as drawn: a QDateTimeAxis spaces tickCount labels evenly.
QStringList dayAxisLabels(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return {};
    if (auto *category = qobject_cast<QCategoryAxis *>(axes.first()))
        return category->categoriesLabels();
    QStringList labels;
    if (auto *dates = qobject_cast<QDateTimeAxis *>(axes.first())) {
        const qint64 from = dates->min().toMSecsSinceEpoch();
        const qint64 to = dates->max().toMSecsSinceEpoch();
        const int ticks = dates->tickCount();
        for (int i = 0; i < ticks; ++i) {
            const qint64 at = from + (to - from) * i / std::max(1, ticks - 1);
            labels.append(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), dates->format()));
        }
    }
    return labels;
}

} // namespace

class TestUsageUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // item 2
    void usageText_data();
    void usageText();
    void usageColumnIsReadable_data() { test::addDatabaseRows(); }
    void usageColumnIsReadable();
    void usageAxisInScaledUnits_data() { test::addDatabaseRows(); }
    void usageAxisInScaledUnits();
    void usageTooltipIsExact_data() { test::addDatabaseRows(); }
    void usageTooltipIsExact();
    void decimalsSettingApplies_data() { test::addDatabaseRows(); }
    void decimalsSettingApplies();

    // item 9
    void quarterAxisRepeatsNoLabel_data() { test::addDatabaseRows(); }
    void quarterAxisRepeatsNoLabel();
    void oneDayRangeSaysSo_data() { test::addDatabaseRows(); }
    void oneDayRangeSaysSo();
    void savedChartSaysWhatItShows_data() { test::addDatabaseRows(); }
    void savedChartSaysWhatItShows();
    void chartCaptionNamesScopeRangeZoneUnits_data() { test::addDatabaseRows(); }
    void chartCaptionNamesScopeRangeZoneUnits();
    void mixChartShowsHoverValues_data() { test::addDatabaseRows(); }
    void mixChartShowsHoverValues();

    // item 13
    void germanDatesHaveFourDigitYears_data() { test::addDatabaseRows(); }
    void germanDatesHaveFourDigitYears();
    void germanTrendHintFits_data() { test::addDatabaseRows(); }
    void germanTrendHintFits();
    void germanExportSentenceIsWhole();
    void germanDatabaseErrorIsFramed_data() { test::addDatabaseRows(); }
    void germanDatabaseErrorIsFramed();
};

void TestUsageUnits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsageUnits::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUsageUnits::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestUsageUnits::usageText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("uom");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    const auto row = [](const char *name, const char *value, const char *uom, int decimals,
                        const char *english, const char *german) {
        QTest::newRow(name) << QString::fromLatin1(value) << QString::fromLatin1(uom) << decimals
                            << QString::fromUtf8(english) << QString::fromUtf8(german);
    };
    row("issue bytes", "128584265026183.000000", "Bytes", 2, "128.58\u00a0TB", "128,58\u00a0TB");
    row("issue count", "119659546.333333", "count", 2, "119,659,546.33\u00a0count",
        "119.659.546,33\u00a0count");
    row("whole hours", "744.000000", "Hours", 2, "744\u00a0Hours", "744\u00a0Hours");
    row("trailing zero dropped", "12.500000", "Hours", 2, "12.5\u00a0Hours", "12,5\u00a0Hours");
    row("tiny keeps its digit", "0.000123", "Hours", 2, "0.0001\u00a0Hours", "0,0001\u00a0Hours");
    row("zero", "0.000000", "Hours", 2, "0\u00a0Hours", "0\u00a0Hours");
    row("bytes below a KB", "999.000000", "Bytes", 2, "999\u00a0B", "999\u00a0B");
    row("one KB is 1000 bytes", "1000.000000", "Bytes", 2, "1\u00a0KB", "1\u00a0KB");
    row("half to even down", "2500000", "Bytes", 0, "2\u00a0MB", "2\u00a0MB");
    row("half to even up", "3500000", "Bytes", 0, "4\u00a0MB", "4\u00a0MB");
    row("GB", "987654321987.654321", "Bytes", 3, "987.654\u00a0GB", "987,654\u00a0GB");
    row("beyond TB stays TB", "12345678901234567890.123456", "Bytes", 1, "12,345,678.9\u00a0TB",
        "12.345.678,9\u00a0TB");
    row("GB-Months is a unit, not bytes", "1500.250000", "GB-Months", 1, "1,500.2\u00a0GB-Months",
        "1.500,2\u00a0GB-Months");
}

void TestUsageUnits::usageText()
{
    QFETCH(QString, value);
    QFETCH(QString, uom);
    QFETCH(int, decimals);
    QFETCH(QString, english);
    QFETCH(QString, german);
    const Decimal exact = *Decimal::parse(value);
    QCOMPARE(LocaleFormat::usage(exact, uom, QLocale(QLocale::English), decimals), english);
    QCOMPARE(LocaleFormat::usage(exact, uom, QLocale(QLocale::German), decimals), german);
    // the exact value stays exact: only trailing zeros go
    QCOMPARE(
        LocaleFormat::exactUsage(exact, uom, QLocale(QLocale::C)).remove(QString(u'\u00a0' + uom)),
        exact.toCompactString());
}

void TestUsageUnits::usageColumnIsReadable()
{
    CS_SEEDED_WINDOW(w);
    ProductTableModel *model = w.window.productModel();
    const QLocale locale;
    const int bytes = w.productRow(QStringLiteral("NETWORK_BYTES"));
    QVERIFY(bytes >= 0);
    const QModelIndex usage = model->index(bytes, ProductTableModel::Usage);
    const ReportLine &line = model->line(bytes);
    QVERIFY(line.usage > dec("1000000000000"));
    // 160,000-odd GB in TB with at most 2 decimals
    static const QRegularExpression scaled(QStringLiteral("^\\d{1,3}(\\.\\d{1,2})?\u00a0TB$"));
    QVERIFY2(scaled.match(usage.data().toString()).hasMatch(), qPrintable(usage.data().toString()));
    // tooltip and copy keep the exact value
    QVERIFY2(usage.data(Qt::ToolTipRole)
                 .toString()
                 .contains(LocaleFormat::decimal(*Decimal::parse(line.usage.toCompactString()))),
             qPrintable(usage.data(Qt::ToolTipRole).toString()));
    QCOMPARE(usage.data(ReportRoles::ClipboardRole).toString(),
             LocaleFormat::decimal(line.usage, locale, false));
    QCOMPARE(usage.data(ReportRoles::SortRole).value<Decimal>(), line.usage);

    // counts and hours: no trailing zeros, at most 2 decimals, the unit named
    static const QRegularExpression plain(
        QStringLiteral("^\\d{1,3}(,\\d{3})*(\\.\\d{0,1}[1-9])?\u00a0\\S+$"));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, ProductTableModel::Usage).data().toString();
        if (model->isSubtotal(row)) {
            // a currency's total mixes units: no usage
            QVERIFY2(text.isEmpty(), qPrintable(text));
            continue;
        }
        QVERIFY2(plain.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(text.endsWith(model->line(row).uom) || row == bytes, qPrintable(text));
    }
}

void TestUsageUnits::usageAxisInScaledUnits()
{
    CS_SEEDED_WINDOW(w);
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    TrendChartWidget *trend = w.window.trendChart();
    QComboBox *measure = trend->measureBox();
    const int bytes = measure->findData(QStringLiteral("usage:NETWORK_BYTES"));
    QVERIFY(bytes >= 0);
    measure->setCurrentIndex(bytes);
    QChart *chart = trend->chartView()->chart();
    auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QVERIFY2(!axis->labelFormat().contains(u'g') && !axis->labelFormat().contains(u'e'),
             qPrintable(axis->labelFormat()));
    QCOMPARE(axis->titleText(), QStringLiteral("Usage (TB)"));
    // drawn in TB: the top of the axis is a few TB, not 10^12
    QVERIFY2(axis->max() < 1000 && axis->max() >= 1, qPrintable(QString::number(axis->max())));
    QVERIFY(chart->localizeNumbers());
}

void TestUsageUnits::usageTooltipIsExact()
{
    CS_SEEDED_WINDOW(w);
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    TrendChartWidget *trend = w.window.trendChart();
    trend->measureBox()->setCurrentIndex(
        trend->measureBox()->findData(QStringLiteral("usage:NETWORK_BYTES")));
    QCOMPARE(trend->axisUnit(), QStringLiteral("TB"));
    // the tooltip shows the day's value in TB and exactly
    const double noon
        = double(QDateTime(trend->trend().days.at(3), QTime(12, 0)).toMSecsSinceEpoch());
    const QString tip = trend->tooltipText(0, noon);
    const Decimal day = trend->trend().series.at(0).values.at(3);
    QVERIFY2(tip.contains(LocaleFormat::usage(day, QStringLiteral("Bytes"))), qPrintable(tip));
    QVERIFY2(tip.contains(LocaleFormat::exactUsage(day, QStringLiteral("Bytes"))), qPrintable(tip));
}

void TestUsageUnits::decimalsSettingApplies()
{
    CS_SEEDED_WINDOW(w);
    {
        SettingsDialog dialog(test::lastDatabaseUrl(), &w.window);
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(loaded.wait(ReportTimeoutMs));
        auto *decimals = dialog.findChild<QSpinBox *>(QStringLiteral("usageDecimals"));
        QVERIFY(decimals);
        QCOMPARE(decimals->value(), 2);
        decimals->setValue(0);
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(QSettings().value(QStringLiteral("report/usageDecimals")).toInt(), 0);
    QVERIFY(w.setRange(QDate(2026, 10, 1), QDate(2026, 10, 30)));
    ProductTableModel *model = w.window.productModel();
    const int count = w.productRow(QStringLiteral("VPN_USERS"));
    QVERIFY(count >= 0);
    const QString text = model->index(count, ProductTableModel::Usage).data().toString();
    static const QRegularExpression whole(QStringLiteral("^\\d{1,3}(,\\d{3})*\u00a0count$"));
    QVERIFY2(whole.match(text).hasMatch(), qPrintable(text));
}

void TestUsageUnits::quarterAxisRepeatsNoLabel()
{
    CS_SEEDED_WINDOW(w);
    QVERIFY(w.setRange(QDate(2026, 8, 1), QDate(2026, 10, 31)));
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    QChart *chart = w.window.trendChart()->chartView()->chart();
    const QStringList labels = dayAxisLabels(chart);
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(u'|')));
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    QCOMPARE(labels,
             (QStringList { QStringLiteral("Aug 2026"), QStringLiteral("Sep 2026"),
                            QStringLiteral("Oct 2026") }));

    // a month: every few days, no label twice
    QVERIFY(w.setRange(QDate(2026, 10, 1), QDate(2026, 10, 31)));
    const QStringList days = dayAxisLabels(chart);
    QVERIFY2(days.size() >= 4 && days.size() <= 11, qPrintable(days.join(u'|')));
    QCOMPARE(QSet<QString>(days.cbegin(), days.cend()).size(), days.size());
    QCOMPARE(days.first(), QStringLiteral("1 Oct"));
}

void TestUsageUnits::oneDayRangeSaysSo()
{
    CS_SEEDED_WINDOW(w);
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    TrendChartWidget *trend = w.window.trendChart();
    QChart *chart = trend->chartView()->chart();
    QVERIFY(chart->axes(Qt::Horizontal).first()->isVisible());
    QVERIFY(w.setRange(QDate(2026, 10, 15), QDate(2026, 10, 15)));
    // not the previous range's axis over an empty plot, but a word where to look
    for (QAbstractAxis *axis : chart->axes())
        QVERIFY(!axis->isVisible());
    QVERIFY2(chart->title().contains(QStringLiteral("Products tab")), qPrintable(chart->title()));
}

void TestUsageUnits::savedChartSaysWhatItShows()
{
    CS_SEEDED_WINDOW(w);
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    TrendChartWidget *trend = w.window.trendChart();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trend.png"));
    const Status saved = w.window.saveChart(path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.errorString()));
    QImage image(path);
    QVERIFY(!image.isNull());
    const QSize chart = trend->chartView()->size();
    QCOMPARE(image.width(), chart.width());
    const int caption = image.height() - chart.height();
    QVERIFY2(caption >= 40, qPrintable(QString::number(caption)));
    // the caption holds text (dark pixels), the chart below it follows unchanged
    int dark = 0;
    for (int y = 0; y < caption; ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
}

void TestUsageUnits::chartCaptionNamesScopeRangeZoneUnits()
{
    CS_SEEDED_WINDOW(w);
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    const QString text = w.window.usagePage()->chartCaption().join(u'\n');
    for (const QString &part :
         { QStringLiteral("Trend"), QStringLiteral("CH-A"), QStringLiteral("Alpha Cloud"),
           QStringLiteral("10/1/2026"), QStringLiteral("10/31/2026"), QStringLiteral("UTC"),
           QStringLiteral("USD") })
        QVERIFY2(text.contains(part), qPrintable(part + u" not in " + text));

    w.window.resultTabs()->setCurrentIndex(UsagePage::MixTab);
    const QString mix = w.window.usagePage()->chartCaption().join(u'\n');
    QVERIFY2(mix.startsWith(QStringLiteral("Mix")) && mix.contains(QStringLiteral("USD")),
             qPrintable(mix));
}

void TestUsageUnits::mixChartShowsHoverValues()
{
    CS_SEEDED_WINDOW(w);
    w.window.resultTabs()->setCurrentIndex(UsagePage::MixTab);
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QChartView *view = w.window.usagePage()->mixChart()->productView();
    QChart *chart = view->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().value(0);
    QVERIFY(set && set->count() > 0);
    const int bar = set->count() - 1; // the largest, drawn at the top
    const QPointF middle(set->at(bar) / 2, bar);
    const QPoint point
        = view->mapFromScene(chart->mapToScene(chart->mapToPosition(middle, series)));
    QTest::mouseMove(view->viewport(), QPoint(2, 2));
    QTest::mouseMove(view->viewport(), point);
    QTRY_VERIFY2(QToolTip::isVisible() && !QToolTip::text().isEmpty(),
                 qPrintable(QToolTip::text()));
    const auto spend = ChartData::spendByProduct(*w.window.currentResult(), QStringLiteral("USD"),
                                                 MixChartWidget::TopBars);
    const QString expected
        = LocaleFormat::money(spend.first().values.first(), QStringLiteral("USD"));
    QVERIFY2(QToolTip::text().contains(expected), qPrintable(QToolTip::text() + u" / " + expected));
    QVERIFY2(QToolTip::text().contains(spend.first().label), qPrintable(QToolTip::text()));
}

void TestUsageUnits::germanDatesHaveFourDigitYears()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CS_SEEDED_WINDOW(w);
    const QString title = w.window.headline()->plainText();
    QVERIFY2(title.contains(QStringLiteral("01.10.2026")) && title.contains(u"31.10.2026"),
             qPrintable(title));
    const auto edits = w.window.rangeSelector()->findChildren<QDateEdit *>();
    QVERIFY(!edits.isEmpty());
    for (QDateEdit *edit : edits)
        QVERIFY2(edit->text().endsWith(QStringLiteral(".2026")), qPrintable(edit->text()));
    QCOMPARE(LocaleFormat::date(QDate(2026, 10, 1)), QStringLiteral("01.10.2026"));
    QCOMPARE(
        LocaleFormat::date(QDate(2026, 10, 1), QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("10/1/2026"));
}

void TestUsageUnits::germanTrendHintFits()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!Translations::install(*qApp, QLocale()).isEmpty());
    CS_SEEDED_WINDOW(w);
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QCOMPARE(w.window.size(), QSize(1280, 800));
    const auto labels = w.window.trendChart()->findChildren<QLabel *>();
    int checked = 0;
    for (QLabel *label : labels) {
        if (!label->isVisible() || label->text().size() < 40)
            continue;
        ++checked;
        const QString where = label->text() + QStringLiteral(" in %1 px").arg(label->width());
        QVERIFY2(label->text().contains(QStringLiteral("Legende")), qPrintable(where));
        const int room = label->contentsRect().width();
        if (label->wordWrap())
            QVERIFY2(label->heightForWidth(room) <= label->contentsRect().height(),
                     qPrintable(where));
        else
            QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= room,
                     qPrintable(where));
    }
    QCOMPARE(checked, 1);
}

void TestUsageUnits::germanExportSentenceIsWhole()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!Translations::install(*qApp, QLocale()).isEmpty());
    const QString records
        = QCoreApplication::translate("cs::ExportPage", "%n record(s)", nullptr, 6);
    const QString all
        = QCoreApplication::translate("cs::ExportPage", "Export of %1: %2 for all %n channel(s).",
                                      nullptr, 13)
              .arg(QStringLiteral("Donnerstag, 1. Oktober 2026"), records);
    QCOMPARE(all,
             QStringLiteral("Export für Donnerstag, 1. Oktober 2026: 6 Datensätze für alle 13 "
                            "Kanäle."));
    const QString some
        = QCoreApplication::translate("cs::ExportPage", "Export of %1: %2 for %3 of %n channel(s).",
                                      nullptr, 13)
              .arg(QStringLiteral("Donnerstag, 1. Oktober 2026"),
                   QCoreApplication::translate("cs::ExportPage", "%n record(s)", nullptr, 1),
                   QStringLiteral("2"));
    QCOMPARE(some,
             QStringLiteral("Export für Donnerstag, 1. Oktober 2026: 1 Datensatz für 2 von 13 "
                            "Kanälen."));
}

void TestUsageUnits::germanDatabaseErrorIsFramed()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!Translations::install(*qApp, QLocale()).isEmpty());
    CS_FRESH_DATABASE(db);
    // the server's English words stand on their own, quoted, after a German frame
    auto q = db->exec(QStringLiteral("SELECT nothing FROM no_such_table"));
    QVERIFY(!q);
    const QString text = q.errorString();
    QVERIFY2(text.contains(QStringLiteral("die Datenbank meldet \u201e"))
                 && text.endsWith(u'\u201c'),
             qPrintable(text));
}

QTEST_MAIN(TestUsageUnits)
#include "tst_usageunits.moc"
