#include "exportstream.h"

namespace cs {

QList<ExportStream> ExportStreams::all()
{
    return { ExportStream::AccountStatement, ExportStream::Invoice, ExportStream::PaymentAndCredit,
             ExportStream::PaymentFailure };
}

QString ExportStreams::folderName(ExportStream stream)
{
    switch (stream) {
    case ExportStream::AccountStatement:
        return QStringLiteral("DailyAccountStatementStream");
    case ExportStream::Invoice:
        return QStringLiteral("DailyInvoiceStream");
    case ExportStream::PaymentAndCredit:
        return QStringLiteral("DailyPaymentAndCreditStream");
    case ExportStream::PaymentFailure:
        return QStringLiteral("DailyPaymentFailureStream");
    }
    return {};
}

QString ExportStreams::filePrefix(ExportStream stream)
{
    switch (stream) {
    case ExportStream::AccountStatement:
        return QStringLiteral("cpbm_account_stmt");
    case ExportStream::Invoice:
        return QStringLiteral("cpbm_invoice");
    case ExportStream::PaymentAndCredit:
        return QStringLiteral("cpbm_payment_credit");
    case ExportStream::PaymentFailure:
        return QStringLiteral("payment_failure");
    }
    return {};
}

QString ExportStreams::key(ExportStream stream)
{
    switch (stream) {
    case ExportStream::AccountStatement:
        return QStringLiteral("statement");
    case ExportStream::Invoice:
        return QStringLiteral("invoice");
    case ExportStream::PaymentAndCredit:
        return QStringLiteral("payment");
    case ExportStream::PaymentFailure:
        return QStringLiteral("failure");
    }
    return {};
}

bool ExportStreams::fromKey(const QString &key, ExportStream *stream)
{
    for (const ExportStream candidate : all()) {
        if (ExportStreams::key(candidate) == key) {
            *stream = candidate;
            return true;
        }
    }
    return false;
}

QString ExportStreams::rootElement(ExportStream stream)
{
    switch (stream) {
    case ExportStream::AccountStatement:
        return QStringLiteral("AccountStatements");
    case ExportStream::Invoice:
        return QStringLiteral("Invoices");
    case ExportStream::PaymentAndCredit:
        return QStringLiteral("PaymentsAndCredits");
    case ExportStream::PaymentFailure:
        return QStringLiteral("PaymentFailures");
    }
    return {};
}

QString ExportStreams::recordElement(ExportStream stream)
{
    switch (stream) {
    case ExportStream::AccountStatement:
        return QStringLiteral("AccountStatement");
    case ExportStream::Invoice:
        return QStringLiteral("Invoice");
    case ExportStream::PaymentAndCredit:
        return QStringLiteral("PaymentOrCredit");
    case ExportStream::PaymentFailure:
        return QStringLiteral("PaymentFailure");
    }
    return {};
}

const QStringList &ExportStreams::fields(ExportStream stream)
{
    static const QStringList statement {
        QStringLiteral("State"),          QStringLiteral("StartDate"),
        QStringLiteral("EndDate"),        QStringLiteral("PostedAt"),
        QStringLiteral("BalanceForward"), QStringLiteral("NewCharges"),
        QStringLiteral("Credits"),        QStringLiteral("Discounts"),
        QStringLiteral("TotalTaxes"),     QStringLiteral("FinalCharges"),
        QStringLiteral("Payments"),       QStringLiteral("Currency")
    };
    static const QStringList invoice {
        QStringLiteral("PostedAt"),       QStringLiteral("ServiceStartDate"),
        QStringLiteral("ServiceEndDate"), QStringLiteral("State"),
        QStringLiteral("RawAmount"),      QStringLiteral("Discount"),
        QStringLiteral("SubTotal"),       QStringLiteral("Tax"),
        QStringLiteral("FinalAmount"),    QStringLiteral("InvoiceNumber"),
        QStringLiteral("Currency")
    };
    static const QStringList payment {
        QStringLiteral("type"),      QStringLiteral("TransactionAmount"),
        QStringLiteral("memo"),      QStringLiteral("transactionTime"),
        QStringLiteral("reference"), QStringLiteral("Currency")
    };
    static const QStringList failure {
        QStringLiteral("type"), QStringLiteral("amount"),          QStringLiteral("statusCode"),
        QStringLiteral("memo"), QStringLiteral("transactionTime"), QStringLiteral("Currency")
    };
    switch (stream) {
    case ExportStream::AccountStatement:
        return statement;
    case ExportStream::Invoice:
        return invoice;
    case ExportStream::PaymentAndCredit:
        return payment;
    case ExportStream::PaymentFailure:
        break;
    }
    return failure;
}

const QStringList &ExportStreams::invoiceItemFields()
{
    static const QStringList item { QStringLiteral("uuid"), QStringLiteral("amount"),
                                    QStringLiteral("description"), QStringLiteral("unitPrice"),
                                    QStringLiteral("chargeableUsage") };
    return item;
}

} // namespace cs
