#pragma once

#include "databaseurl.h"

#include <QString>

namespace cs {

// Everything that differs between SQLite and PostgreSQL SQL, in one place. All other SQL in the
// project is written once and runs on both.
class Dialect
{
public:
    explicit Dialect(DatabaseKind kind)
        : m_kind(kind)
    { }

    DatabaseKind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == DatabaseKind::Sqlite; }
    bool isPostgresql() const { return m_kind == DatabaseKind::Postgresql; }

    // Replaces the placeholders of the migration scripts:
    //   %ID%  an auto-incrementing 64-bit primary key column type
    QString expandSchema(QString sql) const;

    // "a IS b" that is true when both are NULL (IS in SQLite, IS NOT DISTINCT FROM in PostgreSQL).
    QString nullSafeEquals(const QString &left, const QString &right) const;

    // A 64-bit integer division that truncates towards zero on both databases.
    QString integerDivide(const QString &numerator, const QString &denominator) const;

private:
    DatabaseKind m_kind;
};

} // namespace cs
