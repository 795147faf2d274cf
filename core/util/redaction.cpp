#include "redaction.h"

#include <QRegularExpression>
#include <QUrl>

namespace cs {

namespace {

qsizetype authorityBegin(const QString &url)
{
    const qsizetype separator = url.indexOf(QLatin1StringView("://"));
    return separator < 0 ? 0 : separator + 3;
}

} // namespace

QString redactUrl(const QString &url)
{
    // Not through QUrl: a password with an unencoded '/', '?', '#' or '@' makes QUrl see a host,
    // port, path or fragment in it.
    QString text = url;
    const qsizetype begin = authorityBegin(text);
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= begin)
        text.remove(begin, at + 1 - begin);
    static const QRegularExpression tail(QStringLiteral("[?#]"));
    const qsizetype cut = text.indexOf(tail, begin);
    if (cut >= 0)
        text.truncate(cut);
    return text;
}

QString redactUrlsIn(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://\\S*"));
    QString result;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : url.globalMatch(text)) {
        result += QStringView(text).mid(done, match.capturedStart() - done);
        result += redactUrl(match.captured());
        done = match.capturedEnd();
    }
    result += QStringView(text).mid(done);
    return result;
}

bool urlHasPassword(const QString &url)
{
    const qsizetype begin = authorityBegin(url);
    if (begin == 0 || url.indexOf(u'@', begin) < 0)
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    // Only a plain user name before the '@' is harmless.
    return !parsed.isValid() || parsed.userInfo().isEmpty() || !parsed.password().isEmpty()
        || url.mid(begin, url.indexOf(u'@', begin) - begin).contains(u':');
}

QString urlWithoutPassword(const QString &url)
{
    if (!urlHasPassword(url))
        return url;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.userInfo().isEmpty())
        return redactUrl(url);
    // The user info of a valid URL ends at the first '@'; its password starts at the first ':'.
    const qsizetype begin = authorityBegin(url);
    const qsizetype at = url.indexOf(u'@', begin);
    const qsizetype colon = url.indexOf(u':', begin);
    QString text = url;
    if (colon >= 0 && colon < at)
        text.remove(colon, at - colon);
    if (text.startsWith(url.left(begin) + u'@')) // "http://:password@host": no user name left
        text.remove(begin, 1);
    return urlHasPassword(text) ? redactUrl(url) : text;
}

} // namespace cs
