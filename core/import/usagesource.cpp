#include "usagesource.h"

#include "csvreader.h"
#include "fieldparser.h"
#include "importer.h"

namespace cs {

UsageSource::UsageSource(CsvReader &csv, const QList<int> &columns, const ImportContext &context)
    : m_csv(csv)
    , m_columns(columns)
    , m_context(context)
{ }

Status UsageSource::parse(UsageRow &row)
{
    const CsvReader &csv = m_csv;
    const QList<int> &c = m_columns;
    row.id = csv.field(c[0]);
    if (row.id.isEmpty())
        return importFieldError(csv, c[0], Importer::tr("empty id"));
    const QByteArrayView account = csv.field(c[1]);
    // Usage files come grouped by account and product: look up only when the code changes.
    if (!row.account || importView(account) != importView(m_lastAccount)) {
        const auto found = m_context.accounts.find(importView(account));
        if (found == m_context.accounts.end())
            return importValueError(csv, c[1], Importer::tr("unknown account"));
        row.account = &found->second;
        m_lastAccount.assign(account.data(), size_t(account.size()));
    }
    const QByteArrayView product = csv.field(c[2]);
    if (!row.productId || importView(product) != importView(m_lastProduct)) {
        const auto found = m_context.products.find(importView(product));
        if (found == m_context.products.end())
            return importValueError(csv, c[2], Importer::tr("unknown product"));
        row.productId = found->second.id;
        m_lastProduct.assign(product.data(), size_t(product.size()));
    }
    QString reason;
    const auto start = FieldParser::parseTimestamp(csv.field(c[3]), &reason);
    if (!start)
        return importValueError(csv, c[3], reason);
    const auto end = FieldParser::parseTimestamp(csv.field(c[4]), &reason);
    if (!end)
        return importValueError(csv, c[4], reason);
    if (*end <= *start)
        return importValueError(
            csv, c[4], Importer::tr("end is not after start %1").arg(shownField(csv.field(c[3]))));
    if (*end - *start > FieldParser::MaxUsageSpanMs)
        return importValueError(
            csv, c[4],
            Importer::tr("a usage record may span at most 366 days; start is %1")
                .arg(shownField(csv.field(c[3]))));
    const auto quantity = FieldParser::parseQuantity(csv.field(c[5]), &reason);
    if (!quantity)
        return importValueError(csv, c[5], reason);
    row.startMs = *start;
    row.endMs = *end;
    row.quantity = *quantity;
    return success();
}

Error UsageSource::duplicateIdError() const
{
    return importValueError(m_csv, m_columns[0], Importer::tr("duplicate id in the file"));
}

} // namespace cs
