#pragma once

#include "util/result.h"

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

class QLocale;
class QPagedPaintDevice;
class QTableView;
class QTextDocument;

namespace cs {

// A table of the report as the analyst sees it: the visible columns, every row in the view's
// order, the model's display texts (numbers in the UI locale) and alignments.
struct ReportDocumentTable
{
    QString title;
    QStringList headers;
    QList<Qt::Alignment> alignments; // per column
    QList<QStringList> rows;
    QList<bool> emphasized; // per row: a subtotal, printed bold
};

struct ReportDocumentChart
{
    QStringList caption; // the title first, then what it shows
    QImage picture;
};

// What File > Export PDF and Print put on paper: the headline, the facts of the report (scope,
// range, zone, comparison, generated at, program), the tables and the charts.
struct ReportDocumentContent
{
    QString title;
    QStringList headline;
    QList<std::pair<QString, QString>> facts;
    QList<ReportDocumentTable> tables;
    QList<ReportDocumentChart> charts;
};

namespace ReportDocument {

// The table `view` shows (its model's rows in order, hidden columns left out).
ReportDocumentTable tableOf(const QString &title, const QTableView &view);

// The paper of the locale's country: US Letter in the countries that use it, else A4.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale);

// Landscape pages of `pageSize`: the tables' ten and more columns fit without wrapping.
QPageLayout pageLayout(QPageSize::PageSizeId pageSize);

// The document for pages of `layout`, where QTextDocument::print() keeps 2 cm to each edge and
// numbers the pages: tables repeat their header row on every page, charts fill the text width.
std::unique_ptr<QTextDocument> build(const ReportDocumentContent &content,
                                     const QPageLayout &layout);

// Prints `content` on `device` (a QPrinter or QPdfWriter), in the device's page layout.
void print(const ReportDocumentContent &content, QPagedPaintDevice &device);

// Writes `content` as a PDF on pageLayout(pageSize) to `path`, atomically: the whole file or, on
// any error, none, with the file and the reason named.
Status writePdf(const QString &path, const ReportDocumentContent &content,
                QPageSize::PageSizeId pageSize);

} // namespace ReportDocument

} // namespace cs
