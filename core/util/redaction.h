#pragma once

#include <QString>

namespace cs {

// How URLs appear in messages, logs, histories and listings: one set of functions, so that a
// password can never show through a second, weaker copy.

// The URL without user info (user name and password), query and fragment: the form for every
// message. Works on text that does not parse: everything between "://" and the last '@' goes,
// so a password with an unencoded '/', '?', '#', '@' or space never shows.
QString redactUrl(const QString &url);

// Every URL in a free text (a libcurl message, a server's answer) redacted as by redactUrl();
// a URL ends at white space.
QString redactUrlsIn(const QString &text);

// True when the URL carries a password, or an '@' that could belong to one: a password after
// "user:", or an '@' after "://" where QUrl sees no user info ("ftp://u:12/34@host/" is host u,
// port 12) or that QUrl cannot parse. "sftp://user@host/x" has none.
bool urlHasPassword(const QString &url);

// The URL with its password removed and the user name kept ("sftp://user@host/x"), for a URL
// stored with a password by an older version. A URL whose user info cannot be told apart is
// redacted as by redactUrl().
QString urlWithoutPassword(const QString &url);

} // namespace cs
