#include "exportmanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

QByteArray ExportManifest::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("manifestVersion"), 1);
    root.insert(QStringLiteral("businessDate"), date.toString(Qt::ISODate));
    root.insert(QStringLiteral("channel"), channel);
    root.insert(QStringLiteral("runId"), runId);
    root.insert(QStringLiteral("runStatus"), ExportStatuses::toString(runStatus));
    root.insert(QStringLiteral("channelStatus"), ExportStatuses::toString(channelStatus));
    root.insert(QStringLiteral("error"), error);
    root.insert(QStringLiteral("format"), format);
    root.insert(QStringLiteral("destination"), destination);
    root.insert(QStringLiteral("delivered"), delivered);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    QJsonArray fileArray;
    for (const ExportFileResult &f : this->files) {
        QJsonObject file;
        file.insert(QStringLiteral("stream"), ExportStreams::key(f.stream));
        file.insert(QStringLiteral("path"), f.relativePath);
        file.insert(QStringLiteral("size"), f.size);
        file.insert(QStringLiteral("sha256"), f.sha256);
        file.insert(QStringLiteral("records"), f.records);
        QJsonObject amounts;
        for (auto it = f.amounts.cbegin(); it != f.amounts.cend(); ++it)
            amounts.insert(it.key(), it.value().toString());
        file.insert(QStringLiteral("amounts"), amounts);
        file.insert(QStringLiteral("added"), f.added);
        file.insert(QStringLiteral("removed"), f.removed);
        file.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids.value(f.stream)));
        fileArray.append(file);
    }
    root.insert(QStringLiteral("files"), fileArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ExportManifest> ExportManifest::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("manifestVersion")).toInt() != 1)
        return std::nullopt;
    ExportManifest m;
    m.date = QDate::fromString(root.value(QStringLiteral("businessDate")).toString(), Qt::ISODate);
    m.channel = root.value(QStringLiteral("channel")).toString();
    m.runId = root.value(QStringLiteral("runId")).toInteger();
    m.runStatus = ExportStatuses::fromString(root.value(QStringLiteral("runStatus")).toString());
    m.channelStatus
        = ExportStatuses::fromString(root.value(QStringLiteral("channelStatus")).toString());
    m.error = root.value(QStringLiteral("error")).toString();
    m.format = root.value(QStringLiteral("format")).toString();
    m.destination = root.value(QStringLiteral("destination")).toString();
    m.delivered = root.value(QStringLiteral("delivered")).toBool();
    for (const QJsonValue &w : root.value(QStringLiteral("warnings")).toArray())
        m.warnings << w.toString();
    for (const QJsonValue &value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        ExportFileResult f;
        if (!ExportStreams::fromKey(file.value(QStringLiteral("stream")).toString(), &f.stream))
            return std::nullopt;
        f.relativePath = file.value(QStringLiteral("path")).toString();
        f.size = file.value(QStringLiteral("size")).toInteger();
        f.sha256 = file.value(QStringLiteral("sha256")).toString();
        f.records = file.value(QStringLiteral("records")).toInteger();
        const QJsonObject amounts = file.value(QStringLiteral("amounts")).toObject();
        for (auto it = amounts.constBegin(); it != amounts.constEnd(); ++it) {
            if (const auto amount = Decimal::parse(it.value().toString()))
                f.amounts.insert(it.key(), *amount);
        }
        f.added = file.value(QStringLiteral("added")).toInteger();
        f.removed = file.value(QStringLiteral("removed")).toInteger();
        QStringList ids;
        for (const QJsonValue &id : file.value(QStringLiteral("ids")).toArray())
            ids << id.toString();
        m.ids.insert(f.stream, ids);
        m.files.append(f);
    }
    return m;
}

QString ExportManifest::relativePath(QDate date, const QString &channel)
{
    return QStringLiteral("manifest/") + channel + QStringLiteral("/manifest_")
        + date.toString(Qt::ISODate) + QStringLiteral(".json");
}

} // namespace cs
