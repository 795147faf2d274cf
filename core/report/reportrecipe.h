#pragma once

#include "rangepreset.h"
#include "reportlineorder.h"
#include "reportprofiles.h"
#include "reportrequest.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace cs {

// A saved report definition (a small JSON file, README "Report recipes"): what to report on, a
// range rule relative to today or fixed dates, the comparison, the grouping, the tab to show, the
// Products table's filter and sort, and the export profile. The window opens and saves them;
// `channelscope-cli report --recipe FILE` writes exactly what the window exports for one.
struct ReportRecipe
{
    static constexpr int CurrentVersion = 1;

    enum class Tab { Products, Channels, Trend, Mix };

    ReportScope scope = ReportScope::Channel;
    QString code;
    RangePreset range = RangePreset::LastMonth; // Custom: the fixed days from..to
    QDate from;
    QDate to;
    ComparisonKind compare = ComparisonKind::None;
    bool byChannel = false; // one line per channel and product (billing groups)
    Tab tab = Tab::Products;
    QString filter;
    ReportLineOrder order;
    ExportProfile profile = ExportProfile::MachineCsv;

    // The request of the recipe when today (in the business time zone, in which the report's days
    // start) is `today`.
    ReportRequest request(QDate today) const;
    // The lines and columns the recipe exports from `result`.
    ReportSheetView sheetView(const ReportResult &result) const;

    bool operator==(const ReportRecipe &) const = default;
};

namespace ReportRecipes {

// Reads and validates a recipe; the error names the file, and the line and column of a JSON
// syntax error or the key of a wrong value.
Result<ReportRecipe> read(const QString &path);
Result<ReportRecipe> parse(const QByteArray &json, const QString &fileName);
QByteArray toJson(const ReportRecipe &recipe);
// Writes the recipe atomically.
Status write(const QString &path, const ReportRecipe &recipe);

// The ids of the sortable Products table columns ("spend", "product-code", ...) and back.
QString columnId(SheetColumn column);
std::optional<SheetColumn> columnFromId(const QString &id);
QString tabId(ReportRecipe::Tab tab);

} // namespace ReportRecipes

} // namespace cs
