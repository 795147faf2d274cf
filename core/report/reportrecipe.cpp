#include "reportrecipe.h"

#include "time/businesscalendar.h"
#include "util/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ReportRecipe)
};

const QString s_format = QStringLiteral("channelscope-report-recipe");
const QString s_fixed = QStringLiteral("fixed");

constexpr std::pair<SheetColumn, const char *> s_sortColumns[] {
    { SheetColumn::ProductCode, "product-code" },
    { SheetColumn::ProductName, "product-name" },
    { SheetColumn::ProductCategory, "category" },
    { SheetColumn::Uom, "unit" },
    { SheetColumn::Usage, "usage" },
    { SheetColumn::Spend, "spend" },
    { SheetColumn::Currency, "currency" },
    { SheetColumn::Share, "share" },
    { SheetColumn::Accounts, "accounts" },
    { SheetColumn::UsageChange, "usage-change" },
    { SheetColumn::SpendChange, "spend-change" },
    { SheetColumn::ChangePercent, "change-percent" },
};

constexpr ReportRecipe::Tab s_tabs[] { ReportRecipe::Tab::Products, ReportRecipe::Tab::Channels,
                                       ReportRecipe::Tab::Trend, ReportRecipe::Tab::Mix };

// Reads one recipe object and names the key of the first wrong value.
class RecipeReader
{
public:
    RecipeReader(const QJsonObject &root, const QString &fileName)
        : m_root(root)
        , m_fileName(fileName)
    { }

    Result<ReportRecipe> read();

private:
    Error wrong(const QString &key, const QString &reason) const
    {
        return Error { Tr::tr("%1: \"%2\": %3").arg(m_fileName, key, reason) };
    }
    Error notOneOf(const QString &key, const QString &value, const QStringList &allowed) const
    {
        return wrong(
            key, Tr::tr("\"%1\" is not one of %2").arg(value, allowed.join(QStringLiteral(", "))));
    }
    // A string member; `required` ones must be there and not empty.
    Result<QString> text(const QJsonObject &object, const QString &key, const QString &path,
                         bool required) const;
    Status checkKeys(const QJsonObject &object, const QStringList &known,
                     const QString &path) const;
    Status readScope(ReportRecipe &recipe) const;
    Status readRange(ReportRecipe &recipe) const;
    Status readView(ReportRecipe &recipe) const;
    Status readSort(ReportRecipe &recipe) const;

    QJsonObject m_root;
    QString m_fileName;
};

Result<QString> RecipeReader::text(const QJsonObject &object, const QString &key,
                                   const QString &path, bool required) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            return wrong(path, Tr::tr("is missing"));
        return QString();
    }
    if (!value.isString())
        return wrong(path, Tr::tr("must be a text"));
    if (required && value.toString().isEmpty())
        return wrong(path, Tr::tr("must not be empty"));
    return value.toString();
}

Status RecipeReader::checkKeys(const QJsonObject &object, const QStringList &known,
                               const QString &path) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return wrong(path + it.key(),
                         Tr::tr("unknown key (known: %1)").arg(known.join(QStringLiteral(", "))));
    }
    return success();
}

Result<ReportRecipe> RecipeReader::read()
{
    const QJsonValue format = m_root.value(QStringLiteral("format"));
    if (format.toString() != s_format)
        return wrong(QStringLiteral("format"),
                     Tr::tr("must be \"%1\": this is not a report recipe").arg(s_format));
    // toInteger(): 0 for a text or a number with a fraction
    const qint64 version = m_root.value(QStringLiteral("version")).toInteger(0);
    if (version < 1)
        return wrong(QStringLiteral("version"), Tr::tr("must be a whole number from 1"));
    if (version > ReportRecipe::CurrentVersion)
        return Error { Tr::tr("%1: recipe version %2 was written by a newer ChannelScope; this one "
                              "reads version %3")
                           .arg(m_fileName)
                           .arg(version)
                           .arg(ReportRecipe::CurrentVersion) };
    if (Status keys
        = checkKeys(m_root,
                    { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("scope"),
                      QStringLiteral("code"), QStringLiteral("range"), QStringLiteral("comparison"),
                      QStringLiteral("grouping"), QStringLiteral("tab"), QStringLiteral("filter"),
                      QStringLiteral("sort"), QStringLiteral("profile") },
                    {});
        !keys)
        return keys.error();
    ReportRecipe recipe;
    for (const auto step : { &RecipeReader::readScope, &RecipeReader::readRange,
                             &RecipeReader::readView, &RecipeReader::readSort }) {
        if (Status read = (this->*step)(recipe); !read)
            return read.error();
    }
    return recipe;
}

Status RecipeReader::readScope(ReportRecipe &recipe) const
{
    const auto scope = text(m_root, QStringLiteral("scope"), QStringLiteral("scope"), true);
    if (!scope)
        return scope.error();
    const QStringList scopes { QStringLiteral("channel"), QStringLiteral("billing-group") };
    if (!scopes.contains(*scope))
        return notOneOf(QStringLiteral("scope"), *scope, scopes);
    recipe.scope = *scope == scopes.first() ? ReportScope::Channel : ReportScope::BillingGroup;
    const auto code = text(m_root, QStringLiteral("code"), QStringLiteral("code"), true);
    if (!code)
        return code.error();
    recipe.code = *code;
    return success();
}

Status RecipeReader::readRange(ReportRecipe &recipe) const
{
    const QJsonValue value = m_root.value(QStringLiteral("range"));
    if (!value.isObject())
        return wrong(QStringLiteral("range"),
                     value.isUndefined() ? Tr::tr("is missing")
                                         : Tr::tr("must be an object such as {\"rule\": "
                                                  "\"last-month\"}"));
    const QJsonObject range = value.toObject();
    if (Status keys
        = checkKeys(range, { QStringLiteral("rule"), QStringLiteral("from"), QStringLiteral("to") },
                    QStringLiteral("range."));
        !keys)
        return keys;
    const auto rule = text(range, QStringLiteral("rule"), QStringLiteral("range.rule"), true);
    if (!rule)
        return rule.error();
    QStringList rules;
    for (RangePreset preset : RangePresets::all)
        rules.append(preset == RangePreset::Custom ? s_fixed : RangePresets::id(preset));
    if (!rules.contains(*rule))
        return notOneOf(QStringLiteral("range.rule"), *rule, rules);
    recipe.range = *rule == s_fixed ? RangePreset::Custom : *RangePresets::fromId(*rule);
    if (recipe.range != RangePreset::Custom) {
        if (range.contains(QStringLiteral("from")) || range.contains(QStringLiteral("to")))
            return wrong(QStringLiteral("range"),
                         Tr::tr("\"from\" and \"to\" belong to the rule \"fixed\" only"));
        return success();
    }
    for (const QString &key : { QStringLiteral("from"), QStringLiteral("to") }) {
        const auto date = text(range, key, u"range." + key, true);
        if (!date)
            return date.error();
        const QDate day = BusinessCalendar::parseDate(*date);
        if (!day.isValid())
            return wrong(u"range." + key, Tr::tr("\"%1\" is not a date YYYY-MM-DD").arg(*date));
        (key == u"from" ? recipe.from : recipe.to) = day;
    }
    if (recipe.from > recipe.to)
        return wrong(QStringLiteral("range"),
                     Tr::tr("\"from\" %1 is after \"to\" %2")
                         .arg(recipe.from.toString(Qt::ISODate), recipe.to.toString(Qt::ISODate)));
    return success();
}

Status RecipeReader::readView(ReportRecipe &recipe) const
{
    const auto compare
        = text(m_root, QStringLiteral("comparison"), QStringLiteral("comparison"), false);
    if (!compare)
        return compare.error();
    if (!compare->isEmpty()) {
        const auto kind = Comparison::kindFromId(*compare);
        if (!kind)
            return notOneOf(
                QStringLiteral("comparison"), *compare,
                { QStringLiteral("none"), QStringLiteral("previous"), QStringLiteral("year") });
        recipe.compare = *kind;
    }
    const auto grouping
        = text(m_root, QStringLiteral("grouping"), QStringLiteral("grouping"), false);
    if (!grouping)
        return grouping.error();
    const QStringList groupings { QStringLiteral("product"), QStringLiteral("channel") };
    if (!grouping->isEmpty() && !groupings.contains(*grouping))
        return notOneOf(QStringLiteral("grouping"), *grouping, groupings);
    recipe.byChannel = *grouping == groupings.last();
    const auto tab = text(m_root, QStringLiteral("tab"), QStringLiteral("tab"), false);
    if (!tab)
        return tab.error();
    QStringList tabs;
    for (ReportRecipe::Tab each : s_tabs)
        tabs.append(ReportRecipes::tabId(each));
    if (!tab->isEmpty() && !tabs.contains(*tab))
        return notOneOf(QStringLiteral("tab"), *tab, tabs);
    recipe.tab = tab->isEmpty() ? ReportRecipe::Tab::Products : s_tabs[tabs.indexOf(*tab)];
    const auto filter = text(m_root, QStringLiteral("filter"), QStringLiteral("filter"), false);
    if (!filter)
        return filter.error();
    recipe.filter = *filter;
    const auto profile = text(m_root, QStringLiteral("profile"), QStringLiteral("profile"), false);
    if (!profile)
        return profile.error();
    if (!profile->isEmpty()) {
        const auto chosen = ReportProfiles::fromId(*profile);
        if (!chosen)
            return notOneOf(
                QStringLiteral("profile"), *profile,
                { QStringLiteral("csv"), QStringLiteral("excel-csv"), QStringLiteral("xlsx") });
        recipe.profile = *chosen;
    }
    return success();
}

Status RecipeReader::readSort(ReportRecipe &recipe) const
{
    const QJsonValue value = m_root.value(QStringLiteral("sort"));
    if (value.isUndefined())
        return success();
    if (value.isNull()) { // the lines in the report's order
        recipe.order.column = std::nullopt;
        return success();
    }
    if (!value.isObject())
        return wrong(QStringLiteral("sort"),
                     Tr::tr("must be an object such as {\"column\": \"spend\", \"order\": "
                            "\"descending\"}"));
    const QJsonObject sort = value.toObject();
    if (Status keys = checkKeys(sort, { QStringLiteral("column"), QStringLiteral("order") },
                                QStringLiteral("sort."));
        !keys)
        return keys;
    const auto column = text(sort, QStringLiteral("column"), QStringLiteral("sort.column"), true);
    if (!column)
        return column.error();
    recipe.order.column = ReportRecipes::columnFromId(*column);
    if (!recipe.order.column) {
        QStringList ids;
        for (const auto &[id, name] : s_sortColumns)
            ids.append(QString::fromLatin1(name));
        return notOneOf(QStringLiteral("sort.column"), *column, ids);
    }
    const auto order = text(sort, QStringLiteral("order"), QStringLiteral("sort.order"), false);
    if (!order)
        return order.error();
    const QStringList orders { QStringLiteral("ascending"), QStringLiteral("descending") };
    if (!order->isEmpty() && !orders.contains(*order))
        return notOneOf(QStringLiteral("sort.order"), *order, orders);
    recipe.order.order = *order == orders.first() ? Qt::AscendingOrder : Qt::DescendingOrder;
    return success();
}

// The line and column (from 1) of a byte offset in `json`.
std::pair<int, int> lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return { line, column };
}

} // namespace

ReportRequest ReportRecipe::request(QDate today) const
{
    ReportRequest request;
    request.scope = scope;
    request.code = code;
    std::tie(request.from, request.to)
        = range == RangePreset::Custom ? std::pair(from, to) : RangePresets::range(range, today);
    request.compare = compare;
    return request;
}

ReportSheetView ReportRecipe::sheetView(const ReportResult &result) const
{
    ReportSheetView view;
    view.byChannel = byChannel;
    view.filterText = filter;
    view.lines = ReportLines::shown(result, byChannel, filter, order);
    if (!byChannel)
        view.columns = ReportSheets::tableColumns(result);
    return view;
}

Result<ReportRecipe> ReportRecipes::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        return Error { Tr::tr("%1: line %2, column %3: %4")
                           .arg(fileName)
                           .arg(line)
                           .arg(column)
                           .arg(error.errorString()) };
    }
    if (!document.isObject())
        return Error { Tr::tr("%1: a report recipe is a JSON object").arg(fileName) };
    return RecipeReader(document.object(), fileName).read();
}

Result<ReportRecipe> ReportRecipes::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Tr::tr("%1: cannot read: %2").arg(path, file.errorString()) };
    // a recipe is a few hundred bytes; a large file is not one
    constexpr qint64 limit = 1 << 20;
    if (file.size() > limit)
        return Error { Tr::tr("%1: too large for a report recipe").arg(path) };
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { Tr::tr("%1: cannot read: %2").arg(path, file.errorString()) };
    return parse(json, path);
}

QByteArray ReportRecipes::toJson(const ReportRecipe &recipe)
{
    QJsonObject range;
    if (recipe.range == RangePreset::Custom) {
        range.insert(QStringLiteral("rule"), s_fixed);
        range.insert(QStringLiteral("from"), recipe.from.toString(Qt::ISODate));
        range.insert(QStringLiteral("to"), recipe.to.toString(Qt::ISODate));
    } else {
        range.insert(QStringLiteral("rule"), RangePresets::id(recipe.range));
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), s_format);
    root.insert(QStringLiteral("version"), ReportRecipe::CurrentVersion);
    root.insert(QStringLiteral("scope"),
                recipe.scope == ReportScope::Channel ? QStringLiteral("channel")
                                                     : QStringLiteral("billing-group"));
    root.insert(QStringLiteral("code"), recipe.code);
    root.insert(QStringLiteral("range"), range);
    root.insert(QStringLiteral("comparison"), Comparison::kindId(recipe.compare));
    root.insert(QStringLiteral("grouping"),
                recipe.byChannel ? QStringLiteral("channel") : QStringLiteral("product"));
    root.insert(QStringLiteral("tab"), tabId(recipe.tab));
    root.insert(QStringLiteral("filter"), recipe.filter);
    if (recipe.order.column) {
        QJsonObject sort;
        sort.insert(QStringLiteral("column"), columnId(*recipe.order.column));
        sort.insert(QStringLiteral("order"),
                    recipe.order.order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                             : QStringLiteral("descending"));
        root.insert(QStringLiteral("sort"), sort);
    } else {
        root.insert(QStringLiteral("sort"), QJsonValue::Null);
    }
    root.insert(QStringLiteral("profile"), ReportProfiles::id(recipe.profile));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ReportRecipes::write(const QString &path, const ReportRecipe &recipe)
{
    return writeFileAtomically(path, toJson(recipe));
}

QString ReportRecipes::columnId(SheetColumn column)
{
    for (const auto &[each, id] : s_sortColumns)
        if (each == column)
            return QString::fromLatin1(id);
    return {};
}

std::optional<SheetColumn> ReportRecipes::columnFromId(const QString &id)
{
    for (const auto &[column, each] : s_sortColumns)
        if (id == QLatin1String(each))
            return column;
    return std::nullopt;
}

QString ReportRecipes::tabId(ReportRecipe::Tab tab)
{
    switch (tab) {
    case ReportRecipe::Tab::Products:
        return QStringLiteral("products");
    case ReportRecipe::Tab::Channels:
        return QStringLiteral("channels");
    case ReportRecipe::Tab::Trend:
        return QStringLiteral("trend");
    case ReportRecipe::Tab::Mix:
        break;
    }
    return QStringLiteral("mix");
}

} // namespace cs
