#include "passwordstore.h"

#include <qt6keychain/keychain.h>

namespace cs {

const QString PasswordStore::Service = QStringLiteral("ChannelScope");

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{ }

PasswordStore::~PasswordStore() = default;

namespace {

PasswordStore::Outcome outcomeOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return PasswordStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return PasswordStore::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordStore::Outcome::Unavailable;
    default:
        return PasswordStore::Outcome::Failed;
    }
}

QString messageOf(const QKeychain::Job &job, PasswordStore::Outcome outcome)
{
    if (outcome == PasswordStore::Outcome::Ok)
        return {};
    if (outcome == PasswordStore::Outcome::NotFound)
        return PasswordStore::tr("No password is stored for this connection.");
    const QString reason = job.errorString();
    return reason.isEmpty() ? PasswordStore::tr("unknown keychain error") : reason;
}

// The jobs have no parent: they delete themselves when done, even if the store is gone by then
// (a password written just before the dialog closed must still reach the keychain).
template<typename Job> Job *makeJob(const QString &key)
{
    auto *job = new Job(PasswordStore::Service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

void PasswordStore::read(const QString &key)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const Outcome outcome = outcomeOf(*job);
        Q_EMIT finished(Operation::Read, key, outcome,
                        outcome == Outcome::Ok ? job->textData() : QString(),
                        messageOf(*job, outcome));
    });
    job->start();
}

void PasswordStore::write(const QString &key, const QString &password)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const Outcome outcome = outcomeOf(*job);
        Q_EMIT finished(Operation::Write, key, outcome, {}, messageOf(*job, outcome));
    });
    job->start();
}

void PasswordStore::remove(const QString &key)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const Outcome outcome = outcomeOf(*job);
        Q_EMIT finished(Operation::Remove, key, outcome, {}, messageOf(*job, outcome));
    });
    job->start();
}

} // namespace cs
