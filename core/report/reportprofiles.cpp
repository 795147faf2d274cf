#include "reportprofiles.h"

#include "reportcsv.h"
#include "reportxlsx.h"
#include "util/savefile.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ReportProfiles)
};

QString quotedIfNeeded(const QString &cell, QChar separator)
{
    if (!cell.contains(separator) && !cell.contains(u'"') && !cell.contains(u'\r')
        && !cell.contains(u'\n'))
        return cell;
    return u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString csvCell(const SheetCell &cell, const QLocale &locale, QChar separator)
{
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
        return {};
    case SheetCell::Kind::Text: {
        static const QString formulaStarts = QStringLiteral("=+-@\t\r");
        const bool formula = !cell.text.isEmpty() && formulaStarts.contains(cell.text.front());
        return quotedIfNeeded(formula ? u'\'' + cell.text : cell.text, separator);
    }
    case SheetCell::Kind::Number:
        return quotedIfNeeded(QString(cell.text).replace(u'.', locale.decimalPoint()), separator);
    case SheetCell::Kind::Date:
        return cell.date.toString(Qt::ISODate);
    }
    return {};
}

} // namespace

QString ReportProfiles::id(ExportProfile profile)
{
    switch (profile) {
    case ExportProfile::MachineCsv:
        return QStringLiteral("csv");
    case ExportProfile::ExcelCsv:
        return QStringLiteral("excel-csv");
    case ExportProfile::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

std::optional<ExportProfile> ReportProfiles::fromId(const QString &id)
{
    for (ExportProfile profile :
         { ExportProfile::MachineCsv, ExportProfile::ExcelCsv, ExportProfile::Xlsx })
        if (ReportProfiles::id(profile) == id)
            return profile;
    return std::nullopt;
}

QString ReportProfiles::suffix(ExportProfile profile)
{
    return profile == ExportProfile::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString ReportProfiles::displayName(ExportProfile profile)
{
    switch (profile) {
    case ExportProfile::MachineCsv:
        return Tr::tr("CSV for machines");
    case ExportProfile::ExcelCsv:
        return Tr::tr("CSV for Excel");
    case ExportProfile::Xlsx:
        return Tr::tr("Excel workbook (.xlsx)");
    }
    return {};
}

QChar ReportProfiles::listSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? u';' : u',';
}

QByteArray ReportProfiles::excelCsv(const ReportSheet &sheet, const QLocale &locale)
{
    const QChar separator = listSeparator(locale);
    const QString lineEnd = QStringLiteral("\r\n");
    const auto line = [&](const QList<SheetCell> &cells) -> QString {
        QStringList texts;
        for (const SheetCell &cell : cells)
            texts.append(csvCell(cell, locale, separator));
        return texts.join(separator) + lineEnd;
    };
    QList<SheetCell> header;
    for (const ReportSheet::Column &column : sheet.columns)
        header.append(SheetCell::textCell(column.title));
    QString csv = QChar(0xfeff) + line(header);
    for (const QList<SheetCell> &row : sheet.rows)
        csv += line(row);
    for (const QList<SheetCell> &row : sheet.totals)
        csv += line(row);
    csv += lineEnd;
    for (const auto &[label, value] : sheet.metadata)
        csv += line({ SheetCell::textCell(label), value });
    return csv.toUtf8();
}

QDateTime ReportProfiles::generationTime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
    return QDateTime::currentDateTimeUtc();
}

Status ReportProfiles::write(const QString &path, ExportProfile profile, const ReportResult &result,
                             const ReportSheetView &view, const QLocale &locale,
                             const QDateTime &generatedAt)
{
    switch (profile) {
    case ExportProfile::MachineCsv:
        return ReportCsv::write(path, result, view.byChannel);
    case ExportProfile::ExcelCsv:
        return writeFileAtomically(
            path, excelCsv(ReportSheets::build(result, view, generatedAt), locale));
    case ExportProfile::Xlsx:
        return ReportXlsx::write(path, ReportSheets::build(result, view, generatedAt));
    }
    return Error { Tr::tr("unknown export profile") };
}

} // namespace cs
