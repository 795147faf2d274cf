#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace cs {

// Loads the user-interface language: ChannelScope's own translation (compiled in under :/i18n)
// and Qt's translation of its standard texts (dialog buttons, context menus) for `locale`.
// English needs no file; a language without a translation stays English.
//
// Every text is looked up under the context lupdate records for it: QObject::tr() in QObject
// classes, Q_DECLARE_TR_FUNCTIONS(cs::Class) in the core's classes, and a file-local struct with
// Q_DECLARE_TR_FUNCTIONS for namespaces and free functions. So the .qm file alone translates
// everything, plural forms included (tr(text, nullptr, n) picks the language's numerus form).
namespace Translations {

// Installs the translators into `app` (they are children of it). Returns the files loaded, for
// the log; empty for English or a language without a translation.
QStringList install(QCoreApplication &app, const QLocale &locale = QLocale());

// The languages with a compiled-in translation ("de"), besides English.
QStringList availableLanguages();

} // namespace Translations

} // namespace cs
