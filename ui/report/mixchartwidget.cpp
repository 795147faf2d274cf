#include "mixchartwidget.h"

#include "common/localeformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cs {

MixChartWidget::MixChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_currency(new QComboBox(this))
    , m_products(new QChartView(this))
    , m_channels(new QChartView(this))
{
    for (QChartView *view : { m_products, m_channels }) {
        // QChartView made a chart of its own; setChart() would release it, not delete it.
        QChart *const defaultChart = view->chart();
        view->setChart(new QChart());
        delete defaultChart;
        view->chart()->legend()->hide();
        view->chart()->setAnimationOptions(QChart::NoAnimation);
        view->chart()->setLocalizeNumbers(true);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumWidth(280);
    }
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("C&urrency:"), this);
    label->setBuddy(m_currency);
    top->addWidget(label);
    top->addWidget(m_currency);
    top->addWidget(new QLabel(tr("Amounts of different currencies are never added. "
                                 "\u26a0 marks spend without the usage that has no rate."),
                              this),
                   1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_products);
    splitter->addWidget(m_channels);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &MixChartWidget::rebuild);
    clear();
}

void MixChartWidget::clear()
{
    m_hasResult = false;
    m_result = {};
    const QSignalBlocker blocker(m_currency);
    m_currency->clear();
    for (QChartView *view : { m_products, m_channels }) {
        view->chart()->removeAllSeries();
        const auto axes = view->chart()->axes();
        for (QAbstractAxis *axis : axes)
            view->chart()->removeAxis(axis), delete axis;
        view->chart()->setTitle(QString());
    }
}

void MixChartWidget::setResult(const ReportResult &result)
{
    const QString previous = m_currency->currentText();
    clear();
    m_result = result;
    m_hasResult = true;
    {
        const QSignalBlocker blocker(m_currency);
        m_currency->addItems(ChartData::currencies(result));
        const int keep = m_currency->findText(previous);
        m_currency->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_channels->setVisible(result.request.scope == ReportScope::BillingGroup);
    rebuild();
}

void MixChartWidget::rebuild()
{
    if (!m_hasResult)
        return;
    const QString currency = m_currency->currentText();
    const int bars = barsThatFit();
    fill(m_products, tr("Spend by product (%1)").arg(currency),
         ChartData::spendByProduct(m_result, currency, bars), currency);
    if (m_result.request.scope == ReportScope::BillingGroup) {
        fill(m_channels, tr("Spend by channel (%1)").arg(currency),
             ChartData::spendByChannel(m_result, currency, bars), currency);
    }
}

// As many bars as have room for their labels (a label without room shows as "..."), at most
// TopBars; the rest is one bar "Other".
int MixChartWidget::barsThatFit() const
{
    const QFontMetrics metrics(QBarCategoryAxis().labelsFont());
    // the title and the value axis take about nine lines of the chart's height; a label needs
    // its line and the text item's margins
    const int room = m_products->height() - 9 * metrics.height();
    return std::clamp(room / (metrics.height() + 8), MinimumBars, TopBars);
}

void MixChartWidget::fill(QChartView *view, const QString &title,
                          const QList<ChartData::Series> &bars, const QString &currency)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        chart->removeAxis(axis), delete axis;
    chart->setTitle(bars.isEmpty() ? tr("No spend in %1").arg(currency) : title);
    if (bars.isEmpty())
        return;

    // Largest at the top: horizontal bar categories are drawn from the bottom up.
    auto *set = new QBarSet(tr("Spend"));
    QStringList categories;
    QList<Decimal> exact;
    double maximum = 0;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        const double value = ChartData::toDouble(it->values.value(0));
        set->append(value);
        maximum = std::max(maximum, value);
        categories.append(categoryText(view, *it));
        exact.append(it->values.value(0));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("Spend (%1)").arg(currency));
    axisX->setTickCount(5);
    axisX->setRange(0, maximum > 0 ? maximum * 1.05 : 1.0);
    axisX->applyNiceNumbers();
    // whole numbers with the locale's separators ("200,000,000"), never "2e+08"
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    QStringList labels;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it)
        labels.append(it->label);
    connect(set, &QBarSet::hovered, view, [this, view, labels, exact, currency](bool state, int i) {
        if (!state || i < 0 || i >= exact.size()) {
            m_shownTooltip.clear();
            QToolTip::hideText();
            return;
        }
        m_shownTooltip = tooltipText(labels.at(i), exact.at(i), currency);
        QToolTip::showText(QCursor::pos(), m_shownTooltip, view);
    });
}

// The exact amount in the label (the bar length is only a picture of it). The chart cuts labels
// wider than about a third of its width at the end, which would cut the amount: the name is
// elided instead, so that the amount always shows whole.
QString MixChartWidget::categoryText(const QChartView *view, const ChartData::Series &bar)
{
    const QString amount = LocaleFormat::decimal(bar.values.value(0));
    const QString whole = bar.incomplete ? tr("%1 (%2) \u26a0").arg(bar.label, amount)
                                         : tr("%1 (%2)").arg(bar.label, amount);
    const QFontMetrics metrics(QBarCategoryAxis().labelsFont());
    const int room = view->width() * 33 / 100 - metrics.averageCharWidth();
    if (metrics.horizontalAdvance(whole) <= room)
        return whole;
    const int nameRoom
        = room - (metrics.horizontalAdvance(whole) - metrics.horizontalAdvance(bar.label));
    const QString name = metrics.elidedText(bar.label, Qt::ElideRight, std::max(nameRoom, 0));
    return bar.incomplete ? tr("%1 (%2) \u26a0").arg(name, amount)
                          : tr("%1 (%2)").arg(name, amount);
}

void MixChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild(); // the labels' room follows the width
}

QString MixChartWidget::tooltipText(const QString &label, const Decimal &spend,
                                    const QString &currency)
{
    return tr("%1: %2").arg(label, LocaleFormat::money(spend, currency));
}

} // namespace cs
