#pragma once

#include "client/cohortrequest.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace groundwork::sync {
class CohortConnection;
class CohortCredentials;
class KeyringStore;
}

namespace groundwork::cohort {

// The printable recovery key, for the Cohort and Settings screens: off until the learner turns
// it on. Turning it on makes a key on this device (crypto::RecoveryKey), leaves the server the
// account's keys wrapped under it, a hash of its verifier and its public key (vouched for by
// the account key), and shows the key once, to copy or save as a text file. Turning it off
// deletes the server's copy. The key itself never leaves this device except on the learner's
// paper or file.
class RecoveryKeyModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Cohort over the learner's store.")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // The key in groups of four while it is shown (after turnOn() until doneShowing()); "" else.
    Q_PROPERTY(QString shownKey READ shownKey NOTIFY stateChanged)
    // What went wrong with the last request, in plain words.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum class State {
        Unknown,  // not asked yet (or not joined)
        Off,      // no recovery key: private writing is lost with every device
        Working,  // a request is under way
        Showing,  // made and stored: shown once, now
        On,       // the server holds a copy for a key the learner keeps
    };
    Q_ENUM(State)

    // The arguments outlive this.
    RecoveryKeyModel(const sync::CohortCredentials &credentials, sync::CohortConnection &connection,
                     sync::KeyringStore &keys, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString shownKey() const { return m_shownKey; }
    QString errorText() const { return m_errorText; }

    // Asks the server whether the account has a recovery key (any device may have made it);
    // not while a key is shown or a request is under way.
    Q_INVOKABLE void refresh();
    // Makes a new key (replacing any earlier one: the earlier one stops working).
    Q_INVOKABLE void turnOn();
    Q_INVOKABLE void turnOff();
    // The learner has kept the key: it is no longer shown (and cannot be shown again).
    Q_INVOKABLE void doneShowing();
    // The shown key with a line on what it is, for the clipboard or a file.
    Q_INVOKABLE QString printableText() const;
    Q_INVOKABLE void copyToClipboard() const;
    // Where saveTo() suggests: the Documents folder (QStandardPaths), a dated file name.
    Q_INVOKABLE QString defaultSavePath() const;
    // Writes printableText() to `path` (QSaveFile: all or nothing); false and errorText on failure.
    Q_INVOKABLE bool saveTo(const QString &path);
    // Where the file dialog for the printable page starts: the Documents folder, a dated name.
    Q_INVOKABLE QUrl defaultPdfUrl() const;
    // Writes the shown key as a one-page PDF to print (RecoveryKeySheet) where the learner chose;
    // returns the path written, or "" and errorText on failure.
    Q_INVOKABLE QString savePdfTo(const QUrl &file);

signals:
    void stateChanged();
    void errorTextChanged();

private:
    void post(const QString &path, const QByteArray &body, std::function<void(const QByteArray &)> onAnswer);
    void setState(State state);
    void setError(const QString &text);
    void clear();

    const sync::CohortCredentials &m_credentials;
    sync::CohortConnection &m_connection;
    sync::KeyringStore &m_keys;
    sync::CohortRequestSlot m_request;
    State m_state = State::Unknown;
    State m_settled = State::Unknown; // what to go back to when a request fails
    QString m_shownKey;
    QString m_errorText;
};

} // namespace groundwork::cohort
