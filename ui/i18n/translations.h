#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace cs {

// Loads the user-interface language: ChannelScope's own translation (compiled in under :/i18n)
// and Qt's translation of its standard texts (dialog buttons, context menus) for `locale`.
// English needs no file; a language without a translation stays English.
//
// The core translates through small wrappers, QCoreApplication::translate("Importer", text),
// whose context lupdate cannot see: it files such texts under the enclosing class or namespace
// ("cs::Run", "cs"). So a text that the .qm file does not have under the asked context is looked
// up by its source text alone, in the .ts file compiled in next to it.
namespace Translations {

// Installs the translators into `app` (they are children of it). Returns the files loaded, for
// the log; empty for English or a language without a translation.
QStringList install(QCoreApplication &app, const QLocale &locale = QLocale());

// The languages with a compiled-in translation ("de"), besides English.
QStringList availableLanguages();

} // namespace Translations

} // namespace cs
