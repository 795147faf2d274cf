#include "demogenerator.h"

#include "csvfilewriter.h"
#include "demorandom.h"
#include "numeric/decimal.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace cs {

namespace {

// --- The fixed part of the data: products, currencies, billing groups, channels ----------------

enum Product : quint8 {
    RunningVm,
    AllocatedVm,
    IpAddress,
    NetworkBytesSent,
    NetworkBytesReceived,
    Volume,
    Template,
    Iso,
    Snapshot,
    VolumeSecondary,
    Backup,
    Bucket,
    LoadBalancerPolicy,
    PortForwardingRule,
    NetworkOffering,
    VpnUsers,
    SecurityGroup,
    VmDiskIoRead,
    VmDiskIoWrite,
    VmDiskBytesRead,
    VmDiskBytesWrite,
    VmSnapshot,
    ProductCount
};

// How a product's daily quantity is formed.
enum class Measure : quint8 {
    Hours, // the hours of the day the resource existed
    MonthFraction, // size x (length of the day / length of the month), e.g. GB-Months
    Amount // a count or a number of bytes with daily patterns
};

struct ProductInfo
{
    const char *code;
    const char *name;
    const char *category;
    const char *uom;
    Measure measure;
    qint64 usdPico; // default USD rate in 10^-12
};

constexpr std::array<ProductInfo, ProductCount> s_products { {
    { "RUNNING_VM", "Running VM", "Compute", "Hours", Measure::Hours, 45'000'000'000 },
    { "ALLOCATED_VM", "Allocated VM", "Compute", "Hours", Measure::Hours, 5'000'000'000 },
    { "IP_ADDRESS", "Public IP address", "Network", "IP-Month", Measure::MonthFraction,
      3'600'000'000'000 },
    { "NETWORK_BYTES_SENT", "Network bytes sent", "Network", "Bytes", Measure::Amount, 85 },
    { "NETWORK_BYTES_RECEIVED", "Network bytes received", "Network", "Bytes", Measure::Amount, 10 },
    { "VOLUME", "Primary storage volume", "Storage", "GB-Months", Measure::MonthFraction,
      100'000'000'000 },
    { "TEMPLATE", "Template", "Storage", "GB-Months", Measure::MonthFraction, 50'000'000'000 },
    { "ISO", "ISO image", "Storage", "GB-Months", Measure::MonthFraction, 50'000'000'000 },
    { "SNAPSHOT", "Volume snapshot", "Storage", "GB-Months", Measure::MonthFraction,
      50'000'000'000 },
    { "VOLUME_SECONDARY", "Secondary storage volume", "Storage", "GB-Months",
      Measure::MonthFraction, 80'000'000'000 },
    { "BACKUP", "Backup", "Storage", "GB-Months", Measure::MonthFraction, 40'000'000'000 },
    { "BUCKET", "Object storage bucket", "Storage", "GB-Months", Measure::MonthFraction,
      23'000'000'000 },
    { "LOAD_BALANCER_POLICY", "Load balancer rule", "Network Services", "Hours", Measure::Hours,
      25'000'000'000 },
    { "PORT_FORWARDING_RULE", "Port forwarding rule", "Network Services", "Hours", Measure::Hours,
      2'000'000'000 },
    { "NETWORK_OFFERING", "Network offering", "Network Services", "Hours", Measure::Hours,
      10'000'000'000 },
    { "VPN_USERS", "VPN user", "Network Services", "Hours", Measure::Hours, 15'000'000'000 },
    { "SECURITY_GROUP", "Security group", "Network Services", "Hours", Measure::Hours,
      1'000'000'000 },
    { "VM_DISK_IO_READ", "Disk read operations", "Disk I/O", "count", Measure::Amount, 50'000 },
    { "VM_DISK_IO_WRITE", "Disk write operations", "Disk I/O", "count", Measure::Amount, 100'000 },
    { "VM_DISK_BYTES_READ", "Disk bytes read", "Disk I/O", "Bytes", Measure::Amount, 4 },
    { "VM_DISK_BYTES_WRITE", "Disk bytes written", "Disk I/O", "Bytes", Measure::Amount, 6 },
    { "VM_SNAPSHOT", "VM snapshot", "Storage", "GB-Months", Measure::MonthFraction,
      60'000'000'000 },
} };

enum CurrencyIndex : quint8 { Usd, Eur, Jpy, CurrencyCount };

struct CurrencyInfo
{
    const char *code;
    int minorUnits;
};

constexpr std::array<CurrencyInfo, CurrencyCount> s_currencies { {
    { "USD", 2 },
    { "EUR", 2 },
    { "JPY", 0 },
} };

struct GroupInfo
{
    const char *code;
    const char *name;
};

constexpr std::array<GroupInfo, 4> s_groups { {
    { "NIMBUS", "Nimbus Distribution (Americas)" },
    { "EUROCLOUD", "EuroCloud Partners" },
    { "SAKURA", "Sakura Systems" },
    { "GLOBALNET", "GlobalNet Resellers, Ltd." },
} };

enum Region : quint8 { Americas, Europe, Japan };

struct ChannelInfo
{
    const char *code;
    const char *name;
    int group; // index in s_groups, -1 for none
    CurrencyIndex currency;
    int weight; // accounts per 100
    int taxPermille;
    Region region;
};

constexpr std::array<ChannelInfo, 13> s_channels { {
    { "NIMBUS-US-EAST", "Nimbus US East", 0, Usd, 14, 0, Americas },
    { "NIMBUS-US-WEST", "Nimbus US West", 0, Usd, 10, 0, Americas },
    { "NIMBUS-LATAM", "Nimbus Latinoamérica", 0, Usd, 6, 0, Americas },
    { "EUROCLOUD-DE", "EuroCloud Deutschland", 1, Eur, 12, 190, Europe },
    { "EUROCLOUD-FR", "EuroCloud France", 1, Eur, 8, 200, Europe },
    { "EUROCLOUD-NL", "EuroCloud Nederland", 1, Eur, 6, 210, Europe },
    { "SAKURA-TOKYO", "Sakura Tokyo", 2, Jpy, 10, 100, Japan },
    { "SAKURA-OSAKA", "Sakura Osaka", 2, Jpy, 5, 100, Japan },
    { "GLOBALNET-US", "GlobalNet US", 3, Usd, 8, 0, Americas },
    { "GLOBALNET-EU", "GlobalNet Europe", 3, Eur, 6, 190, Europe },
    { "GLOBALNET-JP", "GlobalNet Japan", 3, Jpy, 4, 100, Japan },
    { "GLOBALNET-APAC", "GlobalNet Asia Pacific", 3, Usd, 5, 0, Americas },
    { "DIRECT-WEB", "Direct online customers", -1, Usd, 6, 0, Americas },
} };
constexpr int s_channelCount = int(s_channels.size());

// The channel with its own catalog, and the products it overrides (price in 10^-12).
constexpr int s_overrideChannel = 3; // EUROCLOUD-DE
constexpr std::array<std::pair<Product, qint64>, 2> s_overrides { {
    { RunningVm, 37'900'000'000 },
    { Volume, 85'000'000'000 },
} };
// The default rate that changes in the middle of the period, and its new price in percent.
constexpr Product s_changedProduct = RunningVm;
constexpr int s_changedPercent = 90;

constexpr std::array<const char *, 12> s_americasNames {
    "Blue Harbor", "Summit Peak",  "Redwood",       "Granite State", "Lone Star",   "Pacific Crest",
    "Maple Leaf",  "Prairie Wind", "Copper Canyon", "Silver Lake",   "Andes Norte", "Patagonia Sur"
};
constexpr std::array<const char *, 10> s_americasSuffixes {
    "Analytics, Inc.", "Logistics LLC", "Health Systems",     "Media Group",  "Software, Inc.",
    "Retail Co.",      "Labs",          "Financial Services", "Games Studio", "Energy Corp."
};
constexpr std::array<const char *, 12> s_europeNames { "Müller",      "Schäfer",    "Dubois",
                                                       "Lefèvre",     "van Dijk",   "Jansen",
                                                       "Nordlicht",   "Alpenblick", "Rheinland",
                                                       "Côte d'Azur", "Øresund",    "Brückner" };
constexpr std::array<const char *, 10> s_europeSuffixes { "GmbH",          "AG",
                                                          "S.A.",          "SARL",
                                                          "B.V.",          "& Söhne KG",
                                                          "Logistik GmbH", "Médias S.A.S.",
                                                          "Software B.V.", "\"Data\" Services" };
constexpr std::array<const char *, 10> s_japanNames {
    "さくらデータ", "青空ソフト",    "富士テック",  "みなと物流",   "Kansai Digital",
    "Hoshi Games",  "Nippon Retail", "Tokyo Media", "Osaka Health", "Yamato Logistics"
};
constexpr std::array<const char *, 4> s_japanSuffixes { "株式会社", "K.K.", "合同会社",
                                                        "Co., Ltd." };

constexpr std::array<int, 12> s_seasonPermille { 950, 970, 1020, 1000, 980,  930,
                                                 880, 850, 1000, 1050, 1100, 920 };

constexpr std::array<const char *, 4> s_failureCodes { "card_declined", "insufficient_funds",
                                                       "expired_card", "processing_error" };
constexpr std::array<const char *, 4> s_failureMemos { "Card declined by issuer",
                                                       "Insufficient funds", "Card expired",
                                                       "Payment gateway timeout" };

constexpr qint64 s_msPerHour = 3'600'000;
constexpr qint64 s_msPerDay = 86'400'000;
constexpr qint64 s_micro = 1'000'000;

// --- Working state ----------------------------------------------------------------------------

struct Day
{
    QDate date;
    qint64 startMs = 0;
    QByteArray startText; // ISO 8601 UTC with Z
    QByteArray dateText; // YYYY-MM-DD
    QByteArray compact; // YYYYMMDD, for ids
    qint64 lengthMs = 0;
    qint64 monthMs = 0; // days in the month x 24 h: the denominator of month fractions
    int seasonPermille = 1000;
    int growthPermille = 1000;
    bool weekend = false;
    bool event = false; // a day of heavy traffic everywhere
};

enum class Pattern : quint8 {
    Steady, // production: runs all day, every day
    Office // development: runs on weekdays, office hours
};

struct Span
{
    int start;
    int length;
};

struct Resource
{
    Product product;
    Pattern pattern = Pattern::Steady;
    int createdDay = 0;
    int destroyedDay = 0; // exclusive
    qint64 base = 0; // Amount: per weekday; MonthFraction: size in milli-units
    qint64 growthPerDay = 0; // MonthFraction: milli-units added per day
    QByteArray idPrefix; // "U000123-007-"
    std::vector<Span> spans; // multi-day records (network only), sorted, disjoint
    std::vector<int> spikeDays;
    int spikeFactor = 1;
};

struct PendingPayment
{
    int day;
    qint64 amount;
    int attempt;
    bool partial;
};

struct Account
{
    int index = 0;
    int channel = 0;
    QByteArray code;
    QByteArray name;
    QByteArray number; // "000123", for document ids
    int startDay = 0;
    int cycleDay = 1; // day of the month statements are posted
    int discountPermille = 0;
    int invoiceLines = 4; // at most, 1..4
    std::vector<Resource> resources;

    // The open billing period.
    int periodStart = 0;
    std::vector<int128> usageMicros; // per rate id
    std::vector<char> rateTouched; // per rate id
    std::vector<quint16> touchedRates;
    qint64 periodPayments = 0;
    qint64 periodCredits = 0;

    qint64 balance = 0;
    qint64 lastInvoiceTotal = 0;
    std::vector<PendingPayment> pending;
    int paymentSequence = 0;
    int creditSequence = 0;
    int failureSequence = 0;
};

struct Rate
{
    Product product;
    CurrencyIndex currency;
    int channel; // -1: default rate card
    QDate effectiveFrom;
    qint64 pico;
};

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

QByteArray isoInstant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"))
        .toLatin1();
}

QByteArray padded(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

QByteArray rateText(qint64 pico)
{
    QByteArray text = QByteArray::number(pico / 1'000'000'000'000);
    QByteArray fraction = padded(pico % 1'000'000'000'000, 12);
    while (!fraction.isEmpty() && fraction.endsWith('0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += '.' + fraction;
    return text;
}

class Generator
{
public:
    Generator(const DemoOptions &options, QDate until)
        : m_options(options)
        , m_seed(options.seed)
        , m_dayCount(options.days)
        , m_calendar(options.zone)
    {
        setUpDays(until);
        setUpRates();
        setUpAccounts();
    }

    Result<DemoSummary> write(const QString &directory, const std::function<bool()> &canceled);

private:
    void setUpDays(QDate until);
    void setUpRates();
    void setUpAccounts();
    void addResource(Account &account, Product product, Pattern pattern, int created, int destroyed,
                     qint64 base, DemoRandom &random);

    int rateId(int channel, Product product, int day) const
    {
        return m_rateTable[(size_t(channel) * ProductCount + product) * size_t(m_dayCount) + day];
    }

    void writeUsage(Account &account, int day, CsvFileWriter &usage);
    void usageRecord(Account &account, const Resource &resource, int day, int endDay, quint64 whole,
                     quint32 micros, CsvFileWriter &usage);
    qint64 amountOn(const Account &account, const Resource &resource, size_t resourceIndex,
                    int day) const;

    void closePeriod(Account &account, int day);
    void settle(Account &account, int day);

    const DemoOptions &m_options;
    quint64 m_seed;
    int m_dayCount;
    BusinessCalendar m_calendar;
    std::vector<Day> m_days; // m_dayCount + 1: the last one only ends the period
    std::vector<Rate> m_rates;
    std::vector<qint16> m_rateTable;
    QDate m_changeDate;
    std::vector<Account> m_accounts;

    std::unique_ptr<CsvFileWriter> m_statements;
    std::unique_ptr<CsvFileWriter> m_invoices;
    std::unique_ptr<CsvFileWriter> m_invoiceItems;
    std::unique_ptr<CsvFileWriter> m_payments;
    std::unique_ptr<CsvFileWriter> m_failures;
    qint64 m_usageRows = 0;
};

void Generator::setUpDays(QDate until)
{
    const QDate from = until.addDays(-(m_dayCount - 1));
    DemoRandom random = DemoRandom::keyed(m_seed, { 0xda75 });
    std::vector<int> eventDays;
    for (int i = 0; i < 3; ++i)
        eventDays.push_back(int(random.below(quint64(m_dayCount))));

    m_days.resize(size_t(m_dayCount) + 1);
    for (int i = 0; i <= m_dayCount; ++i) {
        Day &day = m_days[size_t(i)];
        day.date = from.addDays(i);
        day.startMs = m_calendar.dayStart(day.date);
        day.startText = isoInstant(day.startMs);
        day.dateText = day.date.toString(Qt::ISODate).toLatin1();
        day.compact = day.date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        day.monthMs = qint64(day.date.daysInMonth()) * s_msPerDay;
        day.seasonPermille = s_seasonPermille[size_t(day.date.month() - 1)];
        day.growthPermille = 800 + int(qint64(450) * i / std::max(1, m_dayCount - 1));
        day.weekend = day.date.dayOfWeek() >= 6;
        day.event = std::find(eventDays.begin(), eventDays.end(), i) != eventDays.end();
    }
    for (int i = 0; i < m_dayCount; ++i)
        m_days[size_t(i)].lengthMs = m_days[size_t(i) + 1].startMs - m_days[size_t(i)].startMs;
}

void Generator::setUpRates()
{
    const QDate from = m_days.front().date;
    const QDate cardStart(from.year(), from.month(), 1);
    // The change takes effect on the first of the month in the middle of the period (or on the
    // middle day itself when the period is shorter than that).
    const QDate middle = from.addDays(m_dayCount / 2);
    m_changeDate = QDate(middle.year(), middle.month(), 1);
    if (m_changeDate <= from)
        m_changeDate = middle;

    for (int c = 0; c < CurrencyCount; ++c) {
        for (int p = 0; p < ProductCount; ++p) {
            const qint64 usd = s_products[size_t(p)].usdPico;
            const qint64 pico = c == Usd ? usd : (c == Eur ? (usd * 92 + 50) / 100 : usd * 150);
            m_rates.push_back({ Product(p), CurrencyIndex(c), -1, cardStart, pico });
            if (p == s_changedProduct)
                m_rates.push_back({ Product(p), CurrencyIndex(c), -1, m_changeDate,
                                    pico * s_changedPercent / 100 });
        }
    }
    for (const auto &[product, pico] : s_overrides)
        m_rates.push_back({ product, s_channels[s_overrideChannel].currency, s_overrideChannel,
                            cardStart, pico });

    // The rate in effect per channel, product and day: a channel's own rate beats the default
    // card, a later effective_from beats an earlier one.
    m_rateTable.assign(size_t(s_channelCount) * ProductCount * size_t(m_dayCount), -1);
    for (int c = 0; c < s_channelCount; ++c) {
        for (int p = 0; p < ProductCount; ++p) {
            for (int d = 0; d < m_dayCount; ++d) {
                const QDate date = m_days[size_t(d)].date;
                int best = -1;
                for (int r = 0; r < int(m_rates.size()); ++r) {
                    const Rate &rate = m_rates[size_t(r)];
                    if (rate.product != p || rate.currency != s_channels[size_t(c)].currency
                        || rate.effectiveFrom > date || (rate.channel != -1 && rate.channel != c))
                        continue;
                    if (best < 0) {
                        best = r;
                        continue;
                    }
                    const Rate &current = m_rates[size_t(best)];
                    const bool ownBeatsDefault = rate.channel != -1 && current.channel == -1;
                    const bool sameKindLater = (rate.channel == -1) == (current.channel == -1)
                        && rate.effectiveFrom > current.effectiveFrom;
                    if (ownBeatsDefault || sameKindLater)
                        best = r;
                }
                m_rateTable[(size_t(c) * ProductCount + size_t(p)) * size_t(m_dayCount) + size_t(d)]
                    = qint16(best);
            }
        }
    }
}

void Generator::addResource(Account &account, Product product, Pattern pattern, int created,
                            int destroyed, qint64 base, DemoRandom &random)
{
    Resource resource;
    resource.product = product;
    resource.pattern = pattern;
    resource.createdDay = created;
    resource.destroyedDay = destroyed;
    resource.base = base;
    resource.idPrefix
        = 'U' + account.number + '-' + padded(qint64(account.resources.size()), 3) + '-';
    if (product == Bucket)
        resource.growthPerDay = random.between(0, base / 50);
    if (product == NetworkBytesSent || product == NetworkBytesReceived) {
        // Some network records cover two or three days (CloudStack aggregates late samples).
        if (random.chance(300)) {
            const int count = int(random.between(1, 2));
            for (int i = 0; i < count; ++i) {
                if (destroyed - created < 8)
                    break;
                const int start = int(random.between(created, destroyed - 4));
                const int length = int(random.between(2, 3));
                const bool overlaps
                    = std::any_of(resource.spans.begin(), resource.spans.end(), [&](const Span &s) {
                          return start < s.start + s.length && s.start < start + length;
                      });
                if (!overlaps)
                    resource.spans.push_back({ start, length });
            }
            std::sort(resource.spans.begin(), resource.spans.end(),
                      [](const Span &a, const Span &b) { return a.start < b.start; });
        }
    }
    if (s_products[product].measure == Measure::Amount && random.chance(300)) {
        const int count = int(random.between(1, 3));
        for (int i = 0; i < count; ++i)
            resource.spikeDays.push_back(int(random.between(created, destroyed - 1)));
        resource.spikeFactor = int(random.between(5, 40));
    }
    account.resources.push_back(std::move(resource));
}

void Generator::setUpAccounts()
{
    const int accountCount = DemoGenerator::AccountsPerScale * m_options.scale;
    // Each block of AccountsPerScale accounts has the channel weights exactly, in a seeded order.
    std::vector<int> slots;
    for (int c = 0; c < s_channelCount; ++c)
        slots.insert(slots.end(), size_t(s_channels[size_t(c)].weight), c);
    Q_ASSERT(int(slots.size()) == DemoGenerator::AccountsPerScale);
    DemoRandom shuffle = DemoRandom::keyed(m_seed, { 0x5107 });
    for (size_t i = slots.size() - 1; i > 0; --i)
        std::swap(slots[i], slots[size_t(shuffle.below(i + 1))]);

    const int last = m_dayCount;
    m_accounts.resize(size_t(accountCount));
    for (int a = 0; a < accountCount; ++a) {
        Account &account = m_accounts[size_t(a)];
        DemoRandom random = DemoRandom::keyed(m_seed, { 0xacc7, quint64(a) });
        account.index = a;
        account.channel = slots[size_t(a % DemoGenerator::AccountsPerScale)];
        account.number = padded(a + 1, 6);
        account.code = "ACCT-" + account.number;
        switch (s_channels[size_t(account.channel)].region) {
        case Americas:
            account.name = utf8(s_americasNames[random.below(s_americasNames.size())]) + ' '
                + utf8(s_americasSuffixes[random.below(s_americasSuffixes.size())]);
            break;
        case Europe:
            account.name = utf8(s_europeNames[random.below(s_europeNames.size())]) + ' '
                + utf8(s_europeSuffixes[random.below(s_europeSuffixes.size())]);
            break;
        case Japan: {
            const QByteArray suffix = utf8(s_japanSuffixes[random.below(s_japanSuffixes.size())]);
            const QByteArray name = utf8(s_japanNames[random.below(s_japanNames.size())]);
            account.name = suffix == "株式会社" ? QByteArray(suffix + name)
                                                : QByteArray(name + ' ' + suffix);
            break;
        }
        }
        const int latestStart = last * 85 / 100;
        account.startDay
            = random.chance(700) || latestStart < 1 ? 0 : int(random.between(1, latestStart));
        account.periodStart = account.startDay;
        account.cycleDay = int(random.between(1, 28));
        account.discountPermille = random.chance(200) ? int(random.between(1, 2)) * 50 : 0;
        account.invoiceLines = int(random.between(1, 4));
        const int end = random.chance(40) ? int(random.between(account.startDay + 1, last)) : last;
        const int tier = int(random.below(100));

        auto lifetime = [&](bool later, int *created, int *destroyed) {
            *created = later ? int(random.between(account.startDay, end - 1)) : account.startDay;
            *destroyed = end;
            if (random.chance(150))
                *destroyed = std::min(end, *created + int(random.between(7, last)));
            if (*destroyed <= *created)
                *destroyed = *created + 1;
        };

        const int initialVms
            = tier < 55 ? 1 : (tier < 88 ? int(random.between(1, 2)) : int(random.between(2, 4)));
        const int addedVms = tier < 55
            ? (random.chance(200) ? 1 : 0)
            : (tier < 88 ? int(random.between(0, 1)) : int(random.between(1, 3)));
        const qint64 diskScale = tier < 55 ? 1 : (tier < 88 ? 4 : 16);
        for (int v = 0; v < initialVms + addedVms; ++v) {
            int created = 0;
            int destroyed = 0;
            lifetime(v >= initialVms, &created, &destroyed);
            const Pattern pattern = random.chance(350) ? Pattern::Office : Pattern::Steady;
            addResource(account, RunningVm, pattern, created, destroyed, 1, random);
            addResource(account, AllocatedVm, pattern, created, destroyed, 1, random);
            addResource(account, Volume, pattern, created, destroyed,
                        random.between(2, 10) * 10'000, random);
            addResource(account, VmDiskIoRead, pattern, created, destroyed,
                        random.between(1'000, 400'000) * diskScale, random);
            addResource(account, VmDiskIoWrite, pattern, created, destroyed,
                        random.between(500, 200'000) * diskScale, random);
            addResource(account, VmDiskBytesRead, pattern, created, destroyed,
                        random.between(100, 20'000) * 1'000'000 * diskScale, random);
            addResource(account, VmDiskBytesWrite, pattern, created, destroyed,
                        random.between(50, 10'000) * 1'000'000 * diskScale, random);
            if (random.chance(250))
                addResource(account, Volume, pattern, created, destroyed,
                            random.between(50, 2000) * 1000, random);
            if (random.chance(100))
                addResource(account, VmSnapshot, pattern, created, destroyed,
                            random.between(5, 100) * 1000, random);
        }

        auto accountLevel = [&](Product product, qint64 base) {
            int created = 0;
            int destroyed = 0;
            lifetime(random.chance(300), &created, &destroyed);
            addResource(account, product, Pattern::Steady, created, destroyed, base, random);
        };
        const int ips = 1 + (tier >= 88 ? int(random.between(1, 2)) : (random.chance(200) ? 1 : 0));
        for (int i = 0; i < ips; ++i)
            accountLevel(IpAddress, 1000);
        // Network traffic per weekday: mantissa x 10^exponent bytes, larger for larger tiers.
        qint64 sent = random.between(1, 9);
        const int exponent = int(random.between(8, 9)) + (tier >= 88 ? 1 : 0);
        for (int e = 0; e < exponent; ++e)
            sent *= 10;
        {
            int created = 0;
            int destroyed = 0;
            lifetime(false, &created, &destroyed);
            addResource(account, NetworkBytesSent, Pattern::Steady, created, destroyed, sent,
                        random);
            addResource(account, NetworkBytesReceived, Pattern::Steady, created, destroyed,
                        sent * random.between(150, 600) / 1000, random);
            addResource(account, NetworkOffering, Pattern::Steady, created, destroyed, 1, random);
        }
        if (random.chance(500))
            accountLevel(SecurityGroup, 1);
        if (tier >= 55 && random.chance(400)) {
            for (int i = int(random.between(1, 2)); i > 0; --i)
                accountLevel(LoadBalancerPolicy, 1);
        }
        if (random.chance(250)) {
            for (int i = int(random.between(1, 3)); i > 0; --i)
                accountLevel(PortForwardingRule, 1);
        }
        if (random.chance(150)) {
            for (int i = int(random.between(1, 3)); i > 0; --i)
                accountLevel(VpnUsers, 1);
        }
        if (random.chance(400)) {
            for (int i = int(random.between(1, 2)); i > 0; --i)
                accountLevel(Snapshot, random.between(10, 200) * 1000);
        }
        if (random.chance(200))
            accountLevel(Template, random.between(2, 40) * 1000);
        if (random.chance(100))
            accountLevel(Iso, random.between(1, 8) * 1000);
        if (random.chance(150))
            accountLevel(VolumeSecondary, random.between(20, 500) * 1000);
        if (random.chance(250))
            accountLevel(Backup, random.between(20, 1000) * 1000);
        if (random.chance(200))
            accountLevel(Bucket, random.between(1, 5000) * 1000);

        account.usageMicros.assign(m_rates.size(), 0);
        account.rateTouched.assign(m_rates.size(), 0);
    }
}

qint64 Generator::amountOn(const Account &account, const Resource &resource, size_t resourceIndex,
                           int day) const
{
    const Day &d = m_days[size_t(day)];
    DemoRandom random = DemoRandom::keyed(
        m_seed, { 0xa307, quint64(account.index), resourceIndex, quint64(day) });
    int weekday = 1000;
    if (d.weekend)
        weekday = resource.pattern == Pattern::Office ? 250 : 600;
    const int noise = int(random.between(850, 1150));
    int128 value = int128(resource.base) * weekday * d.seasonPermille * d.growthPermille * noise
        / int128(1'000'000'000'000);
    if (std::find(resource.spikeDays.begin(), resource.spikeDays.end(), day)
        != resource.spikeDays.end())
        value *= resource.spikeFactor;
    if (d.event
        && (resource.product == NetworkBytesSent || resource.product == NetworkBytesReceived)
        && random.chance(600))
        value *= random.between(2, 4);
    return qint64(value);
}

void Generator::usageRecord(Account &account, const Resource &resource, int day, int endDay,
                            quint64 whole, quint32 micros, CsvFileWriter &usage)
{
    usage.field(resource.idPrefix);
    usage.field(m_days[size_t(day)].compact);
    usage.comma();
    usage.field(account.code);
    usage.comma();
    usage.field(s_products[resource.product].code);
    usage.comma();
    usage.field(m_days[size_t(day)].startText);
    usage.comma();
    usage.field(m_days[size_t(endDay)].startText);
    usage.comma();
    usage.quantity(whole, micros);
    usage.endRow();
    ++m_usageRows;

    const int rate = rateId(account.channel, resource.product, day);
    if (!account.rateTouched[size_t(rate)]) {
        account.rateTouched[size_t(rate)] = 1;
        account.touchedRates.push_back(quint16(rate));
    }
    account.usageMicros[size_t(rate)] += int128(whole) * s_micro + micros;
}

void Generator::writeUsage(Account &account, int day, CsvFileWriter &usage)
{
    const Day &d = m_days[size_t(day)];
    for (size_t r = 0; r < account.resources.size(); ++r) {
        const Resource &resource = account.resources[r];
        if (day < resource.createdDay || day >= resource.destroyedDay)
            continue;
        switch (s_products[resource.product].measure) {
        case Measure::Hours: {
            // Hours of the day in microhours: 24 h, or 23 / 25 on a daylight-saving change.
            qint64 microhours = d.lengthMs * 10 / 36;
            if (resource.product == RunningVm) {
                DemoRandom random = DemoRandom::keyed(
                    m_seed, { 0x4b0e, quint64(account.index), r, quint64(day) });
                if (resource.pattern == Pattern::Office) {
                    if (d.weekend)
                        continue;
                    const qint64 seconds = random.between(7 * 3600, 13 * 3600 + 3599);
                    microhours = seconds * 10'000 / 36;
                } else if (random.chance(30)) {
                    microhours -= random.between(60, 5400) * 10'000 / 36;
                }
            }
            usageRecord(account, resource, day, day + 1, quint64(microhours / s_micro),
                        quint32(microhours % s_micro), usage);
            break;
        }
        case Measure::MonthFraction: {
            const int128 size
                = resource.base + int128(resource.growthPerDay) * (day - resource.createdDay);
            // size (milli-units) x day / month, in millionths of a unit.
            const int128 micros = size * d.lengthMs * 1000 / d.monthMs;
            usageRecord(account, resource, day, day + 1, quint64(micros / s_micro),
                        quint32(micros % s_micro), usage);
            break;
        }
        case Measure::Amount: {
            int span = 1;
            for (const Span &s : resource.spans) {
                if (day > s.start && day < s.start + s.length)
                    span = 0; // inside a multi-day record written on its first day
                else if (day == s.start)
                    span = std::min(s.length, m_dayCount - day);
            }
            if (span == 0)
                break;
            qint64 total = 0;
            for (int i = 0; i < span; ++i)
                total += amountOn(account, resource, r, day + i);
            usageRecord(account, resource, day, day + span, quint64(total), 0, usage);
            break;
        }
        }
    }
}

void Generator::closePeriod(Account &account, int day)
{
    const ChannelInfo &channel = s_channels[size_t(account.channel)];
    const CurrencyInfo &currency = s_currencies[channel.currency];
    const QByteArray currencyCode(currency.code);
    const int128 minorDivisor = decimal::powerOfTen(18 - currency.minorUnits);
    const Day &posting = m_days[size_t(day)];
    const QByteArray periodStart = m_days[size_t(account.periodStart)].dateText;
    const QByteArray periodEnd = m_days[size_t(day) - 1].dateText;
    DemoRandom random = DemoRandom::keyed(m_seed, { 0x57a7, quint64(account.index), quint64(day) });
    const QByteArray postedAt
        = isoInstant(posting.startMs + s_msPerHour + random.between(0, 7199) * 1000);

    struct Item
    {
        int rate;
        int128 usageMicros;
        qint64 amount; // minor units
    };
    std::vector<Item> items;
    std::sort(account.touchedRates.begin(), account.touchedRates.end());
    for (const quint16 rate : account.touchedRates) {
        const int128 usageMicros = account.usageMicros[rate];
        const int128 charge = usageMicros * m_rates[rate].pico; // 18 decimals
        items.push_back(
            { rate, usageMicros, qint64(decimal::divideHalfEven(charge, minorDivisor)) });
        account.usageMicros[rate] = 0;
        account.rateTouched[rate] = 0;
    }
    account.touchedRates.clear();
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.amount > b.amount; });
    while (!items.empty() && items.back().amount == 0)
        items.pop_back();

    qint64 subtotal = 0;
    for (const Item &item : items)
        subtotal += item.amount;

    qint64 total = 0;
    if (subtotal > 0) {
        const qint64 discount
            = qint64(decimal::divideHalfEven(int128(subtotal) * account.discountPermille, 1000));
        const qint64 tax = qint64(
            decimal::divideHalfEven(int128(subtotal - discount) * channel.taxPermille, 1000));
        total = subtotal - discount + tax;
        const QByteArray invoiceId = 'I' + account.number + '-' + posting.compact;

        CsvFileWriter &invoices = *m_invoices;
        invoices.field(invoiceId);
        invoices.comma();
        invoices.field(account.code);
        invoices.comma();
        invoices.field("INV-" + posting.compact + '-' + account.number);
        invoices.comma();
        invoices.field(postedAt);
        invoices.comma();
        invoices.field(periodStart);
        invoices.comma();
        invoices.field(periodEnd);
        for (const qint64 amount : { subtotal, discount, tax, total }) {
            invoices.comma();
            invoices.fixedPoint(amount, currency.minorUnits);
        }
        invoices.comma();
        invoices.field(currencyCode);
        invoices.endRow();

        // The largest charges as their own lines, the rest as one bundled line: 1 to 4 lines.
        CsvFileWriter &lines = *m_invoiceItems;
        const size_t maxLines = size_t(account.invoiceLines);
        const size_t own = items.size() <= maxLines ? items.size() : maxLines - 1;
        for (size_t i = 0; i < own; ++i) {
            const Item &item = items[i];
            const ProductInfo &product = s_products[m_rates[size_t(item.rate)].product];
            lines.field(invoiceId + '-' + QByteArray::number(qulonglong(i + 1)));
            lines.comma();
            lines.field(invoiceId);
            lines.comma();
            lines.quoted(QByteArray(product.name) + " (" + product.code + "), " + periodStart
                         + " to " + periodEnd);
            lines.comma();
            lines.fixedPoint(item.amount, currency.minorUnits);
            lines.comma();
            lines.field(rateText(m_rates[size_t(item.rate)].pico));
            lines.comma();
            lines.quantity(quint64(item.usageMicros / s_micro),
                           quint32(item.usageMicros % s_micro));
            lines.endRow();
        }
        if (own < items.size()) {
            qint64 rest = 0;
            for (size_t i = own; i < items.size(); ++i)
                rest += items[i].amount;
            lines.field(invoiceId + '-' + QByteArray::number(qulonglong(own + 1)));
            lines.comma();
            lines.field(invoiceId);
            lines.comma();
            lines.quoted((own == 0 ? QByteArray("Cloud usage (") : QByteArray("Other usage ("))
                         + QByteArray::number(qulonglong(items.size() - own)) + " charges), "
                         + periodStart + " to " + periodEnd);
            lines.comma();
            lines.fixedPoint(rest, currency.minorUnits);
            lines.comma();
            lines.fixedPoint(rest, currency.minorUnits);
            lines.comma();
            lines.field("1");
            lines.endRow();
        }
        account.lastInvoiceTotal = total;
    }

    // net balance = balance forward - (payments + credits) + new charges, in minor units.
    const qint64 balanceForward = account.balance;
    const qint64 net = balanceForward - (account.periodPayments + account.periodCredits) + total;
    CsvFileWriter &statements = *m_statements;
    statements.field('S' + account.number + '-' + posting.compact);
    statements.comma();
    statements.field(account.code);
    statements.comma();
    statements.field(periodStart);
    statements.comma();
    statements.field(periodEnd);
    statements.comma();
    statements.field(postedAt);
    for (const qint64 amount :
         { balanceForward, account.periodPayments, account.periodCredits, total, net }) {
        statements.comma();
        statements.fixedPoint(amount, currency.minorUnits);
    }
    statements.comma();
    statements.field(currencyCode);
    statements.endRow();

    account.balance = net;
    account.periodPayments = 0;
    account.periodCredits = 0;
    account.periodStart = day;
    if (net > 0) {
        const bool partial = random.chance(80);
        const int payDay = day + int(random.between(5, 20));
        if (payDay < m_dayCount && net / 2 > 0)
            account.pending.push_back({ payDay, partial ? net / 2 : net, 0, partial });
    }
}

void Generator::settle(Account &account, int day)
{
    const ChannelInfo &channel = s_channels[size_t(account.channel)];
    const CurrencyInfo &currency = s_currencies[channel.currency];
    const Day &d = m_days[size_t(day)];
    DemoRandom random = DemoRandom::keyed(m_seed, { 0x9a7e, quint64(account.index), quint64(day) });

    for (size_t i = 0; i < account.pending.size();) {
        PendingPayment payment = account.pending[i];
        if (payment.day != day || payment.amount <= 0) {
            ++i;
            continue;
        }
        account.pending.erase(account.pending.begin() + qsizetype(i));
        const QByteArray at
            = isoInstant(d.startMs + 8 * s_msPerHour + random.between(0, 43'199) * 1000);
        if (payment.attempt < 2 && random.chance(50)) {
            const size_t reason = size_t(random.below(s_failureCodes.size()));
            CsvFileWriter &failures = *m_failures;
            failures.field("FAIL-" + account.number + '-' + padded(++account.failureSequence, 4));
            failures.comma();
            failures.field(account.code);
            failures.comma();
            failures.field(at);
            failures.comma();
            failures.fixedPoint(payment.amount, currency.minorUnits);
            failures.comma();
            failures.field(currency.code);
            failures.comma();
            failures.field(s_failureCodes[reason]);
            failures.comma();
            failures.quoted(s_failureMemos[reason]);
            failures.endRow();
            const int retry = day + int(random.between(2, 5));
            if (retry < m_dayCount)
                account.pending.push_back(
                    { retry, payment.amount, payment.attempt + 1, payment.partial });
            continue;
        }
        CsvFileWriter &payments = *m_payments;
        payments.field("PAY-" + account.number + '-' + padded(++account.paymentSequence, 4));
        payments.comma();
        payments.field(account.code);
        payments.comma();
        payments.field("PAYMENT");
        payments.comma();
        payments.field(at);
        payments.comma();
        payments.fixedPoint(payment.amount, currency.minorUnits);
        payments.comma();
        payments.field(currency.code);
        payments.comma();
        payments.field("TXN-"
                       + QByteArray::number(random.next() & 0xffffffffffULL, 16)
                             .toUpper()
                             .rightJustified(10, '0'));
        payments.comma();
        payments.field(payment.partial
                           ? "Partial card payment"
                           : (payment.attempt > 0 ? "Card payment (retry)" : "Card payment"));
        payments.endRow();
        account.periodPayments += payment.amount;
    }

    // Now and then a service credit for an incident, a share of the last invoice.
    if (account.lastInvoiceTotal > 0 && random.chance(2)) {
        const qint64 amount
            = std::max<qint64>(1, account.lastInvoiceTotal * random.between(20, 100) / 1000);
        CsvFileWriter &payments = *m_payments;
        payments.field("CRD-" + account.number + '-' + padded(++account.creditSequence, 4));
        payments.comma();
        payments.field(account.code);
        payments.comma();
        payments.field("CREDIT");
        payments.comma();
        payments.field(isoInstant(d.startMs + 9 * s_msPerHour + random.between(0, 28'799) * 1000));
        payments.comma();
        payments.fixedPoint(amount, currency.minorUnits);
        payments.comma();
        payments.field(currency.code);
        payments.comma();
        payments.field("SLA-" + d.compact + '-' + account.number);
        payments.comma();
        payments.quoted("Service credit for an incident, per SLA");
        payments.endRow();
        account.periodCredits += amount;
    }
}

Result<DemoSummary> Generator::write(const QString &directory,
                                     const std::function<bool()> &canceled)
{
    auto path = [&](const char *name) { return QDir(directory).filePath(QLatin1StringView(name)); };
    DemoSummary summary;
    summary.from = m_days.front().date;
    summary.until = m_days[size_t(m_dayCount) - 1].date;

    CsvFileWriter groups(path("billing_groups.csv"), "code,name");
    for (const GroupInfo &group : s_groups) {
        groups.field(group.code);
        groups.comma();
        groups.quoted(group.name);
        groups.endRow();
    }
    CsvFileWriter channels(path("channels.csv"), "code,name,billing_group,currency");
    for (const ChannelInfo &channel : s_channels) {
        channels.field(channel.code);
        channels.comma();
        channels.quoted(channel.name);
        channels.comma();
        if (channel.group >= 0)
            channels.field(s_groups[size_t(channel.group)].code);
        channels.comma();
        channels.field(s_currencies[channel.currency].code);
        channels.endRow();
    }
    CsvFileWriter accounts(path("accounts.csv"), "code,name,channel");
    for (const Account &account : m_accounts) {
        accounts.field(account.code);
        accounts.comma();
        accounts.quoted(account.name);
        accounts.comma();
        accounts.field(s_channels[size_t(account.channel)].code);
        accounts.endRow();
    }
    CsvFileWriter products(path("products.csv"), "code,name,category,uom");
    for (const ProductInfo &product : s_products) {
        products.field(product.code);
        products.comma();
        products.quoted(product.name);
        products.comma();
        products.quoted(product.category);
        products.comma();
        products.quoted(product.uom);
        products.endRow();
    }
    CsvFileWriter rates(path("rates.csv"), "product,currency,rate,effective_from,channel");
    for (const Rate &rate : m_rates) {
        rates.field(s_products[rate.product].code);
        rates.comma();
        rates.field(s_currencies[rate.currency].code);
        rates.comma();
        rates.field(rateText(rate.pico));
        rates.comma();
        rates.field(rate.effectiveFrom.toString(Qt::ISODate).toLatin1());
        rates.comma();
        if (rate.channel >= 0)
            rates.field(s_channels[size_t(rate.channel)].code);
        rates.endRow();
    }

    CsvFileWriter usage(path("usage.csv"), "id,account,product,start,end,quantity");
    m_statements = std::make_unique<CsvFileWriter>(
        path("statements.csv"),
        "id,account,period_start,period_end,posted_at,balance_forward,payments,credits,"
        "new_charges,net_balance,currency");
    m_invoices = std::make_unique<CsvFileWriter>(
        path("invoices.csv"),
        "id,account,number,posted_at,service_start,service_end,subtotal,discount,tax,total,"
        "currency");
    m_invoiceItems = std::make_unique<CsvFileWriter>(
        path("invoice_items.csv"), "id,invoice,description,amount,unit_price,chargeable_usage");
    m_payments = std::make_unique<CsvFileWriter>(
        path("payments.csv"), "id,account,type,created_at,amount,currency,reference,memo");
    m_failures = std::make_unique<CsvFileWriter>(
        path("payment_failures.csv"), "id,account,created_at,amount,currency,status_code,memo");

    // Day by day, as the data would arrive: bill what is due, then the day's usage.
    for (int day = 0; day < m_dayCount; ++day) {
        if (canceled && canceled())
            return Error { DemoGenerator::canceledMessage() };
        const int dayOfMonth = m_days[size_t(day)].date.day();
        for (Account &account : m_accounts) {
            if (day < account.startDay)
                continue;
            // The first statement waits for a period of at least two weeks.
            if (dayOfMonth == account.cycleDay && day - account.periodStart >= 14)
                closePeriod(account, day);
            settle(account, day);
            writeUsage(account, day, usage);
        }
    }

    for (CsvFileWriter *writer :
         { &groups, &channels, &accounts, &products, &rates, &usage, m_statements.get(),
           m_invoices.get(), m_invoiceItems.get(), m_payments.get(), m_failures.get() }) {
        if (const Status committed = writer->commit(); !committed)
            return committed.error();
    }
    summary.billingGroups = groups.rows();
    summary.channels = channels.rows();
    summary.accounts = accounts.rows();
    summary.products = products.rows();
    summary.rates = rates.rows();
    summary.usageRecords = usage.rows();
    summary.statements = m_statements->rows();
    summary.invoices = m_invoices->rows();
    summary.invoiceItems = m_invoiceItems->rows();
    summary.payments = m_payments->rows();
    summary.paymentFailures = m_failures->rows();
    return summary;
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{ }

Result<DemoSummary> DemoGenerator::writeDataset(const QString &directory) const
{
    if (m_options.scale < 1 || m_options.scale > 10'000)
        return Error { tr("the scale must be between 1 and 10000, not %1").arg(m_options.scale) };
    if (m_options.days < 1 || m_options.days > 3660)
        return Error {
            tr("the number of days must be between 1 and 3660, not %1").arg(m_options.days)
        };
    if (!m_options.zone.isValid())
        return Error { tr("the business time zone is not valid") };
    const QDate until = m_options.until.isValid()
        ? m_options.until
        : BusinessCalendar(m_options.zone).yesterday(QDateTime::currentMSecsSinceEpoch());
    if (!QDir().mkpath(directory))
        return Error { tr("cannot create the folder %1").arg(QDir::toNativeSeparators(directory)) };
    Generator generator(m_options, until);
    return generator.write(directory, m_canceled);
}

void DemoGenerator::setCancelCheck(std::function<bool()> canceled)
{
    m_canceled = std::move(canceled);
}

QString DemoGenerator::canceledMessage()
{
    return tr("writing the demo data was canceled");
}

} // namespace cs
