#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace cs {

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n"))
                                  .entryList({ QStringLiteral("channelscope_*.qm") }, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(13, file.size() - 13 - 3));
    return languages;
}

QStringList Translations::install(QCoreApplication &app, const QLocale &locale)
{
    QStringList loaded;
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("channelscope"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return loaded; // no ChannelScope translation: keep Qt's texts in English as well
    }
    QCoreApplication::installTranslator(own);
    loaded.append(own->filePath());

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        loaded.append(qt->filePath());
    } else {
        delete qt;
    }
    return loaded;
}

} // namespace cs
