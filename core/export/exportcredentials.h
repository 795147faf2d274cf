#pragma once

#include "util/result.h"

#include <QString>

namespace cs {

// Where the password of export.URL lives; the database never holds it (export.URL is stored
// without one). In this order:
//   1. ExportOptions::password: the GUI reads it from the system keychain (keychainKey());
//   2. CHANNELSCOPE_EXPORT_PASSWORD: unattended runs (the systemd EnvironmentFile);
//   3. the file named by export.credentialsFile: unattended runs, its first line.
namespace ExportCredentials {

// The password in a credentials file: its first line without the line end. Refuses a file that
// group or others may read or write ("chmod 600"), one that is not a regular file, and an empty
// one; errors name the file, never its content.
Result<QString> readFile(const QString &path);

// The key under which the GUI keeps the password of an export URL in the system keychain:
// "export scheme://user@host[:port]" (path, query and any password left out), so one password
// serves every folder of a server and account.
QString keychainKey(const QString &url);

} // namespace ExportCredentials

} // namespace cs
