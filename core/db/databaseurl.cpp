#include "databaseurl.h"

#include "util/redaction.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace cs {

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.kind = DatabaseKind::Sqlite;
    url.path = path;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    if (text.isEmpty())
        return Error { tr("no database given") };
    if (text.startsWith(u"sqlite:")) {
        // sqlite:///abs/path, sqlite://relative/path or sqlite:path
        QString path = text.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2);
        if (path.isEmpty())
            return Error { tr("the sqlite URL names no file") };
        return sqlite(QUrl::fromPercentEncoding(path.toUtf8()));
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        // Checked before QUrl, whose error text would quote the password.
        if (urlHasPassword(text))
            return Error { tr("put the PostgreSQL password in PGPASSWORD, not in the URL") };
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return Error { tr("%1 is not a valid PostgreSQL URL; write "
                              "postgresql://user@host:5432/dbname")
                               .arg(redactUrl(text)) };
        DatabaseUrl result;
        result.kind = DatabaseKind::Postgresql;
        if (!url.host().isEmpty())
            result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.database = url.path().mid(1);
        if (result.database.isEmpty() || result.database.contains(u'/'))
            return Error { tr("the PostgreSQL URL must name one database, as in "
                              "postgresql://user@host:5432/dbname") };
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"sslmode") {
                static const QStringList modes {
                    QStringLiteral("disable"),   QStringLiteral("allow"),
                    QStringLiteral("prefer"),    QStringLiteral("require"),
                    QStringLiteral("verify-ca"), QStringLiteral("verify-full")
                };
                if (!modes.contains(value))
                    return Error { tr("unknown sslmode \"%1\"; use one of %2")
                                       .arg(value, modes.join(QStringLiteral(", "))) };
                result.sslMode = value;
            } else {
                return Error { tr("unknown PostgreSQL URL parameter \"%1\"").arg(key) };
            }
        }
        result.password = qEnvironmentVariable("PGPASSWORD");
        return result;
    }
    if (text.contains(u"://"))
        return Error { tr("unknown database URL scheme in \"%1\"; use a file path, sqlite:///path "
                          "or postgresql://user@host:port/dbname")
                           .arg(text.section(QStringLiteral("://"), 0, 0)) };
    return sqlite(text);
}

QString DatabaseUrl::toDisplayString() const
{
    if (kind == DatabaseKind::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

} // namespace cs
