#include "report/reportdocument.h"

#include "util/savefile.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTableView>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace cs::ReportDocument {

namespace {

constexpr qreal TitlePointSize = 16;
constexpr qreal HeadingPointSize = 12;
constexpr qreal TablePointSize = 8;
constexpr qreal MillimetresPerInch = 25.4;
// QTextDocument::print() keeps 2 cm to each edge of a document without a page size of its own.
constexpr qreal PrintMarginMm = 20;

QTextCharFormat textFormat(qreal pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void insertParagraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
                     qreal topMargin = 0, bool newPage = false)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    if (newPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(block, format);
    cursor.insertText(text, format);
}

QTextTableFormat tableFormat(int headerRows, bool ruled)
{
    QTextTableFormat format;
    format.setHeaderRowCount(headerRows);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorderCollapse(true);
    format.setBorder(ruled ? 0.5 : 0);
    format.setBorderBrush(QColor(0xa0, 0xa0, 0xa0));
    if (ruled)
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return format;
}

void fillCell(QTextTable *table, int row, int column, const QString &text, Qt::Alignment alignment,
              const QTextCharFormat &format)
{
    QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = cell.blockFormat();
    block.setAlignment(alignment);
    cell.setBlockFormat(block);
    cell.insertText(text, format);
}

void insertFacts(QTextCursor &cursor, const QList<std::pair<QString, QString>> &facts)
{
    if (facts.isEmpty())
        return;
    insertParagraph(cursor, QString(), textFormat(4));
    QTextTable *table = cursor.insertTable(int(facts.size()), 2, tableFormat(0, false));
    for (int row = 0; row < facts.size(); ++row) {
        fillCell(table, row, 0, facts[row].first, Qt::AlignLeft, textFormat(9, true));
        fillCell(table, row, 1, facts[row].second, Qt::AlignLeft, textFormat(9));
    }
    cursor.movePosition(QTextCursor::End);
}

void insertTable(QTextCursor &cursor, const ReportDocumentTable &source)
{
    insertParagraph(cursor, source.title, textFormat(HeadingPointSize, true), 12);
    const int columns = int(source.headers.size());
    if (columns == 0)
        return;
    QTextTable *table
        = cursor.insertTable(int(source.rows.size()) + 1, columns, tableFormat(1, true));
    const QTextCharFormat header = textFormat(TablePointSize, true);
    QTextTableCellFormat headerCell;
    headerCell.setBackground(QColor(0xe8, 0xe8, 0xe8));
    for (int column = 0; column < columns; ++column) {
        table->cellAt(0, column).setFormat(headerCell);
        fillCell(table, 0, column, source.headers[column], source.alignments.value(column), header);
    }
    for (int row = 0; row < source.rows.size(); ++row) {
        const QTextCharFormat format
            = textFormat(TablePointSize, source.emphasized.value(row, false));
        for (int column = 0; column < columns; ++column) {
            fillCell(table, row + 1, column, source.rows[row].value(column),
                     source.alignments.value(column), format);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void insertChart(QTextDocument &document, QTextCursor &cursor, const ReportDocumentChart &chart,
                 int index, qreal textWidth)
{
    if (chart.picture.isNull())
        return;
    QStringList caption = chart.caption;
    // a page of its own: the caption stays with its picture
    insertParagraph(cursor, caption.isEmpty() ? QString() : caption.takeFirst(),
                    textFormat(HeadingPointSize, true), 0, true);
    for (const QString &line : std::as_const(caption))
        insertParagraph(cursor, line, textFormat(9));
    const QUrl name(QStringLiteral("chart%1").arg(index));
    document.addResource(QTextDocument::ImageResource, name, chart.picture);
    const QSizeF size = chart.picture.deviceIndependentSize();
    QTextImageFormat image;
    image.setName(name.toString());
    image.setWidth(textWidth);
    image.setHeight(textWidth * size.height() / size.width());
    insertParagraph(cursor, QString(), textFormat(9));
    cursor.insertImage(image);
}

} // namespace

ReportDocumentTable tableOf(const QString &title, const QTableView &view)
{
    ReportDocumentTable table;
    table.title = title;
    const QAbstractItemModel *model = view.model();
    QList<int> columns;
    for (int visual = 0; visual < view.horizontalHeader()->count(); ++visual) {
        const int column = view.horizontalHeader()->logicalIndex(visual);
        if (view.isColumnHidden(column))
            continue;
        columns.append(column);
        table.headers.append(model->headerData(column, Qt::Horizontal).toString());
        const QVariant alignment = model->index(0, column).data(Qt::TextAlignmentRole);
        table.alignments.append(alignment.isValid()
                                    ? Qt::Alignment(alignment.toInt()) & Qt::AlignHorizontal_Mask
                                    : Qt::Alignment(Qt::AlignLeft));
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells.append(model->index(row, column).data(Qt::DisplayRole).toString());
        table.rows.append(cells);
        const QVariant font = model->index(row, columns.value(0)).data(Qt::FontRole);
        table.emphasized.append(font.isValid() && font.value<QFont>().bold());
    }
    return table;
}

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QPageLayout pageLayout(QPageSize::PageSizeId pageSize)
{
    return QPageLayout(QPageSize(pageSize), QPageLayout::Landscape, QMarginsF());
}

std::unique_ptr<QTextDocument> build(const ReportDocumentContent &content,
                                     const QPageLayout &layout)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, content.title);
    // The text width print() leaves, in the document's pixels (the screen's logical DPI).
    const qreal dpi = QGuiApplication::primaryScreen()
        ? QGuiApplication::primaryScreen()->logicalDotsPerInchX()
        : 96;
    const qreal textWidth = (layout.paintRect(QPageLayout::Millimeter).width() - 2 * PrintMarginMm)
        / MillimetresPerInch * dpi;

    QTextCursor cursor(document.get());
    cursor.setCharFormat(textFormat(TitlePointSize, true));
    cursor.insertText(content.title);
    for (const QString &line : content.headline)
        insertParagraph(cursor, line, textFormat(10));
    insertFacts(cursor, content.facts);
    for (const ReportDocumentTable &table : content.tables)
        insertTable(cursor, table);
    for (int i = 0; i < content.charts.size(); ++i)
        insertChart(*document, cursor, content.charts[i], i, textWidth);
    return document;
}

void print(const ReportDocumentContent &content, QPagedPaintDevice &device)
{
    const std::unique_ptr<QTextDocument> document = build(content, device.pageLayout());
    document->print(&device);
}

Status writePdf(const QString &path, const ReportDocumentContent &content,
                QPageSize::PageSizeId pageSize)
{
    const auto cannotWrite = [&path](const QString &reason) {
        return Error { QCoreApplication::translate("ReportDocument", "Cannot write %1: %2")
                           .arg(QFileInfo(path).fileName(), reason) };
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(pageLayout(pageSize));
        writer.setResolution(300);
        writer.setTitle(content.title);
        writer.setCreator(
            QStringLiteral("ChannelScope %1").arg(QCoreApplication::applicationVersion()));
        print(content, writer);
    }
    if (file.size() == 0)
        return cannotWrite(QCoreApplication::translate("ReportDocument", "nothing was drawn"));
    return commitSaveFile(file);
}

} // namespace cs::ReportDocument
