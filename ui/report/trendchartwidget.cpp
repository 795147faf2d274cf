#include "trendchartwidget.h"

#include "common/localeformat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cs {

namespace {

constexpr qint64 DayMs = 86'400'000;

double dayX(const QDate &date)
{
    // Noon of the date in local time: QDateTimeAxis labels in local time, so the label shows
    // the business date whatever the zones are.
    return double(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

struct DayTick
{
    QDate day;
    QString label;
};

// Ticks of the day axis that never repeat a label: every few days ("3 Oct") up to two months,
// then the first of every month or of every few months ("Aug 2026"), then years ("2026").
QList<DayTick> dayTicks(const QList<QDate> &days)
{
    QList<DayTick> ticks;
    if (days.isEmpty())
        return ticks;
    const QLocale locale;
    const QDate first = days.first();
    const QDate last = days.last();
    const qsizetype count = days.size();
    if (count <= 62) {
        const qsizetype step = std::max<qsizetype>(1, (count + 7) / 8);
        for (qsizetype d = 0; d < count; d += step)
            ticks.append({ days.at(d), locale.toString(days.at(d), QStringLiteral("d MMM")) });
        return ticks;
    }
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    if (months <= 36) {
        const int step = months <= 12 ? 1 : (months <= 24 ? 3 : 6);
        QDate month(first.year(), first.month(), 1);
        if (month < first)
            month = month.addMonths(1);
        for (; month <= last; month = month.addMonths(step))
            ticks.append({ month, locale.toString(month, QStringLiteral("MMM yyyy")) });
        return ticks;
    }
    const int years = last.year() - first.year() + 1;
    const int step = std::max(1, (years + 7) / 8);
    for (QDate year(first.year() + (first.dayOfYear() > 1 ? 1 : 0), 1, 1); year <= last;
         year = year.addYears(step))
        ticks.append({ year, QString::number(year.year()) });
    return ticks;
}

// A round top and tick count for the value axis: about five steps of 1, 2, 2.5 or 5 times a
// power of ten. Computed here so that QValueAxis::applyNiceNumbers(), a second change of the
// range and so a second geometry pass over every band, is not needed.
struct ValueScale
{
    double top = 1.0;
    int ticks = 5;
    int decimals = 0;
};

ValueScale valueScale(double maximum)
{
    if (!(maximum > 0))
        return {};
    const double raw = maximum * 1.05 / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double factor : { 1.0, 2.0, 2.5, 5.0 }) {
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    }
    ValueScale scale;
    const int intervals = std::max(1, int(std::ceil(maximum * 1.05 / step - 1e-9)));
    scale.top = step * intervals;
    scale.ticks = intervals + 1;
    while (scale.decimals < 6) {
        const double scaled = step * std::pow(10.0, scale.decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * scaled)
            break;
        ++scale.decimals;
    }
    return scale;
}

// The theme repeats its colours after five series; these ten stay apart (Tableau 10).
const QRgb s_colours[] = { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                           0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac };

} // namespace

TrendChartWidget::TrendChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart())
    , m_axisX(new QCategoryAxis)
    , m_axisY(new QValueAxis)
{
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true); // full names of cut-off entries
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_axisX->setTitleText(tr("Business day"));
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->setLocalizeNumbers(true);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setVisible(false);
    m_axisY->setVisible(false);
    // QChartView made a chart of its own; setChart() would release it, not delete it.
    QChart *const defaultChart = m_view->chart();
    m_view->setChart(m_chart);
    delete defaultChart;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(36);
    // Wrapped on its own line: German and other longer translations must not be cut off.
    m_note->setWordWrap(true);
    m_measure->setToolTip(tr("Spend per product in one currency, or the usage of one product"));

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_measure);
    top->addWidget(label);
    top->addWidget(m_measure);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_hidden.clear();
        rebuild();
    });
    clear();
}

TrendChartWidget::~TrendChartWidget()
{
    // The chart deletes the bands it holds; their lines belong to this widget and go after.
    m_chart->removeAllSeries();
}

void TrendChartWidget::clear()
{
    m_hasResult = false;
    m_result = {};
    m_trend = {};
    m_hidden.clear();
    {
        const QSignalBlocker blocker(m_measure);
        m_measure->clear();
    }
    m_note->clear();
    redraw();
}

void TrendChartWidget::setResult(const ReportResult &result)
{
    // No clear(): the bands stay in the chart and only get new points.
    const QString previous = m_measure->currentData().toString();
    m_result = result;
    m_hasResult = true;
    m_hidden.clear();
    const QSignalBlocker blocker(m_measure);
    m_measure->clear();
    for (const QString &currency : ChartData::currencies(result))
        m_measure->addItem(tr("Spend per product in %1").arg(currency),
                           QString(QStringLiteral("spend:") + currency));
    QSet<QString> seen;
    for (const ReportLine &line : result.productLines) {
        if (seen.contains(line.productCode))
            continue;
        seen.insert(line.productCode);
        m_measure->addItem(
            tr("Usage of %1 \u2013 %2 (%3)").arg(line.productCode, line.productName, line.uom),
            QString(QStringLiteral("usage:") + line.productCode));
    }
    const int keep = m_measure->findData(previous);
    m_measure->setCurrentIndex(keep >= 0 ? keep : 0);
    rebuild();
}

void TrendChartWidget::rebuild()
{
    if (!m_hasResult)
        return;
    const QString measure = m_measure->currentData().toString();
    if (measure.startsWith(QLatin1StringView("spend:"))) {
        m_trend = ChartData::spendTrend(m_result, measure.mid(6), TopProducts);
        m_stacked = true;
    } else if (measure.startsWith(QLatin1StringView("usage:"))) {
        m_trend = ChartData::usageTrend(m_result, measure.mid(6));
        m_stacked = false;
    } else {
        m_trend = {};
    }
    m_unit = {};
    if (!m_stacked) {
        Decimal largest;
        for (const ChartData::Series &series : std::as_const(m_trend.series))
            for (const Decimal &value : series.values)
                largest = std::max(largest, value);
        m_unit = LocaleFormat::usageUnit(largest, m_trend.unit);
    }
    m_axisUnit = m_stacked ? m_trend.unit : m_unit.unit;
    if (m_trend.days.size() == 1)
        m_note->setText(tr("One day: see the Products tab for its figures."));
    else
        m_note->setText(
            m_stacked ? tr("Stacked daily spend; the %n largest products, the rest as \"Other\". "
                           "Click a legend entry to hide it.",
                           nullptr, TopProducts)
                      : tr("Daily usage in %1.").arg(m_axisUnit));
    redraw();
}

void TrendChartWidget::setSeriesHidden(int series, bool hidden)
{
    if (hidden)
        m_hidden.insert(series);
    else
        m_hidden.remove(series);
    redraw();
}

void TrendChartWidget::ensureBands(int count)
{
    while (m_bands.size() < count) {
        const int s = int(m_bands.size());
        auto *upper = new QLineSeries(this);
        auto *band = new QAreaSeries(upper);
        band->setParent(this);
        connect(band, &QAreaSeries::hovered, this,
                [this, s](const QPointF &point, bool state) { showTooltip(s, point.x(), state); });
        m_uppers.append(upper);
        m_bands.append(band);
    }
}

void TrendChartWidget::redraw()
{
    // A single day is a point, not a trend: the tables show it.
    const bool hasData = m_trend.days.size() > 1 && !m_trend.series.isEmpty();
    const int count = hasData ? int(m_trend.series.size()) : 0;
    // A tooltip shows numbers that are about to change, and a band hidden under the mouse
    // gets no leave event.
    if (!m_shownTooltip.isEmpty()) {
        m_shownTooltip.clear();
        QToolTip::hideText();
    }
    // One repaint when everything is in place.
    m_view->setUpdatesEnabled(false);

    // Empty the lines first: the band and axis changes below then cost nothing, and each band's
    // geometry is computed once, when its new points arrive.
    for (QLineSeries *line : std::as_const(m_uppers)) {
        if (line->count() > 0)
            line->clear();
    }
    ensureBands(count);
    if (m_shownBands != count)
        showBands(count);

    m_chart->setTitle(hasData || !m_hasResult        ? QString()
                          : m_trend.days.size() == 1 ? tr("One day: see the Products tab")
                                                     : tr("No usage in this range"));
    m_axisX->setVisible(hasData);
    m_axisY->setVisible(hasData);
    if (!hasData) {
        m_view->setUpdatesEnabled(true);
        return;
    }

    double maximum = 0;
    const QList<QList<QPointF>> uppers = upperLines(count, maximum);
    // Everything that moves the plot area (axis labels, legend entries) is set and laid out while
    // the bands are still empty, so that the points are placed once, in the final plot
    // area, and the first paint is the only one.
    setAxes(maximum);
    styleBands(count);
    for (QGraphicsWidget *widget : { static_cast<QGraphicsWidget *>(m_chart),
                                     static_cast<QGraphicsWidget *>(m_chart->legend()) }) {
        if (QGraphicsLayout *layout = widget->layout())
            layout->activate();
    }

    for (int s = 0; s < count; ++s)
        m_uppers.at(s)->replace(uppers.at(s));
    m_view->setUpdatesEnabled(true);
}

void TrendChartWidget::showBands(int count)
{
    for (int s = 0; s < m_shownBands; ++s) {
        m_chart->removeSeries(m_bands.at(s));
        m_bands.at(s)->setParent(this);
    }
    // Every band reaches down to the axis and the chart paints them in the order they were
    // added: the sum of all first, the first product last, on top. So each band shows
    // between its own upper line and the one below, with one lower line less to compute
    // and fill per band than bands that lie on each other.
    for (int s = count - 1; s >= 0; --s) {
        QAreaSeries *band = m_bands.at(s);
        m_chart->addSeries(band);
        band->attachAxis(m_axisX);
        band->attachAxis(m_axisY);
        const auto markers = m_chart->legend()->markers(band);
        for (QLegendMarker *marker : markers)
            connect(marker, &QLegendMarker::clicked, this,
                    [this, s] { setSeriesHidden(s, !m_hidden.contains(s)); });
    }
    m_shownBands = count;
}

// The upper line of each band: stacked on the ones before it for spend, on its own for usage.
QList<QList<QPointF>> TrendChartWidget::upperLines(int count, double &maximum) const
{
    const qsizetype days = m_trend.days.size();
    QList<double> xs(days);
    for (qsizetype d = 0; d < days; ++d)
        xs[d] = dayX(m_trend.days.at(d));
    // geometry only: usage drawn in the axis unit (bytes as GB, ...)
    const double divisor = std::pow(10.0, m_unit.exponent);
    QList<double> base(days, 0.0);
    QList<QList<QPointF>> uppers(count);
    for (int s = 0; s < count; ++s) {
        const ChartData::Series &values = m_trend.series.at(s);
        const bool hidden = m_hidden.contains(s);
        QList<QPointF> &upper = uppers[s];
        upper.resize(days);
        for (qsizetype d = 0; d < days; ++d) {
            const double value = hidden ? 0.0 : ChartData::toDouble(values.values.at(d)) / divisor;
            const double top = (m_stacked ? base[d] : 0.0) + value;
            upper[d] = QPointF(xs[d], top);
            if (m_stacked)
                base[d] = top;
            maximum = std::max(maximum, top);
        }
    }
    return uppers;
}

void TrendChartWidget::setAxes(double maximum)
{
    setDayAxis();
    m_axisY->setTitleText(m_stacked ? tr("Spend (%1)").arg(m_axisUnit)
                                    : tr("Usage (%1)").arg(m_axisUnit));
    const ValueScale scale = valueScale(maximum);
    m_axisY->setRange(0, scale.top);
    m_axisY->setTickCount(scale.ticks);
    // plain numbers with the locale's separators ("200,000"), never "2e+05"
    m_axisY->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals));
}

void TrendChartWidget::setDayAxis()
{
    const auto categories = m_axisX->categoriesLabels();
    for (const QString &label : categories)
        m_axisX->remove(label);
    const double from = dayX(m_trend.days.first());
    m_axisX->setStartValue(from - DayMs);
    for (const DayTick &tick : dayTicks(m_trend.days))
        m_axisX->append(tick.label, dayX(tick.day));
    m_axisX->setRange(from, dayX(m_trend.days.last()));
}

void TrendChartWidget::styleBands(int count)
{
    const QColor labelColour = m_chart->legend()->labelColor();
    for (int s = 0; s < count; ++s) {
        const ChartData::Series &values = m_trend.series.at(s);
        const bool hidden = m_hidden.contains(s);
        QAreaSeries *band = m_bands.at(s);
        band->setName(values.label);
        const bool other = values.key.isEmpty() && m_stacked;
        // Opaque colours, lightened as if drawn at 85 % (60 % for usage) on white: a band drawn
        // with an opacity below 1 costs a blend per pixel.
        const QColor colour(other ? s_colours[9] : s_colours[s % 9]);
        const double alpha = m_stacked ? 0.85 : 0.6;
        const auto mix = [alpha](int channel) { return int(channel * alpha + 255 * (1 - alpha)); };
        band->setColor(QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue())));
        QPen pen = band->pen();
        pen.setWidthF(1.0);
        pen.setColor(m_stacked ? QColor(Qt::white) : colour.darker(130));
        pen.setCosmetic(true); // the stroker of a scaled pen costs tens of ms per repaint
        band->setPen(pen);
        band->setVisible(!hidden);
        const auto markers = m_chart->legend()->markers(band);
        for (QLegendMarker *marker : markers) {
            QColor label = labelColour;
            if (hidden)
                label.setAlphaF(0.4);
            marker->setLabelBrush(label);
            marker->setBrush(hidden ? QBrush(Qt::transparent) : band->brush());
            marker->setVisible(true); // a hidden series keeps its legend entry, to show it again
        }
    }
}

QString TrendChartWidget::tooltipText(int series, double x) const
{
    if (m_trend.days.isEmpty() || series < 0 || series >= m_trend.series.size())
        return {};
    const qint64 first = qint64(dayX(m_trend.days.first()));
    const qint64 day
        = std::clamp<qint64>((qint64(x) - first + DayMs / 2) / DayMs, 0, m_trend.days.size() - 1);
    const ChartData::Series &values = m_trend.series.at(series);
    const QString shown = m_stacked
        ? QString(LocaleFormat::decimal(values.values.at(day)) + u' ' + m_trend.unit)
        : LocaleFormat::usage(values.values.at(day), m_trend.unit);
    QString text = QStringLiteral("<b>%1</b><br>%2: %3")
                       .arg(QLocale().toString(m_trend.days.at(day), QLocale::LongFormat),
                            values.label.toHtmlEscaped(), shown.toHtmlEscaped());
    if (!m_stacked && shown != LocaleFormat::exactUsage(values.values.at(day), m_trend.unit))
        text += QStringLiteral("<br>%1").arg(
            tr("exactly %1")
                .arg(LocaleFormat::exactUsage(values.values.at(day), m_trend.unit))
                .toHtmlEscaped());
    if (m_stacked) {
        Decimal total;
        for (int s = 0; s < m_trend.series.size(); ++s) {
            if (!m_hidden.contains(s))
                total = total.plus(m_trend.series.at(s).values.at(day)).value_or(total);
        }
        text += QStringLiteral("<br>%1: %2 %3")
                    .arg(tr("All shown products"), LocaleFormat::decimal(total),
                         m_trend.unit.toHtmlEscaped());
    }
    return text;
}

QPointF TrendChartWidget::positionOf(qsizetype day, double value) const
{
    if (m_bands.isEmpty() || day < 0 || day >= m_trend.days.size())
        return {};
    return m_chart->mapToScene(m_chart->mapToPosition(
        QPointF(dayX(m_trend.days.at(day)), value / std::pow(10.0, m_unit.exponent)),
        m_bands.first()));
}

void TrendChartWidget::showTooltip(int series, double x, bool state)
{
    if (!state) {
        m_shownTooltip.clear();
        QToolTip::hideText();
        return;
    }
    m_shownTooltip = tooltipText(series, x);
    if (!m_shownTooltip.isEmpty())
        QToolTip::showText(QCursor::pos(), m_shownTooltip, m_view);
}

} // namespace cs
