#pragma once

#include "db/databaseurl.h"
#include "util/result.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace cs {

class Connection;

struct ScopeChannel
{
    QString code;
    QString name;
    QString currency;
};

struct ScopeGroup
{
    QString code;
    QString name;
    QList<ScopeChannel> channels; // sorted by code
};

// What can be reported on: the billing groups with their channels, the channels in no group,
// and the business time zone the days start in.
struct ScopeCatalog
{
    QList<ScopeGroup> groups; // sorted by code
    QList<ScopeChannel> ungrouped; // sorted by code
    QString businessTimeZone;
};

// Reads the catalog on the calling thread's connection; fails with the database's reason.
Result<ScopeCatalog> loadScopeCatalog(Connection &connection);
// Opens a connection of its own on a pool thread and reads the catalog there.
QFuture<Result<ScopeCatalog>> loadScopeCatalogAsync(const DatabaseUrl &url);

} // namespace cs
