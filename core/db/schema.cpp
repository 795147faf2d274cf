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

QString tr(const char *text)
{
    return QCoreApplication::translate("Schema", text);
}

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

} // namespace

int Schema::latestVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

Result<int> Schema::currentVersion(Connection &connection)
{
    auto created = connection.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    if (!created)
        return created.error();
    auto q = connection.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status Schema::migrate(Connection &connection)
{
    initMigrationResources();
    const auto current = currentVersion(connection);
    if (!current)
        return current.error();
    const int latest = latestVersion();
    if (*current > latest)
        return Error { tr("the database has schema version %1, but this ChannelScope knows only "
                          "up to version %2; use a newer ChannelScope")
                           .arg(*current)
                           .arg(latest) };
    if (*current == latest)
        return success();

    const QStringList files = migrationFiles();
    for (const QString &fileName : files) {
        const int version = versionOf(fileName);
        if (version <= *current)
            continue;
        QFile file(QStringLiteral(":/channelscope/migrations/") + fileName);
        if (!file.open(QIODevice::ReadOnly))
            return Error { tr("cannot read migration %1").arg(fileName) };
        const QString script = connection.dialect().expandSchema(QString::fromUtf8(file.readAll()));

        Transaction transaction(connection);
        if (const Status begun = transaction.begin(); !begun)
            return begun;
        if (connection.dialect().isPostgresql()) {
            // Two processes opening the same new database must not both migrate it.
            if (auto locked
                = connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7355608001)"));
                !locked)
                return locked.error();
        }
        // Another process may have migrated while we waited for the lock.
        const auto again = currentVersion(connection);
        if (!again)
            return again.error();
        if (*again >= version)
            continue;
        const QStringList statements = statementsOf(script);
        for (const QString &statement : statements) {
            if (auto done = connection.exec(statement); !done)
                return Error { tr("migration %1 failed: %2").arg(fileName, done.errorString()) };
        }
        if (auto recorded = connection.exec(QStringLiteral("DELETE FROM schema_version"));
            !recorded)
            return recorded.error();
        if (auto recorded = connection.exec(
                QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), { version });
            !recorded)
            return recorded.error();
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    }
    return success();
}

} // namespace cs
