#include "usagepage.h"

#include "common/filedialogs.h"
#include "common/messagebanner.h"
#include "common/preferences.h"
#include "common/tableview.h"
#include "db/databasetask.h"
#include "report/breakdowndialog.h"
#include "report/channeltablemodel.h"
#include "report/daterangeselector.h"
#include "report/headlinewidget.h"
#include "report/mixchartwidget.h"
#include "report/producttablemodel.h"
#include "report/reportexport.h"
#include "report/reportrunner.h"
#include "report/reportsortproxy.h"
#include "report/scopetreemodel.h"
#include "report/trendchartwidget.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

namespace cs {

namespace {

constexpr int RangeDebounceMs = 350;

// The report tables sort by a click on a header; their columns can be moved.
constexpr TableStyle ReportTables { .sortable = true, .movableColumns = true };

} // namespace

UsagePage::UsagePage(QWidget *parent)
    : QWidget(parent)
    , m_runner(new ReportRunner(this))
    , m_scopeModel(new ScopeTreeModel(this))
    , m_scopeProxy(new ScopeFilterProxy(this))
    , m_productModel(new ProductTableModel(this))
    , m_productProxy(new ReportSortProxy(this))
    , m_channelModel(new ChannelTableModel(this))
    , m_channelProxy(new ReportSortProxy(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createScopePanel(splitter));
    splitter->addWidget(createResults(splitter));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 290, 990 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    createActions();

    m_runTimer.setSingleShot(true);
    connect(&m_runTimer, &QTimer::timeout, this, &UsagePage::runNow);
    connectRunner();
    restoreRange();
    connect(m_range, &DateRangeSelector::rangeChanged, this, [this] {
        saveRange();
        scheduleRun(RangeDebounceMs);
    });
    setRunningUi(false);
    updateActions();
}

UsagePage::~UsagePage()
{
    m_runner->disconnect(this);
}

QWidget *UsagePage::createScopePanel(QWidget *parent)
{
    auto *scopePanel = new QWidget(parent);
    m_scopeFilter = new QLineEdit(scopePanel);
    m_scopeFilter->setPlaceholderText(tr("Search channels and billing groups"));
    m_scopeFilter->setClearButtonEnabled(true);
    m_scopeProxy->setSourceModel(m_scopeModel);
    m_scopeView = new QTreeView(scopePanel);
    m_scopeView->setModel(m_scopeProxy);
    m_scopeView->setUniformRowHeights(true);
    m_scopeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scopeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scopeView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_scopeView->header()->setStretchLastSection(true);
    auto *scopeLabel = new QLabel(tr("&Channels and billing groups"), scopePanel);
    scopeLabel->setBuddy(m_scopeView);
    auto *scopeLayout = new QVBoxLayout(scopePanel);
    scopeLayout->setContentsMargins(6, 6, 0, 6);
    scopeLayout->addWidget(scopeLabel);
    scopeLayout->addWidget(m_scopeFilter);
    scopeLayout->addWidget(m_scopeView, 1);
    connect(m_scopeFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_scopeProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_scopeView->expandAll();
    });
    connect(m_scopeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsagePage::scopeSelectionChanged);
    return scopePanel;
}

QWidget *UsagePage::createResults(QWidget *parent)
{
    auto *results = new QWidget(parent);
    m_range = new DateRangeSelector(results);
    m_progress = new QProgressBar(results);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_cancelButton = new QPushButton(tr("Cancel"), results);
    m_cancelButton->setToolTip(tr("Stop the running report (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &UsagePage::cancelReport);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_progress);
    rangeRow->addWidget(m_cancelButton);

    m_banner = new MessageBanner(results);
    m_headline = new HeadlineWidget(results);
    m_tabs = createResultTabs(results);

    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(6, 6, 6, 6);
    resultsLayout->addLayout(rangeRow);
    resultsLayout->addWidget(m_banner);
    resultsLayout->addWidget(m_headline);
    resultsLayout->addWidget(m_tabs, 1);
    return results;
}

QTabWidget *UsagePage::createResultTabs(QWidget *parent)
{
    auto *tabs = new QTabWidget(parent);
    // products
    auto *productsPage = new QWidget(tabs);
    m_productFilter = new QLineEdit(productsPage);
    m_productFilter->setPlaceholderText(tr("Filter products (Ctrl+F)"));
    m_productFilter->setClearButtonEnabled(true);
    m_productProxy->setSourceModel(m_productModel);
    m_productView = makeTable(productsPage, m_productProxy, ReportTables);
    m_productView->sortByColumn(ProductTableModel::Spend, Qt::DescendingOrder);
    m_productView->setToolTip(tr("Double-click a product to see its accounts"));
    auto *productsLayout = new QVBoxLayout(productsPage);
    productsLayout->addWidget(m_productFilter);
    productsLayout->addWidget(m_productView, 1);
    connect(m_productFilter, &QLineEdit::textChanged, m_productProxy,
            &ReportSortProxy::setFilterTextDebounced);
    connect(m_productView, &QAbstractItemView::doubleClicked, this, &UsagePage::openDrillDown);
    tabs->addTab(productsPage, tr("&Products"));
    // channels
    m_channelProxy->setSourceModel(m_channelModel);
    m_channelView = makeTable(tabs, m_channelProxy, ReportTables);
    m_channelView->sortByColumn(ChannelTableModel::Spend, Qt::DescendingOrder);
    tabs->addTab(m_channelView, tr("C&hannels"));
    m_trend = new TrendChartWidget(tabs);
    tabs->addTab(m_trend, tr("&Trend"));
    m_mix = new MixChartWidget(tabs);
    tabs->addTab(m_mix, tr("&Mix"));
    tabs->setTabEnabled(ChannelsTab, false);
    tabs->setTabToolTip(ChannelsTab, tr("Spend per channel of a billing group"));
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        updateVisibleChart();
        updateActions();
    });
    return tabs;
}

void UsagePage::createActions()
{
    QStyle *s = style();
    m_exportAction
        = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export CSV\u2026"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the products of the report as CSV (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportCsvInteractive(false); });
    m_exportByChannelAction = new QAction(tr("Export CSV by C&hannel\u2026"), this);
    m_exportByChannelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportByChannelAction, &QAction::triggered, this,
            [this] { exportCsvInteractive(true); });
    m_saveChartAction = new QAction(tr("Save Chart as &PNG\u2026"), this);
    m_saveChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveChartAction, &QAction::triggered, this, &UsagePage::saveChartInteractive);

    createEditActions();

    m_refreshAction = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &UsagePage::refresh);
    m_cancelAction
        = new QAction(s->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel Report"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &UsagePage::cancelReport);
    m_drillDownAction = new QAction(tr("&Accounts of Product\u2026"), this);
    m_drillDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_drillDownAction, &QAction::triggered, this,
            [this] { openDrillDown(m_productView->currentIndex()); });

    m_toolBarSeparator = new QAction(this);
    m_toolBarSeparator->setSeparator(true);
}

void UsagePage::createEditActions()
{
    m_copyAction = new QAction(tr("&Copy Rows"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &UsagePage::copySelection);
    m_filterAction = new QAction(tr("&Filter Products"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(ProductsTab);
        m_productFilter->setFocus(Qt::ShortcutFocusReason);
        m_productFilter->selectAll();
    });
    m_findScopeAction = new QAction(tr("Find &Channel or Billing Group"), this);
    m_findScopeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_findScopeAction, &QAction::triggered, this, [this] {
        m_scopeFilter->setFocus(Qt::ShortcutFocusReason);
        m_scopeFilter->selectAll();
    });
}

QList<QAction *> UsagePage::fileActions() const
{
    return { m_exportAction, m_exportByChannelAction, m_saveChartAction };
}

QList<QAction *> UsagePage::editActions() const
{
    return { m_copyAction, m_filterAction, m_findScopeAction };
}

QList<QAction *> UsagePage::reportActions() const
{
    return { m_refreshAction, m_cancelAction, m_drillDownAction };
}

QList<QAction *> UsagePage::toolBarActions() const
{
    return { m_refreshAction, m_cancelAction, m_toolBarSeparator, m_exportAction,
             m_saveChartAction };
}

void UsagePage::connectRunner()
{
    connect(m_runner, &ReportRunner::started, this, [this] {
        hideBanner();
        setRunningUi(true);
    });
    connect(m_runner, &ReportRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &ReportRunner::runningChanged, this, &UsagePage::setRunningUi);
    connect(m_runner, &ReportRunner::finished, this, &UsagePage::showResult);
    connect(m_runner, &ReportRunner::failed, this, &UsagePage::showError);
    connect(m_runner, &ReportRunner::canceled, this, [this] {
        Q_EMIT statusMessage(tr("Report canceled."), 5000);
        if (!m_result)
            m_headline->clear(tr("Report canceled"));
        Q_EMIT reportFailed(tr("Report canceled."));
    });
    connect(m_runner, &ReportRunner::comparisonFinished, this,
            [this](const ReportResult &previous) {
                m_headline->setComparison(previous);
                Q_EMIT comparisonShown();
            });
    connect(m_runner, &ReportRunner::comparisonFailed, this, [this](const QString &message) {
        m_headline->setComparison(std::nullopt,
                                  tr("The previous period could not be compared: %1").arg(message));
    });
}

// The range: the last one used, else last month.
void UsagePage::restoreRange()
{
    const auto preset = DateRangeSelector::presetFromId(Preferences::lastRangePreset.get());
    if (preset == DateRangeSelector::Custom)
        m_range->setCustomRange(Preferences::lastRangeFrom.get(), Preferences::lastRangeTo.get());
    else
        m_range->setPreset(preset.value_or(DateRangeSelector::LastMonth));
}

void UsagePage::setDatabase(const DatabaseUrl &url)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_runTimer.stop();
    m_runner->cancel();
    m_database = url;
    m_runner->setDatabase(url);
    m_result.reset();
    m_scope.reset();
    updateBreakdowns(); // another database: they close
    m_productModel->setLines({});
    m_channelModel->setLines({}, {});
    m_trend->clear();
    m_mix->clear();
    m_trendStale = m_mixStale = false;
    m_headline->clear(tr("Loading channels\u2026"));
    m_scopeModel->setCatalog({});
    showBanner(tr("Reading channels and billing groups from %1\u2026").arg(url.toDisplayString()),
               false);
    m_catalog.start(runOnDatabase(url, loadScopeCatalog, Connection::OpenMode::CreateIfMissing),
                    this,
                    [this](const Result<ScopeCatalog> &catalog) { catalogFinished(catalog); });
    updateActions();
}

void UsagePage::catalogFinished(const Result<ScopeCatalog> &catalog)
{
    if (!catalog) {
        showBanner(tr("Cannot read the channels: %1").arg(catalog.errorString()), true);
        m_headline->clear(tr("No channels"));
        Q_EMIT catalogLoaded(false);
        return;
    }
    hideBanner();
    {
        const QSignalBlocker blocker(m_scopeView->selectionModel());
        m_scopeModel->setCatalog(*catalog);
    }
    m_scopeView->expandAll();
    m_scopeView->resizeColumnToContents(0);
    m_range->setTimeZone(QTimeZone(catalog->businessTimeZone.toUtf8()));
    Q_EMIT statusMessage(
        tr("%n billing group(s), %1 channel(s)", nullptr, int(catalog->groups.size())).arg([&] {
            qsizetype n = catalog->ungrouped.size();
            for (const ScopeGroup &g : catalog->groups)
                n += g.channels.size();
            return n;
        }()),
        0);
    if (catalog->groups.isEmpty() && catalog->ungrouped.isEmpty())
        showBanner(tr("This database has no channels yet. Import a dataset with "
                      "channelscope-cli import, or open the demo database."),
                   false);
    Q_EMIT catalogLoaded(true);
    restoreScope();
}

void UsagePage::restoreScope()
{
    const QString kind = Preferences::lastScopeKind.get();
    const QString code = Preferences::lastScopeCode.get();
    if (!code.isEmpty()
        && selectScope(
            kind == ScopeKindBillingGroup ? ReportScope::BillingGroup : ReportScope::Channel, code))
        return;
    // nothing remembered: the first billing group, so that the page shows something at once
    const ScopeCatalog &catalog = m_scopeModel->catalog();
    if (!catalog.groups.isEmpty())
        selectScope(ReportScope::BillingGroup, catalog.groups.first().code);
    else if (!catalog.ungrouped.isEmpty())
        selectScope(ReportScope::Channel, catalog.ungrouped.first().code);
}

bool UsagePage::selectScope(ReportScope scope, const QString &code)
{
    const QModelIndex source
        = m_scopeModel->find(scope == ReportScope::BillingGroup ? ScopeTreeModel::GroupNode
                                                                : ScopeTreeModel::ChannelNode,
                             code);
    if (!source.isValid())
        return false;
    if (!m_scopeFilter->text().isEmpty())
        m_scopeFilter->clear();
    const QModelIndex index = m_scopeProxy->mapFromSource(source);
    m_scopeView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_scopeView->scrollTo(index);
    return true;
}

void UsagePage::scopeSelectionChanged()
{
    const QModelIndexList rows = m_scopeView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex index = rows.first();
    const int kind = index.data(ScopeTreeModel::KindRole).toInt();
    if (kind == ScopeTreeModel::UngroupedNode)
        return;
    ReportRequest request;
    request.scope
        = kind == ScopeTreeModel::GroupNode ? ReportScope::BillingGroup : ReportScope::Channel;
    request.code = index.data(ScopeTreeModel::CodeRole).toString();
    m_scope = request;
    Preferences::lastScopeKind.set(
        request.scope == ReportScope::BillingGroup ? ScopeKindBillingGroup : ScopeKindChannel);
    Preferences::lastScopeCode.set(request.code);
    scheduleRun(0);
}

void UsagePage::scheduleRun(int delayMs)
{
    if (!m_scope || !m_database)
        return;
    // A scope or range change makes the running report stale at once, even before the new
    // one starts.
    if (m_runner->isRunning() || m_runner->isComparing())
        m_runner->cancel();
    m_runTimer.start(delayMs);
}

void UsagePage::runNow()
{
    m_runTimer.stop();
    if (!m_scope || !m_database)
        return;
    ReportRequest request = *m_scope;
    request.from = m_range->from();
    request.to = m_range->to();
    m_headline->clear(tr("Computing %1, %2 \u2013 %3\u2026")
                          .arg(request.code, QLocale().toString(request.from, QLocale::ShortFormat),
                               QLocale().toString(request.to, QLocale::ShortFormat)));
    m_runner->run(request);
}

void UsagePage::refresh()
{
    if (!m_database || !m_scope) {
        Q_EMIT databaseRequested();
        return;
    }
    runNow();
}

void UsagePage::cancelReport()
{
    m_runTimer.stop();
    m_runner->cancel();
}

bool UsagePage::isReportRunning() const
{
    return m_runner->isRunning() || m_runTimer.isActive();
}

void UsagePage::showResult(const ReportResult &result)
{
    m_result = result;
    updateBreakdowns();
    const bool group = result.request.scope == ReportScope::BillingGroup;
    m_productModel->setLines(result.productLines);
    m_channelModel->setLines(group ? result.channelLines : QList<ReportLine>(),
                             result.channelAccounts);
    m_tabs->setTabEnabled(ChannelsTab, group);
    if (!group && m_tabs->currentIndex() == ChannelsTab)
        m_tabs->setCurrentIndex(ProductsTab);
    fitColumns();
    m_headline->setResult(result);
    // Charts are built when their tab is shown: less work on the GUI thread when a result lands.
    m_trendStale = true;
    m_mixStale = true;
    updateVisibleChart();
    if (!result.warnings.isEmpty())
        showBanner(result.warnings.join(u'\n'), false);
    else
        hideBanner();
    Q_EMIT statusMessage(
        tr("Report of %1 ready: %n line(s).", nullptr, int(result.productLines.size()))
            .arg(result.request.code),
        5000);
    updateActions();
    Q_EMIT reportShown();
}

// Numbers get their full width; long names and categories are cut (their tooltips and the
// drill-down show them), so that every column fits without scrolling sideways.
void UsagePage::fitColumns()
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    const auto fit = [em](QTableView *view, const QList<int> &textColumns) {
        view->resizeColumnsToContents();
        QHeaderView *header = view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            const int limit = textColumns.contains(column) ? 12 * em : 30 * em;
            header->resizeSection(column, std::min(header->sectionSize(column) + 6, limit));
        }
    };
    fit(m_productView, { ProductTableModel::Name, ProductTableModel::Category });
    fit(m_channelView, { ChannelTableModel::Name });
}

void UsagePage::updateVisibleChart()
{
    if (!m_result)
        return;
    if (m_trendStale && m_tabs->currentIndex() == TrendTab) {
        m_trendStale = false;
        m_trend->setResult(*m_result);
    } else if (m_mixStale && m_tabs->currentIndex() == MixTab) {
        m_mixStale = false;
        m_mix->setResult(*m_result);
    }
}

void UsagePage::showError(const QString &message)
{
    showBanner(tr("The report could not be computed: %1").arg(message), true);
    if (!m_result)
        m_headline->clear(tr("No result"));
    Q_EMIT reportFailed(message);
}

void UsagePage::showBanner(const QString &text, bool error)
{
    m_banner->showMessage(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Warning, text);
}

void UsagePage::hideBanner()
{
    m_banner->clearMessage();
}

QString UsagePage::bannerText() const
{
    return m_banner->text();
}

void UsagePage::setRunningUi(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    if (!running)
        m_progress->setValue(0);
    m_cancelAction->setEnabled(running);
    if (running)
        Q_EMIT statusMessage(tr("Computing the report\u2026"), 0);
}

void UsagePage::updateActions()
{
    // the file actions act on this page's result: not while another page is shown
    const bool hasResult = m_result.has_value() && m_pageActive;
    m_exportAction->setEnabled(hasResult);
    m_exportByChannelAction->setEnabled(hasResult
                                        && m_result->request.scope == ReportScope::BillingGroup);
    const int tab = m_tabs->currentIndex();
    m_saveChartAction->setEnabled(hasResult && (tab == TrendTab || tab == MixTab));
    m_refreshAction->setEnabled(m_database.has_value());
}

void UsagePage::setPageActive(bool active)
{
    m_pageActive = active;
    updateActions();
}

void UsagePage::saveRange()
{
    const auto preset = m_range->preset();
    Preferences::lastRangePreset.set(DateRangeSelector::presetId(preset));
    if (preset == DateRangeSelector::Custom) {
        Preferences::lastRangeFrom.set(m_range->from());
        Preferences::lastRangeTo.set(m_range->to());
    }
}

Status UsagePage::exportCsv(const QString &path, bool byChannel) const
{
    if (!m_result)
        return Error { tr("There is no report to export yet.") };
    return ReportExport::writeCsv(path, *m_result, byChannel);
}

void UsagePage::exportCsvInteractive(bool byChannel)
{
    if (!m_result)
        return;
    const QString path = FileDialogs::saveFileName(
        this, byChannel ? tr("Export CSV by Channel") : tr("Export CSV"),
        ReportExport::defaultCsvFileName(*m_result, byChannel),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status written = exportCsv(path, byChannel);
    if (!written) {
        showBanner(tr("The CSV was not saved: %1").arg(written.errorString()), true);
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
}

QString UsagePage::selectedRowsText(QTableView *view) const
{
    QList<int> rows;
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return QString();
    return ReportExport::rowsAsTsv(view->model(), rows, true);
}

void UsagePage::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
        edit->copy();
        return;
    }
    QTableView *view = m_tabs->currentIndex() == ChannelsTab ? m_channelView : m_productView;
    const QString text = selectedRowsText(view);
    if (text.isEmpty()) {
        Q_EMIT statusMessage(tr("Select rows in the table to copy them."), 4000);
        return;
    }
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied %n row(s).", nullptr, int(text.count(u'\n') - 1)), 4000);
}

Status UsagePage::saveChart(const QString &path)
{
    if (!m_result)
        return Error { tr("There is no report to save a chart of.") };
    const bool trend = m_tabs->currentIndex() != MixTab;
    if (trend && m_trendStale) {
        m_trendStale = false;
        m_trend->setResult(*m_result);
    }
    QWidget *widget = trend ? static_cast<QWidget *>(m_trend->chartView())
                            : m_mix->productView()->parentWidget();
    return ReportExport::savePng(widget, path);
}

void UsagePage::saveChartInteractive()
{
    if (!m_result)
        return;
    const bool trend = m_tabs->currentIndex() != MixTab;
    const QString path = FileDialogs::saveFileName(
        this, tr("Save Chart as PNG"),
        ReportExport::defaultPngFileName(*m_result,
                                         trend ? QStringLiteral("trend") : QStringLiteral("mix")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Status saved = saveChart(path);
    if (!saved)
        showBanner(tr("The picture was not saved: %1").arg(saved.errorString()), true);
    else
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void UsagePage::openDrillDown(const QModelIndex &proxyIndex)
{
    if (!m_result || !m_database || !proxyIndex.isValid())
        return;
    const QModelIndex source = m_productProxy->mapToSource(proxyIndex);
    const ReportLine &line = m_productModel->line(source.row());
    AccountBreakdownRequest request { m_result->request, line.productCode, line.currency };
    auto *dialog = new BreakdownDialog(
        *m_database, request,
        tr("%1 \u2013 %2 (%3)").arg(line.productCode, line.productName, line.uom), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_breakdowns.append(dialog);
    dialog->show();
}

// An open accounts dialog follows the report shown: the same product line in the new range or
// scope, or closed when the new report has no such line.
void UsagePage::updateBreakdowns()
{
    m_breakdowns.removeAll(nullptr);
    for (const QPointer<BreakdownDialog> &dialog : std::as_const(m_breakdowns)) {
        AccountBreakdownRequest request = dialog->request();
        const bool kept = m_result
            && std::any_of(m_result->productLines.cbegin(), m_result->productLines.cend(),
                           [&request](const ReportLine &line) {
                               return line.productCode == request.productCode
                                   && line.currency == request.currency;
                           });
        if (!kept) {
            dialog->close();
            continue;
        }
        request.report = m_result->request;
        if (request.report.code != dialog->request().report.code
            || request.report.scope != dialog->request().report.scope
            || request.report.from != dialog->request().report.from
            || request.report.to != dialog->request().report.to
            || request.report.timeZoneId != dialog->request().report.timeZoneId)
            dialog->setRequest(request);
    }
}

} // namespace cs
