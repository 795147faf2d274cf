#include "reportcsv.h"

#include "util/savefile.h"

namespace cs {

namespace {

const QString s_lineEnd = QStringLiteral("\r\n");

QString quoted(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\r')
        && !cell.contains(u'\n'))
        return cell;
    QString escaped = cell;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

QStringList ReportCsv::header()
{
    return { QStringLiteral("Channel Name"),
             QStringLiteral("Channel Code"),
             QStringLiteral("Billing Group Name"),
             QStringLiteral("Billing Group Code"),
             QStringLiteral("Product Name"),
             QStringLiteral("Product Code"),
             QStringLiteral("Product Category"),
             QStringLiteral("UOM"),
             QStringLiteral("Usage"),
             QStringLiteral("Spend"),
             QStringLiteral("Currency"),
             QStringLiteral("Accounts"),
             QStringLiteral("Start Date"),
             QStringLiteral("End Date") };
}

QStringList ReportCsv::comparisonHeader()
{
    return { QStringLiteral("Comparison Start Date"),
             QStringLiteral("Comparison End Date"),
             QStringLiteral("Usage Change"),
             QStringLiteral("Spend Change"),
             QStringLiteral("Change %"),
             QStringLiteral("Comparison Note") };
}

namespace {

// The comparison cells of one line: the period, the deltas, the percentage and a note ("new"
// for a change against zero, "no data before DATE" for a period the data does not cover).
QStringList comparisonCells(const ReportComparison &comparison, const Change &change)
{
    const auto number
        = [](const std::optional<Decimal> &value) { return value ? value->toString() : QString(); };
    QString note;
    if (!comparison.covered)
        note = comparison.dataStart.isValid()
            ? QStringLiteral("no data before ") + comparison.dataStart.toString(Qt::ISODate)
            : QStringLiteral("no data");
    else if (change.isNew)
        note = QStringLiteral("new");
    return { comparison.from.toString(Qt::ISODate),
             comparison.to.toString(Qt::ISODate),
             number(change.usage),
             number(change.spend),
             number(change.percent),
             note };
}

} // namespace

QString ReportCsv::textCell(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return quoted(u'\'' + text);
    return quoted(text);
}

QByteArray ReportCsv::toCsv(const ReportResult &result, bool byChannel)
{
    const ReportComparison &comparison = result.comparison;
    const bool compared = comparison.isActive();
    QString csv = (compared ? header() + comparisonHeader() : header()).join(u',') + s_lineEnd;
    const QString from = result.request.from.toString(Qt::ISODate);
    const QString to = result.request.to.toString(Qt::ISODate);
    const QList<ReportLine> &lines = byChannel ? result.channelLines : result.productLines;
    for (qsizetype row = 0; row < lines.size(); ++row) {
        const ReportLine &line = lines.at(row);
        QStringList cells { textCell(line.channelName),
                            textCell(line.channelCode),
                            textCell(line.billingGroupName),
                            textCell(line.billingGroupCode),
                            textCell(line.productName),
                            textCell(line.productCode),
                            textCell(line.productCategory),
                            textCell(line.uom),
                            line.usage.toString(),
                            line.spend ? line.spend->toString() : QString(),
                            textCell(line.currency),
                            QString::number(line.accounts),
                            from,
                            to };
        if (compared)
            cells += comparisonCells(comparison,
                                     byChannel ? comparison.channelChange(row)
                                               : comparison.productChange(row));
        csv += cells.join(u',') + s_lineEnd;
    }
    return csv.toUtf8();
}

Status ReportCsv::write(const QString &path, const ReportResult &result, bool byChannel)
{
    return writeFileAtomically(path, toCsv(result, byChannel));
}

} // namespace cs
