#pragma once

#include "db/databaseurl.h"
#include "demo/demogenerator.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QWidget;

namespace cs {

// The first start of the desktop program: with no database given and none remembered, it
// creates the deterministic demo database (channelscope-cli demo --scale 1) in the user's data
// folder and opens it, so the program is useful at once.
class FirstStart
{
    Q_DECLARE_TR_FUNCTIONS(cs::FirstStart)
public:
    // True when the first start has not been completed and no connection is remembered.
    static bool isNeeded();
    // QStandardPaths::AppDataLocation/demo.sqlite.
    static QString demoDatabasePath();

    // Progress of buildDemoDatabase: a percentage and what is being done.
    using ProgressHandler = std::function<void(int percent, const QString &step)>;

    // Writes the demo dataset to a temporary folder and imports it into a new SQLite database
    // at `path`. Blocking: call it from a worker thread. The database is built under
    // "<path>.part" and renamed at the end, so `path` never names half a database; an existing
    // `path` is refused. Fails with the generator's or the importer's message.
    static Result<DemoSummary> buildDemoDatabase(const QString &path, const DemoOptions &options,
                                                 const ProgressHandler &progress = {});

    // Creates the demo database at demoDatabasePath() (unless it exists already) in the
    // background while a modal progress dialog is shown over `parent`, then marks the first
    // start as done and makes the database the last connection. Returns its URL, or the error
    // (which it has not shown: the caller does).
    static Result<DatabaseUrl> createDemoDatabase(QWidget *parent);
};

} // namespace cs
