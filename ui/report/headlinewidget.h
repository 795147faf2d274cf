#pragma once

#include "report/reportresult.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace cs {

// The results headline: scope and range, spend per currency with the change against the
// previous period, usage lines, products, channels and accounts.
class HeadlineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeadlineWidget(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HeadlineWidget)

    void clear(const QString &message = QString());
    void setResult(const ReportResult &result);
    // The previous period's result; nullopt with a message when it is being computed or failed.
    void setComparison(const std::optional<ReportResult> &previous, const QString &message = {});

    // The shown text, without markup (for tests and accessibility).
    QString plainText() const;

private:
    void update();

    QLabel *m_title;
    QLabel *m_figures;
    std::optional<ReportResult> m_result;
    std::optional<ReportResult> m_previous;
    QString m_comparisonMessage;
};

} // namespace cs
