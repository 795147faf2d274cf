#pragma once

#include "decimal.h"

#include <boost/multiprecision/cpp_int.hpp>
#include <optional>

namespace cs {

// An exact fraction of unbounded integers, for the few places where a quantity is prorated over
// time (quantity x overlap / duration): summed exactly, rounded once at the end.
using Rational = boost::multiprecision::cpp_rational;
using BigInt = boost::multiprecision::cpp_int;

Rational toRational(const Decimal &value);
BigInt toBigInt(int128 value);
// Rounds half to even to `scale` decimals; nullopt when the result leaves Decimal's range.
std::optional<Decimal> roundHalfEven(const Rational &value, int scale);

} // namespace cs
