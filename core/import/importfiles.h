#pragma once

#include "documentupsert.h"
#include "importcontext.h"

#include <QList>
#include <QSqlQuery>

#include <initializer_list>
#include <limits>
#include <optional>
#include <span>

namespace cs {

class Decimal;
struct Currency;

// The files of the import format and how each one's rows are imported: validated field by field
// (the error names the file, line, column and reason), written with an upsert on the file's
// key, and the codes they define added to the context for the files after them.
class ImportFiles
{
public:
    using Handler = Status (ImportFiles::*)(CsvReader &csv, const QList<int> &columns);
    struct Spec
    {
        const char *name;
        std::initializer_list<const char *> columns;
        Handler handler;
    };
    // In dependency order: every file refers only to files above it.
    static std::span<const Spec> specs();

    explicit ImportFiles(ImportContext &context);

    // Imports the rows of csv, whose header has the spec's columns at columns.
    Status import(const Spec &spec, CsvReader &csv, const QList<int> &columns)
    {
        return (this->*spec.handler)(csv, columns);
    }

private:
    Status importBillingGroups(CsvReader &csv, const QList<int> &columns);
    Status importChannels(CsvReader &csv, const QList<int> &columns);
    Status importAccounts(CsvReader &csv, const QList<int> &columns);
    Status importChannelMemberships(CsvReader &csv, const QList<int> &columns);
    Status importAccountMemberships(CsvReader &csv, const QList<int> &columns);
    Status importMemberships(CsvReader &csv, const QList<int> &columns, bool channels);
    Status importProducts(CsvReader &csv, const QList<int> &columns);
    Status importRates(CsvReader &csv, const QList<int> &columns);
    Status importUsage(CsvReader &csv, const QList<int> &columns);
    Status importStatements(CsvReader &csv, const QList<int> &columns);
    Status importInvoices(CsvReader &csv, const QList<int> &columns);
    Status importInvoiceItems(CsvReader &csv, const QList<int> &columns);
    Status importPayments(CsvReader &csv, const QList<int> &columns);
    Status importPaymentFailures(CsvReader &csv, const QList<int> &columns);

    Result<QString> code(const CsvReader &csv, int column, ImportKeySet &seen) const;
    Result<QString> externalId(const CsvReader &csv, int column, ImportKeySet &seen) const;
    Result<QString> text(const CsvReader &csv, int column, bool required) const;
    Result<const ImportReference *> reference(const CsvReader &csv, int column,
                                              const ImportReferenceMap &map,
                                              const QString &what) const;
    Result<Currency> currency(const CsvReader &csv, int column) const;
    Result<qint64> timestamp(const CsvReader &csv, int column) const;
    Result<qint64> date(const CsvReader &csv, int column) const;
    Result<qint64> money(const CsvReader &csv, int column, const Currency &currency) const;
    Result<Decimal> decimal(const CsvReader &csv, int column) const;

    Result<QSqlQuery> prepare(const QString &sql);
    Status execute(QSqlQuery &query, const CsvReader &csv);

    // The four document tables: written through DocumentUpsert, each real change logged in
    // document_change. `values`: external id, account id, the date column's instant, the rest.
    Result<DocumentUpsert> prepareDocuments(const QString &table, const QStringList &columns);
    Status writeDocument(DocumentUpsert &upsert, const QString &stream, const CsvReader &csv,
                         const QVariantList &values);
    Status logItemChange(const CsvReader &csv, const DocumentUpsert::Outcome &outcome,
                         qint64 invoiceId);
    Status logAddedDocuments(const QString &stream, const QString &table,
                             const QString &dateColumn);
    Result<DocumentChangeLog *> changeLog();

    ImportContext &m_context;
    std::optional<DocumentChangeLog> m_changeLog;
    qint64 m_maxIdBefore = 0; // of the document table being imported
    // Invoices with a larger id are new in this import: their items need no log of their own.
    qint64 m_invoicesAddedAbove = std::numeric_limits<qint64>::max();
};

} // namespace cs
