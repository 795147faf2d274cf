#include "trendchartwidget.h"

#include "common/localeformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cs {

namespace {

constexpr qint64 DayMs = 86'400'000;

double dayX(const QDate &date)
{
    // Noon of the date in local time: QDateTimeAxis labels in local time, so the label shows
    // the business date whatever the zones are.
    return double(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

TrendChartWidget::TrendChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart())
{
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing, qEnvironmentVariableIsEmpty("CS_NOAA"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(36);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_measure->setToolTip(tr("Spend per product in one currency, or the usage of one product"));
    m_note->setWordWrap(false);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_measure);
    top->addWidget(label);
    top->addWidget(m_measure);
    top->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_hidden.clear();
        rebuild();
    });
    clear();
}

void TrendChartWidget::clear()
{
    m_hasResult = false;
    m_result = {};
    m_trend = {};
    {
        const QSignalBlocker blocker(m_measure);
        m_measure->clear();
    }
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes)
        m_chart->removeAxis(axis), delete axis;
    m_chart->setTitle(QString());
    m_note->clear();
}

void TrendChartWidget::setResult(const ReportResult &result)
{
    const QString previous = m_measure->currentData().toString();
    clear();
    m_result = result;
    m_hasResult = true;
    const QSignalBlocker blocker(m_measure);
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
    m_note->setText(m_stacked
                        ? tr("Stacked daily spend; the %n largest products, the rest as \"Other\". "
                             "Click a legend entry to hide it.",
                             nullptr, TopProducts)
                        : tr("Daily usage in %1.").arg(m_trend.unit));
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

void TrendChartWidget::redraw()
{
    m_chart->removeAllSeries();
    const auto oldAxes = m_chart->axes();
    for (QAbstractAxis *axis : oldAxes)
        m_chart->removeAxis(axis), delete axis;
    if (m_trend.days.isEmpty() || m_trend.series.isEmpty()) {
        m_chart->setTitle(m_hasResult ? tr("No usage in this range") : QString());
        return;
    }
    m_chart->setTitle(QString());

    auto *axisX = new QDateTimeAxis;
    // Day and month only: the year stands in the headline, and full dates get cut off.
    axisX->setFormat(m_trend.days.size() > 62 ? QStringLiteral("MMM yyyy")
                                              : QStringLiteral("d MMM"));
    axisX->setTickCount(std::min<int>(int(m_trend.days.size()), 8));
    axisX->setTitleText(tr("Business day"));
    axisX->setRange(QDateTime(m_trend.days.first(), QTime(12, 0)),
                    QDateTime(m_trend.days.last(), QTime(12, 0)));
    auto *axisY = new QValueAxis;
    axisY->setTitleText(m_stacked ? tr("Spend (%1)").arg(m_trend.unit)
                                  : tr("Usage (%1)").arg(m_trend.unit));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);

    const qsizetype days = m_trend.days.size();
    QList<double> base(days, 0.0);
    double maximum = 0;
    QList<QPointF> xs(days);
    for (qsizetype d = 0; d < days; ++d)
        xs[d].setX(dayX(m_trend.days.at(d)));

    for (int s = 0; s < m_trend.series.size(); ++s) {
        const ChartData::Series &values = m_trend.series.at(s);
        const bool hidden = m_hidden.contains(s);
        QList<QPointF> lower = xs;
        QList<QPointF> upper = xs;
        for (qsizetype d = 0; d < days; ++d) {
            const double value = hidden ? 0.0 : ChartData::toDouble(values.values.at(d));
            lower[d].setY(base[d]);
            upper[d].setY(base[d] + value);
            if (m_stacked)
                base[d] += value;
            maximum = std::max(maximum, upper[d].y());
        }
        auto *upperSeries = new QLineSeries;
        upperSeries->replace(upper);
        QLineSeries *lowerSeries = nullptr;
        if (m_stacked) {
            lowerSeries = new QLineSeries;
            lowerSeries->replace(lower);
        }
        auto *area = new QAreaSeries(upperSeries, lowerSeries);
        upperSeries->setParent(area);
        if (lowerSeries)
            lowerSeries->setParent(area);
        area->setName(values.label);
        // the theme repeats its colours after five series; these ten stay apart (Tableau 10)
        static const QRgb colours[] = { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                                        0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac };
        const bool other = values.key.isEmpty() && m_stacked;
        area->setColor(QColor(other ? colours[9] : colours[s % 9]));
        QPen pen = area->pen();
        pen.setWidthF(1.0);
        pen.setColor(m_stacked ? QColor(Qt::white) : area->color().darker(130));
        pen.setCosmetic(true); // the stroker of a scaled pen costs tens of ms per repaint
        area->setPen(pen);
        area->setOpacity(hidden ? 0.0 : (m_stacked ? 0.85 : 0.6));
        m_chart->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisY);
        connect(area, &QAreaSeries::hovered, this, [this, s](const QPointF &point, bool state) {
            if (state)
                showTooltip(s, point.x());
            else
                QToolTip::hideText();
        });
    }
    axisY->setRange(0, maximum > 0 ? maximum * 1.05 : 1.0);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(maximum >= 1e7 ? QStringLiteral("%.3g") : QStringLiteral("%.0f"));

    const auto markers = m_chart->legend()->markers();
    for (int s = 0; s < markers.size(); ++s) {
        QLegendMarker *marker = markers.at(s);
        if (m_hidden.contains(s)) {
            QColor color = marker->labelBrush().color();
            color.setAlphaF(0.4);
            marker->setLabelBrush(color);
            marker->setBrush(QColor(Qt::transparent));
        }
        connect(marker, &QLegendMarker::clicked, this,
                [this, s] { setSeriesHidden(s, !m_hidden.contains(s)); });
    }
}

void TrendChartWidget::showTooltip(int series, double x)
{
    if (m_trend.days.isEmpty())
        return;
    const qint64 first = qint64(dayX(m_trend.days.first()));
    const qint64 day
        = std::clamp<qint64>((qint64(x) - first + DayMs / 2) / DayMs, 0, m_trend.days.size() - 1);
    const ChartData::Series &values = m_trend.series.at(series);
    QString text
        = QStringLiteral("<b>%1</b><br>%2: %3 %4")
              .arg(QLocale().toString(m_trend.days.at(day), QLocale::LongFormat),
                   values.label.toHtmlEscaped(), LocaleFormat::decimal(values.values.at(day)),
                   m_trend.unit.toHtmlEscaped());
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
    QToolTip::showText(QCursor::pos(), text, m_view);
}

} // namespace cs
