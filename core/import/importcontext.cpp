#include "importcontext.h"

#include "csvreader.h"
#include "db/connection.h"
#include "importer.h"
#include "report/usagerollup.h"

#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

namespace cs {

QString shownField(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes.first(qMin<qsizetype>(bytes.size(), 80)));
    if (bytes.size() > 80)
        text += QStringLiteral("...");
    return u'"' + text + u'"';
}

Error importFieldError(const CsvReader &csv, int column, const QString &reason)
{
    return Error { csv.location(column) % QStringLiteral(": ") % reason };
}

Error importValueError(const CsvReader &csv, int column, const QString &reason)
{
    return Error { csv.location(column) % QStringLiteral(": ") % reason % u' '
                   % shownField(csv.field(column)) };
}

ImportContext::ImportContext(Connection &connection, const std::function<void(qint64)> &progress,
                             const std::function<bool()> &canceled)
    : m_connection(connection)
    , m_progress(progress)
    , m_canceled(canceled)
{ }

ImportContext::~ImportContext() = default;

Status ImportContext::rowsDone(qint64 count)
{
    m_rows += count;
    if (m_rows < m_nextProgress)
        return success();
    m_nextProgress += ProgressInterval;
    if (m_progress)
        m_progress(m_rows);
    if (m_canceled && m_canceled())
        return Error { Importer::canceledMessage() };
    return success();
}

qint64 ImportContext::rowsUntilProgress() const
{
    return std::max<qint64>(1, m_nextProgress - m_rows);
}

Status ImportContext::loadReferences(ImportReferenceMap &map, const QString &sql)
{
    auto query = m_connection.exec(sql);
    if (!query)
        return query.error();
    map.clear();
    while (query->next()) {
        ImportReference reference;
        reference.id = query->value(1).toLongLong();
        const QVariant extra = query->value(2);
        if (extra.metaType().id() == QMetaType::QString)
            reference.currency = extra.toString();
        else if (!extra.isNull())
            reference.parent = extra.toLongLong();
        map.emplace(query->value(0).toString().toStdString(), std::move(reference));
    }
    return success();
}

} // namespace cs
