#include "exportwriter.h"

namespace cs {

namespace {

void appendXmlText(QString &out, const QString &text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1StringView("&amp;");
            break;
        case u'<':
            out += QLatin1StringView("&lt;");
            break;
        case u'>':
            out += QLatin1StringView("&gt;");
            break;
        case u'"':
            out += QLatin1StringView("&quot;");
            break;
        case u'\r':
            out += QLatin1StringView("&#13;");
            break;
        case u'\t':
        case u'\n':
            out += c;
            break;
        default:
            // XML 1.0 cannot carry the other control characters, not even as references.
            out += (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                ? QChar(0xFFFD)
                : c;
        }
    }
}

void appendElement(QString &out, const char *indent, const QString &name, const QString &value)
{
    out += QLatin1StringView(indent);
    if (value.isEmpty()) {
        out += u'<' + name + QLatin1StringView("/>\n");
        return;
    }
    out += u'<' + name + u'>';
    appendXmlText(out, value);
    out += QLatin1StringView("</") + name + QLatin1StringView(">\n");
}

void appendCsvField(QString &out, const QString &value)
{
    bool quote = false;
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += value;
        return;
    }
    out += u'"';
    for (const QChar c : value) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

QByteArray renderXml(ExportStream stream, QDate date, const QString &channelCode,
                     const QList<ExportRecord> &records)
{
    const QString root = ExportStreams::rootElement(stream);
    const QString element = ExportStreams::recordElement(stream);
    const QStringList &fields = ExportStreams::fields(stream);
    const QStringList &itemFields = ExportStreams::invoiceItemFields();
    QString out;
    out.reserve(256 + records.size() * 600);
    out += QLatin1StringView("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<") + root
        + QLatin1StringView(" businessDate=\"") + date.toString(Qt::ISODate)
        + QLatin1StringView("\" channel=\"");
    appendXmlText(out, channelCode);
    out += QLatin1StringView("\" records=\"") + QString::number(records.size());
    if (records.isEmpty()) {
        out += QLatin1StringView("\"/>\n");
        return out.toUtf8();
    }
    out += QLatin1StringView("\">\n");
    for (const ExportRecord &r : records) {
        out += QLatin1StringView("  <") + element + QLatin1StringView(">\n");
        appendElement(out, "    ", QStringLiteral("uuid"), r.id);
        appendElement(out, "    ", QStringLiteral("Tenant"), r.account);
        for (qsizetype i = 0; i < fields.size(); ++i)
            appendElement(out, "    ", fields[i], r.values.value(i));
        if (stream == ExportStream::Invoice) {
            if (r.items.isEmpty()) {
                out += QLatin1StringView("    <InvoiceItems/>\n");
            } else {
                out += QLatin1StringView("    <InvoiceItems>\n");
                for (const QStringList &item : r.items) {
                    out += QLatin1StringView("      <InvoiceItem>\n");
                    for (qsizetype i = 0; i < itemFields.size(); ++i)
                        appendElement(out, "        ", itemFields[i], item.value(i));
                    out += QLatin1StringView("      </InvoiceItem>\n");
                }
                out += QLatin1StringView("    </InvoiceItems>\n");
            }
        }
        out += QLatin1StringView("  </") + element + QLatin1StringView(">\n");
    }
    out += QLatin1StringView("</") + root + QLatin1StringView(">\n");
    return out.toUtf8();
}

QByteArray renderCsv(ExportStream stream, const QList<ExportRecord> &records)
{
    const QStringList &fields = ExportStreams::fields(stream);
    const QStringList &itemFields = ExportStreams::invoiceItemFields();
    const bool invoice = stream == ExportStream::Invoice;
    QString out;
    out.reserve(256 + records.size() * 300);
    out += QLatin1StringView("uuid,Tenant");
    for (const QString &field : fields)
        out += u',' + field;
    if (invoice) {
        for (const QString &field : itemFields)
            out += QLatin1StringView(",InvoiceItem.") + field;
    }
    out += QLatin1StringView("\r\n");
    auto appendRecord = [&](const ExportRecord &r, const QStringList *item) {
        appendCsvField(out, r.id);
        out += u',';
        appendCsvField(out, r.account);
        for (qsizetype i = 0; i < fields.size(); ++i) {
            out += u',';
            appendCsvField(out, r.values.value(i));
        }
        if (invoice) {
            for (qsizetype i = 0; i < itemFields.size(); ++i) {
                out += u',';
                if (item)
                    appendCsvField(out, item->value(i));
            }
        }
        out += QLatin1StringView("\r\n");
    };
    for (const ExportRecord &r : records) {
        if (invoice && !r.items.isEmpty()) {
            for (const QStringList &item : r.items)
                appendRecord(r, &item);
        } else {
            appendRecord(r, nullptr);
        }
    }
    return out.toUtf8();
}

} // namespace

QByteArray ExportWriter::render(ExportStream stream, ExportFormat format, QDate date,
                                const QString &channelCode, const QList<ExportRecord> &records)
{
    return format == ExportFormat::Xml ? renderXml(stream, date, channelCode, records)
                                       : renderCsv(stream, records);
}

QString ExportWriter::extension(ExportFormat format)
{
    return format == ExportFormat::Xml ? QStringLiteral("xml") : QStringLiteral("csv");
}

} // namespace cs
