#include "exportpage.h"

#include "common/localeformat.h"
#include "common/messagebanner.h"
#include "common/tableview.h"
#include "connection/passwordstore.h"
#include "db/databasetask.h"
#include "export/exportcatchup.h"
#include "export/exportcredentials.h"
#include "export/exporttask.h"
#include "exportpreviewmodel.h"
#include "exportrunchannelmodel.h"
#include "exportrunmodel.h"
#include "exportstatusview.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextCharFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace cs {

namespace {

constexpr int PreviewDebounceMs = 150;
constexpr int HistoryLimit = 500;
// Missed days listed by name in the banner; more are counted.
constexpr int MissedListed = 6;
// Run missed days asks first when there are more than this (as channelscope-cli does).
constexpr int MissedWithoutAsking = CatchUpRunsWithoutAsking;

// The export tables keep the ends of long paths and codes visible and fill the page's width.
constexpr TableStyle ExportTables { .stretchLastColumn = true, .elide = Qt::ElideMiddle };

QString shortDate(QDate date)
{
    return LocaleFormat::date(date);
}

QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// A date in the list of missed days: "Mon 23.11." style would hide the year, so the short format.
// A date exported before says what changed since.
QString dateList(const QList<QDate> &dates, const QMap<QDate, ExportDateChanges> &changed)
{
    QStringList names;
    for (const QDate &date : dates) {
        const auto changes = changed.constFind(date);
        names << (changes == changed.cend()
                      ? shortDate(date)
                      : shortDate(date) + QStringLiteral(" (") + changes->text() + u')');
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

ExportPage::ExportPage(QWidget *parent)
    : QWidget(parent)
    , m_task(new ExportTask(this))
    , m_passwords(new PasswordStore(this))
    , m_previewModel(new ExportPreviewModel(this))
    , m_runModel(new ExportRunModel(this))
    , m_runChannelModel(new ExportRunChannelModel(this))
{
    QStyle *s = style();

    // where the files go
    m_settingsLabel = new QLabel(this);
    m_settingsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsLabel->setWordWrap(true);
    m_openFolderButton
        = new QPushButton(s->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Folder"), this);
    m_openFolderButton->setToolTip(tr("Open the export folder in the file manager"));
    connect(m_openFolderButton, &QPushButton::clicked, this, &ExportPage::openExportFolder);
    m_refreshButton
        = new QPushButton(s->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), this);
    m_refreshButton->setToolTip(tr("Read the history, the missed days and the preview again"));
    connect(m_refreshButton, &QPushButton::clicked, this, &ExportPage::reload);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_settingsLabel, 1);
    settingsRow->addWidget(m_openFolderButton);
    settingsRow->addWidget(m_refreshButton);

    // missed days
    m_missedFrame = new MessageBanner(this);
    m_missedButton = new QPushButton(tr("Run &Missed Days"), m_missedFrame);
    m_missedButton->setToolTip(
        tr("Export every missed day, oldest first, each as its own run for all channels (the "
           "channels checked below do not apply); stops at the first day that ends Errored or "
           "Interrupted"));
    connect(m_missedButton, &QPushButton::clicked, this, &ExportPage::runMissedDaysInteractive);
    m_missedFrame->addWidget(m_missedButton);

    m_errorBanner = new MessageBanner(this);

    // the date and its preview
    auto *exportBox = new QGroupBox(tr("Export a date"), this);
    m_date = new QDateEdit(exportBox);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_date->setToolTip(tr("The business date to export; days not exported are marked red in "
                          "the calendar"));
    m_date->calendarWidget()->setGridVisible(true);
    auto *dateLabel = new QLabel(tr("&Date:"), exportBox);
    dateLabel->setBuddy(m_date);
    m_dateStatus = new QLabel(exportBox);
    m_dateStatus->setTextFormat(Qt::RichText);
    m_checkAllButton = new QPushButton(tr("Check &All"), exportBox);
    m_checkAllButton->setToolTip(tr("Export every channel"));
    m_checkNoneButton = new QPushButton(tr("Check &None"), exportBox);
    m_checkNoneButton->setToolTip(tr("Uncheck every channel, to pick a few"));
    connect(m_checkAllButton, &QPushButton::clicked, this,
            [this] { m_previewModel->setAllChecked(true); });
    connect(m_checkNoneButton, &QPushButton::clicked, this,
            [this] { m_previewModel->setAllChecked(false); });
    m_runButton
        = new QPushButton(s->standardIcon(QStyle::SP_MediaPlay), tr("&Run Export"), exportBox);
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &ExportPage::runExport);
    m_cancelButton
        = new QPushButton(s->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel"), exportBox);
    m_cancelButton->setToolTip(tr("Stop the export at its next step; the run ends INTERRUPTED"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportPage::cancelExport);
    m_holdCheck = new QCheckBox(tr("Hold channels with &warnings"), exportBox);
    m_holdCheck->setToolTip(
        tr("A channel with warnings (an invoice or statement that does not tie out) is written "
           "to the export folder but not sent: it ends PARTIAL_ERROR (\"held\") and its date "
           "stays missed until it is run again with this unchecked"));
    m_progress = new QProgressBar(exportBox);
    m_progress->setMinimumWidth(160);
    m_progress->setMaximumWidth(260);
    m_progress->setFormat(tr("%v of %m channels"));
    m_progressLabel = new QLabel(exportBox);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_dateStatus);
    dateRow->addStretch(1);
    dateRow->addWidget(m_progressLabel);
    dateRow->addWidget(m_progress);
    dateRow->addWidget(m_cancelButton);
    dateRow->addWidget(m_runButton);

    m_previewSummary = new QLabel(exportBox);
    m_previewSummary->setWordWrap(true);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_previewSummary, 1);
    checkRow->addWidget(m_holdCheck);
    checkRow->addWidget(m_checkAllButton);
    checkRow->addWidget(m_checkNoneButton);

    m_previewView = makeTable(exportBox, m_previewModel, ExportTables);
    m_previewView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_previewView->setToolTip(
        tr("Check the channels to export: click a box, or press Enter on a row"));
    connect(m_previewView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex check = index.siblingAtColumn(ExportPreviewModel::Channel);
        m_previewModel->setData(
            check,
            check.data(Qt::CheckStateRole).toInt() == Qt::Checked ? Qt::Unchecked : Qt::Checked,
            Qt::CheckStateRole);
    });

    m_resultFrame = new MessageBanner(exportBox);
    m_resultFrame->label()->setTextFormat(Qt::RichText);

    auto *exportLayout = new QVBoxLayout(exportBox);
    exportLayout->addLayout(dateRow);
    exportLayout->addLayout(checkRow);
    exportLayout->addWidget(m_previewView, 1);
    exportLayout->addWidget(m_resultFrame);

    // history and the details of the selected run
    auto *historyBox = new QGroupBox(tr("Run history"), this);
    m_historyView = makeTable(historyBox, m_runModel, ExportTables);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setTextElideMode(Qt::ElideRight);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExportPage::historySelectionChanged);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView);

    auto *detailsBox = new QGroupBox(tr("Channels of the selected run"), this);
    m_detailsLabel = new QLabel(tr("Select a run to see its channels."), detailsBox);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsView = makeTable(detailsBox, m_runChannelModel, ExportTables);
    m_detailsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_detailsView->setTextElideMode(Qt::ElideRight);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_detailsLabel);
    detailsLayout->addWidget(m_detailsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(exportBox);
    splitter->addWidget(historyBox);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(settingsRow);
    layout->addWidget(m_missedFrame);
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);

    m_previewTimer.setSingleShot(true);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportPage::loadPreview);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_taskBusy)
            m_previewModel->clearProgress(); // the progress was of the date run before
        updateDateStatus();
        schedulePreview();
    });
    connect(m_previewModel, &ExportPreviewModel::checkedChanged, this, &ExportPage::updateRunUi);

    connectTask();

    createActions();
    m_settingsLabel->setText(tr("No database is open."));
    m_previewSummary->setText(tr("Open a database to see what a date will export."));
    updateRunUi();
}

ExportPage::~ExportPage()
{
    // ExportTask's destructor cancels the run and waits; its late signals must not reach us.
    m_task->disconnect(this);
    m_stateRead.discard();
    m_previewRead.discard();
    m_detailsRead.discard();
}

void ExportPage::connectTask()
{
    connect(m_task, &ExportTask::dateStarted, this, &ExportPage::showDateStarted);
    connect(m_task, &ExportTask::runStarted, this, [this](qint64 runId, QDate date) {
        m_currentRun = runId;
        Q_EMIT runStarted(runId, date);
        refresh(); // the history shows the run as RUNNING
    });
    connect(m_task, &ExportTask::channelProgress, this,
            [this](const ExportChannelProgress &progress) {
                m_previewModel->setProgress(progress);
                using Phase = ExportChannelProgress::Phase;
                if (progress.phase == Phase::Done || progress.phase == Phase::Failed
                    || progress.phase == Phase::Held)
                    m_finishedChannels.insert(progress.code);
                m_progress->setMaximum(std::max(progress.total, 1));
                m_progress->setValue(int(m_finishedChannels.size()));
            });
    connect(m_task, &ExportTask::finished, this, &ExportPage::runEnded);
    connect(m_task, &ExportTask::failed, this, &ExportPage::runRefused);
    connect(m_task, &ExportTask::done, this, &ExportPage::finishQueue);
    connect(m_passwords, &PasswordStore::finished, this,
            [this](PasswordStore::Operation operation, const QString &key,
                   PasswordStore::Outcome outcome, const QString &password, const QString &) {
                if (operation != PasswordStore::Operation::Read || key != m_passwordKey)
                    return;
                m_passwordKey.clear();
                if (outcome == PasswordStore::Outcome::Ok)
                    m_exportPassword = password;
                m_taskBusy = false;
                startTask();
            });
}

void ExportPage::createActions()
{
    QStyle *s = style();
    m_runAction = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("&Run Export"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_runAction, &QAction::triggered, this, &ExportPage::runExport);
    m_missedAction = new QAction(tr("Run &Missed Days"), this);
    connect(m_missedAction, &QAction::triggered, this, &ExportPage::runMissedDaysInteractive);
    m_cancelAction
        = new QAction(s->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel Export"), this);
    connect(m_cancelAction, &QAction::triggered, this, &ExportPage::cancelExport);
    m_openFolderAction
        = new QAction(s->standardIcon(QStyle::SP_DirOpenIcon), tr("Open Export &Folder"), this);
    connect(m_openFolderAction, &QAction::triggered, this, &ExportPage::openExportFolder);
    m_refreshAction = new QAction(tr("Re&load History"), this);
    connect(m_refreshAction, &QAction::triggered, this, &ExportPage::reload);
}

QList<QAction *> ExportPage::menuActions() const
{
    return { m_runAction, m_missedAction, m_cancelAction, m_openFolderAction, m_refreshAction };
}

void ExportPage::setDatabase(const DatabaseUrl &url)
{
    m_database = url;
    // whatever is still being read is of the previous database
    m_stateRead.discard();
    m_previewRead.discard();
    m_detailsRead.discard();
    m_state.reset();
    m_runModel->setRuns({}, QTimeZone::utc());
    m_runChannelModel->setChannels({}, false);
    m_previewModel->clear();
    m_detailsLabel->setText(tr("Select a run to see its channels."));
    m_resultFrame->hide();
    hideError();
    m_settingsLabel->setText(
        tr("Reading the export settings of %1\u2026").arg(url.toDisplayString()));
    showMissed();
    updateDateStatus();
    updateRunUi();
    refresh();
}

QDate ExportPage::date() const
{
    return m_date->date();
}

void ExportPage::setDate(QDate date)
{
    m_date->setDate(date);
}

bool ExportPage::isRunning() const
{
    return m_taskBusy;
}

QList<QDate> ExportPage::missedDays() const
{
    return m_state ? m_state->missed : QList<QDate>();
}

QString ExportPage::missedText() const
{
    return m_missedFrame->text();
}

QString ExportPage::errorText() const
{
    return m_errorBanner->text();
}

QString ExportPage::resultText() const
{
    return m_resultFrame->text();
}

QString ExportPage::exportFolder() const
{
    return m_state ? m_state->directory : QString();
}

void ExportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The CLI or the timer may have run since: read the history again when the page shows.
    if (m_database && m_state && !m_stateRead.isRunning())
        refresh();
}

void ExportPage::refresh()
{
    if (!m_database)
        return;
    // A read still running may have started before what this refresh is for (the end of a
    // run): it is dropped, and the new one shows.
    m_stateRead.start(
        runOnDatabase(*m_database,
                      [](Connection &connection) {
                          return readExportOverview(connection, QDateTime::currentMSecsSinceEpoch(),
                                                    HistoryLimit);
                      }),
        this, [this](const Result<ExportOverview> &state) {
            if (!state) {
                m_stateError = true;
                showError(tr("The export history cannot be read: %1").arg(state.errorString()));
                Q_EMIT stateLoaded(false);
                return;
            }
            applyState(*state);
            Q_EMIT stateLoaded(true);
        });
}

void ExportPage::reload()
{
    refresh();
    if (m_state)
        loadPreview(); // late postings change the preview of a date already shown
}

void ExportPage::applyState(const ExportOverview &state)
{
    const bool first = !m_state.has_value();
    m_state = state;
    if (m_stateError) {
        m_stateError = false;
        hideError();
    }

    const QString destination = state.destination.isEmpty() ? tr("no upload (export.URL is empty)")
                                                            : state.destination.toHtmlEscaped();
    m_settingsLabel->setText(
        tr("<b>Export folder:</b> %1 &nbsp; <b>Upload to:</b> %2 &nbsp; <b>Format:</b> %3 "
           "&nbsp; <b>Business time zone:</b> %4 &nbsp; <span style=\"color:#666\">(change in "
           "File \u203a Settings)</span>")
            .arg(QDir::toNativeSeparators(state.directory).toHtmlEscaped(), destination,
                 state.format.toUpper(), QString::fromUtf8(state.zone.id()).toHtmlEscaped()));
    m_settingsLabel->setToolTip(
        state.destination.isEmpty() ? QString() : tr("Credentials of export.URL are never shown"));

    m_date->setMaximumDate(state.yesterday);
    if (first) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(state.yesterday);
    }

    // history; keep the selected run selected
    qint64 selected = m_selectRun;
    if (selected == 0) {
        const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            selected = rows.first().data(ExportRunModel::RunIdRole).toLongLong();
    }
    m_runModel->setRuns(state.runs, state.zone);
    fitColumns(m_historyView, { ExportRunModel::Trigger });
    const int row = selected != 0 ? m_runModel->rowOf(selected) : (state.runs.isEmpty() ? -1 : 0);
    if (row >= 0) {
        m_historyView->selectionModel()->setCurrentIndex(m_runModel->index(row, 0),
                                                         QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
        m_historyView->scrollTo(m_runModel->index(row, 0));
        if (selected != 0 && m_selectRun == selected)
            m_selectRun = 0;
        // (the selection change reads the run's channels again: a running run changes)
    } else if (state.runs.isEmpty()) {
        m_runChannelModel->setChannels({}, false);
        m_detailsLabel->setText(tr("No export has run on this database yet."));
    }

    showMissed();
    updateDateStatus();
    updateRunUi();
    if (first || m_previewModel->date() != m_date->date())
        loadPreview();
}

void ExportPage::showMissed()
{
    QCalendarWidget *calendar = m_date->calendarWidget();
    calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every marked date
    if (!m_state) {
        m_missedFrame->hide();
        return;
    }
    const ExportOverview &state = *m_state;
    QTextCharFormat missedFormat;
    missedFormat.setBackground(QColor(0xfd, 0xe2, 0xe1));
    missedFormat.setForeground(QColor(0x9b, 0x11, 0x0c));
    missedFormat.setFontWeight(QFont::Bold);
    missedFormat.setToolTip(tr("Not exported"));
    for (const QDate &date : state.missed) {
        const auto changes = state.changed.constFind(date);
        if (changes != state.changed.cend()) {
            QTextCharFormat changedFormat = missedFormat;
            changedFormat.setToolTip(changes->text());
            calendar->setDateTextFormat(date, changedFormat);
        } else {
            calendar->setDateTextFormat(date, missedFormat);
        }
    }

    const QString last = state.lastExported
        ? tr("The last exported date is %1.").arg(longDate(*state.lastExported))
        : tr("No date has been exported yet.");
    const int count = int(state.missed.size());
    if (count == 0) {
        m_missedFrame->setIcon(ExportStatusView::icon(ExportStatus::Completed));
        m_missedFrame->showMessage(
            MessageBanner::Kind::Good,
            tr("Every day up to %1 is exported.").arg(longDate(state.yesterday)));
        m_missedButton->hide();
    } else {
        QString text;
        if (count <= MissedListed) {
            text = tr("<b>Days not exported: %1</b> (%2). %3")
                       .arg(count)
                       .arg(dateList(state.missed, state.changed), last);
        } else {
            // the most recent ones matter most; the older ones are counted
            text = tr("<b>Days not exported: %1</b> between %2 and %3; the latest: %4. %5")
                       .arg(count)
                       .arg(shortDate(state.missed.first()), shortDate(state.missed.last()),
                            dateList(state.missed.mid(count - 3), state.changed), last);
        }
        if (!state.changed.isEmpty())
            text += u' '
                + tr("%n of them changed since they were exported: documents were added or "
                     "corrected later.",
                     nullptr, int(state.changed.size()));
        m_missedFrame->label()->setTextFormat(Qt::RichText);
        m_missedFrame->setIcon(ExportStatusView::icon(ExportStatus::PartialError));
        m_missedFrame->showMessage(MessageBanner::Kind::Warning, text);
        m_missedButton->setText(count == 1 ? tr("Run &Missed Day for All Channels")
                                           : tr("Run %1 &Missed Days for All Channels").arg(count));
        m_missedButton->show();
    }
    m_missedFrame->show();
}

void ExportPage::updateDateStatus()
{
    const QDate date = m_date->date();
    if (!m_state) {
        m_dateStatus->clear();
        return;
    }
    // the newest run of the date
    const ExportRunInfo *latest = nullptr;
    for (const ExportRunInfo &run : m_state->runs) {
        if (run.date == date) {
            latest = &run;
            break;
        }
    }
    const bool missed = m_state->missed.contains(date);
    const QStringList partly = partlyExportedChannels(date);
    const auto changes = m_state->changed.constFind(date);
    QString text;
    if (changes != m_state->changed.cend() && latest) {
        text = tr("<span style=\"color:#9b110c\"><b>%1</b></span> (last run %2: %3)")
                   .arg(changes->text().toHtmlEscaped())
                   .arg(latest->runId)
                   .arg(ExportStatusView::text(latest->status));
    } else if (missed && latest && !partly.isEmpty()) {
        text = tr("<span style=\"color:#8a5a00\"><b>partly exported</b></span>: only %1 (last "
                  "run %2: %3); the other channels are not exported yet")
                   .arg(partly.join(QStringLiteral(", ")).toHtmlEscaped())
                   .arg(latest->runId)
                   .arg(ExportStatusView::text(latest->status));
    } else if (missed && !latest) {
        text = tr("<span style=\"color:#9b110c\"><b>not exported yet</b></span>");
    } else if (missed) {
        text = tr("<span style=\"color:#9b110c\"><b>not exported</b></span> (last run %1: %2)")
                   .arg(latest->runId)
                   .arg(ExportStatusView::text(latest->status));
    } else if (latest) {
        text = tr("exported; last run %1: %2")
                   .arg(latest->runId)
                   .arg(ExportStatusView::text(latest->status));
    } else if (date < m_state->missedFrom) {
        text = tr("before the first document");
    }
    m_dateStatus->setText(text);
}

// The channels exported on `date` by completed runs for some channels only (a missed date can
// still have those).
QStringList ExportPage::partlyExportedChannels(QDate date) const
{
    QStringList channels;
    for (const ExportRunInfo &run : m_state->runs) {
        if (run.date != date || run.channelScope.isEmpty()
            || (run.status != ExportStatus::Completed && run.status != ExportStatus::PartialError))
            continue;
        for (const QString &channel : run.channelScope) {
            if (!channels.contains(channel))
                channels << channel;
        }
    }
    channels.sort();
    return channels;
}

void ExportPage::schedulePreview()
{
    m_previewRead.discard(); // a preview still being read is for another date now
    m_previewView->setEnabled(false);
    m_previewSummary->setText(tr("Reading what %1 will export\u2026").arg(longDate(date())));
    m_previewTimer.start(PreviewDebounceMs);
}

void ExportPage::loadPreview()
{
    m_previewTimer.stop();
    if (!m_database)
        return;
    const QDate date = m_date->date();
    m_previewView->setEnabled(false);
    m_previewSummary->setText(tr("Reading what %1 will export\u2026").arg(longDate(date)));
    m_previewRead.start(
        runOnDatabase(*m_database,
                      [date](Connection &connection) { return previewExport(connection, date); }),
        this, [this](const Result<ExportPreview> &preview) { showPreview(preview); });
}

void ExportPage::showPreview(const Result<ExportPreview> &preview)
{
    m_previewView->setEnabled(true);
    if (!preview) {
        m_previewModel->clear();
        m_previewSummary->setText(tr("The preview cannot be read: %1").arg(preview.errorString()));
        Q_EMIT previewFailed(preview.errorString());
        return;
    }
    m_previewModel->setPreview(*preview);
    fitColumns(m_previewView, {});
    updateRunUi();
    Q_EMIT previewShown();
}

void ExportPage::fitColumns(QTableView *view, const QList<int> &elided)
{
    // Numbers get their full width, long texts a sensible one (their tooltips show all); the
    // last column takes the rest.
    const int em = fontMetrics().horizontalAdvance(u'M');
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column + 1 < header->count(); ++column) {
        view->resizeColumnToContents(column);
        const int limit = elided.contains(column) ? 14 * em : 30 * em;
        header->resizeSection(column, std::min(header->sectionSize(column) + 8, limit));
    }
}

void ExportPage::updateRunUi()
{
    const bool busy = m_taskBusy;
    const bool ready = m_database.has_value() && m_state.has_value();
    const int rows = m_previewModel->rowCount();
    const QStringList checked = m_previewModel->checkedChannels();
    const bool all = m_previewModel->allChecked();
    const bool some = rows == 0 || !checked.isEmpty(); // no preview yet: all channels

    m_runButton->setEnabled(ready && !busy && some);
    m_runAction->setEnabled(m_runButton->isEnabled());
    if (all || rows == 0) {
        m_runButton->setText(tr("&Run Export"));
        m_runButton->setToolTip(
            tr("Export %1 for every channel (Ctrl+Shift+R)").arg(longDate(m_date->date())));
    } else {
        m_runButton->setText(tr("&Run for %1 of %2 Channels").arg(checked.size()).arg(rows));
        m_runButton->setToolTip(
            tr("Export %1 for the checked channels only: %2")
                .arg(longDate(m_date->date()), checked.join(QStringLiteral(", "))));
    }
    if (!some)
        m_runButton->setToolTip(tr("Check at least one channel"));
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy && !m_cancelled);
    m_cancelAction->setEnabled(busy && !m_cancelled);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_date->setEnabled(!busy);
    m_checkAllButton->setEnabled(!busy && rows > 0);
    m_checkNoneButton->setEnabled(!busy && rows > 0);
    m_holdCheck->setEnabled(!busy);
    const bool missed = ready && m_state && !m_state->missed.isEmpty();
    m_missedButton->setEnabled(missed && !busy);
    m_missedAction->setEnabled(missed && !busy);
    m_openFolderButton->setEnabled(ready);
    m_openFolderAction->setEnabled(ready);
    m_refreshAction->setEnabled(m_database.has_value());
    m_refreshButton->setEnabled(m_database.has_value());

    if (m_previewView->isEnabled() && m_previewModel->date().isValid()) {
        const QLocale locale;
        // Whole sentences: translations put the words in their own order.
        const QString records = tr("%n record(s)", nullptr, int(m_previewModel->checkedRecords()));
        const QString day = longDate(m_previewModel->date());
        QString text = all
            ? tr("Export of %1: %2 for all %n channel(s).", nullptr, rows).arg(day, records)
            : tr("Export of %1: %2 for %3 of %n channel(s).", nullptr, rows)
                  .arg(day, records, locale.toString(checked.size()));
        text += u' ' + tr("Every channel gets its four files, empty ones too.");
        m_previewSummary->setText(text);
    }
}

void ExportPage::runExport()
{
    if (!m_database || m_taskBusy)
        return;
    const QStringList channels
        = m_previewModel->allChecked() ? QStringList() : m_previewModel->checkedChannels();
    if (m_previewModel->rowCount() > 0 && !m_previewModel->allChecked() && channels.isEmpty()) {
        showError(tr("Check at least one channel to export."));
        return;
    }
    startQueue({ m_date->date() }, channels);
}

void ExportPage::runMissedDaysInteractive()
{
    const int count = int(missedDays().size());
    if (count > MissedWithoutAsking) {
        const auto answer = QMessageBox::question(
            this, tr("Run Missed Days"),
            tr("Export %n day(s), from %1 to %2, one run each? This can take a while; you can "
               "cancel it.",
               nullptr, count)
                .arg(longDate(missedDays().first()), longDate(missedDays().last())));
        if (answer != QMessageBox::Yes)
            return;
    }
    runMissedDays();
}

void ExportPage::runMissedDays()
{
    if (!m_database || m_taskBusy || missedDays().isEmpty())
        return;
    startQueue(missedDays(), {});
}

void ExportPage::startQueue(const QList<QDate> &dates, const QStringList &channels)
{
    hideError();
    m_resultFrame->hide();
    m_queue = dates;
    m_queueChannels = channels;
    m_queueTotal = int(dates.size());
    m_queueChannelCount = m_previewModel->rowCount();
    m_results.clear();
    m_cancelled = false;
    readPasswordThenStart();
}

void ExportPage::readPasswordThenStart()
{
    m_exportPassword.clear();
    const QString url = m_state ? m_state->url : QString();
    static const QStringList schemes { QStringLiteral("ftp"), QStringLiteral("ftps"),
                                       QStringLiteral("http"), QStringLiteral("https") };
    if (!schemes.contains(url.section(QStringLiteral("://"), 0, 0).toLower())) {
        startTask();
        return;
    }
    m_taskBusy = true;
    updateRunUi();
    m_passwordKey = ExportCredentials::keychainKey(url);
    m_passwords->read(m_passwordKey);
}

void ExportPage::startTask()
{
    if (m_queue.isEmpty() || m_cancelled) {
        finishQueue();
        return;
    }
    ExportOptions options;
    options.channels = m_queueChannels;
    options.password = m_exportPassword;
    options.holdOnWarnings = m_holdCheck->isChecked();
    if (!m_task->start(*m_database, m_queue, options)) {
        // cannot happen while m_taskBusy guards the page; kept readable all the same
        runRefused(tr("another export is still running"));
        finishQueue();
        return;
    }
    m_queue.clear();
    m_taskBusy = true;
    updateRunUi();
}

void ExportPage::showDateStarted(QDate date, int index, int total)
{
    if (m_date->date() != date)
        m_date->setDate(date); // shows the preview (and progress) of the date being exported
    m_previewModel->clearProgress();
    m_finishedChannels.clear();
    m_currentRun = 0;
    m_progress->setRange(0,
                         std::max(1,
                                  m_queueChannels.isEmpty() ? m_previewModel->rowCount()
                                                            : int(m_queueChannels.size())));
    m_progress->setValue(0);
    m_progressLabel->setText(
        total > 1
            ? tr("Exporting %1 (%2 of %3)\u2026").arg(shortDate(date)).arg(index + 1).arg(total)
            : tr("Exporting %1\u2026").arg(shortDate(date)));
}

void ExportPage::runEnded(const ExportRunResult &result)
{
    m_results.append(result);
    m_selectRun = result.runId;
    m_progress->setValue(m_progress->maximum());
    Q_EMIT runFinished(result);
    showResult(result);
}

void ExportPage::runRefused(const QString &message)
{
    showError(tr("The export did not run: %1").arg(message));
    Q_EMIT runFailed(message);
}

void ExportPage::finishQueue()
{
    if (m_cancelled && !m_results.isEmpty())
        showResult(m_results.last()); // says "cancelled after N of M"
    m_taskBusy = false;
    m_cancelled = false;
    m_queue.clear();
    updateRunUi();
    refresh();
    Q_EMIT runsDone();
}

void ExportPage::showResult(const ExportRunResult &result)
{
    QStringList warnings;
    for (const ExportChannelResult &channel : result.channels) {
        for (const QString &warning : channel.warnings)
            warnings << tr("%1: %2").arg(channel.code, warning);
    }
    QString text = catchUpSummary() + runSummary(result) + runFiles(result);
    if (!result.error.isEmpty())
        text += QStringLiteral("<br>") + result.error.toHtmlEscaped();
    for (const ExportChannelResult &channel : result.channels) {
        if (channel.status != ExportStatus::Completed && !channel.error.isEmpty())
            text += QStringLiteral("<br>")
                + tr("Channel %1: %2").arg(channel.code, channel.error).toHtmlEscaped();
    }
    if (!warnings.isEmpty()) {
        text += QStringLiteral("<br><b>") + tr("%n warning(s):", nullptr, int(warnings.size()))
            + QStringLiteral("</b> ");
        constexpr int Shown = 3;
        QStringList shown = warnings.mid(0, Shown);
        for (QString &line : shown)
            line = line.toHtmlEscaped();
        text += shown.join(QStringLiteral("; "));
        if (warnings.size() > Shown)
            text += u' '
                + tr("(and %n more, see the channels of the run below)", nullptr,
                     int(warnings.size() - Shown));
    }
    using Kind = MessageBanner::Kind;
    Kind kind = result.status == ExportStatus::Completed
        ? (warnings.isEmpty() ? Kind::Good : Kind::Warning)
        : result.status == ExportStatus::Interrupted  ? Kind::Info
        : result.status == ExportStatus::PartialError ? Kind::Warning
                                                      : Kind::Error;
    if (m_cancelled && kind == Kind::Good)
        kind = Kind::Info; // a cancelled catch-up is not a success, even if its last day was
    m_resultFrame->setIcon(
        ExportStatusView::icon(m_cancelled ? ExportStatus::Interrupted : result.status));
    m_resultFrame->showMessage(kind, text);
}

// The first line for a catch-up of several days: how far it got, and whether it was cancelled.
QString ExportPage::catchUpSummary() const
{
    if (m_queueTotal <= 1)
        return QString();
    int completed = 0;
    for (const ExportRunResult &r : std::as_const(m_results))
        completed += r.status == ExportStatus::Completed ? 1 : 0;
    const int run = int(m_results.size());
    QString text;
    if (m_cancelled)
        text = tr("<b>Missed days: cancelled after %1 of %2 days</b> (%3 completed); the "
                  "remaining days are still missed.")
                   .arg(run)
                   .arg(m_queueTotal)
                   .arg(completed);
    else if (run < m_queueTotal)
        text = tr("<b>Missed days: %1 of %2 days run</b> (%3 completed).")
                   .arg(run)
                   .arg(m_queueTotal)
                   .arg(completed);
    else
        text = tr("<b>Missed days: all %1 days run</b> (%2 completed).")
                   .arg(m_queueTotal)
                   .arg(completed);
    return text + QStringLiteral("<br>") + tr("Last run:") + u' ';
}

// "<b>date – status</b> (run N) for all 3 channels / for 1 of 3 channels: CH2, ..."
QString ExportPage::runSummary(const ExportRunResult &result) const
{
    const int channels = int(result.channels.size());
    QString text
        = tr("<b>%1 \u2013 %2</b> (run %3)")
              .arg(longDate(result.date).toHtmlEscaped(), ExportStatusView::text(result.status))
              .arg(result.runId);
    if (m_queueChannels.isEmpty()) {
        text += u' ' + tr("for all %n channel(s)", nullptr, channels);
    } else {
        QStringList codes;
        for (const ExportChannelResult &channel : result.channels)
            codes << channel.code;
        text += u' '
            + tr("for %1 of %n channel(s) only: %2", nullptr,
                 std::max(m_queueChannelCount, channels))
                  .arg(channels)
                  .arg(codes.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (result.failedChannels() > 0)
        text += tr(", %n failed", nullptr, result.failedChannels());
    if (result.heldChannels() > 0)
        text += tr(", %n held for warnings (not sent)", nullptr, result.heldChannels());
    text += tr(", %n record(s)", nullptr, int(result.records()));
    if (!result.destination.isEmpty())
        text += tr(", uploaded to %1").arg(result.destination.toHtmlEscaped());
    return text + u'.';
}

// The files the run wrote, by name (the first few; the channels of the run below list all).
QString ExportPage::runFiles(const ExportRunResult &result) const
{
    QStringList files;
    for (const ExportChannelResult &channel : result.channels) {
        for (const ExportFileResult &file : channel.files)
            files << file.relativePath;
    }
    QString text = QStringLiteral("<br>")
        + tr("%n file(s) in %1", nullptr, int(files.size()))
              .arg(QDir::toNativeSeparators(result.directory).toHtmlEscaped());
    if (files.isEmpty())
        return text + u'.';
    constexpr int Shown = 8;
    QStringList shown = files.mid(0, Shown);
    for (QString &file : shown)
        file = file.toHtmlEscaped();
    text += QStringLiteral(": ") + shown.join(QStringLiteral(", "));
    if (files.size() > Shown)
        text += u' '
            + tr("(and %n more, see the channels of the run below)", nullptr,
                 int(files.size() - Shown));
    return text + u'.';
}

void ExportPage::cancelExport()
{
    if (!m_taskBusy)
        return;
    m_cancelled = true;
    m_queue.clear(); // a keychain read in flight starts nothing
    m_task->cancel();
    m_progressLabel->setText(tr("Cancelling\u2026"));
    updateRunUi();
}

void ExportPage::openExportFolder()
{
    const QString folder = exportFolder();
    if (folder.isEmpty())
        return;
    if (!QFileInfo(folder).isDir()) {
        showError(tr("The export folder %1 does not exist yet; the first run creates it.")
                      .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        showError(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(folder)));
}

void ExportPage::showError(const QString &text)
{
    m_errorBanner->showMessage(MessageBanner::Kind::Error, text);
}

void ExportPage::hideError()
{
    m_errorBanner->clearMessage();
}

void ExportPage::historySelectionChanged()
{
    const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 runId = rows.first().data(ExportRunModel::RunIdRole).toLongLong();
    if (runId != 0)
        showRunDetails(runId);
}

void ExportPage::showRunDetails(qint64 runId)
{
    if (!m_database)
        return;
    const int row = m_runModel->rowOf(runId);
    if (row < 0)
        return;
    const ExportRunInfo run = m_runModel->run(row);
    QString header = tr("Run %1 of %2, %3 by %4 on %5 (pid %6); folder %7")
                         .arg(run.runId)
                         .arg(longDate(run.date), ExportStatusView::text(run.status),
                              ExportRunModel::triggerText(run), run.host)
                         .arg(run.pid)
                         .arg(QDir::toNativeSeparators(run.directory));
    header += run.destination.isEmpty() ? tr(", no upload")
                                        : tr(", upload to %1").arg(run.destination);
    header += tr(", %1.").arg(run.format.toUpper());
    if (!run.error.isEmpty())
        header += u'\n' + run.error;
    m_detailsLabel->setText(header);

    const bool uploads = !run.destination.isEmpty();
    m_detailsRead.start(runOnDatabase(*m_database,
                                      [runId](Connection &connection) {
                                          return ExportHistory::channels(connection, runId);
                                      }),
                        this, [this, runId, uploads](const auto &channels) {
                            showRunChannels(runId, uploads, channels);
                        });
}

void ExportPage::showRunChannels(qint64 runId, bool uploads,
                                 const Result<QList<ExportRunChannelInfo>> &channels)
{
    if (!channels) {
        m_runChannelModel->setChannels({}, uploads);
        m_detailsLabel->setText(
            tr("The channels of run %1 cannot be read: %2").arg(runId).arg(channels.errorString()));
        return;
    }
    m_runChannelModel->setChannels(*channels, uploads);
    fitColumns(m_detailsView, {});
    Q_EMIT detailsShown(runId);
}

} // namespace cs
