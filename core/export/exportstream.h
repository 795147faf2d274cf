#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

// The four streams of the daily billing export (CPBM's stream folders and file prefixes).
enum class ExportStream { AccountStatement, Invoice, PaymentAndCredit, PaymentFailure };

namespace ExportStreams {

// All streams, in the order the job writes them.
QList<ExportStream> all();

// "DailyAccountStatementStream", ...: the folder below export.directory.
QString folderName(ExportStream stream);
// "cpbm_account_stmt", ...: the file name prefix.
QString filePrefix(ExportStream stream);
// A short stable key for the database and manifests: "statement", "invoice", "payment",
// "failure".
QString key(ExportStream stream);
// The stream of a key(); false if the key is unknown.
bool fromKey(const QString &key, ExportStream *stream);

// The XML root element ("AccountStatements") and record element ("AccountStatement").
QString rootElement(ExportStream stream);
QString recordElement(ExportStream stream);

// The record fields after uuid and Tenant, in file order: CPBM's names first, then the fields
// ChannelScope adds (Currency, ...). See core/export/README.md.
const QStringList &fields(ExportStream stream);
// The fields of an invoice item (nested InvoiceItems/InvoiceItem in XML).
const QStringList &invoiceItemFields();

} // namespace ExportStreams

} // namespace cs
