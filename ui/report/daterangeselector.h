#pragma once

#include "report/rangepreset.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;

namespace cs {

// The report range: a preset (last month by default) or custom dates picked from calendar
// pop-ups, in business days of the business time zone, which the selector shows. A typed date
// applies when its editing finishes (Enter, focus out) or a day is picked in the calendar; a first
// day after the last one is refused, and the selector says so.
class DateRangeSelector : public QWidget
{
    Q_OBJECT

public:
    using Preset = RangePreset;

    explicit DateRangeSelector(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DateRangeSelector)

    // The zone in which "today" is taken and which the label names.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // Today in the business time zone (or the fixed date of setToday(), for tests).
    QDate today() const;
    void setToday(QDate today);

    // Limits the dates to the data's days (first..last) with a margin: from the first of January
    // of the year before the data (or before today) to the last of December of the year after it;
    // invalid days reset the limits to the import's window.
    void setDataSpan(QDate first, QDate last);
    // What the selector says about a refused date; empty when all is well.
    QString hint() const;

    void setPreset(Preset preset);
    void setCustomRange(QDate from, QDate to);
    Preset preset() const { return m_preset; }
    QDate from() const;
    QDate to() const;

Q_SIGNALS:
    void rangeChanged();

private:
    void applyPreset();
    void updateZoneLabel();
    void datesEdited(QDateEdit *edited);
    void setBounds(QDate minimum, QDate maximum);
    void showHint(const QString &text);
    void setDates(QDate from, QDate to);

    QComboBox *m_presets;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_zoneLabel;
    QLabel *m_hint;
    QTimeZone m_zone = QTimeZone::utc();
    QDate m_fixedToday;
    Preset m_preset = RangePreset::LastMonth;
    // the range applied last, to which a refused edit returns
    QDate m_appliedFrom;
    QDate m_appliedTo;
};

} // namespace cs
