#pragma once

#include "chartdata.h"
#include "report/reportresult.h"

#include <QSet>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace cs {

// The Trend tab: daily spend per product as stacked areas (the top products and "Other", in one
// currency), or the daily usage of one chosen product in its unit. Clicking a legend entry hides
// or shows its series; hovering shows the day and the exact values.
class TrendChartWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TopProducts = 8;

    explicit TrendChartWidget(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TrendChartWidget)

    void clear();
    void setResult(const ReportResult &result);

    QChartView *chartView() const { return m_view; }
    QComboBox *measureBox() const { return m_measure; }
    // The exact numbers currently drawn.
    const ChartData::Trend &trend() const { return m_trend; }
    // Shows the legend-toggled series again or hides it (what a legend click does).
    void setSeriesHidden(int series, bool hidden);

private:
    void rebuild();
    void redraw();
    void showTooltip(int series, double x);

    QComboBox *m_measure;
    QLabel *m_note;
    QChartView *m_view;
    QChart *m_chart;
    ReportResult m_result;
    bool m_hasResult = false;
    ChartData::Trend m_trend;
    bool m_stacked = true;
    QSet<int> m_hidden;
};

} // namespace cs
