#pragma once

#include "importcontext.h"
#include "numeric/quantity.h"

#include <QByteArrayView>
#include <QList>

#include <string>

namespace cs {

// One validated row of usage.csv. id views into the reader's buffer (valid until its next row);
// account points into the context's account map.
struct UsageRow
{
    QByteArrayView id;
    const ImportReference *account = nullptr;
    qint64 productId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    StoredQuantity quantity;
};

// usage.csv being read: its reader, the indexes of its columns (id, account, product, start,
// end, quantity) and the validation of a row. A UsageSource is used by one thread at a time.
class UsageSource
{
public:
    UsageSource(CsvReader &csv, const QList<int> &columns, const ImportContext &context);
    Q_DISABLE_COPY_MOVE(UsageSource)

    CsvReader &csv() const { return m_csv; }
    int idColumn() const { return m_columns[0]; }

    // Validates the current record into row: the id is not empty, the account and product
    // exist, both timestamps parse, end is after start and at most 366 days later, the quantity
    // is in range. row keeps the account and product of the previous row as a cache, so pass
    // the same row again for the next record.
    Status parse(UsageRow &row);
    // "usage.csv line 12, column id: duplicate id in the file \"u-1\"" for the current record.
    Error duplicateIdError() const;

private:
    CsvReader &m_csv;
    const QList<int> &m_columns;
    const ImportContext &m_context;
    std::string m_lastAccount;
    std::string m_lastProduct;
};

} // namespace cs
