#pragma once

#include <Qt>

namespace cs::ReportRoles {

enum : int {
    // The value a column sorts by: a Decimal (exact), a number, or text. An empty amount is an
    // invalid QVariant and sorts first.
    SortRole = Qt::UserRole + 1,
    // The cell as text for the clipboard: numbers in the UI locale without group separators,
    // so that a spreadsheet in the same locale reads them back as numbers.
    ClipboardRole,
    // The currency a row belongs to: the sort keeps the rows of one currency together (in
    // currency order) and sorts within it; empty for tables without currency groups.
    GroupRole,
    // True on the subtotal row of a currency group, which every sort keeps at its group's end.
    SubtotalRole,
};

} // namespace cs::ReportRoles
