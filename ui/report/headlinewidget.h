#pragma once

#include "report/reportresult.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace cs {

// The results headline: scope and range, spend per currency with the change against the
// comparison period (ReportResult::comparison, from the core), usage lines, products, channels
// and accounts. A comparison period the data does not cover shows "no data before DATE" and no
// percentage.
class HeadlineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeadlineWidget(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HeadlineWidget)

    void clear(const QString &message = QString());
    // The result, with its comparison when result.comparison is active; else `message` stands
    // in the comparison's place (being computed, failed or none chosen).
    void setResult(const ReportResult &result, const QString &message = {});

    // The shown text, without markup (for tests and accessibility).
    QString plainText() const;

private:
    void update();

    QLabel *m_title;
    QLabel *m_figures;
    QString comparisonText() const;

    std::optional<ReportResult> m_result;
    QString m_comparisonMessage;
};

} // namespace cs
