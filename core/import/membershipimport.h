#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace cs {

class ImportContext;

// A membership the files of an import ask for: a channel's billing group (0: none) or an
// account's channel, from effective_from. `implied` when it comes from the current column of
// channels.csv or accounts.csv: from the beginning for a new code, from today for a change.
struct PendingMembership
{
    QString code;
    qint64 value = 0;
    QString effectiveFrom;
    bool implied = false;
};

// The memberships of one import, collected while channels.csv, accounts.csv,
// channel_memberships.csv and account_memberships.csv are read, and written by apply() before
// usage.csv: membership rows, the current columns as of today, the summary, and the usage
// rollups of every account whose channel changed, re-attributed from the first changed day on
// (only that account's records are read; nothing is rebuilt).
class MembershipImport
{
public:
    std::vector<PendingMembership> channels;
    std::vector<PendingMembership> accounts;
    // The billing group (0: none) of every channel and the channel of every account before the
    // import.
    QHash<qint64, qint64> channelGroupsBefore;
    QHash<qint64, qint64> accountChannelsBefore;
    // The business date of today (YYYY-MM-DD), for changes of the current columns.
    QString today;
    // "CODE: billing group OLD -> NEW from DATE", in order.
    QStringList changes;

    bool isEmpty() const { return channels.empty() && accounts.empty(); }
    Status apply(ImportContext &context);
};

} // namespace cs
