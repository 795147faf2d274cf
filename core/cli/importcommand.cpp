#include "importcommand.h"

#include "import/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace cs {

QString ImportCommand::summary() const
{
    return tr("Import a dataset folder (all or nothing; re-imported ids are updated).");
}

void ImportCommand::configure(QCommandLineParser &parser) const
{
    CommandContext::addDatabaseOption(parser);
    parser.addOption({ QStringLiteral("quiet"), tr("Print no progress on stderr.") });
    parser.addPositionalArgument(
        QStringLiteral("DIR"),
        tr("The folder with billing_groups.csv, channels.csv, accounts.csv, products.csv, "
           "rates.csv, usage.csv, statements.csv, invoices.csv, invoice_items.csv, payments.csv "
           "and payment_failures.csv (each optional)."));
}

int ImportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return context.usageError(tr("expected exactly one folder to import"));
    const QString directory = arguments.first();
    const QFileInfo info(directory);
    if (!info.exists())
        return context.usageError(tr("%1 does not exist").arg(QDir::toNativeSeparators(directory)));
    if (!info.isDir())
        return context.usageError(
            tr("%1 is not a directory").arg(QDir::toNativeSeparators(directory)));

    int exitCode = ExitSuccess;
    const auto connection
        = context.openDatabase(parser, &exitCode, Connection::OpenMode::CreateIfMissing);
    if (!connection)
        return exitCode;

    Importer importer(*connection);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QElapsedTimer timer;
    timer.start();
    if (!quiet) {
        importer.setProgressHandler([&context, &timer](qint64 rows) {
            context.err() << tr("%1 rows read (%2 s)").arg(rows).arg(timer.elapsed() / 1000)
                          << Qt::endl;
        });
    }
    const auto summary = importer.importDirectory(directory);
    if (!summary)
        return context.runtimeError(summary.errorString());
    const qint64 elapsedMs = qMax<qint64>(1, timer.elapsed());

    for (auto it = summary->rowsPerFile.cbegin(); it != summary->rowsPerFile.cend(); ++it)
        context.out() << it.key().leftJustified(22)
                      << QString::number(it.value()).rightJustified(12) << Qt::endl;
    for (const QString &change : summary->membershipChanges)
        context.out() << tr("membership changed: %1").arg(change) << Qt::endl;
    const qint64 total = summary->totalRows();
    context.out() << tr("%1 rows imported in %2.%3 s, %4 rows/s")
                         .arg(total)
                         .arg(elapsedMs / 1000)
                         .arg(elapsedMs % 1000, 3, 10, QLatin1Char('0'))
                         .arg(total * 1000 / elapsedMs)
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace cs
