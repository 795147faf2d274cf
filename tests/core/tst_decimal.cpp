#include "numeric/currency.h"
#include "numeric/decimal.h"
#include "numeric/exactrational.h"
#include "numeric/quantity.h"

#include <QTest>

using namespace cs;

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndPrint_data();
    void parseAndPrint();
    void rejects_data();
    void rejects();
    void roundsHalfToEven_data();
    void roundsHalfToEven();
    void comparesAcrossScales();
    void largeQuantitiesStayExact();
    void overflowIsReported();
    void currencyMinorUnits();
    void storedQuantityRoundTrip();
    void rationalRounding();
};

void TestDecimal::parseAndPrint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<int>("scale");
    QTest::newRow("integer") << "42"
                             << "42" << 0;
    QTest::newRow("fraction") << "12.340"
                              << "12.340" << 3;
    QTest::newRow("negative") << "-0.5"
                              << "-0.5" << 1;
    QTest::newRow("plus") << "+7.25"
                          << "7.25" << 2;
    QTest::newRow("leading zeros") << "0007.10"
                                   << "7.10" << 2;
    QTest::newRow("small") << "0.000001"
                           << "0.000001" << 6;
    QTest::newRow("negative zero") << "-0.00"
                                   << "0.00" << 2;
    QTest::newRow("10^15 with 6 decimals") << "1000000000000000.000001"
                                           << "1000000000000000.000001" << 6;
    QTest::newRow("38 digits") << "99999999999999999999.999999999999999999"
                               << "99999999999999999999.999999999999999999" << 18;
}

void TestDecimal::parseAndPrint()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    QFETCH(int, scale);
    const auto d = Decimal::parse(text);
    QVERIFY(d);
    QCOMPARE(d->toString(), printed);
    QCOMPARE(d->scale(), scale);
    QVERIFY(Decimal::parse(d->toString())->isIdenticalTo(*d));
}

void TestDecimal::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << ""
                           << "not a decimal number";
    QTest::newRow("sign only") << "-"
                               << "not a decimal number";
    QTest::newRow("comma") << "1,5"
                           << "not a decimal number";
    QTest::newRow("exponent") << "1e5"
                              << "not a decimal number";
    QTest::newRow("space") << " 1"
                           << "not a decimal number";
    QTest::newRow("two points") << "1.2.3"
                                << "not a decimal number";
    QTest::newRow("trailing point") << "1."
                                    << "not a decimal number";
    QTest::newRow("leading point") << ".5"
                                   << "not a decimal number";
    QTest::newRow("nan") << "NaN"
                         << "not a decimal number";
    QTest::newRow("19 decimals") << "0.0000000000000000001"
                                 << "more than 18 decimals";
    QTest::newRow("39 digits") << "123456789012345678901234567890123456789"
                               << "too many digits";
}

void TestDecimal::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Decimal::parse(text, &error));
    QCOMPARE(error, reason);
}

void TestDecimal::roundsHalfToEven_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("half down to even") << "2.345" << 2 << "2.34";
    QTest::newRow("half up to even") << "2.355" << 2 << "2.36";
    QTest::newRow("above half") << "2.3451" << 2 << "2.35";
    QTest::newRow("below half") << "2.3449" << 2 << "2.34";
    QTest::newRow("negative half") << "-2.345" << 2 << "-2.34";
    QTest::newRow("negative half odd") << "-2.355" << 2 << "-2.36";
    QTest::newRow("JPY half even") << "1234.5" << 0 << "1234";
    QTest::newRow("JPY half odd") << "1235.5" << 0 << "1236";
    QTest::newRow("BHD") << "1.23450" << 3 << "1.234";
    QTest::newRow("BHD above") << "1.2345000001" << 3 << "1.235";
    QTest::newRow("carry") << "9.995" << 2 << "10.00";
    QTest::newRow("no change") << "1.5" << 3 << "1.5";
    QTest::newRow("to zero") << "0.4" << 0 << "0";
    QTest::newRow("negative to zero") << "-0.5" << 0 << "0";
}

void TestDecimal::roundsHalfToEven()
{
    QFETCH(QString, value);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::parse(value)->rounded(scale).toString(), expected);
}

void TestDecimal::comparesAcrossScales()
{
    QVERIFY(*Decimal::parse(u"1.0") == *Decimal::parse(u"1.000"));
    QVERIFY(!Decimal::parse(u"1.0")->isIdenticalTo(*Decimal::parse(u"1.000")));
    QVERIFY(*Decimal::parse(u"1.01") > *Decimal::parse(u"1.009"));
    QVERIFY(*Decimal::parse(u"-1.01") < *Decimal::parse(u"-1.009"));
    QVERIFY(*Decimal::parse(u"-0.5") < *Decimal::parse(u"0.1"));
    QVERIFY(*Decimal::parse(u"100") > *Decimal::parse(u"99.999999"));
}

void TestDecimal::largeQuantitiesStayExact()
{
    // 1000 records of 10^15 - 0.000001 units sum to just under 10^18, digit for digit.
    const Decimal record = *Decimal::parse(u"999999999999999.999999");
    Decimal sum;
    for (int i = 0; i < 1000; ++i)
        sum = *sum.plus(record);
    QCOMPARE(sum.toString(), QStringLiteral("999999999999999999.999000"));
    // x a 12-decimal rate still fits.
    const auto spend = sum.times(*Decimal::parse(u"0.000000000123"));
    QVERIFY(spend);
    QCOMPARE(spend->toString(), QStringLiteral("122999999.999999999999877000"));
    QCOMPARE(spend->rounded(2).toString(), QStringLiteral("123000000.00"));
    QCOMPARE(sum.minus(record)->minus(record)->toString(),
             QStringLiteral("997999999999999999.999002"));
}

void TestDecimal::overflowIsReported()
{
    const Decimal big = *Decimal::parse(u"99999999999999999999999999999999999999");
    QVERIFY(!big.plus(Decimal::fromInteger(1)));
    QVERIFY(!big.times(Decimal::fromInteger(2)));
    QVERIFY(!big.withScale(1));
    QVERIFY(big.negated().minus(Decimal::fromInteger(1)) == std::nullopt);
    // A product with more than 18 decimals that would lose digits is refused, not truncated.
    QVERIFY(!Decimal::parse(u"0.000000001")->times(*Decimal::parse(u"0.0000000001")));
    QCOMPARE(Decimal::parse(u"0.0000000010")->times(*Decimal::parse(u"0.000000001"))->toString(),
             QStringLiteral("0.000000000000000001"));
}

void TestDecimal::currencyMinorUnits()
{
    QCOMPARE(Currency::find(u"JPY")->minorUnits, 0);
    QCOMPARE(Currency::find(u"USD")->minorUnits, 2);
    QCOMPARE(Currency::find(u"EUR")->minorUnits, 2);
    QCOMPARE(Currency::find(u"BHD")->minorUnits, 3);
    QCOMPARE(Currency::find(u"KWD")->minorUnits, 3);
    QVERIFY(!Currency::find(u"usd"));
    QVERIFY(!Currency::find(u"XYZ"));
    QVERIFY(!Currency::find(u""));
    // A negative amount in JPY and BHD rounds half to even like a positive one.
    QCOMPARE(Decimal::parse(u"-100.5")->rounded(Currency::find(u"JPY")->minorUnits).toString(),
             QStringLiteral("-100"));
    QCOMPARE(Decimal::parse(u"-0.0125")->rounded(Currency::find(u"BHD")->minorUnits).toString(),
             QStringLiteral("-0.012"));
}

void TestDecimal::storedQuantityRoundTrip()
{
    const auto q = StoredQuantity::fromDecimal(*Decimal::parse(u"1000000000000000.000001"));
    QVERIFY(!q); // more than 10^15
    const auto max = StoredQuantity::fromDecimal(*Decimal::parse(u"1000000000000000"));
    QVERIFY(max);
    QCOMPARE(max->whole, 1'000'000'000'000'000LL);
    const auto parts = StoredQuantity::fromDecimal(*Decimal::parse(u"123.45"));
    QCOMPARE(parts->whole, 123);
    QCOMPARE(parts->micros, 450000);
    QCOMPARE(parts->toDecimal().toString(), QStringLiteral("123.450000"));
    QVERIFY(!StoredQuantity::fromDecimal(*Decimal::parse(u"-1")));
    QVERIFY(!StoredQuantity::fromDecimal(*Decimal::parse(u"0.0000001")));
    // Sums of parts, as SUM() returns them, convert exactly: 1000 x 10^15 + 1000 x 0.999999.
    const StoredQuantity sum { 1'000'000'000'000'000'000LL, 999'999'000 };
    QCOMPARE(sum.toDecimal().toString(), QStringLiteral("1000000000000000999.999000"));
}

void TestDecimal::rationalRounding()
{
    // 10 units spread over 3 days: one day counts 10/3.
    const Rational third = toRational(Decimal::fromInteger(10)) / 3;
    QCOMPARE(roundHalfEven(third, 6)->toString(), QStringLiteral("3.333333"));
    QCOMPARE(roundHalfEven(third * 3, 6)->toString(), QStringLiteral("10.000000"));
    QCOMPARE(roundHalfEven(Rational(5, 2), 0)->toString(), QStringLiteral("2"));
    QCOMPARE(roundHalfEven(Rational(-5, 2), 0)->toString(), QStringLiteral("-2"));
    QCOMPARE(roundHalfEven(Rational(7, 2), 0)->toString(), QStringLiteral("4"));
    const Decimal huge = *Decimal::parse(u"99999999999999999999.999999999999999999");
    QCOMPARE(roundHalfEven(toRational(huge), 18)->toString(), huge.toString());
    QVERIFY(!roundHalfEven(toRational(huge) * 10, 18));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
