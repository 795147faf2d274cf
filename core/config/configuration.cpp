#include "configuration.h"

#include "db/connection.h"
#include "report/usagerollup.h"

#include <QCoreApplication>
#include <QUrl>

namespace cs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Configuration", text);
}

} // namespace

QStringList Configuration::keys()
{
    return { BusinessTimeZone, ExportDirectory, ExportUrl, ExportFileExtension };
}

bool Configuration::isKnownKey(const QString &key)
{
    return keys().contains(key);
}

QString Configuration::defaultValue(const QString &key)
{
    if (key == BusinessTimeZone)
        return QStringLiteral("UTC");
    if (key == ExportDirectory)
        return QStringLiteral("/tmp/cloud/portal/billing-export");
    if (key == ExportFileExtension)
        return QStringLiteral("xml");
    return {};
}

QString Configuration::description(const QString &key)
{
    if (key == BusinessTimeZone)
        return tr("IANA time zone in which business days start (reports and the export job)");
    if (key == ExportDirectory)
        return tr("folder in which the daily billing export writes its files");
    if (key == ExportUrl)
        return tr("where the export uploads its files: sftp://, ftp://, ftps://, https://, "
                  "file:// or empty for none");
    if (key == ExportFileExtension)
        return tr("file format of the daily billing export: xml or csv");
    return {};
}

Result<QTimeZone> Configuration::timeZoneFromId(const QString &id)
{
    const QByteArray ianaId = id.toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(ianaId))
        return Error { tr("unknown time zone \"%1\"; use an IANA id such as UTC or "
                          "Europe/Berlin")
                           .arg(id) };
    return QTimeZone(ianaId);
}

Result<QString> Configuration::validate(const QString &key, const QString &value)
{
    if (!isKnownKey(key))
        return Error {
            tr("unknown setting \"%1\"; known settings: %2").arg(key, keys().join(u", "))
        };
    if (key == BusinessTimeZone) {
        if (auto zone = timeZoneFromId(value); !zone)
            return zone.error();
        return value;
    }
    if (key == ExportDirectory) {
        if (value.isEmpty() || !value.startsWith(u'/'))
            return Error { tr("export.directory must be an absolute path") };
        return value;
    }
    if (key == ExportUrl) {
        if (value.isEmpty())
            return value;
        const QUrl url(value, QUrl::StrictMode);
        static const QStringList schemes { QStringLiteral("sftp"), QStringLiteral("ftp"),
                                           QStringLiteral("ftps"), QStringLiteral("https"),
                                           QStringLiteral("http"), QStringLiteral("file") };
        if (!url.isValid() || !schemes.contains(url.scheme()))
            return Error { tr("export.URL must be an sftp://, ftp://, ftps://, https://, http:// "
                              "or file:// URL") };
        if (url.scheme() != u"file" && url.host().isEmpty())
            return Error { tr("export.URL names no host") };
        return value;
    }
    const QString lower = value.toLower();
    if (lower != u"xml" && lower != u"csv")
        return Error { tr("export.fileExtension must be xml or csv") };
    return lower;
}

Result<QString> Configuration::value(Connection &connection, const QString &key)
{
    if (!isKnownKey(key))
        return validate(key, {});
    auto q = connection.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), { key });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : defaultValue(key);
}

Status Configuration::setValue(Connection &connection, const QString &key, const QString &value)
{
    const auto valid = validate(key, value);
    if (!valid)
        return valid.error();
    auto store = [&]() -> Status {
        auto q = connection.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                                "ON CONFLICT (key) DO UPDATE SET value = "
                                                "excluded.value"),
                                 { key, *valid });
        if (!q)
            return q.error();
        return success();
    };
    if (key != BusinessTimeZone)
        return store();
    const auto previous = Configuration::value(connection, key);
    if (!previous)
        return previous.error();
    if (*previous == *valid)
        return store();
    // The report rollups are per business day: a new zone regroups them, in the same
    // transaction, so that no report ever sees the new zone with the old rollups.
    Transaction transaction(connection);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    if (const Status stored = store(); !stored)
        return stored;
    if (const Status rebuilt = UsageRollup::rebuild(connection); !rebuilt)
        return rebuilt;
    return transaction.commit();
}

Result<QTimeZone> Configuration::businessTimeZone(Connection &connection)
{
    const auto id = value(connection, BusinessTimeZone);
    if (!id)
        return id.error();
    return timeZoneFromId(*id);
}

} // namespace cs
