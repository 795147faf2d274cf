#include "columntablemodel.h"

#include "localeformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace cs::CellText {

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(cs::CellText)
};
} // namespace

QString of(const QVariant &value, CellUse use)
{
    const bool screen = use == CellUse::Screen;
    if (!value.isValid())
        return QString();
    if (value.userType() == qMetaTypeId<Decimal>())
        return LocaleFormat::decimal(value.value<Decimal>(), QLocale(), screen);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return screen ? QLocale().toString(value.toLongLong())
                      : QString::number(value.toLongLong());
    case QMetaType::QDate:
        return LocaleFormat::date(value.toDate());
    default:
        return value.toString();
    }
}

QString usage(const Decimal &value, const QString &uom, CellUse use)
{
    if (use == CellUse::Clipboard)
        return LocaleFormat::decimal(value, QLocale(), false);
    return LocaleFormat::usage(value, uom);
}

QString usageToolTip(const Decimal &value, const QString &uom)
{
    return Texts::tr("Exactly %1").arg(LocaleFormat::exactUsage(value, uom));
}

QString usageHeaderTip()
{
    return Texts::tr("Usage in the product's unit, rounded to the decimals chosen in Settings; "
                     "bytes in KB, MB, GB and TB of 1000 each. The tooltip, copies and the CSV "
                     "keep the exact value.");
}

QString orDash(const QVariant &value, CellUse use)
{
    if (!value.isValid() && use == CellUse::Screen)
        return QStringLiteral("\u2014");
    return of(value, use);
}

} // namespace cs::CellText
