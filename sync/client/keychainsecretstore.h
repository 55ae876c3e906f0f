#pragma once

#include "client/secretstore.h"

namespace groundwork::sync {

// The operating system's keychain through QtKeychain (the Secret Service on Linux, the
// Keychain on macOS and iOS, the Credential Manager on Windows, the Keystore on Android).
// Every call is an asynchronous job: nothing here waits for the keychain.
//
// Entries are named "<key> (<scope>)" under the service "Groundwork", the scope being the
// app's data folder, so that two data folders (a test run, a second profile) never share a
// credential.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString &scope);

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    static const QString kService;

private:
    QString entryName(const QString &key) const;

    QString m_scope;
};

} // namespace groundwork::sync
