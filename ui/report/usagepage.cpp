#include "usagepage.h"

#include "common/columnfitter.h"
#include "common/filedialogs.h"
#include "common/localeformat.h"
#include "common/messagebanner.h"
#include "common/preferences.h"
#include "common/tableview.h"
#include "db/databasetask.h"
#include "report/accounttablemodel.h"
#include "report/breakdowndialog.h"
#include "report/channeltablemodel.h"
#include "report/daterangeselector.h"
#include "report/headlinewidget.h"
#include "report/mixchartwidget.h"
#include "report/productsortproxy.h"
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
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
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

// The currency column leads, as the rows are grouped by it; the columns fit the view's width.
ColumnFitter *fitReportTable(QTableView *view, int currencyColumn, const QList<int> &textColumns,
                             int nameColumn)
{
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(currencyColumn), 0);
    return new ColumnFitter(view, header, textColumns, nameColumn);
}

} // namespace

UsagePage::UsagePage(QWidget *parent)
    : QWidget(parent)
    , m_runner(new ReportRunner(this))
    , m_scopeModel(new ScopeTreeModel(this))
    , m_scopeProxy(new ScopeFilterProxy(this))
    , m_productModel(new ProductTableModel(this))
    , m_productProxy(new ProductSortProxy(m_productModel, this))
    , m_channelModel(new ChannelTableModel(this))
    , m_channelProxy(new ReportSortProxy(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createScopePanel(splitter));
    splitter->addWidget(createResults(splitter));
    // a larger window gives the tree a fifth of the room it gains, so its codes and names show
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({ 290, 990 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    createActions();
    createRecipeActions();

    m_runTimer.setSingleShot(true);
    connect(&m_runTimer, &QTimer::timeout, this, &UsagePage::runNow);
    connectRunner();
    restoreRange();
    connect(m_range, &DateRangeSelector::rangeChanged, this, [this] {
        saveRange();
        scheduleRun(RangeDebounceMs);
    });
    setRunningUi(false);
    showNoDatabase();
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
    m_scopeView->setTextElideMode(Qt::ElideRight);
    m_scopeFitter = new ColumnFitter(m_scopeView, m_scopeView->header(), { 0, 1 }, 1);
    m_scopeFitter->setOptionalColumns(
        { 1 }); // a narrow tree keeps the codes whole; names in tooltips
    auto *scopeLabel = new QLabel(tr("&Channels and billing groups"), scopePanel);
    scopeLabel->setBuddy(m_scopeView);
    scopeLabel->setWordWrap(true); // its one line must not set the window's minimum width
    auto *scopeLayout = new QVBoxLayout(scopePanel);
    scopeLayout->setContentsMargins(6, 6, 0, 6);
    scopeLayout->addWidget(scopeLabel);
    scopeLayout->addWidget(m_scopeFilter);
    scopeLayout->addWidget(m_scopeView, 1);
    connect(m_scopeFilter, &QLineEdit::textChanged, this, &UsagePage::filterScopes);
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
    m_compareBox = createComparisonBox(results);
    auto *compareLabel = new QLabel(tr("Compare &with:"), results);
    compareLabel->setBuddy(m_compareBox);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(compareLabel);
    rangeRow->addWidget(m_compareBox);
    rangeRow->addStretch(1);
    m_status = new QLabel(results);
    m_status->setObjectName(QStringLiteral("usageStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancelButton);

    m_banner = new MessageBanner(results);
    m_headline = new HeadlineWidget(results);
    m_tabs = createResultTabs(results);

    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(6, 6, 6, 6);
    resultsLayout->addLayout(rangeRow);
    resultsLayout->addLayout(statusRow);
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
    m_productView = makeTable(productsPage, m_productProxy, ReportTables);
    m_productView->sortByColumn(ProductTableModel::Spend, Qt::DescendingOrder);
    m_productFitter = fitReportTable(
        m_productView, ProductTableModel::Currency,
        { ProductTableModel::Code, ProductTableModel::Name, ProductTableModel::Category },
        ProductTableModel::Name);
    m_productFitter->setOptionalColumns(
        { ProductTableModel::Category, ProductTableModel::UsageChange });
    // the usage cells carry the unit ("11.35 TB"); copies keep the column
    m_productFitter->setColumnHidden(ProductTableModel::Unit, true);
    m_productView->setToolTip(tr("Double-click a product to see its accounts"));
    auto *productsLayout = new QVBoxLayout(productsPage);
    productsLayout->addWidget(m_productFilter);
    productsLayout->addWidget(m_productView, 1);
    connect(m_productFilter, &QLineEdit::textChanged, m_productProxy,
            &ReportSortProxy::setFilterTextDebounced);
    connect(m_productView, &QAbstractItemView::doubleClicked, this, &UsagePage::openDrillDown);
    m_productView->installEventFilter(this); // Enter opens the accounts too
    tabs->addTab(productsPage, tr("&Products"));
    // channels
    m_channelProxy->setSourceModel(m_channelModel);
    m_channelView = makeTable(tabs, m_channelProxy, ReportTables);
    m_channelView->sortByColumn(ChannelTableModel::Spend, Qt::DescendingOrder);
    m_channelFitter = fitReportTable(m_channelView, ChannelTableModel::Currency,
                                     { ChannelTableModel::Code, ChannelTableModel::Name },
                                     ChannelTableModel::Name);
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
    m_exportAction = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton),
                                 tr("&Export Report\u2026"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(
        tr("Save the products of the report as shown: CSV for machines, CSV for Excel "
           "or an Excel workbook (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportCsvInteractive(false); });
    m_exportByChannelAction = new QAction(tr("Export Report by C&hannel\u2026"), this);
    m_exportByChannelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportByChannelAction, &QAction::triggered, this,
            [this] { exportCsvInteractive(true); });
    m_saveChartAction = new QAction(tr("Save Chart as &PNG\u2026"), this);
    m_saveChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveChartAction, &QAction::triggered, this, &UsagePage::saveChartInteractive);
    m_exportPdfAction = new QAction(tr("Export P&DF\u2026"), this);
    connect(m_exportPdfAction, &QAction::triggered, this, &UsagePage::exportPdfInteractive);
    m_printAction = new QAction(tr("&Print\u2026"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &UsagePage::printInteractive);

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

    // The shortcuts work from every widget of the window (the main window keeps the line edits
    // from taking them).
    const QList<QAction *> actions = findChildren<QAction *>(Qt::FindDirectChildrenOnly);
    for (QAction *action : actions)
        action->setShortcutContext(Qt::WindowShortcut);

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
    return { m_exportAction,     m_exportByChannelAction,
             m_saveChartAction,  m_exportPdfAction,
             m_printAction,      m_recipeSeparator,
             m_openRecipeAction, m_recentRecipesMenu->menuAction(),
             m_saveRecipeAction };
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
        setState(State::Canceled,
                 m_result ? tr("Report canceled. Below: %1, not updated.").arg(shownDescription())
                          : tr("Report canceled."));
        if (!m_result)
            m_headline->clear(tr("Report canceled"));
        Q_EMIT reportFailed(tr("Report canceled."));
    });
    connect(m_runner, &ReportRunner::comparisonFinished, this, &UsagePage::showComparison);
    connect(m_runner, &ReportRunner::comparisonFailed, this, [this](const QString &message) {
        if (m_result)
            m_headline->setResult(*m_result,
                                  tr("The comparison could not be computed: %1").arg(message));
    });
}

// The range: the last one used, else last month.
void UsagePage::restoreRange()
{
    const auto preset = RangePresets::fromId(Preferences::lastRangePreset.get());
    if (preset == RangePreset::Custom)
        m_range->setCustomRange(Preferences::lastRangeFrom.get(), Preferences::lastRangeTo.get());
    else
        m_range->setPreset(preset.value_or(RangePreset::LastMonth));
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
    setResultStale(false);
    hideBanner();
    setState(
        State::Opening,
        tr("Opening %1: reading the channels and billing groups\u2026").arg(url.toDisplayString()));
    m_catalog.start(runOnDatabase(url, loadScopeCatalog, Connection::OpenMode::CreateIfMissing),
                    this,
                    [this](const Result<ScopeCatalog> &catalog) { catalogFinished(catalog); });
    updateActions();
}

void UsagePage::catalogFinished(const Result<ScopeCatalog> &catalog)
{
    if (!catalog) {
        showBanner(tr("Cannot read the channels: %1").arg(catalog.errorString()), true);
        setState(State::Failed, tr("Error: the channels could not be read."));
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
    m_scopeFitter->refit();
    m_range->setTimeZone(QTimeZone(catalog->businessTimeZone.toUtf8()));
    m_range->setDataSpan(catalog->firstDay, catalog->lastDay);
    setState(State::Idle, tr("Pick a channel or a billing group on the left."));
    Q_EMIT statusMessage(
        tr("%n billing group(s), %1 channel(s)", nullptr, int(catalog->groups.size())).arg([&] {
            qsizetype n = catalog->ungrouped.size();
            for (const ScopeGroup &g : catalog->groups)
                n += g.channels.size();
            return n;
        }()),
        0);
    if (catalog->groups.isEmpty() && catalog->ungrouped.isEmpty())
        setState(State::NoChannels,
                 tr("This database has no channels yet. Import a dataset with "
                    "channelscope-cli import, or open the demo database."));
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
    if (m_filteringScopes)
        return;
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

// The search filters the tree and nothing else: the selection changes it causes run no
// report, the reported scope stays selected when it is shown, and clearing the search gives
// back the expansion from before it.
void UsagePage::filterScopes(const QString &text)
{
    if (m_scopeSearch.isEmpty() && !text.isEmpty()) {
        m_expandedBeforeSearch.clear();
        for (int row = 0; row < m_scopeProxy->rowCount(); ++row) {
            const QModelIndex node = m_scopeProxy->index(row, 0);
            if (m_scopeView->isExpanded(node))
                m_expandedBeforeSearch.append(node.data(ScopeTreeModel::CodeRole).toString());
        }
    }
    m_scopeSearch = text;
    const QScopedValueRollback<bool> filtering(m_filteringScopes, true);
    m_scopeProxy->setFilterFixedString(text);
    if (text.isEmpty())
        restoreExpansion();
    else
        m_scopeView->expandAll();
    reselectReportedScope();
}

void UsagePage::restoreExpansion()
{
    for (int row = 0; row < m_scopeProxy->rowCount(); ++row) {
        const QModelIndex node = m_scopeProxy->index(row, 0);
        m_scopeView->setExpanded(
            node, m_expandedBeforeSearch.contains(node.data(ScopeTreeModel::CodeRole).toString()));
    }
}

void UsagePage::reselectReportedScope()
{
    QItemSelectionModel *selection = m_scopeView->selectionModel();
    const QModelIndex source = m_scope
        ? m_scopeModel->find(m_scope->scope == ReportScope::BillingGroup
                                 ? ScopeTreeModel::GroupNode
                                 : ScopeTreeModel::ChannelNode,
                             m_scope->code)
        : QModelIndex();
    const QModelIndex index = m_scopeProxy->mapFromSource(source);
    if (!index.isValid()) {
        selection->clearSelection();
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        return;
    }
    selection->setCurrentIndex(index,
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_scopeView->scrollTo(index);
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
    const QString computing
        = tr("Computing %1, %2 \u2013 %3\u2026")
              .arg(request.code, LocaleFormat::date(request.from), LocaleFormat::date(request.to));
    if (m_result) {
        // the old figures stay, greyed, until the new ones replace them
        setResultStale(true);
        setState(State::Computing,
                 tr("%1 Below: %2, updating\u2026").arg(computing, shownDescription()));
    } else {
        m_headline->clear(computing);
        setState(State::Computing, computing);
    }
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
    QHash<QString, Decimal> reportTotals;
    for (const ReportLine &line : result.productLines) {
        Decimal &total = reportTotals[line.currency];
        if (line.spend)
            total = total.plus(*line.spend).value_or(total);
    }
    m_channelModel->setLines(group ? result.channelLines : QList<ReportLine>(),
                             result.channelAccounts, reportTotals);
    m_tabs->setTabEnabled(ChannelsTab, group);
    if (m_recipeTab >= 0 && m_tabs->isTabEnabled(m_recipeTab))
        m_tabs->setCurrentIndex(m_recipeTab);
    m_recipeTab = -1;
    if (!group && m_tabs->currentIndex() == ChannelsTab)
        m_tabs->setCurrentIndex(ProductsTab);
    m_productModel->setComparison(result);
    m_channelModel->setComparison(result);
    const bool comparing = m_runner->comparisonKind() != ComparisonKind::None;
    setChangeColumnsVisible(comparing);
    fitColumns();
    m_headline->setResult(result, comparing ? tr("comparing\u2026") : tr("no comparison chosen"));
    // Charts are built when their tab is shown: less work on the GUI thread when a result lands.
    m_trendStale = true;
    m_mixStale = true;
    updateVisibleChart();
    if (!result.warnings.isEmpty())
        showBanner(result.warnings.join(u'\n'), false);
    else
        hideBanner();
    setResultStale(false);
    setState(State::Showing,
             tr("Showing %1: %n line(s).", nullptr, int(result.productLines.size()))
                 .arg(shownDescription()));
    updateActions();
    Q_EMIT reportShown();
    if (!comparing)
        Q_EMIT comparisonShown();
}

void UsagePage::showComparison(const ReportResult &compared)
{
    if (!m_result || m_result->request.code != compared.request.code
        || m_result->request.from != compared.request.from
        || m_result->request.to != compared.request.to)
        return;
    m_result = compared;
    m_productModel->setComparison(compared);
    m_channelModel->setComparison(compared);
    fitColumns(); // the change cells were empty when the columns were sized
    m_headline->setResult(compared);
    Q_EMIT comparisonShown();
}

QComboBox *UsagePage::createComparisonBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("comparisonBox"));
    box->addItem(tr("Previous period"), int(ComparisonKind::PreviousPeriod));
    box->addItem(tr("Same period last year"), int(ComparisonKind::SamePeriodLastYear));
    box->addItem(tr("No comparison"), int(ComparisonKind::None));
    box->setToolTip(tr("What the headline and the change columns compare the report with"));
    const ComparisonKind kind = Comparison::kindFromId(Preferences::comparisonKind.get())
                                    .value_or(ComparisonKind::PreviousPeriod);
    box->setCurrentIndex(box->findData(int(kind)));
    m_runner->setComparisonKind(kind);
    connect(box, &QComboBox::currentIndexChanged, this, &UsagePage::comparisonKindChanged);
    return box;
}

void UsagePage::comparisonKindChanged()
{
    const auto kind = ComparisonKind(m_compareBox->currentData().toInt());
    Preferences::comparisonKind.set(Comparison::kindId(kind));
    m_runner->setComparisonKind(kind);
    scheduleRun(0);
}

void UsagePage::setChangeColumnsVisible(bool visible)
{
    for (const int column : { ProductTableModel::UsageChange, ProductTableModel::SpendChange,
                              ProductTableModel::ChangePercent })
        m_productFitter->setColumnHidden(column, !visible);
    for (const int column : { ChannelTableModel::SpendChange, ChannelTableModel::ChangePercent })
        m_channelFitter->setColumnHidden(column, !visible);
}

// Numbers get their full width; long names and categories are cut (their tooltips and the
// drill-down show them), so that every column fits without scrolling sideways.
void UsagePage::fitColumns()
{
    m_productFitter->refit();
    m_channelFitter->refit();
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
    setState(State::Failed,
             m_result ? tr("Error: the report could not be computed. Below: %1, "
                           "not updated.")
                            .arg(shownDescription())
                      : tr("Error: the report could not be computed."));
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
    m_progress->setValue(0); // a new run never shows the last run's 100 %
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelAction->setEnabled(running);
}

void UsagePage::setState(State state, const QString &text)
{
    m_state = state;
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(state == State::Failed);
    m_status->setFont(font);
}

QString UsagePage::statusText() const
{
    return m_status->text();
}

void UsagePage::showNoDatabase()
{
    setState(State::NoDatabase,
             tr("No database is open. Use File \u203a Open Connection (Ctrl+O)."));
}

void UsagePage::showImportProgress(int percent)
{
    if (m_state != State::Importing)
        m_beforeImport = { m_state, m_status->text() };
    setState(State::Importing, tr("Creating the demo database\u2026 %1 %").arg(percent));
}

void UsagePage::endImport()
{
    if (m_state == State::Importing)
        setState(m_beforeImport.first, m_beforeImport.second);
}

// The scope and range of the shown result, as the status line names them.
QString UsagePage::shownDescription() const
{
    if (!m_result)
        return QString();
    const ReportRequest &shown = m_result->request;
    return tr("%1, %2 \u2013 %3")
        .arg(shown.code, LocaleFormat::date(shown.from), LocaleFormat::date(shown.to));
}

// A stale result keeps its place but its text is drawn in the disabled colour.
void UsagePage::setResultStale(bool stale)
{
    if (stale == m_resultStale)
        return;
    m_resultStale = stale;
    const QList<QWidget *> widgets { m_headline, m_productView, m_channelView };
    for (QWidget *widget : widgets) {
        if (!stale) {
            widget->setPalette(QPalette());
            continue;
        }
        QPalette palette = widget->palette();
        for (QPalette::ColorRole role : { QPalette::Text, QPalette::WindowText }) {
            const QColor grey = palette.color(QPalette::Disabled, role);
            palette.setColor(QPalette::Active, role, grey);
            palette.setColor(QPalette::Inactive, role, grey);
        }
        widget->setPalette(palette);
    }
}

bool UsagePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_productView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_productView->currentIndex().isValid()) {
            openDrillDown(m_productView->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    m_exportPdfAction->setEnabled(hasResult);
    m_printAction->setEnabled(hasResult);
    m_openRecipeAction->setEnabled(m_database.has_value() && m_pageActive);
    m_saveRecipeAction->setEnabled(m_scope.has_value() && m_pageActive);
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
    Preferences::lastRangePreset.set(RangePresets::id(preset));
    if (preset == RangePreset::Custom) {
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

namespace {

// The columns of the products table in their visual order, as the sheets write them. A column
// hidden only because the window is narrow is part of the table and of the export: a report's
// columns do not depend on the window's width.
QList<SheetColumn> shownColumns(const QTableView *view, const ColumnFitter &fitter)
{
    const QHeaderView *header = view->horizontalHeader();
    QList<SheetColumn> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical) && !fitter.isHiddenForRoom(logical))
            continue;
        if (const auto column = ProductTableModel::sheetColumn(logical))
            columns.append(*column);
    }
    return ReportSheets::withCompanions(std::move(columns));
}

} // namespace

ReportSheetView UsagePage::shownView(bool byChannel) const
{
    ReportSheetView view;
    view.byChannel = byChannel;
    if (!m_result)
        return view;
    view.filterText = m_productProxy->filterText();
    view.lines
        = ReportLines::shown(*m_result, byChannel, view.filterText, m_productProxy->lineOrder());
    if (!byChannel)
        view.columns = shownColumns(m_productView, *m_productFitter);
    return view;
}

Status UsagePage::exportReport(const QString &path, ExportProfile profile, bool byChannel) const
{
    if (!m_result)
        return Error { tr("There is no report to export yet.") };
    return ReportProfiles::write(path, profile, *m_result, shownView(byChannel), QLocale());
}

void UsagePage::exportCsvInteractive(bool byChannel)
{
    if (!m_result)
        return;
    const QList<ExportProfile> profiles { ExportProfile::MachineCsv, ExportProfile::ExcelCsv,
                                          ExportProfile::Xlsx };
    QStringList filters;
    for (ExportProfile profile : profiles)
        filters.append(ReportExport::profileFilter(profile));
    const auto remembered = ReportProfiles::fromId(Preferences::exportProfile.get())
                                .value_or(ExportProfile::MachineCsv);
    QString chosen = ReportExport::profileFilter(remembered);
    const QString path = FileDialogs::saveFileName(
        this, byChannel ? tr("Export Report by Channel") : tr("Export Report"),
        ReportExport::defaultFileName(*m_result, byChannel, remembered), filters.join(u";;"),
        &chosen);
    if (path.isEmpty())
        return;
    const ExportProfile profile = profiles.value(filters.indexOf(chosen), remembered);
    Preferences::exportProfile.set(ReportProfiles::id(profile));
    const Status written = exportReport(path, profile, byChannel);
    if (!written) {
        showBanner(tr("The report was not saved: %1").arg(written.errorString()), true);
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
    return ReportExport::savePng(widget, path, chartCaption());
}

QStringList UsagePage::chartCaption() const
{
    return chartCaptionOf(m_tabs->currentIndex() == MixTab ? MixTab : TrendTab, *m_trend, *m_mix);
}

QStringList UsagePage::chartCaptionOf(ResultTab chart, const TrendChartWidget &trendChart,
                                      const MixChartWidget &mixChart) const
{
    if (!m_result)
        return {};
    const ReportRequest &request = m_result->request;
    const bool trend = chart != MixTab;
    QString units;
    if (trend) {
        const QString unit = trendChart.axisUnit();
        units = trendChart.trend().series.isEmpty()
            ? QString()
            : (trendChart.measureBox()->currentData().toString().startsWith(u"spend:")
                   ? tr("Spend in %1").arg(unit)
                   : tr("Usage in %1").arg(unit));
        if (!trendChart.trend().series.isEmpty() && LocaleFormat::isBytes(trendChart.trend().unit))
            units += u' ' + tr("(1 KB = 1000 bytes)");
    } else {
        units = tr("Spend in %1").arg(mixChart.currencyBox()->currentText());
    }
    const QString what = trend
        ? tr("Trend: %1").arg(trendChart.measureBox()->currentText())
        : tr("Mix: spend by product and channel in %1").arg(mixChart.currencyBox()->currentText());
    const QString kind
        = request.scope == ReportScope::BillingGroup ? tr("Billing group") : tr("Channel");
    QStringList caption { what, tr("%1 %2 – %3").arg(kind, request.code, m_result->scopeName),
                          tr("%1 – %2, business days in the time zone %3")
                              .arg(LocaleFormat::date(request.from), LocaleFormat::date(request.to),
                                   request.timeZoneId) };
    if (!units.isEmpty())
        caption.append(units);
    return caption;
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
    if (m_productModel->isSubtotal(source.row()))
        return;
    const ReportLine &line = m_productModel->line(source.row());
    AccountBreakdownRequest request { m_result->request, line.productCode, line.currency };
    auto *dialog = new BreakdownDialog(
        *m_database, request,
        tr("%1 \u2013 %2 (%3)").arg(line.productCode, line.productName, line.uom), this);
    dialog->model()->setUnit(line.uom);
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
