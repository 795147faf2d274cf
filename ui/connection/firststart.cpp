#include "firststart.h"

#include "common/preferences.h"
#include "config/configuration.h"
#include "db/connection.h"
#include "import/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace cs {

namespace {

// Writing the CSV files takes about a fifth of the time, importing them the rest.
constexpr int WritePercent = 20;

} // namespace

bool FirstStart::isNeeded()
{
    return !Preferences::firstStartDone.get() && Preferences::lastConnection.get().isEmpty();
}

QString FirstStart::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo.sqlite");
}

Result<DemoSummary> FirstStart::buildDemoDatabase(const QString &path, const DemoOptions &options,
                                                  const ProgressHandler &progress)
{
    const auto report = [&progress](int percent, const QString &step) {
        if (progress)
            progress(percent, step);
    };
    if (QFileInfo::exists(path))
        return Error { tr("%1 exists already").arg(path) };
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error { tr("cannot create the folder %1").arg(folder) };
    const QString partPath = path + QStringLiteral(".part");
    if (QFileInfo::exists(partPath) && !QFile::remove(partPath))
        return Error { tr("cannot remove the unfinished %1").arg(partPath) };

    QTemporaryDir dataset;
    if (!dataset.isValid())
        return Error { tr("cannot create a temporary folder: %1").arg(dataset.errorString()) };

    Result<DemoSummary> summary = Error {};
    {
        auto connection = Connection::open(DatabaseUrl::sqlite(partPath));
        if (!connection)
            return connection.error();
        DemoOptions demo = options;
        const auto zone = Configuration::businessTimeZone(**connection);
        if (!zone)
            return zone.error();
        demo.zone = *zone;

        report(0, tr("Generating the demo data..."));
        summary = DemoGenerator(demo).writeDataset(dataset.path());
        if (!summary)
            return summary;
        const DemoSummary &s = *summary;
        const qint64 total = qMax<qint64>(1,
                                          s.billingGroups + s.channels + s.accounts + s.products
                                              + s.rates + s.usageRecords + s.statements + s.invoices
                                              + s.invoiceItems + s.payments + s.paymentFailures);
        report(WritePercent, tr("Importing the demo data..."));
        Importer importer(**connection);
        int lastPercent = -1;
        importer.setProgressHandler([&report, &lastPercent, total](qint64 rows) {
            const int percent
                = int(WritePercent + (100 - WritePercent - 1) * qMin(rows, total) / total);
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            report(percent, tr("Importing the demo data..."));
        });
        const auto imported = importer.importDirectory(dataset.path());
        if (!imported) {
            connection->reset();
            QFile::remove(partPath);
            return Error { tr("the demo data was not imported: %1").arg(imported.errorString()) };
        }
    }
    if (!QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        return Error { tr("cannot rename %1 to %2").arg(partPath, path) };
    }
    report(100, tr("Done."));
    return summary;
}

Result<DatabaseUrl> FirstStart::createDemoDatabase(QWidget *parent)
{
    const QString path = demoDatabasePath();
    if (!QFileInfo::exists(path)) {
        QProgressDialog dialog(tr("Creating a demo database with one year of data..."), QString(),
                               0, 100, parent);
        dialog.setWindowTitle(tr("Welcome to ChannelScope"));
        dialog.setObjectName(QStringLiteral("firstStartProgress"));
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setCancelButton(nullptr);
        dialog.setMinimumDuration(0);
        dialog.setAutoClose(false);
        dialog.setValue(0);

        QPointer<QProgressDialog> guard(&dialog);
        const auto progress = [guard](int percent, const QString &step) {
            QMetaObject::invokeMethod(guard, [guard, percent, step] {
                if (!guard)
                    return;
                guard->setLabelText(step);
                guard->setValue(percent);
            });
        };
        QFutureWatcher<Result<DemoSummary>> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        DemoOptions options;
        options.scale = 1;
        watcher.setFuture(QtConcurrent::run(
            [path, options, progress] { return buildDemoDatabase(path, options, progress); }));
        loop.exec();
        const auto built = watcher.result();
        if (!built)
            return Error {
                tr("The demo database could not be created: %1").arg(built.errorString())
            };
    }
    const DatabaseUrl url = DatabaseUrl::sqlite(path);
    Preferences::firstStartDone.set(true);
    Preferences::addRecentConnection(url.toDisplayString());
    return url;
}

} // namespace cs
