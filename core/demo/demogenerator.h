#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace cs {

struct DemoOptions
{
    // Multiplies the number of accounts (AccountsPerScale per unit); at least 1.
    int scale = 1;
    quint64 seed = 1;
    // The last business day with data; invalid means yesterday in `zone`.
    QDate until;
    // How many business days up to `until` get data (about a year by default).
    int days = 365;
    // The business time zone: usage records cover its days [00:00, next 00:00).
    QTimeZone zone = QTimeZone::utc();
};

// What writeDataset() wrote: rows per kind and the covered dates.
struct DemoSummary
{
    QDate from;
    QDate until;
    qint64 billingGroups = 0;
    qint64 channels = 0;
    qint64 accounts = 0;
    qint64 products = 0;
    qint64 rates = 0;
    qint64 usageRecords = 0;
    qint64 statements = 0;
    qint64 invoices = 0;
    qint64 invoiceItems = 0;
    qint64 payments = 0; // PAYMENT and CREDIT rows of payments.csv
    qint64 paymentFailures = 0;
};

// Writes a realistic, deterministic demo dataset in the import format of the README (plus
// invoice_items.csv) for `days` business days up to `until`: CloudStack usage types as products,
// four billing groups with their channels and one channel without a group, channels in USD, EUR
// and JPY, default rate cards per currency with one rate change in the middle of the period and
// one channel-specific override, AccountsPerScale x scale accounts with daily usage per resource
// (weekday, seasonal and growth patterns, spikes, a few multi-day network records) and monthly
// billing documents (statements that balance exactly, invoices with items, payments, credits,
// payment failures).
//
// The same options give byte-identical files on every platform. Each file is written through a
// QSaveFile, so a failed run never leaves a half-written file under its final name.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(cs::DemoGenerator)
public:
    static constexpr int AccountsPerScale = 100;

    explicit DemoGenerator(DemoOptions options);

    const DemoOptions &options() const { return m_options; }

    // Creates `directory` if needed and writes the dataset files into it. Fails with a message
    // naming the file that could not be written, or the option that is out of range.
    Result<DemoSummary> writeDataset(const QString &directory) const;
    // Asked before each day is written: true stops writeDataset(), which then fails with
    // canceledMessage(); the files it had begun are not committed.
    void setCancelCheck(std::function<bool()> canceled);
    static QString canceledMessage();

private:
    DemoOptions m_options;
    std::function<bool()> m_canceled;
};

} // namespace cs
