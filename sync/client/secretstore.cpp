#include "client/secretstore.h"

#include "learner/learnerstore.h"


namespace groundwork::sync {

const QString StoreSecretStore::kDeviceTokenKey = QStringLiteral("device-token");

QString StoreSecretStore::storeKey(const QString &key)
{
    if (key == kDeviceTokenKey)
        return QStringLiteral("cohort.device_token");
    return QStringLiteral("secret.") + key;
}

void StoreSecretStore::read(const QString &key, QObject *, Done done)
{
    const QByteArray value = m_store.syncValue(storeKey(key));
    if (value.isEmpty())
        done({Status::NotFound, {}, {}});
    else
        done({Status::Ok, QString::fromUtf8(value), {}});
}

void StoreSecretStore::write(const QString &key, const QString &value, QObject *, Done done)
{
    if (m_store.setSyncValue(storeKey(key), value.toUtf8()))
        done({Status::Ok, {}, {}});
    else
        done({Status::Failed, {}, QStringLiteral("the learner's store could not be written")});
}

void StoreSecretStore::remove(const QString &key, QObject *context, Done done)
{
    write(key, QString(), context, std::move(done));
}

std::optional<SecretStore::Result> MemorySecretStore::refusal() const
{
    if (m_noService)
        return Result{Status::NoService, {}, QStringLiteral("no keychain service")};
    if (m_failing)
        return Result{Status::Failed, {}, QStringLiteral("the keychain refused")};
    return std::nullopt;
}

void MemorySecretStore::answer(QObject *context, Done done, Result result)
{
    ++m_calls;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, Done done)
{
    if (const auto no = refusal())
        return answer(context, std::move(done), *no);
    const auto found = m_values.constFind(key);
    answer(context, std::move(done),
           found == m_values.cend() ? Result{Status::NotFound, {}, {}} : Result{Status::Ok, *found, {}});
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Done done)
{
    if (const auto no = refusal())
        return answer(context, std::move(done), *no);
    m_values.insert(key, value);
    answer(context, std::move(done), {Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Done done)
{
    if (const auto no = refusal())
        return answer(context, std::move(done), *no);
    m_values.remove(key);
    answer(context, std::move(done), {Status::Ok, {}, {}});
}

} // namespace groundwork::sync
