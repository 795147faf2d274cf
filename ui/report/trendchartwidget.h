#pragma once

#include "chartdata.h"
#include "common/localeformat.h"
#include "report/reportresult.h"

#include <QList>
#include <QPointF>
#include <QSet>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QComboBox;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace cs {

// The Trend tab: daily spend per product as stacked areas (the top products and "Other", in one
// currency), or the daily usage of one chosen product in its unit. Clicking a legend entry hides
// or shows its series; hovering shows the day and the exact values.
//
// The chart, its axes and its bands live as long as the widget: a new result only replaces the
// points of each band's line (the running total up to series s, filled down to the axis and
// painted over the bands above it), so Qt Charts computes every band's geometry once per result
// instead of once per step of building a new chart.
class TrendChartWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TopProducts = 8;

    explicit TrendChartWidget(QWidget *parent = nullptr);
    ~TrendChartWidget() override;
    Q_DISABLE_COPY_MOVE(TrendChartWidget)

    void clear();
    void setResult(const ReportResult &result);

    QChartView *chartView() const { return m_view; }
    QComboBox *measureBox() const { return m_measure; }
    // The exact numbers currently drawn.
    const ChartData::Trend &trend() const { return m_trend; }
    // Shows the legend-toggled series again or hides it (what a legend click does).
    void setSeriesHidden(int series, bool hidden);
    // The tooltip text for hovering `series` at chart x value `x` (a day's noon, as drawn): the
    // day, the series' exact value and, when stacked, the total of the shown series. Empty for
    // an x outside the range.
    QString tooltipText(int series, double x) const;
    // What the last hover showed (empty after the mouse left a band).
    QString shownTooltip() const { return m_shownTooltip; }
    // The explanation above the chart (what is drawn, how to use the legend).
    QLabel *noteLabel() const { return m_note; }
    // The unit of the value axis ("TB", "USD"), as in its title.
    QString axisUnit() const { return m_axisUnit; }
    // The chart position (in the view's scene) of `value` on day `day` of the range, for tests.
    QPointF positionOf(qsizetype day, double value) const;

private:
    void rebuild();
    void redraw();
    void showBands(int count);
    QList<QList<QPointF>> upperLines(int count, double &maximum) const;
    void setAxes(double maximum);
    void setDayAxis();
    void styleBands(int count);
    void ensureBands(int count);
    void showTooltip(int series, double x, bool state);

    QComboBox *m_measure;
    QLabel *m_note;
    QChartView *m_view;
    QChart *m_chart;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<QLineSeries *> m_uppers; // the upper line of band s
    QList<QAreaSeries *> m_bands; // the first m_shownBands are in the chart, in reverse order
    int m_shownBands = 0;
    QString m_shownTooltip;
    ReportResult m_result;
    bool m_hasResult = false;
    ChartData::Trend m_trend;
    bool m_stacked = true;
    QSet<int> m_hidden;
    LocaleFormat::UsageUnit m_unit; // the unit usage is drawn in; exponent 0 for spend
    QString m_axisUnit;
};

} // namespace cs
