// The usage page on paper: File > Export PDF and Print.

#include "common/filedialogs.h"
#include "common/localeformat.h"
#include "report/headlinewidget.h"
#include "report/mixchartwidget.h"
#include "report/reportdocument.h"
#include "report/reportexport.h"
#include "report/trendchartwidget.h"
#include "usagepage.h"

#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTableView>
#include <QTimeZone>

namespace cs {

namespace {

// Charts on paper are drawn by widgets of their own, of a size that fills the text width of a
// landscape page whatever the window's size, at twice their pixels so that they stay sharp.
constexpr QSize PaperChartSize(1200, 560);
constexpr qreal PaperChartScale = 2;

void layOutForPaper(QWidget &chart)
{
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(PaperChartSize);
    chart.show();
}

QImage paperPicture(QWidget *area)
{
    // the chart's scene lays itself out on posted events
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QImage image(area->size() * PaperChartScale, QImage::Format_RGB32); // opaque: no PDF mask
    image.setDevicePixelRatio(PaperChartScale);
    image.fill(Qt::white);
    QPainter painter(&image);
    area->render(&painter);
    return image;
}

} // namespace

ReportDocumentContent UsagePage::documentContent()
{
    ReportDocumentContent content;
    if (!m_result)
        return content;
    const ReportRequest &request = m_result->request;
    content.title = tr("Usage and spend: %1 %2").arg(request.code, m_result->scopeName);
    content.headline = m_headline->plainText().split(u'\n', Qt::SkipEmptyParts);
    const QString kind
        = request.scope == ReportScope::BillingGroup ? tr("Billing group") : tr("Channel");
    content.facts = {
        { tr("Scope"), tr("%1 %2 – %3").arg(kind, request.code, m_result->scopeName) },
        { tr("Range"),
          tr("%1 – %2 (business days)")
              .arg(LocaleFormat::date(request.from), LocaleFormat::date(request.to)) },
        { tr("Business time zone"), request.timeZoneId },
        { tr("Comparison"), m_compareBox->currentText() },
    };
    if (!m_productFilter->text().isEmpty())
        content.facts.append({ tr("Product filter"), m_productFilter->text() });
    const QDateTime now = QDateTime::currentDateTime();
    content.facts.append({ tr("Generated at"),
                           LocaleFormat::date(now.date()) + u' '
                               + QLocale().toString(now.time(), QLocale::ShortFormat) + u' '
                               + now.timeZoneAbbreviation() });
    content.facts.append(
        { tr("Program"), tr("ChannelScope %1").arg(QCoreApplication::applicationVersion()) });

    content.tables.append(ReportDocument::tableOf(tr("Products"), *m_productView));
    if (request.scope == ReportScope::BillingGroup)
        content.tables.append(ReportDocument::tableOf(tr("Channels"), *m_channelView));

    // what the tabs show: the same measure and currency (when the tab was drawn)
    TrendChartWidget trend;
    layOutForPaper(trend);
    trend.setResult(*m_result);
    const int measure = trend.measureBox()->findData(m_trend->measureBox()->currentData());
    if (!m_trendStale && measure >= 0)
        trend.measureBox()->setCurrentIndex(measure);
    MixChartWidget mix;
    layOutForPaper(mix);
    mix.setResult(*m_result);
    content.charts.append(
        { chartCaptionOf(TrendTab, trend, mix), paperPicture(trend.chartView()) });
    // the mix of every currency, the one shown first
    QStringList currencies;
    for (int i = 0; i < mix.currencyBox()->count(); ++i)
        currencies.append(mix.currencyBox()->itemText(i));
    if (!m_mixStale && currencies.removeOne(m_mix->currencyBox()->currentText()))
        currencies.prepend(m_mix->currencyBox()->currentText());
    for (const QString &currency : std::as_const(currencies)) {
        mix.currencyBox()->setCurrentText(currency);
        content.charts.append({ chartCaptionOf(MixTab, trend, mix),
                                paperPicture(mix.productView()->parentWidget()) });
    }
    return content;
}

Status UsagePage::exportPdf(const QString &path, QPageSize::PageSizeId pageSize)
{
    if (!m_result)
        return Error { tr("There is no report to export yet.") };
    return ReportDocument::writePdf(path, documentContent(), pageSize);
}

Status UsagePage::printReport(QPagedPaintDevice &device)
{
    if (!m_result)
        return Error { tr("There is no report to print yet.") };
    ReportDocument::print(documentContent(), device);
    return success();
}

void UsagePage::exportPdfInteractive()
{
    if (!m_result)
        return;
    const QString a4 = tr("PDF, A4 (*.pdf)");
    const QString letter = tr("PDF, US Letter (*.pdf)");
    QString paper = ReportDocument::defaultPageSize(QLocale()) == QPageSize::Letter ? letter : a4;
    QString fileName = ReportExport::defaultCsvFileName(*m_result, false);
    fileName.replace(fileName.lastIndexOf(u".csv"), 4, QStringLiteral(".pdf"));
    const QString path = FileDialogs::saveFileName(this, tr("Export PDF"), fileName,
                                                   a4 + QStringLiteral(";;") + letter, &paper);
    if (path.isEmpty())
        return;
    const Status written = exportPdf(path, paper == letter ? QPageSize::Letter : QPageSize::A4);
    if (!written) {
        showBanner(tr("The PDF was not saved: %1").arg(written.errorString()), true);
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void UsagePage::printInteractive()
{
    if (!m_result)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::pageLayout(ReportDocument::defaultPageSize(QLocale())));
    printer.setDocName(tr("Usage and spend %1").arg(shownDescription()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Status printed = printReport(printer);
    if (printed && printer.printerState() == QPrinter::Error)
        printed = Error { tr("the printer %1 reported an error").arg(printer.printerName()) };
    if (!printed)
        showBanner(tr("The report was not printed: %1").arg(printed.errorString()), true);
    else
        Q_EMIT statusMessage(tr("Sent %1 to %2").arg(shownDescription(), printer.printerName()),
                             8000);
}

} // namespace cs
