#include "changecolumns.h"

#include "common/localeformat.h"
#include "report/reportlineorder.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cs {

QVariant ChangeCells::percentValue(const Change &change)
{
    return ReportLines::sortKey(ReportLine(), change, SheetColumn::ChangePercent);
}

QString ChangeCells::percentText(const Change &change, CellUse use)
{
    if (!change.compared)
        return QString();
    if (change.isNew)
        return use == CellUse::Screen ? tr("new") : QStringLiteral("new");
    if (!change.percent)
        return QString();
    const Decimal &percent = *change.percent;
    if (use == CellUse::Clipboard)
        return LocaleFormat::decimal(percent, QLocale(), false);
    const QString arrow = percent.isNegative()
        ? QStringLiteral("\u25bc\u00a0")
        : (percent.isZero() ? QString() : QStringLiteral("\u25b2\u00a0"));
    const Decimal magnitude = percent.isNegative() ? percent.negated() : percent;
    return arrow + LocaleFormat::decimal(magnitude) + u'\u00a0' + QLocale().percent();
}

QString ChangeCells::deltaText(const QVariant &value, CellUse use)
{
    const QString text = CellText::of(value, use);
    if (value.isValid() && value.value<Decimal>().signum() > 0)
        return u'+' + text;
    return text;
}

QString ChangeCells::usageDeltaText(const std::optional<Decimal> &delta, const QString &uom,
                                    CellUse use)
{
    if (!delta)
        return QString();
    const QString text = CellText::usage(delta->isNegative() ? delta->negated() : *delta, uom, use);
    if (delta->isNegative())
        return u'-' + text;
    return delta->signum() > 0 ? u'+' + text : text;
}

QString ChangeCells::usageDeltaToolTip(const Decimal &delta, const QString &uom)
{
    const QString sign = delta.isNegative()
        ? QStringLiteral("-")
        : (delta.signum() > 0 ? QStringLiteral("+") : QString());
    return tr("Exactly %1%2")
        .arg(sign, LocaleFormat::exactUsage(delta.isNegative() ? delta.negated() : delta, uom));
}

QVariant ChangeCells::foreground(const std::optional<Decimal> &delta)
{
    if (!delta || delta->isZero())
        return {};
    return QBrush(delta->isNegative() ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
}

QString ChangeCells::notComparedTip(const ReportComparison &comparison)
{
    if (!comparison.isActive() || comparison.covered)
        return QString();
    if (!comparison.dataStart.isValid())
        return tr("No usage in the database to compare with");
    return tr("Not compared: the comparison period %1 \u2013 %2 starts before the data (no data "
              "before %3)")
        .arg(LocaleFormat::date(comparison.from), LocaleFormat::date(comparison.to),
             LocaleFormat::date(comparison.dataStart));
}

} // namespace cs
