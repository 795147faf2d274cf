#include "reportexport.h"

#include "accounttablemodel.h"
#include "report/reportcsv.h"
#include "reportroles.h"
#include "util/savefile.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

namespace cs::ReportExport {

namespace {

QString stem(const ReportResult &result)
{
    return QStringLiteral("%1_%2_%3")
        .arg(result.request.code, result.request.from.toString(Qt::ISODate),
             result.request.to.toString(Qt::ISODate));
}

QString cleanCell(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

QString defaultCsvFileName(const ReportResult &result, bool byChannel)
{
    return stem(result) + (byChannel ? QStringLiteral("_by-channel.csv") : QStringLiteral(".csv"));
}

QString defaultFileName(const ReportResult &result, bool byChannel, ExportProfile profile)
{
    QString name = defaultCsvFileName(result, byChannel);
    name.chop(3);
    return name + ReportProfiles::suffix(profile);
}

QString profileFilter(ExportProfile profile)
{
    return ReportProfiles::displayName(profile) + QStringLiteral(" (*.")
        + ReportProfiles::suffix(profile) + u')';
}

QString defaultPngFileName(const ReportResult &result, const QString &what)
{
    return stem(result) + u'_' + what + QStringLiteral(".png");
}

Status writeCsv(const QString &path, const ReportResult &result, bool byChannel)
{
    return ReportCsv::write(path, result, byChannel);
}

QByteArray accountsCsv(const AccountBreakdownRequest &request, const AccountTableModel &model)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString csv = QStringLiteral("Account Code,Account Name,Channel Code,Product Code,Usage,Spend,"
                                 "Currency,Share %,Start Date,End Date")
        + lineEnd;
    const QString from = request.report.from.toString(Qt::ISODate);
    const QString to = request.report.to.toString(Qt::ISODate);
    for (const AccountLine &line : model.lines()) {
        const auto share = model.share(line);
        const QStringList cells { ReportCsv::textCell(line.accountCode),
                                  ReportCsv::textCell(line.accountName),
                                  ReportCsv::textCell(line.channelCode),
                                  ReportCsv::textCell(request.productCode),
                                  line.usage.toString(),
                                  line.spend ? line.spend->toString() : QString(),
                                  ReportCsv::textCell(line.currency),
                                  share ? share->toString() : QString(),
                                  from,
                                  to };
        csv += cells.join(u',') + lineEnd;
    }
    return csv.toUtf8();
}

Status writeAccountsCsv(const QString &path, const AccountBreakdownRequest &request,
                        const AccountTableModel &model)
{
    return writeFileAtomically(path, accountsCsv(request, model));
}

QString rowsAsTsv(const QAbstractItemModel *model, const QList<int> &rows, bool header)
{
    QStringList lines;
    const int columns = model->columnCount();
    if (header) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells.append(cleanCell(model->headerData(column, Qt::Horizontal).toString()));
        lines.append(cells.join(u'\t'));
    }
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column);
            QVariant value = index.data(ReportRoles::ClipboardRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            cells.append(cleanCell(value.toString()));
        }
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

QImage captioned(const QPixmap &chart, const QStringList &caption)
{
    const qreal ratio = chart.devicePixelRatio();
    QFont titleFont = QApplication::font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    const QFont bodyFont = QApplication::font();
    const int margin = qRound(8 * ratio);
    QList<int> heights;
    int captionHeight = caption.isEmpty() ? 0 : margin;
    for (qsizetype i = 0; i < caption.size(); ++i) {
        heights.append(qRound(QFontMetrics(i == 0 ? titleFont : bodyFont).height() * 1.15));
        captionHeight += qRound(heights.last() * ratio);
    }
    QImage image(chart.width(), chart.height() + captionHeight, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    qreal y = margin / ratio;
    for (qsizetype i = 0; i < caption.size(); ++i) {
        painter.setFont(i == 0 ? titleFont : bodyFont);
        const QRectF line(margin / ratio, y, chart.width() / ratio - 2 * margin / ratio,
                          heights.at(i));
        painter.drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(caption.at(i), Qt::ElideRight, int(line.width())));
        y += heights.at(i);
    }
    painter.drawPixmap(QPointF(0, captionHeight / ratio), chart);
    return image;
}

Status savePng(QWidget *widget, const QString &path, const QStringList &caption)
{
    const QImage picture = captioned(widget->grab(), caption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { QCoreApplication::translate("ReportExport", "Cannot write %1: %2")
                           .arg(QFileInfo(path).fileName(), file.errorString()) };
    }
    if (!picture.save(&file, "PNG")) {
        return Error { QCoreApplication::translate("ReportExport", "Cannot write %1: %2")
                           .arg(QFileInfo(path).fileName(), file.errorString()) };
    }
    return commitSaveFile(file);
}

} // namespace cs::ReportExport
