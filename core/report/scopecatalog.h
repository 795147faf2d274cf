#pragma once

#include "util/result.h"

#include <QDate>
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
    // The business days of the first and the last usage record's start; invalid without usage.
    QDate firstDay;
    QDate lastDay;
};

// Reads the catalog on the calling thread's connection; fails with the database's reason. The
// front ends call it off their thread with runOnDatabase() (db/databasetask.h).
Result<ScopeCatalog> loadScopeCatalog(Connection &connection);

} // namespace cs
