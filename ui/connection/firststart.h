#pragma once

#include "db/databaseurl.h"
#include "demo/demogenerator.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QProgressDialog;
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

    // Receives the demo database's URL, or the error (which it has not shown: the receiver does).
    using Done = std::function<void(const Result<DatabaseUrl> &url)>;
    // Receives the percentage of the creation as it goes.
    using Progress = std::function<void(int percent)>;

    // Creates the demo database at demoDatabasePath() (DemoDatabase::create) unless it exists
    // already, then marks the first start as done, makes the database the last connection and
    // calls `done`. Returns at once: while the database is created, a window-modal progress
    // dialog over `parent` shows the progress, and its Cancel button stops the creation, which
    // leaves no file behind and never calls `done`. Returns that dialog (deleted once the work
    // has ended), or nullptr when the database existed and `done` was called already.
    static QProgressDialog *createDemoDatabase(QWidget *parent, Done done,
                                               const DemoOptions &options = {},
                                               Progress progress = {});
};

} // namespace cs
