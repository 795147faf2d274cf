#pragma once

#include "util/result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace cs {

class Connection;

// The settings shared by the GUI, the CLI and the export job, stored in the database's setting
// table (CPBM's Configuration > Portal > Billing). Every value is validated before it is stored.
namespace Configuration {

inline const QString BusinessTimeZone = QStringLiteral("business.timezone");
inline const QString ExportDirectory = QStringLiteral("export.directory");
inline const QString ExportUrl = QStringLiteral("export.URL");
inline const QString ExportFileExtension = QStringLiteral("export.fileExtension");
inline const QString ExportCredentialsFile = QStringLiteral("export.credentialsFile");

// The known keys, in display order.
QStringList keys();
bool isKnownKey(const QString &key);
// The value a key has when nothing is stored.
QString defaultValue(const QString &key);
// A short description of a key for --help and the settings page.
QString description(const QString &key);
// Checks and normalises a value for a key ("utc" is not a zone id, "XML" becomes "xml"). An
// export.URL with a password is refused: the message says where the password goes instead
// and never repeats it.
Result<QString> validate(const QString &key, const QString &value);

// The stored value, or the default. export.URL never comes with a password, even where an older
// version stored one (see removeStoredPasswords()).
Result<QString> value(Connection &connection, const QString &key);
// Every known key with its stored value or its default.
Result<QMap<QString, QString>> values(Connection &connection);
// Validates and stores; the error says why a value was refused.
Status setValue(Connection &connection, const QString &key, const QString &value);
// Validates every value, then stores all of them or none. A new business time zone regroups the
// usage rollups in a transaction of its own, so it is stored first and set back to the stored
// zone if the other values cannot be stored. On failure, refusedKey (if given) names the key
// whose value was refused, or is empty when no value in particular was.
Status setValues(Connection &connection, const QMap<QString, QString> &values,
                 QString *refusedKey = nullptr);

// Removes a password that an older version stored in export.URL from the database (the user
// name stays). Returns the warnings to show: what was removed and where the password goes now,
// or why it could not be removed (it is neither used nor shown either way). Nothing to do:
// no warnings.
QStringList removeStoredPasswords(Connection &connection);

// The business time zone, as a QTimeZone.
Result<QTimeZone> businessTimeZone(Connection &connection);
// An IANA zone id that this system knows, or an error naming it.
Result<QTimeZone> timeZoneFromId(const QString &id);

} // namespace Configuration

} // namespace cs
