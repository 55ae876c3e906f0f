#include "client/keychainsecretstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace groundwork::sync {

const QString KeychainSecretStore::kService = QStringLiteral("Groundwork");

namespace {

SecretStore::Result resultOf(const QKeychain::Job &job, QString value = {})
{
    using Status = SecretStore::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return {Status::Ok, std::move(value), {}};
    case QKeychain::EntryNotFound:
        return {Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Status::NoService, {}, job.errorString()};
    default:
        return {Status::Failed, {}, job.errorString()};
    }
}

// Runs `job`, then `done` in `context` unless it went meanwhile; the job deletes itself.
template <class Job>
void run(Job *job, QObject *context, SecretStore::Done done,
         std::function<QString(Job &)> valueOf = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file behind the learner's back
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done = std::move(done), valueOf = std::move(valueOf)] {
                         done(resultOf(*job, valueOf ? valueOf(*job) : QString()));
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &scope) : m_scope(scope) {}

QString KeychainSecretStore::entryName(const QString &key) const
{
    return QStringLiteral("%1 (%2)").arg(key, m_scope);
}

void KeychainSecretStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(entryName(key));
    run<QKeychain::ReadPasswordJob>(job, context, std::move(done),
                                    [](QKeychain::ReadPasswordJob &j) { return j.textData(); });
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(entryName(key));
    job->setTextData(value);
    run<QKeychain::WritePasswordJob>(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(entryName(key));
    run<QKeychain::DeletePasswordJob>(job, context, [done = std::move(done)](const Result &result) {
        done(result.status == Status::NotFound ? Result{Status::Ok, {}, {}} : result);
    });
}

} // namespace groundwork::sync
