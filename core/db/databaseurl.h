#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace cs {

enum class DatabaseKind { Sqlite, Postgresql };

// Where the data lives, as given to --db: a file path, sqlite:///path, or
// postgresql://user@host:port/dbname?sslmode=... The PostgreSQL password never appears in the
// URL: it comes from PGPASSWORD (or, in the GUI, from the keychain) and is held only in
// `password`, which toDisplayString() and every error message leave out.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(cs::DatabaseUrl)
public:
    DatabaseKind kind = DatabaseKind::Sqlite;
    QString path; // SQLite: the database file (":memory:" for an in-memory database)
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode; // empty: libpq's default

    // Parses the --db argument. A password written into a postgresql:// URL is refused, so it
    // can never end up in shell history, logs or recent-connection lists by accident.
    static Result<DatabaseUrl> parse(const QString &text);
    // The URL without a password, for messages, logs and window titles.
    QString toDisplayString() const;

    static DatabaseUrl sqlite(const QString &path);
};

} // namespace cs
