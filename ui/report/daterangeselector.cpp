#include "daterangeselector.h"

#include "common/localeformat.h"
#include "import/fieldparser.h"

#include <QCalendarWidget>
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
    , m_hint(new QLabel(this))
{
    m_presets->addItem(tr("Last month"), int(RangePreset::LastMonth));
    m_presets->addItem(tr("This month"), int(RangePreset::ThisMonth));
    m_presets->addItem(tr("Last 7 days"), int(RangePreset::Last7Days));
    m_presets->addItem(tr("Previous quarter"), int(RangePreset::LastQuarter));
    m_presets->addItem(tr("Year to date"), int(RangePreset::YearToDate));
    m_presets->addItem(tr("Last 12 months"), int(RangePreset::Last12Months));
    m_presets->addItem(tr("Previous year"), int(RangePreset::PreviousYear));
    m_presets->addItem(tr("Custom"), int(RangePreset::Custom));
    m_presets->setToolTip(tr("Range of business days"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(LocaleFormat::dateFormat());
        // a typed date counts once it is complete: no report per keystroke
        edit->setKeyboardTracking(false);
    }
    // The window the import accepts (core/import/fieldparser.h) until the data's days are known.
    setDataSpan({}, {});
    m_zoneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(QStringLiteral("rangeHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #b00020"));
    m_hint->setWordWrap(true);
    m_hint->hide();

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
    layout->addWidget(m_hint, 1);
    layout->addStretch(1); // the edits keep their width beside a hidden hint

    connect(m_presets, &QComboBox::activated, this,
            [this](int index) { setPreset(RangePreset(m_presets->itemData(index).toInt())); });
    for (QDateEdit *edit : { m_from, m_to }) {
        // Enter or focus out, and a day picked in the calendar: no step or keystroke on its own
        connect(edit, &QDateEdit::editingFinished, this, [this, edit] { datesEdited(edit); });
        connect(edit->calendarWidget(), &QCalendarWidget::clicked, this,
                [this, edit] { datesEdited(edit); });
        connect(edit->calendarWidget(), &QCalendarWidget::activated, this,
                [this, edit] { datesEdited(edit); });
    }
    updateZoneLabel();
    applyPreset();
}

void DateRangeSelector::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    updateZoneLabel();
    if (m_preset != RangePreset::Custom)
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
    if (m_preset != RangePreset::Custom)
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
    m_preset = RangePreset::Custom;
    setDates(std::min(from, to), std::max(from, to));
    m_presets->setCurrentIndex(m_presets->findData(int(RangePreset::Custom)));
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
    m_presets->setCurrentIndex(m_presets->findData(int(m_preset)));
    if (m_preset == RangePreset::Custom)
        return;
    const auto [from, to] = RangePresets::range(m_preset, today());
    setDates(from, to);
}

// Sets both edits without a signal and makes them the applied range.
void DateRangeSelector::setDates(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_appliedFrom = m_from->date();
    m_appliedTo = m_to->date();
    showHint({});
}

// An edit finished (Enter, focus out or a calendar pick): applied when the range stays
// in order, else the edited date returns to the applied one and the hint says why.
void DateRangeSelector::datesEdited(QDateEdit *edited)
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from == m_appliedFrom && to == m_appliedTo)
        return;
    if (from > to) {
        showHint(edited == m_from
                     ? tr("The first day, %1, is after the last day, %2: not applied.")
                           .arg(LocaleFormat::date(from), LocaleFormat::date(to))
                     : tr("The last day, %1, is before the first day, %2: not applied.")
                           .arg(LocaleFormat::date(to), LocaleFormat::date(from)));
        const QSignalBlocker block(edited);
        edited->setDate(edited == m_from ? m_appliedFrom : m_appliedTo);
        return;
    }
    showHint({});
    m_appliedFrom = from;
    m_appliedTo = to;
    m_preset = RangePreset::Custom;
    m_presets->setCurrentIndex(m_presets->findData(int(RangePreset::Custom)));
    Q_EMIT rangeChanged();
}

void DateRangeSelector::setDataSpan(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid()) {
        setBounds(QDate(FieldParser::FirstAcceptedYear, 1, 1),
                  QDate(FieldParser::LastAcceptedYear, 12, 31));
        return;
    }
    const QDate now = today();
    setBounds(QDate(std::min(first, now).year() - 1, 1, 1),
              QDate(std::max(last, now).year() + 1, 12, 31));
}

// Limits both edits; a range outside the limits is moved inside them, and the hint says so.
void DateRangeSelector::setBounds(QDate minimum, QDate maximum)
{
    for (QDateEdit *edit : { m_from, m_to }) {
        const QSignalBlocker block(edit);
        edit->setDateRange(minimum, maximum);
    }
    const QString span = tr("Days from %1 to %2: the data's days and a margin")
                             .arg(LocaleFormat::date(minimum), LocaleFormat::date(maximum));
    m_from->setToolTip(tr("First business day, included. %1").arg(span));
    m_to->setToolTip(tr("Last business day, included. %1").arg(span));
    if (!m_appliedFrom.isValid()
        || (m_from->date() == m_appliedFrom && m_to->date() == m_appliedTo))
        return;
    m_appliedFrom = m_from->date();
    m_appliedTo = m_to->date();
    m_preset = RangePreset::Custom;
    m_presets->setCurrentIndex(m_presets->findData(int(RangePreset::Custom)));
    showHint(tr("The range was limited to the days from %1 to %2.")
                 .arg(LocaleFormat::date(minimum), LocaleFormat::date(maximum)));
    Q_EMIT rangeChanged();
}

void DateRangeSelector::showHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

QString DateRangeSelector::hint() const
{
    return m_hint->text();
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
