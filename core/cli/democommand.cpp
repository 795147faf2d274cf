#include "democommand.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "demo/demodatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace cs {

namespace {

// Milliseconds as seconds with one decimal, without floating point.
QString seconds(qint64 ms)
{
    return QStringLiteral("%1.%2 s").arg(ms / 1000).arg((ms % 1000) / 100);
}

} // namespace

QString DemoCommand::summary() const
{
    return tr("Create a deterministic demo dataset of about one year and import it.");
}

void DemoCommand::configure(QCommandLineParser &parser) const
{
    CommandContext::addDatabaseOption(parser);
    parser.addOption(
        { QStringLiteral("scale"),
          tr("Multiplies the number of accounts (%1 per unit, about 500,000 usage records a year); "
             "default 1.")
              .arg(DemoGenerator::AccountsPerScale),
          tr("N"), QStringLiteral("1") });
    parser.addOption(
        { QStringLiteral("seed"),
          tr("Seed of the generator; the same seed, scale and end date give the same data. "
             "Default 1."),
          tr("S"), QStringLiteral("1") });
    parser.addOption(
        { QStringLiteral("until"),
          tr("The last day with data (YYYY-MM-DD); default: yesterday in the business time zone."),
          tr("DATE") });
    parser.addOption(
        { QStringLiteral("out"),
          tr("Only write the dataset folder (in the import format) to DIR and import nothing. "
             "With --db, the database's business time zone is used, otherwise UTC."),
          tr("DIR") });
}

int DemoCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    DemoOptions options;
    bool ok = false;
    options.scale = parser.value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || options.scale < 1 || options.scale > 10'000)
        return context.usageError(tr("--scale must be a whole number from 1 to 10000, not \"%1\"")
                                      .arg(parser.value(QStringLiteral("scale"))));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return context.usageError(tr("--seed must be a non-negative whole number, not \"%1\"")
                                      .arg(parser.value(QStringLiteral("seed"))));
    if (parser.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            return context.usageError(tr("--until must be a date YYYY-MM-DD, not \"%1\"")
                                          .arg(parser.value(QStringLiteral("until"))));
    }
    const bool folderOnly = parser.isSet(QStringLiteral("out"));
    if (folderOnly && parser.value(QStringLiteral("out")).isEmpty())
        return context.usageError(tr("--out needs a folder"));

    if (folderOnly)
        return writeFolder(parser, context, options);
    int exitCode = ExitSuccess;
    const auto connection
        = context.openDatabase(parser, &exitCode, Connection::OpenMode::CreateIfMissing);
    if (!connection)
        return exitCode;
    const auto filled = DemoDatabase::fill(*connection, options);
    if (!filled)
        return context.runtimeError(filled.errorString());
    context.out() << summaryLine(filled->summary)
                  << tr("; written in %1, imported in %2, %3 in total")
                         .arg(seconds(filled->writeMs), seconds(filled->importMs),
                              seconds(filled->writeMs + filled->importMs))
                  << Qt::endl;
    return ExitSuccess;
}

QString DemoCommand::summaryLine(const DemoSummary &s)
{
    return tr("%1 to %2: %3 accounts in %4 channels, %5 usage records, %6 statements, "
              "%7 invoices with %8 items, %9 payments and credits, %10 payment failures")
        .arg(s.from.toString(Qt::ISODate), s.until.toString(Qt::ISODate))
        .arg(s.accounts)
        .arg(s.channels)
        .arg(s.usageRecords)
        .arg(s.statements)
        .arg(s.invoices)
        .arg(s.invoiceItems)
        .arg(s.payments)
        .arg(s.paymentFailures);
}

// --out: only the dataset folder, in the business time zone of --db if given, else UTC.
int DemoCommand::writeFolder(const QCommandLineParser &parser, CommandContext &context,
                             DemoOptions options) const
{
    if (parser.isSet(QStringLiteral("db"))) {
        int exitCode = ExitSuccess;
        const auto connection
            = context.openDatabase(parser, &exitCode, Connection::OpenMode::CreateIfMissing);
        if (!connection)
            return exitCode;
        const auto zone = Configuration::businessTimeZone(*connection);
        if (!zone)
            return context.runtimeError(zone.errorString());
        options.zone = *zone;
    }
    QElapsedTimer timer;
    timer.start();
    const QString directory = parser.value(QStringLiteral("out"));
    const auto written = DemoGenerator(options).writeDataset(directory);
    if (!written)
        return context.runtimeError(written.errorString());
    context.out() << summaryLine(*written)
                  << tr("; written to %1 in %2")
                         .arg(QDir::toNativeSeparators(directory), seconds(timer.elapsed()))
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace cs
