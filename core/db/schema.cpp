#include "schema.h"

#include "connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(core_migrations);
}

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Schema)
};

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/channelscope/migrations"));
    return dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
}

int versionOf(const QString &fileName)
{
    return fileName.section(u'-', 0, 0).toInt();
}

QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// The advisory lock that serialises migrations between processes on PostgreSQL.
constexpr qint64 s_migrationLock = 7355608001;

// On PostgreSQL, why this role cannot migrate, before anything is tried: it needs CREATE on the
// schema for new tables, and to own the existing tables to alter them.
Status checkMigrationPrivileges(Connection &connection, int from, int to)
{
    if (connection.isSqlite())
        return success();
    auto q = connection.exec(QStringLiteral(
        "SELECT current_user, COALESCE(current_schema(), ''), current_schema() IS NOT NULL AND "
        "has_schema_privilege(current_schema(), 'CREATE'), (SELECT pg_get_userbyid(c.relowner) "
        "FROM pg_class c WHERE c.oid = to_regclass('schema_version')), (SELECT "
        "pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = "
        "to_regclass('schema_version'))"));
    if (!q)
        return q.error();
    if (!q->next())
        return success();
    const QString role = q->value(0).toString();
    const QString schema = q->value(1).toString();
    const QString need
        = Tr::tr("the database needs migration from schema version %1 to %2").arg(from).arg(to);
    if (!q->value(2).toBool())
        return Error { Tr::tr("%1, but role %2 lacks the CREATE privilege on schema %3; run one "
                              "command as the database owner first (see README, Databases)")
                           .arg(need, role, schema.isEmpty() ? QStringLiteral("public") : schema) };
    if (!q->value(3).isNull() && !q->value(4).toBool())
        return Error { Tr::tr("%1, but role %2 does not own the tables (owner: %3), and only their "
                              "owner may alter them; run one command as %3 first (see README, "
                              "Databases)")
                           .arg(need, role, q->value(3).toString()) };
    return success();
}

// Two processes opening the same new database must not both migrate it. On PostgreSQL a session
// advisory lock, taken before the migrations' transactions begin so that each of them sees the
// catalog as the previous holder left it; on SQLite each migration's BEGIN IMMEDIATE.
class MigrationLock
{
public:
    explicit MigrationLock(Connection &connection)
        : m_connection(connection)
    { }
    ~MigrationLock()
    {
        if (m_held)
            (void)m_connection.exec(
                QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(s_migrationLock));
    }
    Q_DISABLE_COPY_MOVE(MigrationLock)

    Status acquire()
    {
        if (m_connection.isSqlite())
            return success();
        if (auto set = m_connection.exec(
                QStringLiteral("SET lock_timeout = %1").arg(Connection::busyTimeoutMs()));
            !set)
            return set.error();
        auto locked
            = m_connection.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(s_migrationLock));
        (void)m_connection.exec(QStringLiteral("RESET lock_timeout"));
        if (!locked)
            return Error {
                Tr::tr("another process is migrating the database: %1").arg(locked.errorString())
            };
        m_held = true;
        return success();
    }

private:
    Connection &m_connection;
    bool m_held = false;
};

// Applies one migration inside the caller's transaction, unless another process applied it
// while we waited for the lock.
Status applyMigration(Connection &connection, const QString &fileName, int version)
{
    const auto again = Schema::currentVersion(connection);
    if (!again)
        return again.error();
    if (*again >= version)
        return success();
    if (*again == 0) {
        if (auto created = connection.exec(
                QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
            !created)
            return created.error();
    }
    QFile file(QStringLiteral(":/channelscope/migrations/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Tr::tr("cannot read migration %1").arg(fileName) };
    const QString script = connection.dialect().expandSchema(QString::fromUtf8(file.readAll()));
    const QStringList statements = statementsOf(script);
    for (const QString &statement : statements) {
        if (auto done = connection.exec(statement); !done)
            return Error { Tr::tr("migration %1 failed: %2").arg(fileName, done.errorString()) };
    }
    if (auto recorded = connection.exec(QStringLiteral("DELETE FROM schema_version")); !recorded)
        return recorded.error();
    if (auto recorded = connection.exec(
            QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), { version });
        !recorded)
        return recorded.error();
    return success();
}

} // namespace

int Schema::latestVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

Result<int> Schema::currentVersion(Connection &connection)
{
    auto exists = connection.exec(
        connection.isSqlite()
            ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                             "'schema_version'")
            : QStringLiteral("SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 "
                             "ELSE 1 END"));
    if (!exists)
        return exists.error();
    if (!exists->next() || exists->value(0).toInt() == 0)
        return 0;
    exists->finish();
    auto q = connection.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> Schema::check(Connection &connection)
{
    initMigrationResources();
    if (connection.isSqlite()) {
        // Any table, view, index or trigger without schema_version: another application's file.
        auto objects = connection.exec(QStringLiteral(
            "SELECT COUNT(*), SUM(CASE WHEN type = 'table' AND name = 'schema_version' THEN 1 "
            "ELSE 0 END) FROM sqlite_master"));
        if (!objects)
            return objects.error();
        if (objects->next() && objects->value(0).toInt() > 0 && objects->value(1).toInt() == 0)
            return Error { Tr::tr("the file is not a ChannelScope database (it holds tables of "
                                  "another application); it was left unchanged") };
    }
    const auto current = currentVersion(connection);
    if (!current)
        return current;
    if (*current > latestVersion())
        return Error { Tr::tr(
                           "the database has schema version %1, but this ChannelScope knows only "
                           "up to version %2; use a newer ChannelScope")
                           .arg(*current)
                           .arg(latestVersion()) };
    return current;
}

Status Schema::migrate(Connection &connection)
{
    const auto current = check(connection);
    if (!current)
        return current.error();
    const int latest = latestVersion();
    if (*current == latest)
        return success();
    if (const Status allowed = checkMigrationPrivileges(connection, *current, latest); !allowed)
        return allowed;

    MigrationLock lock(connection);
    if (const Status locked = lock.acquire(); !locked)
        return locked;
    const QStringList files = migrationFiles();
    for (const QString &fileName : files) {
        const int version = versionOf(fileName);
        if (version <= *current)
            continue;
        Transaction transaction(connection);
        if (const Status begun = transaction.begin(); !begun)
            return Error { Tr::tr("migration %1: %2").arg(fileName, begun.errorString()) };
        if (const Status applied = applyMigration(connection, fileName, version); !applied)
            return applied;
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    }
    return success();
}

} // namespace cs
