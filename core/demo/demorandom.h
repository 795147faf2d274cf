#pragma once

#include <QtGlobal>

#include <initializer_list>

namespace cs {

// A small seeded pseudo-random generator (splitmix64) with integer helpers only. The demo data
// must be byte-identical for the same seed on every platform, so it does not use the standard
// library's distributions (their output differs between implementations) nor floating point.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    { }

    // A generator for one (seed, key...) combination: independent of the order in which the
    // combinations are visited, so a record's values depend only on what it is.
    static DemoRandom keyed(quint64 seed, std::initializer_list<quint64> keys)
    {
        quint64 h = mix(seed ^ 0x6a09e667f3bcc908ULL);
        for (const quint64 key : keys)
            h = mix(h ^ key);
        return DemoRandom(h);
    }

    static quint64 mix(quint64 z)
    {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n) by the multiply-high method; n > 0.
    quint64 below(quint64 n) { return quint64((static_cast<unsigned __int128>(next()) * n) >> 64); }

    // Uniform in [low, high], inclusive; low <= high.
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low) + 1)); }

    // True with a probability of permille / 1000.
    bool chance(int permille) { return below(1000) < quint64(permille); }

private:
    quint64 m_state;
};

} // namespace cs
