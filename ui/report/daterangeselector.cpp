#include "daterangeselector.h"

#include "common/localeformat.h"
#include "import/fieldparser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

namespace cs {

DateRangeSelector::DateRangeSelector(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_zoneLabel(new QLabel(this))
{
    m_presets->addItem(tr("Last month"), LastMonth);
    m_presets->addItem(tr("This month"), ThisMonth);
    m_presets->addItem(tr("Last 7 days"), Last7Days);
    m_presets->addItem(tr("Last quarter"), LastQuarter);
    m_presets->addItem(tr("Year to date"), YearToDate);
    m_presets->addItem(tr("Custom"), Custom);
    m_presets->setToolTip(tr("Range of business days"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(LocaleFormat::dateFormat());
        // The window the import accepts (core/import/fieldparser.h): no data lies outside it, and
        // the trend chart has a point per day of the range.
        edit->setMinimumDate(QDate(FieldParser::FirstAcceptedYear, 1, 1));
        edit->setMaximumDate(QDate(FieldParser::LastAcceptedYear, 12, 31));
    }
    m_from->setToolTip(tr("First business day, included"));
    m_to->setToolTip(tr("Last business day, included"));
    m_zoneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_presets);
    layout->addWidget(rangeLabel);
    layout->addWidget(m_presets);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_zoneLabel);

    connect(m_presets, &QComboBox::activated, this,
            [this](int index) { setPreset(Preset(m_presets->itemData(index).toInt())); });
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeSelector::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeSelector::datesEdited);
    updateZoneLabel();
    applyPreset();
}

std::pair<QDate, QDate> DateRangeSelector::presetRange(Preset preset, QDate today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case LastMonth:
        return { monthStart.addMonths(-1), monthStart.addDays(-1) };
    case ThisMonth:
        return { monthStart, today };
    case Last7Days:
        return { today.addDays(-7), today.addDays(-1) };
    case LastQuarter: {
        const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return { quarterStart.addMonths(-3), quarterStart.addDays(-1) };
    }
    case YearToDate:
        return { QDate(today.year(), 1, 1), today };
    case Custom:
        break;
    }
    return {};
}

QString DateRangeSelector::presetId(Preset preset)
{
    switch (preset) {
    case LastMonth:
        return QStringLiteral("last-month");
    case ThisMonth:
        return QStringLiteral("this-month");
    case Last7Days:
        return QStringLiteral("last-7-days");
    case LastQuarter:
        return QStringLiteral("last-quarter");
    case YearToDate:
        return QStringLiteral("year-to-date");
    case Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<DateRangeSelector::Preset> DateRangeSelector::presetFromId(const QString &id)
{
    for (Preset preset : { LastMonth, ThisMonth, Last7Days, LastQuarter, YearToDate, Custom }) {
        if (presetId(preset) == id)
            return preset;
    }
    return std::nullopt;
}

void DateRangeSelector::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    updateZoneLabel();
    if (m_preset != Custom)
        applyPreset();
}

QDate DateRangeSelector::today() const
{
    if (m_fixedToday.isValid())
        return m_fixedToday;
    return QDateTime::currentDateTime().toTimeZone(m_zone).date();
}

void DateRangeSelector::setToday(QDate today)
{
    m_fixedToday = today;
    if (m_preset != Custom)
        applyPreset();
}

void DateRangeSelector::setPreset(Preset preset)
{
    m_preset = preset;
    applyPreset();
    Q_EMIT rangeChanged();
}

void DateRangeSelector::setCustomRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_preset = Custom;
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_updating = true;
        m_from->setDate(std::min(from, to));
        m_to->setDate(std::max(from, to));
        m_updating = false;
    }
    m_presets->setCurrentIndex(m_presets->findData(Custom));
    Q_EMIT rangeChanged();
}

QDate DateRangeSelector::from() const
{
    return m_from->date();
}

QDate DateRangeSelector::to() const
{
    return m_to->date();
}

void DateRangeSelector::applyPreset()
{
    m_presets->setCurrentIndex(m_presets->findData(m_preset));
    if (m_preset == Custom)
        return;
    const auto [from, to] = presetRange(m_preset, today());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void DateRangeSelector::datesEdited()
{
    if (m_updating)
        return;
    if (m_from->date() > m_to->date()) {
        // keep the range valid: the edited end drags the other one along
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    m_preset = Custom;
    m_presets->setCurrentIndex(m_presets->findData(Custom));
    Q_EMIT rangeChanged();
}

void DateRangeSelector::updateZoneLabel()
{
    const QString id = QString::fromUtf8(m_zone.id());
    m_zoneLabel->setText(tr("business days in %1").arg(id));
    m_zoneLabel->setToolTip(tr("Days start at 00:00 in the business time zone %1 (%2); "
                               "change it in the settings.")
                                .arg(id, m_zone.displayName(QTimeZone::GenericTime)));
}

} // namespace cs
