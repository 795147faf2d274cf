#include "scopecatalog.h"

#include "config/configuration.h"
#include "db/connection.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace cs {

Result<ScopeCatalog> loadScopeCatalog(Connection &connection)
{
    ScopeCatalog catalog;
    auto groups
        = connection.exec(QStringLiteral("SELECT code, name FROM billing_group ORDER BY code"));
    if (!groups)
        return groups.error();
    QHash<QString, qsizetype> groupIndex;
    while (groups->next()) {
        groupIndex.insert(groups->value(0).toString(), catalog.groups.size());
        catalog.groups.append({ groups->value(0).toString(), groups->value(1).toString(), {} });
    }
    auto channels = connection.exec(
        QStringLiteral("SELECT c.code, c.name, c.currency, g.code FROM channel c "
                       "LEFT JOIN billing_group g ON g.id = c.billing_group_id ORDER BY c.code"));
    if (!channels)
        return channels.error();
    while (channels->next()) {
        ScopeChannel channel { channels->value(0).toString(), channels->value(1).toString(),
                               channels->value(2).toString() };
        const QVariant group = channels->value(3);
        const auto it = group.isNull() ? groupIndex.cend() : groupIndex.constFind(group.toString());
        if (it == groupIndex.cend())
            catalog.ungrouped.append(std::move(channel));
        else
            catalog.groups[*it].channels.append(std::move(channel));
    }
    auto zone = Configuration::value(connection, Configuration::BusinessTimeZone);
    if (!zone)
        return zone.error();
    catalog.businessTimeZone = *zone;
    // MIN and MAX of the indexed start: two index look-ups, even on a large table
    auto span
        = connection.exec(QStringLiteral("SELECT MIN(start_at), MAX(start_at) FROM usage_record"));
    if (!span)
        return span.error();
    if (span->next() && !span->value(0).isNull()) {
        QTimeZone businessZone(zone->toUtf8());
        if (!businessZone.isValid())
            businessZone = QTimeZone::utc();
        const auto day = [&](const QVariant &ms) {
            return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), businessZone).date();
        };
        catalog.firstDay = day(span->value(0));
        catalog.lastDay = day(span->value(1));
    }
    return catalog;
}

} // namespace cs
