#pragma once

#include "exportrun.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

// The manifest of one channel and date: every file with its size, SHA-256, record count, the
// sums of its amounts per currency and its record ids, plus the run that wrote it and that run's
// status. Stored as JSON in <export.directory>/manifest/<channel>/manifest_<D>.json and replaced
// atomically by each run of that date; the run history in the database keeps every run's lines.
struct ExportManifest
{
    QDate date;
    QString channel;
    qint64 runId = 0;
    ExportStatus runStatus = ExportStatus::Running;
    ExportStatus channelStatus = ExportStatus::Running;
    QString error;
    QString format;
    QString destination;
    bool delivered = false;
    QStringList warnings;
    QList<ExportFileResult> files;
    QMap<ExportStream, QStringList> ids; // record ids per stream, in file order

    QByteArray toJson() const;
    // nullopt for anything that is not a manifest of this format.
    static std::optional<ExportManifest> fromJson(const QByteArray &json);

    // "manifest/<channel>/manifest_<D>.json", relative to the export directory.
    static QString relativePath(QDate date, const QString &channel);
};

} // namespace cs
