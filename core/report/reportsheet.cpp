#include "reportsheet.h"

#include "reportcsv.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <map>

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ReportSheet)
};

constexpr int SpreadsheetDigits = 15;

// The significant digits of a plain decimal ("-0012.3400" has 4).
int significantDigits(const QString &decimal)
{
    QString digits = decimal;
    digits.remove(u'-');
    if (digits.contains(u'.')) {
        while (digits.endsWith(u'0'))
            digits.chop(1);
        if (digits.endsWith(u'.'))
            digits.chop(1);
    }
    const bool fraction = digits.contains(u'.');
    digits.remove(u'.');
    qsizetype start = 0;
    while (start < digits.size() && digits.at(start) == u'0')
        ++start;
    qsizetype end = digits.size();
    if (!fraction)
        while (end > start && digits.at(end - 1) == u'0')
            --end; // trailing zeros of a whole number: 10^18 has one significant digit
    return int(end - start);
}

// The unit a value is shown in after dividing by 1000^steps: decimal byte multiples for bytes
// (1 KB = 1000 bytes, as the window shows them), else thousand, million...
QString scaledUnit(const QString &uom, int steps)
{
    static const char *const bytes[] { "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB" };
    if (uom.compare(u"bytes", Qt::CaseInsensitive) == 0 && steps <= 8)
        return QString::fromLatin1(bytes[steps - 1]);
    static const char *const words[] { QT_TRANSLATE_NOOP("cs::ReportSheet", "thousand"),
                                       QT_TRANSLATE_NOOP("cs::ReportSheet", "million"),
                                       QT_TRANSLATE_NOOP("cs::ReportSheet", "billion"),
                                       QT_TRANSLATE_NOOP("cs::ReportSheet", "trillion"),
                                       QT_TRANSLATE_NOOP("cs::ReportSheet", "quadrillion"),
                                       QT_TRANSLATE_NOOP("cs::ReportSheet", "quintillion"),
                                       QT_TRANSLATE_NOOP("cs::ReportSheet", "sextillion"),
                                       QT_TRANSLATE_NOOP("cs::ReportSheet", "septillion") };
    const QString word = QCoreApplication::translate("cs::ReportSheet", words[qMin(steps, 8) - 1]);
    return uom.isEmpty() ? word : word + u' ' + uom;
}

// A number a spreadsheet cannot hold, divided by 1000 until its whole part has at most three
// digits and rounded half to even to 15 significant digits (from its first 18 decimals after
// the shift: the exact value is in the column beside it).
SheetCell scaled(const Decimal &value, const QString &uom)
{
    QString digits = value.toString();
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    const qsizetype point = digits.indexOf(u'.');
    const QString whole = point < 0 ? digits : digits.left(point);
    const QString fraction = point < 0 ? QString() : digits.mid(point + 1);
    const int steps = qMax(1, int((whole.size() - 1) / 3));
    const QString shiftedWhole = whole.left(whole.size() - 3 * steps);
    const QString shiftedFraction
        = QString(whole.right(3 * steps) + fraction).left(Decimal::MaxScale);
    const QString text = (negative ? QStringLiteral("-") : QString())
        + (shiftedWhole.isEmpty() ? QStringLiteral("0") : shiftedWhole) + u'.' + shiftedFraction;
    const auto shifted = Decimal::parse(text);
    const int decimals = qMax(0, SpreadsheetDigits - int(shiftedWhole.size()));
    SheetCell cell;
    cell.kind = SheetCell::Kind::Number;
    cell.text = shifted ? shifted->rounded(decimals).toCompactString() : QStringLiteral("0");
    cell.decimals = 3;
    cell.scaleUnit = scaledUnit(uom, steps);
    return cell;
}

// The exact value beside a scaled number, with its unit or currency: a spreadsheet reads it as
// text, never as a number that would lose the digits again.
SheetCell exactText(const QString &decimal, const QString &unit)
{
    return SheetCell::textCell(unit.isEmpty() ? decimal : decimal + u' ' + unit);
}

SheetCell percentOf(const std::optional<Decimal> &part, const Decimal &total)
{
    if (!part || total.isZero())
        return {};
    const int scale = qMax(part->scale(), total.scale());
    const auto p = part->withScale(scale);
    const auto t = total.withScale(scale);
    if (!p || !t)
        return {};
    return SheetCell::number(
        Decimal::fromUnits(decimal::divideHalfEven(p->units() * 1000, t->units()), 1));
}

QString comparisonNote(const ReportComparison &comparison, const Change &change)
{
    if (!comparison.covered)
        return comparison.dataStart.isValid()
            ? Tr::tr("no data before %1").arg(comparison.dataStart.toString(Qt::ISODate))
            : Tr::tr("no data");
    return change.isNew ? Tr::tr("new") : QString();
}

} // namespace

SheetCell SheetCell::number(const Decimal &value)
{
    SheetCell cell;
    cell.kind = Kind::Number;
    cell.text = value.toString();
    cell.decimals = value.scale();
    return cell;
}

SheetCell SheetCell::number(const std::optional<Decimal> &value)
{
    return value ? number(*value) : SheetCell();
}

bool ReportSheets::fitsSpreadsheet(const QString &decimal)
{
    return significantDigits(decimal) <= SpreadsheetDigits;
}

QList<SheetColumn> ReportSheets::defaultColumns(const ReportResult &result, bool byChannel)
{
    using C = SheetColumn;
    QList<SheetColumn> columns { C::BillingGroupName,
                                 C::BillingGroupCode,
                                 C::ProductName,
                                 C::ProductCode,
                                 C::ProductCategory,
                                 C::Uom,
                                 C::Usage,
                                 C::Spend,
                                 C::Currency,
                                 C::Accounts,
                                 C::StartDate,
                                 C::EndDate };
    if (byChannel || result.request.scope == ReportScope::Channel)
        columns = QList<SheetColumn> { C::ChannelName, C::ChannelCode } + columns;
    if (result.comparison.isActive())
        columns += { C::UsageChange, C::SpendChange, C::ChangePercent, C::ComparisonNote };
    return columns;
}

QList<SheetColumn> ReportSheets::tableColumns(const ReportResult &result)
{
    using C = SheetColumn;
    // the currency first: the amounts beside it are in it
    QList<SheetColumn> columns { C::Currency, C::ProductCode, C::ProductName, C::ProductCategory,
                                 C::Usage,    C::Spend,       C::Share,       C::Accounts };
    if (result.comparison.isActive())
        columns += { C::UsageChange, C::SpendChange, C::ChangePercent };
    return withCompanions(std::move(columns));
}

QList<SheetColumn> ReportSheets::withCompanions(QList<SheetColumn> columns)
{
    if (const qsizetype usage = columns.indexOf(SheetColumn::Usage);
        usage >= 0 && !columns.contains(SheetColumn::Uom))
        columns.insert(usage + 1, SheetColumn::Uom);
    if (columns.contains(SheetColumn::SpendChange) || columns.contains(SheetColumn::UsageChange))
        columns.append(SheetColumn::ComparisonNote);
    return columns;
}

QString ReportSheets::columnTitle(SheetColumn column)
{
    switch (column) {
    case SheetColumn::ChannelName:
        return Tr::tr("Channel Name");
    case SheetColumn::ChannelCode:
        return Tr::tr("Channel Code");
    case SheetColumn::BillingGroupName:
        return Tr::tr("Billing Group Name");
    case SheetColumn::BillingGroupCode:
        return Tr::tr("Billing Group Code");
    case SheetColumn::ProductName:
        return Tr::tr("Product Name");
    case SheetColumn::ProductCode:
        return Tr::tr("Product Code");
    case SheetColumn::ProductCategory:
        return Tr::tr("Product Category");
    case SheetColumn::Uom:
        return Tr::tr("Unit");
    case SheetColumn::Usage:
        return Tr::tr("Usage");
    case SheetColumn::Spend:
        return Tr::tr("Spend");
    case SheetColumn::Currency:
        return Tr::tr("Currency");
    case SheetColumn::Share:
        return Tr::tr("Share %");
    case SheetColumn::Accounts:
        return Tr::tr("Accounts");
    case SheetColumn::StartDate:
        return Tr::tr("Start Date");
    case SheetColumn::EndDate:
        return Tr::tr("End Date");
    case SheetColumn::UsageChange:
        return Tr::tr("Usage Change");
    case SheetColumn::SpendChange:
        return Tr::tr("Spend Change");
    case SheetColumn::ChangePercent:
        return Tr::tr("Change %");
    case SheetColumn::ComparisonNote:
        return Tr::tr("Comparison Note");
    }
    return {};
}

namespace {

// Builds the rows, the totals and the metadata of one sheet.
class SheetBuilder
{
public:
    SheetBuilder(const ReportResult &result, const ReportSheetView &view)
        : m_result(result)
        , m_view(view)
        , m_lines(view.byChannel ? result.channelLines : result.productLines)
    {
        for (const ReportLine &line : m_lines)
            if (line.spend)
                m_spendTotals[line.currency]
                    = m_spendTotals[line.currency].plus(*line.spend).value_or(Decimal());
    }

    ReportSheet build(const QDateTime &generatedAt)
    {
        ReportSheet sheet;
        sheet.title = Tr::tr("Report");
        const QList<SheetColumn> ids = m_view.columns.isEmpty()
            ? ReportSheets::defaultColumns(m_result, m_view.byChannel)
            : m_view.columns;
        QList<qsizetype> order = m_view.lines.value_or(QList<qsizetype>());
        if (!m_view.lines)
            for (qsizetype i = 0; i < m_lines.size(); ++i)
                order.append(i);
        for (qsizetype index : order)
            if (index >= 0 && index < m_lines.size()) {
                m_rows.append(rowCells(ids, index));
                m_rowLines.append(index);
            }
        addExactColumns(ids, sheet);
        sheet.totals = totalRows(ids, order);
        widenTotals(sheet);
        sheet.metadata = metadata(generatedAt, order.size());
        return sheet;
    }

private:
    SheetCell cell(SheetColumn column, qsizetype index) const;
    QList<SheetCell> rowCells(const QList<SheetColumn> &ids, qsizetype index) const
    {
        QList<SheetCell> cells;
        for (SheetColumn id : ids)
            cells.append(cell(id, index));
        return cells;
    }
    void addExactColumns(const QList<SheetColumn> &ids, ReportSheet &sheet);
    QList<QList<SheetCell>> totalRows(const QList<SheetColumn> &ids,
                                      const QList<qsizetype> &order) const;
    void widenTotals(ReportSheet &sheet) const;
    QList<std::pair<QString, SheetCell>> metadata(const QDateTime &generatedAt,
                                                  qsizetype shown) const;

    const ReportResult &m_result;
    const ReportSheetView &m_view;
    const QList<ReportLine> &m_lines;
    std::map<QString, Decimal> m_spendTotals; // over every line of the result
    QList<QList<SheetCell>> m_rows;
    QList<qsizetype> m_rowLines; // the line of each row
    QList<int> m_exactAfter; // sheet column indices that got an exact column after them
};

SheetCell SheetBuilder::cell(SheetColumn column, qsizetype index) const
{
    const ReportLine &line = m_lines.at(index);
    const Change change = m_view.byChannel ? m_result.comparison.channelChange(index)
                                           : m_result.comparison.productChange(index);
    using C = SheetColumn;
    switch (column) {
    case C::ChannelName:
        return SheetCell::textCell(line.channelName);
    case C::ChannelCode:
        return SheetCell::textCell(line.channelCode);
    case C::BillingGroupName:
        return SheetCell::textCell(line.billingGroupName);
    case C::BillingGroupCode:
        return SheetCell::textCell(line.billingGroupCode);
    case C::ProductName:
        return SheetCell::textCell(line.productName);
    case C::ProductCode:
        return SheetCell::textCell(line.productCode);
    case C::ProductCategory:
        return SheetCell::textCell(line.productCategory);
    case C::Uom:
        return SheetCell::textCell(line.uom);
    case C::Usage:
        return SheetCell::number(line.usage);
    case C::Spend:
        return SheetCell::number(line.spend);
    case C::Currency:
        return SheetCell::textCell(line.currency);
    case C::Share: {
        const auto total = m_spendTotals.find(line.currency);
        return total == m_spendTotals.end() ? SheetCell() : percentOf(line.spend, total->second);
    }
    case C::Accounts:
        return SheetCell::number(Decimal::fromInteger(line.accounts));
    case C::StartDate:
        return SheetCell::dateCell(m_result.request.from);
    case C::EndDate:
        return SheetCell::dateCell(m_result.request.to);
    case C::UsageChange:
        return SheetCell::number(change.usage);
    case C::SpendChange:
        return SheetCell::number(change.spend);
    case C::ChangePercent:
        return SheetCell::number(change.percent);
    case C::ComparisonNote:
        return SheetCell::textCell(comparisonNote(m_result.comparison, change));
    }
    return {};
}

// A number column with a value beyond a spreadsheet's 15 digits gets a text column after it
// with the exact values of the rows that are scaled.
void SheetBuilder::addExactColumns(const QList<SheetColumn> &ids, ReportSheet &sheet)
{
    qsizetype inserted = 0;
    for (qsizetype column = 0; column < ids.size(); ++column) {
        const qsizetype at = column + inserted;
        const auto beyond = [at](const QList<SheetCell> &row) {
            return row.at(at).kind == SheetCell::Kind::Number
                && !ReportSheets::fitsSpreadsheet(row.at(at).text);
        };
        sheet.columns.append({ ids.at(column), ReportSheets::columnTitle(ids.at(column)) });
        if (std::none_of(m_rows.cbegin(), m_rows.cend(), beyond))
            continue;
        sheet.columns.append({ ids.at(column),
                               Tr::tr("%1 (exact)").arg(ReportSheets::columnTitle(ids.at(column))),
                               true });
        m_exactAfter.append(int(at));
        const bool usage
            = ids.at(column) == SheetColumn::Usage || ids.at(column) == SheetColumn::UsageChange;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            SheetCell exact;
            if (beyond(m_rows.at(row))) {
                SheetCell &number = m_rows[row][at];
                const ReportLine &line = m_lines.at(m_rowLines.at(row));
                exact = exactText(number.text, usage ? line.uom : line.currency);
                number = scaled(*Decimal::parse(number.text), usage ? line.uom : QString());
            }
            m_rows[row].insert(at + 1, exact);
        }
        ++inserted;
    }
    sheet.rows = m_rows;
}

} // namespace

namespace {

QList<QList<SheetCell>> SheetBuilder::totalRows(const QList<SheetColumn> &ids,
                                                const QList<qsizetype> &order) const
{
    std::map<QString, std::pair<Decimal, bool>> sums; // spend of the shown lines, incomplete
    for (qsizetype index : order) {
        if (index < 0 || index >= m_lines.size())
            continue;
        const ReportLine &line = m_lines.at(index);
        auto &[sum, incomplete] = sums[line.currency];
        if (line.spend)
            sum = sum.plus(*line.spend).value_or(sum);
        else
            incomplete = true;
    }
    QList<QList<SheetCell>> rows;
    for (const auto &[currency, sum] : sums) {
        QList<SheetCell> cells(ids.size());
        const qsizetype labelColumn = [&] {
            for (qsizetype i = 0; i < ids.size(); ++i)
                if (ids.at(i) != SheetColumn::Currency && ids.at(i) != SheetColumn::Spend)
                    return i;
            return qsizetype(-1);
        }();
        if (labelColumn >= 0)
            cells[labelColumn] = SheetCell::textCell(
                sum.second ? Tr::tr("Total %1 (without spend of unrated products)").arg(currency)
                           : Tr::tr("Total %1").arg(currency));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids.at(i) == SheetColumn::Spend)
                cells[i] = SheetCell::number(sum.first);
            else if (ids.at(i) == SheetColumn::Currency)
                cells[i] = SheetCell::textCell(currency);
        }
        rows.append(cells);
    }
    return rows;
}

// The totals get the same exact columns as the rows (and a scaled spend where needed).
void SheetBuilder::widenTotals(ReportSheet &sheet) const
{
    qsizetype currencyColumn = -1; // in the totals rows before the exact columns
    qsizetype narrow = 0;
    for (const ReportSheet::Column &column : std::as_const(sheet.columns)) {
        if (column.exact)
            continue;
        if (column.id == SheetColumn::Currency)
            currencyColumn = narrow;
        ++narrow;
    }
    for (QList<SheetCell> &row : sheet.totals) {
        const QString currency = currencyColumn >= 0 ? row.value(currencyColumn).text : QString();
        QList<SheetCell> wide;
        qsizetype source = 0;
        for (const ReportSheet::Column &column : std::as_const(sheet.columns)) {
            if (!column.exact) {
                wide.append(row.at(source++));
                continue;
            }
            SheetCell &number = wide.last();
            SheetCell exact;
            if (number.kind == SheetCell::Kind::Number
                && !ReportSheets::fitsSpreadsheet(number.text)) {
                exact = exactText(number.text, currency);
                number = scaled(*Decimal::parse(number.text), QString());
            }
            wide.append(exact);
        }
        row = wide;
    }
}

QList<std::pair<QString, SheetCell>> SheetBuilder::metadata(const QDateTime &generatedAt,
                                                            qsizetype shown) const
{
    const ReportRequest &request = m_result.request;
    const ReportComparison &comparison = m_result.comparison;
    QList<std::pair<QString, SheetCell>> rows;
    const auto add = [&rows](const QString &label, const SheetCell &value) {
        rows.append({ label, value });
    };
    const auto text = [](const QString &value) { return SheetCell::textCell(value); };
    add(Tr::tr("Scope"),
        text((request.scope == ReportScope::BillingGroup ? Tr::tr("Billing group %1 – %2")
                                                         : Tr::tr("Channel %1 – %2"))
                 .arg(request.code, m_result.scopeName)));
    add(Tr::tr("Lines"),
        text(m_view.byChannel ? Tr::tr("one per channel and product")
                              : Tr::tr("one per product and currency")));
    add(Tr::tr("From"), SheetCell::dateCell(request.from));
    add(Tr::tr("To"), SheetCell::dateCell(request.to));
    add(Tr::tr("Business time zone"), text(request.timeZoneId));
    QString compared = Tr::tr("none");
    if (comparison.isActive())
        compared
            = (comparison.kind == ComparisonKind::PreviousPeriod
                   ? Tr::tr("previous period %1 – %2")
                   : Tr::tr("same period last year %1 – %2"))
                  .arg(comparison.from.toString(Qt::ISODate), comparison.to.toString(Qt::ISODate))
            + (comparison.covered ? QString() : u"; " + comparisonNote(comparison, {}));
    add(Tr::tr("Comparison"), text(compared));
    add(Tr::tr("Currency rule"),
        text(
            Tr::tr("amounts in different currencies are never added; spend is rounded half to even "
                   "to the currency's minor unit once per line; totals are per currency")));
    if (!m_view.filterText.isEmpty())
        add(Tr::tr("Filter"), text(m_view.filterText));
    add(Tr::tr("Rows"), SheetCell::number(Decimal::fromInteger(shown)));
    add(Tr::tr("Generated at"), text(generatedAt.toUTC().toString(Qt::ISODate)));
    add(Tr::tr("Program"), text(QStringLiteral("ChannelScope " CHANNELSCOPE_VERSION)));
    for (const QString &warning : m_result.warnings)
        add(Tr::tr("Warning"), text(warning));
    if (!m_exactAfter.isEmpty())
        add(Tr::tr("Warning"),
            text(
                Tr::tr("some values have more than 15 significant digits, more than a spreadsheet "
                       "holds: they are shown scaled, with the exact value in the column beside")));
    return rows;
}

} // namespace

ReportSheet ReportSheets::build(const ReportResult &result, const ReportSheetView &view,
                                const QDateTime &generatedAt)
{
    ReportSheet sheet = SheetBuilder(result, view).build(generatedAt);
    sheet.generatedAt = generatedAt.toUTC();
    return sheet;
}

} // namespace cs
