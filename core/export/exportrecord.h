#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

// One exported document, already formatted: the values of ExportStreams::fields() of its stream
// as the file shows them (exact decimals, ISO 8601 UTC instants with Z, ISO dates).
struct ExportRecord
{
    QString id; // the record's external id: "uuid" in the files
    QString account; // the account code: "Tenant" in the files
    QStringList values; // aligned with ExportStreams::fields(stream)
    QString currency;
    qint64 amountMinor = 0; // the amount the manifest sums, in minor units of `currency`
    QList<QStringList> items; // invoices only: aligned with ExportStreams::invoiceItemFields()
};

// A channel as the export sees it.
struct ExportChannel
{
    qint64 id = 0;
    QString code;
    QString name;
    QString currency;
};

} // namespace cs
