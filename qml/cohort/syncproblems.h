#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace groundwork::sync {
class KeyringStore;
class SealedOutbox;
}

namespace groundwork::cohort {

// Downloads this device could not use, for the Cohort and Settings screens, until the learner
// has seen them: items that failed verification (never applied; the server or the network
// altered them, or they were sealed for another account), and events under a key this device
// was not given when the keys changed (it was left out of a rotation: linking it again from
// another device fixes that). Kept in the KeyringStore, so they outlive a restart.
class SyncProblems : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Cohort over the learner's store.")
    Q_PROPERTY(int unverifiedCount READ unverifiedCount NOTIFY changed)
    Q_PROPERTY(bool leftOutOfKeyChange READ leftOutOfKeyChange NOTIFY changed)
    // When this device first met an event under a key it was not given (the screen shows the day).
    Q_PROPERTY(QDateTime leftOutSince READ leftOutSince NOTIFY changed)
    // The one to show first: being left out stops every new item; unverified ones are past.
    Q_PROPERTY(Attention attention READ attention NOTIFY changed)

public:
    enum class Attention { Nothing, UnverifiedItems, LeftOutOfKeyChange };
    Q_ENUM(Attention)

    // The arguments outlive this.
    SyncProblems(sync::KeyringStore &keys, sync::SealedOutbox &sealed, QObject *parent = nullptr);

    int unverifiedCount() const { return m_trouble.unverified; }
    bool leftOutOfKeyChange() const { return m_trouble.missingEpoch > 0; }
    QDateTime leftOutSince() const { return m_trouble.since; }
    Attention attention() const;

    // The learner has read about the unverified items: the note goes (new ones bring it back).
    Q_INVOKABLE void dismissUnverified();
    // Reads the store again (after joining, linking or leaving).
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    struct Held
    {
        int unverified = 0;
        quint32 missingEpoch = 0;
        QDateTime since;
        bool operator==(const Held &) const = default;
    };

    sync::KeyringStore &m_keys;
    Held m_trouble;
};

} // namespace groundwork::cohort
