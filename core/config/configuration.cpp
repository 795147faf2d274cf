#include "configuration.h"

#include "db/connection.h"
#include "report/usagerollup.h"
#include "util/redaction.h"

#include <QCoreApplication>
#include <QUrl>

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Configuration)
};

} // namespace

QStringList Configuration::keys()
{
    return { BusinessTimeZone, ExportDirectory, ExportUrl, ExportFileExtension,
             ExportCredentialsFile };
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
        return Tr::tr("IANA time zone in which business days start (reports and the export job)");
    if (key == ExportDirectory)
        return Tr::tr("folder in which the daily billing export writes its files");
    if (key == ExportUrl)
        return Tr::tr("where the export uploads its files: sftp://, ftp://, ftps://, https://, "
                      "file:// or empty for none");
    if (key == ExportFileExtension)
        return Tr::tr("file format of the daily billing export: xml or csv");
    if (key == ExportCredentialsFile)
        return Tr::tr("file with the password of export.URL for the export job (first line; mode "
                      "0600), used when CHANNELSCOPE_EXPORT_PASSWORD is not set; empty for none");
    return {};
}

Result<QTimeZone> Configuration::timeZoneFromId(const QString &id)
{
    const QByteArray ianaId = id.toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(ianaId))
        return Error { Tr::tr("unknown time zone \"%1\"; use an IANA id such as UTC or "
                              "Europe/Berlin")
                           .arg(id) };
    return QTimeZone(ianaId);
}

Result<QString> Configuration::validate(const QString &key, const QString &value)
{
    if (!isKnownKey(key))
        return Error {
            Tr::tr("unknown setting \"%1\"; known settings: %2").arg(key, keys().join(u", "))
        };
    if (key == BusinessTimeZone) {
        if (auto zone = timeZoneFromId(value); !zone)
            return zone.error();
        return value;
    }
    if (key == ExportDirectory) {
        if (value.isEmpty() || !value.startsWith(u'/'))
            return Error { Tr::tr("export.directory must be an absolute path") };
        return value;
    }
    if (key == ExportUrl) {
        if (value.isEmpty())
            return value;
        if (urlHasPassword(value))
            return Error { Tr::tr(
                "export.URL must not contain a password, as it would be stored in "
                "the database: write scheme://user@host/path and put the password "
                "in CHANNELSCOPE_EXPORT_PASSWORD or in the file named by "
                "export.credentialsFile (the GUI keeps it in the system keychain)") };
        const QUrl url(value, QUrl::StrictMode);
        static const QStringList schemes { QStringLiteral("sftp"), QStringLiteral("ftp"),
                                           QStringLiteral("ftps"), QStringLiteral("https"),
                                           QStringLiteral("http"), QStringLiteral("file") };
        if (!url.isValid() || !schemes.contains(url.scheme()))
            return Error { Tr::tr(
                "export.URL must be an sftp://, ftp://, ftps://, https://, http:// "
                "or file:// URL") };
        if (url.scheme() != u"file" && url.host().isEmpty())
            return Error { Tr::tr("export.URL names no host") };
        return value;
    }
    if (key == ExportCredentialsFile) {
        if (!value.isEmpty() && !value.startsWith(u'/'))
            return Error { Tr::tr("export.credentialsFile must be an absolute path or empty") };
        return value;
    }
    const QString lower = value.toLower();
    if (lower != u"xml" && lower != u"csv")
        return Error { Tr::tr("export.fileExtension must be xml or csv") };
    return lower;
}

Result<QString> Configuration::value(Connection &connection, const QString &key)
{
    if (!isKnownKey(key))
        return validate(key, {});
    auto q = connection.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), { key });
    if (!q)
        return q.error();
    if (!q->next())
        return defaultValue(key);
    const QString stored = q->value(0).toString();
    return key == ExportUrl ? urlWithoutPassword(stored) : stored;
}

QStringList Configuration::removeStoredPasswords(Connection &connection)
{
    auto q
        = connection.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), { ExportUrl });
    if (!q || !q->next())
        return {};
    const QString stored = q->value(0).toString();
    if (!urlHasPassword(stored))
        return {};
    const auto updated = connection.exec(
        QStringLiteral("UPDATE setting SET value = ? WHERE key = ? AND value = ?"),
        { urlWithoutPassword(stored), ExportUrl, stored });
    if (!updated)
        return { Tr::tr(
                     "export.URL in the database holds a password that could not be removed (%1); "
                     "it is neither used nor shown: store the URL again without it")
                     .arg(redactUrlsIn(updated.errorString())) };
    return { Tr::tr("removed the password that export.URL held in the database: ChannelScope keeps "
                    "none there; put it in CHANNELSCOPE_EXPORT_PASSWORD or in the file named by "
                    "export.credentialsFile (the GUI keeps it in the system keychain)") };
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

Result<QMap<QString, QString>> Configuration::values(Connection &connection)
{
    QMap<QString, QString> result;
    for (const QString &key : keys()) {
        const auto stored = value(connection, key);
        if (!stored)
            return stored.error();
        result.insert(key, *stored);
    }
    return result;
}

namespace {

// Stores every value but the business time zone, in one transaction.
Status storeAllButZone(Connection &connection, const QMap<QString, QString> &values,
                       QString &refusedKey)
{
    Transaction transaction(connection);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == Configuration::BusinessTimeZone)
            continue;
        if (const Status stored = Configuration::setValue(connection, it.key(), it.value());
            !stored) {
            refusedKey = it.key();
            return stored;
        }
    }
    return transaction.commit();
}

} // namespace

Status Configuration::setValues(Connection &connection, const QMap<QString, QString> &values,
                                QString *refusedKey)
{
    QString refused;
    const auto fail = [&](const Status &status) {
        if (refusedKey)
            *refusedKey = refused;
        return status;
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (const auto valid = validate(it.key(), it.value()); !valid) {
            refused = it.key();
            return fail(valid.error());
        }
    }
    const bool zoneGiven = values.contains(BusinessTimeZone);
    const auto previousZone = value(connection, BusinessTimeZone);
    if (!previousZone)
        return fail(previousZone.error());
    if (zoneGiven) {
        if (const Status stored = setValue(connection, BusinessTimeZone, values[BusinessTimeZone]);
            !stored) {
            refused = BusinessTimeZone;
            return fail(stored);
        }
    }
    if (const Status stored = storeAllButZone(connection, values, refused); !stored) {
        if (zoneGiven)
            (void)setValue(connection, BusinessTimeZone, *previousZone);
        return fail(stored);
    }
    return success();
}

Result<QTimeZone> Configuration::businessTimeZone(Connection &connection)
{
    const auto id = value(connection, BusinessTimeZone);
    if (!id)
        return id.error();
    return timeZoneFromId(*id);
}

} // namespace cs
