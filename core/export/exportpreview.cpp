#include "exportpreview.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "exportsource.h"
#include "numeric/currency.h"
#include "report/membership.h"
#include "time/businesscalendar.h"

#include <QHash>

namespace cs {

Result<ExportPreview> previewExport(Connection &connection, QDate date,
                                    const QStringList &channelCodes)
{
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return zone.error();
    const BusinessCalendar calendar(*zone);
    auto channels = ExportSource::channels(connection, channelCodes);
    if (!channels)
        return channels.error();

    ExportPreview preview;
    preview.date = date;
    preview.fromMs = calendar.dayStart(date);
    preview.toMs = calendar.dayStart(date.addDays(1));

    QHash<qint64, qsizetype> firstLine; // channel id -> index of its first line
    for (const ExportChannel &channel : std::as_const(*channels)) {
        firstLine.insert(channel.id, preview.lines.size());
        for (const ExportStream stream : ExportStreams::all())
            preview.lines.append({ channel.code, stream, 0, {} });
    }

    struct Source
    {
        ExportStream stream;
        const char *table;
        const char *amount;
        const char *instant;
    };
    const Source sources[] = {
        { ExportStream::AccountStatement, "account_statement", "net_balance", "posted_at" },
        { ExportStream::Invoice, "invoice", "total", "posted_at" },
        { ExportStream::PaymentAndCredit, "payment", "amount", "created_at" },
        { ExportStream::PaymentFailure, "payment_failure", "amount", "created_at" },
    };
    // Per account, so that a moved account counts for the channel it had on the date.
    MembershipHistory history;
    if (const Status loaded = history.load(connection); !loaded)
        return loaded.error();
    const qint64 day = BusinessCalendar::dayNumber(date);
    const QList<ExportStream> order = ExportStreams::all();
    for (const Source &source : sources) {
        auto q = connection.exec(
            QStringLiteral("SELECT a.channel_id, d.currency, COUNT(*), SUM(d.%1), d.account_id "
                           "FROM %2 d JOIN account a ON a.id = d.account_id WHERE d.%3 >= ? AND "
                           "d.%3 < ? GROUP BY a.channel_id, d.account_id, d.currency")
                .arg(QLatin1StringView(source.amount), QLatin1StringView(source.table),
                     QLatin1StringView(source.instant)),
            { preview.fromMs, preview.toMs });
        if (!q)
            return q.error();
        while (q->next()) {
            const auto at = firstLine.constFind(
                history.channelOn(q->value(4).toLongLong(), day, q->value(0).toLongLong()));
            if (at == firstLine.cend())
                continue;
            ExportPreviewLine &line = preview.lines[*at + order.indexOf(source.stream)];
            line.records += q->value(2).toLongLong();
            const QString currency = q->value(1).toString();
            const auto units = Decimal::parse(q->value(3).toString());
            const auto known = Currency::find(currency);
            if (!units || !known)
                continue;
            const Decimal value = Decimal::fromUnits(units->units(), known->minorUnits);
            const Decimal sum
                = line.amounts.value(currency, Decimal::fromUnits(0, known->minorUnits));
            line.amounts.insert(currency, sum.plus(value).value_or(sum));
        }
    }
    return preview;
}

} // namespace cs
