#include "firststart.h"

#include "common/latestresult.h"
#include "common/preferences.h"
#include "demo/demodatabase.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

#include <atomic>
#include <memory>

namespace cs {

namespace {

DatabaseUrl rememberDemo(const QString &path)
{
    const DatabaseUrl url = DatabaseUrl::sqlite(path);
    Preferences::firstStartDone.set(true);
    Preferences::addRecentConnection(url.toDisplayString());
    return url;
}

// The progress of a creation, with Cancel; it deletes itself once the work has ended.
class DemoProgressDialog : public QProgressDialog
{
public:
    explicit DemoProgressDialog(QWidget *parent)
        : QProgressDialog(FirstStart::tr("Creating a demo database with one year of data..."),
                          FirstStart::tr("Cancel"), 0, 100, parent)
    {
        setWindowTitle(FirstStart::tr("Welcome to ChannelScope"));
        setObjectName(QStringLiteral("firstStartProgress"));
        setWindowModality(Qt::WindowModal);
        setMinimumDuration(0);
        setAutoClose(false);
        setAutoReset(false);
        setValue(0);
        connect(this, &QProgressDialog::canceled, this, [this] { *m_canceled = true; });
    }

    void start(const QString &path, const DemoOptions &options, FirstStart::Done done,
               FirstStart::Progress progress)
    {
        m_result.start(
            DemoDatabase::createInBackground(path, options, m_canceled), this,
            [this, path, done = std::move(done)](const Result<DemoSummary> &built) {
                deleteLater();
                if (*m_canceled)
                    return;
                if (!built)
                    done(Error { FirstStart::tr("The demo database could not be created: %1")
                                     .arg(built.errorString()) });
                else
                    done(rememberDemo(path));
            },
            [this, progress = std::move(progress)](int percent, const QString &step) {
                if (*m_canceled)
                    return;
                if (!step.isEmpty())
                    setLabelText(step);
                setValue(percent);
                if (progress)
                    progress(percent);
            });
    }

private:
    std::shared_ptr<std::atomic<bool>> m_canceled = std::make_shared<std::atomic<bool>>(false);
    LatestResult<Result<DemoSummary>> m_result;
};

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

QProgressDialog *FirstStart::createDemoDatabase(QWidget *parent, Done done,
                                                const DemoOptions &options, Progress progress)
{
    const QString path = demoDatabasePath();
    if (QFileInfo::exists(path)) {
        done(rememberDemo(path));
        return nullptr;
    }
    auto *dialog = new DemoProgressDialog(parent);
    dialog->start(path, options, std::move(done), std::move(progress));
    return dialog;
}

} // namespace cs
