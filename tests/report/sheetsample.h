#pragma once

#include "report/reportresult.h"

#include <QTimeZone>

namespace cs::test {

// A billing-group report written by hand for the spreadsheet profiles: names with accents, CJK,
// quotes, the list separators and a leading '=', usage beyond a spreadsheet's 15 digits (10^15
// bytes and more with 6 decimals), JPY without decimals, BHD with three, a line without spend
// and a comparison.
inline ReportResult sheetSample()
{
    const auto dec = [](const char *text) { return *Decimal::parse(QString::fromLatin1(text)); };
    ReportResult result;
    result.request.scope = ReportScope::BillingGroup;
    result.request.code = QStringLiteral("BG-Ü");
    result.request.from = QDate(2026, 3, 1);
    result.request.to = QDate(2026, 3, 31);
    result.request.timeZoneId = QStringLiteral("Europe/Berlin");
    result.request.compare = ComparisonKind::PreviousPeriod;
    result.scopeName = QStringLiteral("Grüße \"Nord\"; Süd, 東京");
    const auto line = [&](const char *code, const QString &name, const char *uom, const char *usage,
                          std::optional<Decimal> spend, const char *currency) {
        ReportLine l;
        l.billingGroupCode = result.request.code;
        l.billingGroupName = result.scopeName;
        l.productCode = QString::fromLatin1(code);
        l.productName = name;
        l.productCategory = QStringLiteral("Catégorie");
        l.uom = QString::fromLatin1(uom);
        l.usage = dec(usage);
        l.spend = spend;
        l.currency = QString::fromLatin1(currency);
        l.accounts = 3;
        return l;
    };
    result.productLines = {
        line("BYTES", QStringLiteral("Bytes sent – 東京リージョン"), "Bytes",
             "1234567890123456789.123456", dec("151.85"), "EUR"),
        line("EQ", QStringLiteral("=SUM(A1:A2)"), "count", "7.000000", std::nullopt, "EUR"),
        line("VM", QStringLiteral("Running VM \"large\"; x, y"), "Compute-Hours", "22.500000",
             dec("1234567.89"), "EUR"),
        line("NEG", QStringLiteral("-minus and @at"), "GB-Months", "0.000001", dec("0.01"), "EUR"),
        line("VM", QStringLiteral("Running VM \"large\"; x, y"), "Compute-Hours", "9999.999999",
             dec("70000"), "JPY"),
        line("IP", QStringLiteral("Ünïcødé ÀÉÎ ß"), "IP-Month", "31.000000", dec("1.125"), "BHD"),
    };
    result.channelLines = result.productLines;
    result.comparison.kind = ComparisonKind::PreviousPeriod;
    result.comparison.from = QDate(2026, 2, 1);
    result.comparison.to = QDate(2026, 2, 28);
    result.comparison.dataStart = QDate(2025, 1, 1);
    result.comparison.covered = true;
    for (qsizetype i = 0; i < result.productLines.size(); ++i) {
        Change change;
        change.compared = true;
        change.usage = dec("-1.500000");
        change.spend = result.productLines.at(i).spend;
        change.percent = dec("12.5");
        change.isNew = i == 1;
        result.comparison.productChanges.append(change);
    }
    result.comparison.channelChanges = result.comparison.productChanges;
    result.warnings = { QStringLiteral("no EUR rate for product =SUM(A1:A2) (EQ)") };
    return result;
}

} // namespace cs::test
