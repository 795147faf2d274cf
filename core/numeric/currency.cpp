#include "currency.h"

#include <algorithm>
#include <array>

namespace cs {

namespace {

struct Entry
{
    const char16_t *code;
    int minorUnits;
};

// ISO 4217 active codes (list of 2024) with their minor units; funds and metals left out.
constexpr std::array s_currencies = {
    Entry { u"AED", 2 }, Entry { u"AFN", 2 }, Entry { u"ALL", 2 }, Entry { u"AMD", 2 },
    Entry { u"ANG", 2 }, Entry { u"AOA", 2 }, Entry { u"ARS", 2 }, Entry { u"AUD", 2 },
    Entry { u"AWG", 2 }, Entry { u"AZN", 2 }, Entry { u"BAM", 2 }, Entry { u"BBD", 2 },
    Entry { u"BDT", 2 }, Entry { u"BGN", 2 }, Entry { u"BHD", 3 }, Entry { u"BIF", 0 },
    Entry { u"BMD", 2 }, Entry { u"BND", 2 }, Entry { u"BOB", 2 }, Entry { u"BRL", 2 },
    Entry { u"BSD", 2 }, Entry { u"BTN", 2 }, Entry { u"BWP", 2 }, Entry { u"BYN", 2 },
    Entry { u"BZD", 2 }, Entry { u"CAD", 2 }, Entry { u"CDF", 2 }, Entry { u"CHF", 2 },
    Entry { u"CLP", 0 }, Entry { u"CNY", 2 }, Entry { u"COP", 2 }, Entry { u"CRC", 2 },
    Entry { u"CUP", 2 }, Entry { u"CVE", 2 }, Entry { u"CZK", 2 }, Entry { u"DJF", 0 },
    Entry { u"DKK", 2 }, Entry { u"DOP", 2 }, Entry { u"DZD", 2 }, Entry { u"EGP", 2 },
    Entry { u"ERN", 2 }, Entry { u"ETB", 2 }, Entry { u"EUR", 2 }, Entry { u"FJD", 2 },
    Entry { u"FKP", 2 }, Entry { u"GBP", 2 }, Entry { u"GEL", 2 }, Entry { u"GHS", 2 },
    Entry { u"GIP", 2 }, Entry { u"GMD", 2 }, Entry { u"GNF", 0 }, Entry { u"GTQ", 2 },
    Entry { u"GYD", 2 }, Entry { u"HKD", 2 }, Entry { u"HNL", 2 }, Entry { u"HTG", 2 },
    Entry { u"HUF", 2 }, Entry { u"IDR", 2 }, Entry { u"ILS", 2 }, Entry { u"INR", 2 },
    Entry { u"IQD", 3 }, Entry { u"IRR", 2 }, Entry { u"ISK", 0 }, Entry { u"JMD", 2 },
    Entry { u"JOD", 3 }, Entry { u"JPY", 0 }, Entry { u"KES", 2 }, Entry { u"KGS", 2 },
    Entry { u"KHR", 2 }, Entry { u"KMF", 0 }, Entry { u"KPW", 2 }, Entry { u"KRW", 0 },
    Entry { u"KWD", 3 }, Entry { u"KYD", 2 }, Entry { u"KZT", 2 }, Entry { u"LAK", 2 },
    Entry { u"LBP", 2 }, Entry { u"LKR", 2 }, Entry { u"LRD", 2 }, Entry { u"LSL", 2 },
    Entry { u"LYD", 3 }, Entry { u"MAD", 2 }, Entry { u"MDL", 2 }, Entry { u"MGA", 2 },
    Entry { u"MKD", 2 }, Entry { u"MMK", 2 }, Entry { u"MNT", 2 }, Entry { u"MOP", 2 },
    Entry { u"MRU", 2 }, Entry { u"MUR", 2 }, Entry { u"MVR", 2 }, Entry { u"MWK", 2 },
    Entry { u"MXN", 2 }, Entry { u"MYR", 2 }, Entry { u"MZN", 2 }, Entry { u"NAD", 2 },
    Entry { u"NGN", 2 }, Entry { u"NIO", 2 }, Entry { u"NOK", 2 }, Entry { u"NPR", 2 },
    Entry { u"NZD", 2 }, Entry { u"OMR", 3 }, Entry { u"PAB", 2 }, Entry { u"PEN", 2 },
    Entry { u"PGK", 2 }, Entry { u"PHP", 2 }, Entry { u"PKR", 2 }, Entry { u"PLN", 2 },
    Entry { u"PYG", 0 }, Entry { u"QAR", 2 }, Entry { u"RON", 2 }, Entry { u"RSD", 2 },
    Entry { u"RUB", 2 }, Entry { u"RWF", 0 }, Entry { u"SAR", 2 }, Entry { u"SBD", 2 },
    Entry { u"SCR", 2 }, Entry { u"SDG", 2 }, Entry { u"SEK", 2 }, Entry { u"SGD", 2 },
    Entry { u"SHP", 2 }, Entry { u"SLE", 2 }, Entry { u"SOS", 2 }, Entry { u"SRD", 2 },
    Entry { u"SSP", 2 }, Entry { u"STN", 2 }, Entry { u"SVC", 2 }, Entry { u"SYP", 2 },
    Entry { u"SZL", 2 }, Entry { u"THB", 2 }, Entry { u"TJS", 2 }, Entry { u"TMT", 2 },
    Entry { u"TND", 3 }, Entry { u"TOP", 2 }, Entry { u"TRY", 2 }, Entry { u"TTD", 2 },
    Entry { u"TWD", 2 }, Entry { u"TZS", 2 }, Entry { u"UAH", 2 }, Entry { u"UGX", 0 },
    Entry { u"USD", 2 }, Entry { u"UYU", 2 }, Entry { u"UZS", 2 }, Entry { u"VES", 2 },
    Entry { u"VND", 0 }, Entry { u"VUV", 0 }, Entry { u"WST", 2 }, Entry { u"XAF", 0 },
    Entry { u"XCD", 2 }, Entry { u"XOF", 0 }, Entry { u"XPF", 0 }, Entry { u"YER", 2 },
    Entry { u"ZAR", 2 }, Entry { u"ZMW", 2 }, Entry { u"ZWL", 2 },
};

} // namespace

std::optional<Currency> Currency::find(QStringView code)
{
    const auto it
        = std::lower_bound(s_currencies.begin(), s_currencies.end(), code,
                           [](const Entry &e, QStringView c) { return QStringView(e.code) < c; });
    if (it == s_currencies.end() || QStringView(it->code) != code)
        return std::nullopt;
    return Currency { QString::fromUtf16(it->code), it->minorUnits };
}

} // namespace cs
