#include "headlinewidget.h"

#include "common/localeformat.h"
#include "reportsummary.h"

#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cs {

namespace {

QString rangeText(const ReportRequest &request)
{
    return QStringLiteral("%1 \u2013 %2")
        .arg(LocaleFormat::date(request.from), LocaleFormat::date(request.to));
}

// "▲ 12.5 %", "▼ 3.0 %", "= 0.0 %" or "new" for the change of a total; empty when none.
QString changeText(const Change &change)
{
    if (change.isNew)
        return HeadlineWidget::tr("new");
    if (!change.percent)
        return QString();
    const Decimal &percent = *change.percent;
    const QString arrow = percent.isNegative()
        ? QStringLiteral("\u25bc")
        : (percent.isZero() ? QStringLiteral("=") : QStringLiteral("\u25b2"));
    const Decimal magnitude = percent.isNegative() ? percent.negated() : percent;
    return arrow + u'\u00a0' + LocaleFormat::decimal(magnitude) + u'\u00a0' + QLocale().percent();
}

QString kindText(ComparisonKind kind)
{
    return kind == ComparisonKind::SamePeriodLastYear ? HeadlineWidget::tr("same period last year")
                                                      : HeadlineWidget::tr("previous period");
}

} // namespace

HeadlineWidget::HeadlineWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_figures(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // no wrapping: a headline of constant height does not resize (and redraw) the charts below
    m_figures->setWordWrap(false);
    layout->addWidget(m_title);
    layout->addWidget(m_figures);
    // As tall from the start as with a result (title, spend, comparison, counts): a headline
    // that grows when the first result lands shrinks the chart below it, which Qt Charts then
    // lays out and draws a second time.
    m_title->setText(QStringLiteral("Xg \u2013 \u2026"));
    m_title->setMinimumHeight(m_title->sizeHint().height());
    m_figures->setText(QStringLiteral("Xg <b style=\"font-size:large\">Xg \u25b2</b><br><span "
                                      "style=\"color:#666666\">Xg \u2026</span><br>Xg \u00b7"));
    m_figures->setMinimumHeight(m_figures->sizeHint().height());
    clear();
}

void HeadlineWidget::clear(const QString &message)
{
    m_result.reset();
    m_comparisonMessage.clear();
    m_title->setText(message.isEmpty() ? tr("No report yet") : message);
    // a message (computing, canceled) says what happens; only without one is a pick asked for
    m_figures->setText(message.isEmpty() ? tr("Pick a channel or a billing group on the left.")
                                         : QString());
}

void HeadlineWidget::setResult(const ReportResult &result, const QString &message)
{
    m_result = result;
    m_comparisonMessage = message;
    update();
}

QString HeadlineWidget::plainText() const
{
    QTextDocument document;
    document.setHtml(m_figures->text());
    return m_title->text() + u'\n' + document.toPlainText();
}

void HeadlineWidget::update()
{
    if (!m_result)
        return;
    const ReportResult &result = *m_result;
    const QString kind
        = result.request.scope == ReportScope::BillingGroup ? tr("Billing group") : tr("Channel");
    m_title->setText(
        tr("%1 %2 \u2013 %3, %4")
            .arg(kind, result.request.code, result.scopeName, rangeText(result.request)));

    const ReportSummary summary = ReportSummary::of(result);
    const ReportComparison &comparison = result.comparison;
    const bool compared = comparison.isActive() && comparison.covered;

    QStringList spend;
    for (const ReportSummary::CurrencyTotal &total : summary.spend) {
        QString text = QStringLiteral("<b style=\"font-size:large\">%1</b>")
                           .arg(LocaleFormat::money(total.spend, total.currency).toHtmlEscaped());
        if (total.incomplete)
            text += QStringLiteral(" <span style=\"color:#b35900\">%1</span>")
                        .arg(tr("(incomplete: usage without a rate)").toHtmlEscaped());
        for (const SpendComparison &before : comparison.totals) {
            const QString delta
                = before.currency == total.currency ? changeText(before.change) : QString();
            if (!delta.isEmpty())
                text += QStringLiteral(" <span>%1</span>").arg(delta.toHtmlEscaped());
        }
        spend.append(text);
    }
    if (spend.isEmpty())
        spend.append(tr("no usage in this range").toHtmlEscaped());

    const QString comparisonLine = comparisonText();
    const QLocale locale;
    QStringList counts;
    counts.append(tr("%1 usage lines").arg(locale.toString(summary.lines)));
    counts.append(tr("%1 products").arg(locale.toString(summary.products)));
    if (result.request.scope == ReportScope::BillingGroup)
        counts.append(tr("%1 channels").arg(locale.toString(summary.channels)));
    QString accounts = tr("%1 accounts").arg(locale.toString(summary.accounts));
    // A count changes by accounts, not by percent: "▲ 3", nothing when unchanged.
    if (compared && comparison.previousAccounts != summary.accounts) {
        const qint64 delta = summary.accounts - comparison.previousAccounts;
        accounts += (delta > 0 ? QStringLiteral(" \u25b2\u00a0") : QStringLiteral(" \u25bc\u00a0"))
            + locale.toString(delta > 0 ? delta : -delta);
    }
    counts.append(accounts);

    m_figures->setText(QStringLiteral("%1<br><span style=\"color:#666666\">%2</span><br>%3")
                           .arg(tr("Spend:").toHtmlEscaped() + u' '
                                    + spend.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")),
                                comparisonLine.toHtmlEscaped(),
                                counts.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped()));
}

// "vs. previous period 1 Oct – 31 Oct: 12.50 USD; 3 accounts", or the coverage note, or the
// message standing in for the comparison.
QString HeadlineWidget::comparisonText() const
{
    const ReportComparison &comparison = m_result->comparison;
    if (!comparison.isActive())
        return m_comparisonMessage;
    const ReportRequest period { {}, {}, comparison.from, comparison.to, {} };
    const QString against = tr("vs. %1 %2").arg(kindText(comparison.kind), rangeText(period));
    if (!comparison.covered) {
        const QString note = comparison.dataStart.isValid()
            ? tr("no data before %1").arg(LocaleFormat::date(comparison.dataStart))
            : tr("no usage data");
        return tr("%1: %2, no change shown").arg(against, note);
    }
    QStringList before;
    for (const SpendComparison &total : comparison.totals)
        before.append(LocaleFormat::money(total.previous, total.currency));
    return tr("%1: %2; %3 accounts")
        .arg(against, before.isEmpty() ? tr("no usage") : before.join(QStringLiteral(", ")),
             QLocale().toString(comparison.previousAccounts));
}

} // namespace cs
