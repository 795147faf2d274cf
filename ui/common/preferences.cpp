#include "preferences.h"

#include <QUrl>

namespace cs {

namespace {

bool containsPassword(const QString &displayUrl)
{
    if (!displayUrl.contains(QStringLiteral("://")))
        return false;
    return !QUrl(displayUrl).password().isEmpty();
}

} // namespace

bool Preferences::addRecentConnection(const QString &displayUrl)
{
    if (displayUrl.isEmpty() || containsPassword(displayUrl))
        return false;
    QStringList list = recentConnections.get();
    list.removeAll(displayUrl);
    list.prepend(displayUrl);
    while (list.size() > MaxRecentConnections)
        list.removeLast();
    recentConnections.set(list);
    lastConnection.set(displayUrl);
    return true;
}

void Preferences::addRecentRecipe(const QString &path)
{
    QStringList list = recentRecipes.get();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaxRecentRecipes)
        list.removeLast();
    recentRecipes.set(list);
}

void Preferences::removeRecentConnection(const QString &displayUrl)
{
    QStringList list = recentConnections.get();
    if (list.removeAll(displayUrl) > 0)
        recentConnections.set(list);
    if (lastConnection.get() == displayUrl)
        lastConnection.remove();
}

} // namespace cs
