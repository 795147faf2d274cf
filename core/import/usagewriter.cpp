#include "usagewriter.h"

#include "db/connection.h"
#include "importcontext.h"
#include "postgrescopywriter.h"
#include "sqlitebulkwriter.h"

namespace cs {

std::unique_ptr<UsageWriter> UsageWriter::create(ImportContext &context, qint64 maxIdBefore)
{
    if (context.connection().isSqlite())
        return std::make_unique<SqliteBulkWriter>(context, maxIdBefore);
    return std::make_unique<PostgresCopyWriter>(context, maxIdBefore);
}

} // namespace cs
