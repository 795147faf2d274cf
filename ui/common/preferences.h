#pragma once

#include <QByteArray>
#include <QDate>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cs {

// One typed value in the user's QSettings (organization "ChannelScope", application
// "ChannelScope"), after Tiled's Preference<T>: the key and the default live in one place, reads
// and writes go through QSettings each time, so two windows never hold stale copies.
//
// A stored value that cannot be converted to T reads as the default.
template<typename T> class Preference
{
public:
    Preference(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T get() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    bool isStored() const { return QSettings().contains(m_key); }
    void remove() const { QSettings().remove(m_key); }

    operator T() const { return get(); }

private:
    QString m_key;
    T m_default;
};

// The scope kinds stored in Preferences::lastScopeKind.
inline const QString ScopeKindChannel = QStringLiteral("channel");
inline const QString ScopeKindBillingGroup = QStringLiteral("billing-group");

// What the desktop program remembers between runs. Nothing here is shared with the CLI or the
// export job (those settings live in the database, see core/config/configuration.h), and no
// password is ever stored here: PostgreSQL passwords go to the system keychain.
namespace Preferences {

// QMainWindow::saveGeometry() / saveState().
inline const Preference<QByteArray> windowGeometry { QStringLiteral("window/geometry") };
inline const Preference<QByteArray> windowState { QStringLiteral("window/state") };

// The last report scope: kind is ScopeKindChannel or ScopeKindBillingGroup, code its code.
inline const Preference<QString> lastScopeKind { QStringLiteral("report/scopeKind") };
inline const Preference<QString> lastScopeCode { QStringLiteral("report/scopeCode") };

// The last range: a preset id chosen by the main window ("last-month", ..., "custom"); from and
// to matter for "custom" only.
inline const Preference<QString> lastRangePreset { QStringLiteral("report/rangePreset"),
                                                   QStringLiteral("last-month") };
inline const Preference<QDate> lastRangeFrom { QStringLiteral("report/rangeFrom") };
inline const Preference<QDate> lastRangeTo { QStringLiteral("report/rangeTo") };

// What the usage page compares a report with: Comparison::kindId() ("previous", "year",
// "none").
inline const Preference<QString> comparisonKind { QStringLiteral("report/comparison"),
                                                  QStringLiteral("previous") };

// The decimals usage is shown with (rounded, trailing zeros dropped); tooltips, copies and CSV
// keep the exact value.
inline const Preference<int> usageDecimals { QStringLiteral("report/usageDecimals"), 2 };

// The export profile the report's save dialog offers first: ReportProfiles::id() ("csv",
// "excel-csv", "xlsx"), the one chosen last.
inline const Preference<QString> exportProfile { QStringLiteral("report/exportProfile"),
                                                 QStringLiteral("csv") };

// DatabaseUrl::toDisplayString() of the connections opened, newest first, at most
// MaxRecentConnections, without passwords. Use addRecentConnection() to add one.
inline constexpr int MaxRecentConnections = 10;
inline const Preference<QStringList> recentConnections { QStringLiteral("connections/recent") };
// The connection opened last (its display string), reopened at start; empty for none.
inline const Preference<QString> lastConnection { QStringLiteral("connections/last") };

// The report recipes opened or saved, newest first, at most MaxRecentRecipes (absolute paths).
inline constexpr int MaxRecentRecipes = 8;
inline const Preference<QStringList> recentRecipes { QStringLiteral("report/recentRecipes") };

// The folder of the file picked last in a file dialog (export, open database, save chart); file
// dialogs start there.
inline const Preference<QString> lastFileFolder { QStringLiteral("files/lastFolder") };

// False until the program has finished its first start (the demo database offer).
inline const Preference<bool> firstStartDone { QStringLiteral("general/firstStartDone"), false };

// Puts `displayUrl` at the front of recentConnections (moving it there if it is listed already),
// drops the oldest beyond MaxRecentConnections and makes it the lastConnection. A display string
// that contains a password (user:secret@) is refused and nothing is stored: returns false.
bool addRecentConnection(const QString &displayUrl);
// Puts `path` at the front of recentRecipes.
void addRecentRecipe(const QString &path);
// Removes one entry from recentConnections (for a stale file).
void removeRecentConnection(const QString &displayUrl);

} // namespace Preferences

} // namespace cs
