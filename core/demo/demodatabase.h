#pragma once

#include "demogenerator.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace cs {

class Connection;

// What DemoDatabase::fill() wrote and how long it took.
struct DemoImport
{
    DemoSummary summary;
    qint64 writeMs = 0; // writing the dataset files
    qint64 importMs = 0; // importing them
};

// The demo database workflow of both front ends: `channelscope-cli demo` fills the database it is
// given, the desktop program's first start creates a new SQLite file. Both write the demo
// dataset (DemoGenerator) to a temporary folder and import it, reporting progress and stopping
// when asked to; a canceled or failed creation leaves nothing behind.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(cs::DemoDatabase)
public:
    // A percentage (0 to 100, never falling) and what is being done.
    using ProgressHandler = std::function<void(int percent, const QString &step)>;
    // Asked now and then on the working thread: true stops the work.
    using CancelCheck = std::function<bool()>;

    // Writes the dataset for `options`, in the database's business time zone, and imports it
    // into `connection` in one transaction: all or nothing. Canceled: fails with
    // canceledMessage() and the database is as before.
    static Result<DemoImport> fill(Connection &connection, DemoOptions options,
                                   const ProgressHandler &progress = {},
                                   const CancelCheck &canceled = {});

    // Creates a new SQLite database at `path` and fills it. Blocking: call it from a worker
    // thread. It is built under "<path>.part" and renamed at the end, so `path` never names half
    // a database; a failed or canceled creation removes the part file. An existing `path` is
    // refused.
    static Result<DemoSummary> create(const QString &path, const DemoOptions &options,
                                      const ProgressHandler &progress = {},
                                      const CancelCheck &canceled = {});

    // create() on a pool thread. The future reports progress as its progress value (0 to 100)
    // and text; setting *canceled stops the work, whose result is then the canceled error.
    static QFuture<Result<DemoSummary>>
    createInBackground(const QString &path, const DemoOptions &options,
                       std::shared_ptr<std::atomic<bool>> canceled);

    static QString canceledMessage();
};

} // namespace cs
