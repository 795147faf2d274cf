#pragma once

#include "exportrecord.h"
#include "exportstream.h"

#include <QByteArray>
#include <QDate>

namespace cs {

enum class ExportFormat { Xml, Csv };

// Renders the file of one stream, channel and date. The output depends only on the arguments
// (no generation time, no run id), so a re-run with unchanged data is byte-identical.
//
// XML: <Root businessDate="D" channel="CODE" records="N"> with one element per record whose
// children are uuid, Tenant and the stream's fields; invoices nest
// <InvoiceItems><InvoiceItem>...</InvoiceItem></InvoiceItems>.
// CSV (RFC 4180, UTF-8 without BOM, CRLF): a header uuid,Tenant,fields...; invoices have one
// row per item with the InvoiceItem.* columns (an invoice without items has one row with them
// empty). Values are written as they are, never altered for spreadsheets.
namespace ExportWriter {

QByteArray render(ExportStream stream, ExportFormat format, QDate date, const QString &channelCode,
                  const QList<ExportRecord> &records);

// "xml" or "csv".
QString extension(ExportFormat format);

} // namespace ExportWriter

} // namespace cs
