// The report recipes of the Usage page: File > Open Report Recipe, Save Report Recipe and the
// recent recipes.
#include "common/filedialogs.h"
#include "common/messagebanner.h"
#include "common/preferences.h"
#include "report/daterangeselector.h"
#include "report/producttablemodel.h"
#include "report/reportrecipe.h"
#include "report/usagepage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>

namespace cs {

QString UsagePage::recipeFilter()
{
    return tr("Report recipes (*.json)");
}

void UsagePage::createRecipeActions()
{
    m_recipeSeparator = new QAction(this);
    m_recipeSeparator->setSeparator(true);
    m_openRecipeAction = new QAction(tr("Open Report &Recipe\u2026"), this);
    m_openRecipeAction->setToolTip(
        tr("Open a saved report definition: scope, range rule, comparison, filter, sort and "
           "export format"));
    connect(m_openRecipeAction, &QAction::triggered, this, &UsagePage::openRecipeInteractive);
    m_saveRecipeAction = new QAction(tr("Sa&ve Report Recipe\u2026"), this);
    m_saveRecipeAction->setToolTip(
        tr("Save this report's definition to run it again here or with channelscope-cli report "
           "--recipe"));
    connect(m_saveRecipeAction, &QAction::triggered, this, &UsagePage::saveRecipeInteractive);
    m_recentRecipesMenu = new QMenu(tr("Recent Re&cipes"), this);
    connect(m_recentRecipesMenu, &QMenu::aboutToShow, this, &UsagePage::fillRecentRecipes);
}

void UsagePage::fillRecentRecipes()
{
    m_recentRecipesMenu->clear();
    const QStringList recent = Preferences::recentRecipes.get();
    for (const QString &path : recent) {
        QAction *action = m_recentRecipesMenu->addAction(QDir::toNativeSeparators(path), this,
                                                         [this, path] { (void)openRecipe(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentRecipesMenu->addAction(tr("No recipes yet"))->setEnabled(false);
    m_recentRecipesMenu->addSeparator();
    m_recentRecipesMenu
        ->addAction(tr("Clear the List"), this, [] { Preferences::recentRecipes.remove(); })
        ->setEnabled(!recent.isEmpty());
}

ReportRecipe UsagePage::currentRecipe() const
{
    ReportRecipe recipe;
    if (m_scope) {
        recipe.scope = m_scope->scope;
        recipe.code = m_scope->code;
    }
    recipe.range = m_range->preset();
    if (recipe.range == RangePreset::Custom) {
        recipe.from = m_range->from();
        recipe.to = m_range->to();
    }
    recipe.compare = ComparisonKind(m_compareBox->currentData().toInt());
    recipe.tab = ReportRecipe::Tab(m_tabs->currentIndex());
    recipe.byChannel = recipe.tab == ReportRecipe::Tab::Channels;
    recipe.filter = m_productProxy->filterText();
    recipe.order = m_productProxy->lineOrder();
    recipe.profile = ReportProfiles::fromId(Preferences::exportProfile.get())
                         .value_or(ExportProfile::MachineCsv);
    return recipe;
}

Status UsagePage::applyRecipe(const ReportRecipe &recipe)
{
    if (!selectScope(recipe.scope, recipe.code))
        return Error { recipe.scope == ReportScope::Channel
                           ? tr("this database has no channel \"%1\"").arg(recipe.code)
                           : tr("this database has no billing group \"%1\"").arg(recipe.code) };
    m_compareBox->setCurrentIndex(m_compareBox->findData(int(recipe.compare)));
    if (recipe.range == RangePreset::Custom)
        m_range->setCustomRange(recipe.from, recipe.to);
    else
        m_range->setPreset(recipe.range);
    m_productFilter->setText(recipe.filter); // the proxy follows after a pause: apply it now
    m_productProxy->applyPendingFilter();
    const auto column
        = recipe.order.column ? ProductTableModel::columnOf(*recipe.order.column) : std::nullopt;
    m_productView->sortByColumn(column.value_or(-1), recipe.order.order);
    // the Channels tab opens once a billing group's result is shown
    m_recipeTab = int(recipe.tab);
    if (m_tabs->isTabEnabled(m_recipeTab))
        m_tabs->setCurrentIndex(m_recipeTab);
    Preferences::exportProfile.set(ReportProfiles::id(recipe.profile));
    scheduleRun(0);
    return success();
}

Status UsagePage::openRecipe(const QString &path)
{
    const auto recipe = ReportRecipes::read(path);
    Status applied = recipe ? applyRecipe(*recipe) : Status(recipe.error());
    if (!applied) {
        showBanner(tr("The report recipe was not opened: %1").arg(applied.errorString()), true);
        return applied;
    }
    Preferences::addRecentRecipe(QFileInfo(path).absoluteFilePath());
    Q_EMIT statusMessage(tr("Opened the report recipe %1").arg(QDir::toNativeSeparators(path)),
                         8000);
    return success();
}

Status UsagePage::saveRecipe(const QString &path) const
{
    if (!m_scope)
        return Error { tr("Pick a channel or billing group first.") };
    if (const Status written = ReportRecipes::write(path, currentRecipe()); !written)
        return written;
    Preferences::addRecentRecipe(QFileInfo(path).absoluteFilePath());
    return success();
}

void UsagePage::openRecipeInteractive()
{
    const QString path = FileDialogs::openFileName(this, tr("Open Report Recipe"), recipeFilter());
    if (!path.isEmpty())
        (void)openRecipe(path); // an error shows in the banner
}

void UsagePage::saveRecipeInteractive()
{
    if (!m_scope)
        return;
    const ReportRecipe recipe = currentRecipe();
    const QString range = recipe.range == RangePreset::Custom
        ? recipe.from.toString(Qt::ISODate) + u'_' + recipe.to.toString(Qt::ISODate)
        : RangePresets::id(recipe.range);
    const QString path = FileDialogs::saveFileName(
        this, tr("Save Report Recipe"), recipe.code + u'_' + range + QStringLiteral(".json"),
        recipeFilter());
    if (path.isEmpty())
        return;
    if (const Status saved = saveRecipe(path); !saved) {
        showBanner(tr("The report recipe was not saved: %1").arg(saved.errorString()), true);
        return;
    }
    Q_EMIT statusMessage(tr("Saved the report recipe %1").arg(QDir::toNativeSeparators(path)),
                         8000);
}

} // namespace cs
