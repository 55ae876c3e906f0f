#pragma once

#include "learner/event.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace groundwork::core::learner {
class LearnerStore;
}

namespace groundwork::sync {
class PendingRequests;
}

namespace groundwork::settings {

namespace learner = core::learner;

// "Your data" in the settings: a readable export of every event the learner's store holds,
// and the request to delete it all.
//
// Deleting is not done here: the store is open and the screens hold objects built on it.
// requestDelete() only announces the learner's confirmed wish (deleteRequested, and the
// handler given to setDeleteHandler); the app shell closes the store, removes the database
// file and starts fresh. Deleting "everywhere" also deletes the account on the cohort server,
// through the durable queue of requests (sync::PendingRequests), whose progress this shows
// (serverState, serverText): it outlives the local data and any restart.
class MyData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell over the learner's store")
    // Where an export goes unless the learner picks another place
    Q_PROPERTY(QString defaultExportPath READ defaultExportPath CONSTANT)
    // After exportTo(): whether it worked, and the path written or the reason it failed
    Q_PROPERTY(bool lastExportOk READ lastExportOk NOTIFY exported)
    Q_PROPERTY(QString lastExportPath READ lastExportPath NOTIFY exported)
    Q_PROPERTY(QString lastExportError READ lastExportError NOTIFY exported)
    Q_PROPERTY(int eventCount READ eventCount NOTIFY eventCountChanged)
    // This device is signed in to a cohort server, so the account there can be deleted too.
    Q_PROPERTY(bool canDeleteEverywhere READ canDeleteEverywhere NOTIFY serverChanged)
    // How the requests for the cohort server stand (a deletion, a withdrawal, a sign-out).
    Q_PROPERTY(ServerState serverState READ serverState NOTIFY serverChanged)
    Q_PROPERTY(QString serverText READ serverText NOTIFY serverChanged)
    // While waiting: what the last try ran into, in plain words ("" otherwise).
    Q_PROPERTY(QString serverDetail READ serverDetail NOTIFY serverChanged)
    // Why the last request to delete could not be started ("" when it could).
    Q_PROPERTY(QString deleteError READ deleteError NOTIFY serverChanged)

public:
    static constexpr int kFormatVersion = 1;

    enum class DeleteScope { ThisDevice, Everywhere };
    Q_ENUM(DeleteScope)
    enum class ServerState {
        Idle,    // nothing waiting for the cohort server
        Waiting, // waiting to reach it (or its answer)
        Refused, // it said no; serverText says why, dismissRefused() lets it go
        Deleted, // it confirmed that the account is deleted
    };
    Q_ENUM(ServerState)

    // The store may be null (no data yet); setStore() swaps it after a fresh start.
    explicit MyData(const learner::LearnerStore *store, QObject *parent = nullptr);

    void setStore(const learner::LearnerStore *store);
    // The handler deletes, and returns "" or why it could not (then nothing was deleted).
    void setDeleteHandler(std::function<QString(DeleteScope)> handler) { m_deleteHandler = std::move(handler); }
    // The queue of requests for the cohort server (may be null: no cohort feature).
    void setPendingRequests(sync::PendingRequests *pending);
    // Whether this device is signed in to a cohort server, asked when it may have changed.
    void setJoinedSource(std::function<bool()> joined);
    void joinedMayHaveChanged() { emit serverChanged(); }

    QString defaultExportPath() const;
    bool lastExportOk() const { return m_lastExportOk; }
    QString lastExportPath() const { return m_lastExportPath; }
    QString lastExportError() const { return m_lastExportError; }
    int eventCount() const;
    bool canDeleteEverywhere() const { return m_joined && m_joined(); }
    ServerState serverState() const;
    QString serverText() const;
    QString serverDetail() const;
    QString deleteError() const { return m_deleteError; }

    // Writes every event as one JSON document (atomically: a half-written file never
    // replaces an older one). An empty path means defaultExportPath; "file:" URLs are
    // accepted. Returns the absolute path written, or a plain-language error; lastExportOk
    // tells which.
    Q_INVOKABLE QString exportTo(const QString &path = QString());
    // The learner confirmed (twice) that everything should be deleted, on this device or
    // everywhere; false (deleteError) when it could not be done.
    Q_INVOKABLE bool requestDelete(groundwork::settings::MyData::DeleteScope scope);
    // Tries the waiting requests now rather than after their backoff.
    Q_INVOKABLE void retryNow();
    // Lets go of requests the server refused, and of the note that the account is deleted.
    Q_INVOKABLE void dismissServerNote();

    // The export document; public for tests.
    QJsonObject exportDocument() const;
    static QJsonObject eventToJson(const learner::Event &event);

signals:
    void exported();
    void eventCountChanged();
    void deleteRequested(groundwork::settings::MyData::DeleteScope scope);
    void serverChanged();

private:
    QString finish(bool ok, const QString &path, const QString &error);

    QString waitingText() const;

    const learner::LearnerStore *m_store;
    std::function<QString(DeleteScope)> m_deleteHandler;
    sync::PendingRequests *m_pending = nullptr;
    std::function<bool()> m_joined;
    QString m_deleteError;
    bool m_lastExportOk = false;
    QString m_lastExportPath;
    QString m_lastExportError;
};

} // namespace groundwork::settings
