#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace groundwork::core::learner {
class LearnerStore;
}

namespace groundwork::sync {

// Where this app keeps a secret (the device credential, the credential a queued request still
// needs): the operating system's keychain when one runs (KeychainSecretStore), otherwise the
// learner's own store (StoreSecretStore), or memory in tests (MemorySecretStore).
//
// A keychain answers later (its calls go to another process), so every call answers through
// `done`, run with `context` (and not at all once `context` is gone).
class SecretStore
{
public:
    enum class Status {
        Ok,
        NotFound,
        NoService, // no keychain service runs on this system: use the fallback
        Failed,    // it runs but refused or broke; `error` says how
    };
    struct Result
    {
        Status status = Status::Failed;
        QString value; // what read() found
        QString error; // in plain words, for Failed
        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Done done) = 0;
    // Removing what is not there is Ok.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

// The fallback where no keychain runs: the secret sits in the learner's SQLite store, readable
// by anyone who can read that file (the app says so). Answers at once, inside the call.
class StoreSecretStore : public SecretStore
{
public:
    // The key of the device credential, which stores in the wild keep under its old name.
    static const QString kDeviceTokenKey;

    explicit StoreSecretStore(core::learner::LearnerStore &store) : m_store(store) {}

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    // The store's key for `key`.
    static QString storeKey(const QString &key);

private:
    core::learner::LearnerStore &m_store;
};

// For tests: answers from the event loop, as a keychain does; can play a system without a
// keychain service (setNoService) or one that refuses (setFailing).
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    void setNoService(bool noService) { m_noService = noService; }
    void setFailing(bool failing) { m_failing = failing; }
    const QHash<QString, QString> &values() const { return m_values; }
    int calls() const { return m_calls; }

private:
    void answer(QObject *context, Done done, Result result);
    std::optional<Result> refusal() const;

    QHash<QString, QString> m_values;
    bool m_noService = false;
    bool m_failing = false;
    int m_calls = 0;
};

} // namespace groundwork::sync
