#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>
#include <QXmlStreamReader>

namespace cs {

namespace {

// The .qm file first; on a miss, "cs::" + context (a class's tr()), then the source text in any
// context of the .ts file.
class ChannelScopeTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadSourceIndex(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString source;
        QStringList forms;
        bool numerus = false;
        bool finished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"message") {
                    source.clear();
                    forms.clear();
                    numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                    finished = false;
                } else if (xml.name() == u"source") {
                    source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
                    if (!numerus)
                        forms.append(xml.readElementText());
                } else if (xml.name() == u"numerusform") {
                    forms.append(xml.readElementText());
                }
            } else if (xml.isEndElement() && xml.name() == u"message") {
                if (finished && !source.isEmpty() && !forms.isEmpty() && !forms.first().isEmpty())
                    m_bySource.insert(source, forms);
            }
        }
        return !xml.hasError() && !m_bySource.isEmpty();
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty() || !sourceText)
            return text;
        if (context && qstrncmp(context, "cs::", 4) != 0) {
            const QByteArray qualified = QByteArrayLiteral("cs::") + context;
            text = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        const auto found = m_bySource.constFind(QString::fromUtf8(sourceText));
        if (found == m_bySource.cend())
            return {};
        // German and English: the first form for exactly one, the second for everything else.
        const QStringList &forms = *found;
        return forms.at(n == 1 || forms.size() == 1 ? 0 : 1);
    }

    bool isEmpty() const override { return QTranslator::isEmpty() && m_bySource.isEmpty(); }

private:
    QHash<QString, QStringList> m_bySource;
};

} // namespace

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
    auto *own = new ChannelScopeTranslator(&app);
    if (!own->load(locale, QStringLiteral("channelscope"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return loaded; // no ChannelScope translation: keep Qt's texts in English as well
    }
    QString tsPath = own->filePath();
    tsPath.replace(tsPath.size() - 3, 3, QStringLiteral(".ts"));
    own->loadSourceIndex(tsPath);
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
