#pragma once

#include "util/result.h"

#include <memory>

namespace cs {

class ImportContext;
class UsageSource;

// Writes the rows of usage.csv into usage_record and the context's rollups, inside the import's
// transaction: new records are inserted, a record with an id that is already stored is replaced
// (its old version subtracted from the rollups). One implementation per database dialect: SQLite
// inserts in bulk through a virtual table (sqlitebulkwriter.h), PostgreSQL streams the rows with
// COPY and upserts them in one statement (postgrescopywriter.h).
class UsageWriter
{
public:
    virtual ~UsageWriter() = default;

    // Reads, validates and writes every remaining row of source. Fails on the first bad row (an
    // invalid field, an id twice in the file) with the error that names its line; the
    // transaction must then be rolled back.
    virtual Status write(UsageSource &source) = 0;

    // The writer for the context's connection. maxIdBefore is MAX(usage_record.id) before the
    // import (0 for an empty table).
    static std::unique_ptr<UsageWriter> create(ImportContext &context, qint64 maxIdBefore);
};

} // namespace cs
