#pragma once

#include "export/exportrun.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace cs {

// How the export page shows a run or channel status: a word, a colour and an icon whose shape
// differs per status (a tick, an exclamation mark, a cross, a square, dots), so that the status
// never depends on colour alone.
namespace ExportStatusView {

// "Completed", "Partial error", ... (translated).
QString text(ExportStatus status);
// A dark, readable text colour for the status.
QColor color(ExportStatus status);
// A small round icon with a symbol, drawn once per status.
QIcon icon(ExportStatus status);

} // namespace ExportStatusView

} // namespace cs
