#include "exportstatusview.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cs::ExportStatusView {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportStatusView)
};

QPixmap paint(ExportStatus status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(status));
    const qreal s = size;
    painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    QPen pen(Qt::white, std::max(1.5, s / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (status) {
    case ExportStatus::Completed: {
        QPainterPath tick;
        tick.moveTo(s * 0.27, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.69);
        tick.lineTo(s * 0.74, s * 0.34);
        painter.drawPath(tick);
        break;
    }
    case ExportStatus::PartialError:
        painter.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s * 0.58));
        painter.drawPoint(QPointF(s / 2, s * 0.75));
        break;
    case ExportStatus::Errored:
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        break;
    case ExportStatus::Interrupted:
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(s * 0.33, s * 0.33, s * 0.34, s * 0.34));
        break;
    case ExportStatus::Running:
        painter.drawPoint(QPointF(s * 0.28, s / 2));
        painter.drawPoint(QPointF(s * 0.5, s / 2));
        painter.drawPoint(QPointF(s * 0.72, s / 2));
        break;
    }
    return pixmap;
}

} // namespace

QString text(ExportStatus status)
{
    switch (status) {
    case ExportStatus::Running:
        return Tr::tr("Running");
    case ExportStatus::Completed:
        return Tr::tr("Completed");
    case ExportStatus::PartialError:
        return Tr::tr("Partial error");
    case ExportStatus::Errored:
        return Tr::tr("Errored");
    case ExportStatus::Interrupted:
        return Tr::tr("Interrupted");
    }
    return QString();
}

QColor color(ExportStatus status)
{
    switch (status) {
    case ExportStatus::Running:
        return QColor(0x1f, 0x5f, 0xa8);
    case ExportStatus::Completed:
        return QColor(0x1e, 0x7b, 0x34);
    case ExportStatus::PartialError:
        return QColor(0xa8, 0x5a, 0x00);
    case ExportStatus::Errored:
        return QColor(0xb0, 0x1c, 0x16);
    case ExportStatus::Interrupted:
        return QColor(0x5f, 0x63, 0x68);
    }
    return QColor(Qt::black);
}

QIcon icon(ExportStatus status)
{
    static QHash<int, QIcon> icons;
    const auto found = icons.constFind(int(status));
    if (found != icons.cend())
        return *found;
    QIcon made;
    for (const int size : { 16, 24, 32 })
        made.addPixmap(paint(status, size));
    icons.insert(int(status), made);
    return made;
}

} // namespace cs::ExportStatusView
