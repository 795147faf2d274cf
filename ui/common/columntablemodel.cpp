#include "columntablemodel.h"

#include "localeformat.h"

#include <QDate>
#include <QLocale>

namespace cs::CellText {

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

QString orDash(const QVariant &value, CellUse use)
{
    if (!value.isValid() && use == CellUse::Screen)
        return QStringLiteral("\u2014");
    return of(value, use);
}

} // namespace cs::CellText
