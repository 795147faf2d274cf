#pragma once

#include "chartdata.h"
#include "report/reportresult.h"

#include <QWidget>

class QChartView;
class QComboBox;

namespace cs {

// The Mix tab: spend by product as bars, and for a billing group spend by channel, in one
// currency at a time. Hovering a bar shows its exact amount.
class MixChartWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TopBars = 15;
    static constexpr int MinimumBars = 5;

    explicit MixChartWidget(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MixChartWidget)

    void clear();
    void setResult(const ReportResult &result);

    QChartView *productView() const { return m_products; }
    QChartView *channelView() const { return m_channels; }
    QComboBox *currencyBox() const { return m_currency; }
    // What the last hover over a bar showed: its name and exact spend (empty after it left).
    QString shownTooltip() const { return m_shownTooltip; }
    static QString tooltipText(const QString &label, const Decimal &spend, const QString &currency);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    int barsThatFit() const;
    static QString categoryText(const QChartView *view, const ChartData::Series &bar);
    void fill(QChartView *view, const QString &title, const QList<ChartData::Series> &bars,
              const QString &currency);

    QComboBox *m_currency;
    QChartView *m_products;
    QChartView *m_channels;
    ReportResult m_result;
    bool m_hasResult = false;
    QString m_shownTooltip;
};

} // namespace cs
