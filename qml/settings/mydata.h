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

namespace groundwork::settings {

namespace learner = core::learner;

// "Your data" in the settings: a readable export of every event the learner's store holds,
// and the request to delete it all.
//
// Deleting is not done here: the store is open and the screens hold objects built on it.
// requestDelete() only announces the learner's confirmed wish (deleteRequested, and the
// handler given to setDeleteHandler); the app shell closes the store, removes the database
// file and starts fresh.
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

public:
    static constexpr int kFormatVersion = 1;

    // The store may be null (no data yet); setStore() swaps it after a fresh start.
    explicit MyData(const learner::LearnerStore *store, QObject *parent = nullptr);

    void setStore(const learner::LearnerStore *store);
    void setDeleteHandler(std::function<void()> handler) { m_deleteHandler = std::move(handler); }

    QString defaultExportPath() const;
    bool lastExportOk() const { return m_lastExportOk; }
    QString lastExportPath() const { return m_lastExportPath; }
    QString lastExportError() const { return m_lastExportError; }
    int eventCount() const;

    // Writes every event as one JSON document (atomically: a half-written file never
    // replaces an older one). An empty path means defaultExportPath; "file:" URLs are
    // accepted. Returns the absolute path written, or a plain-language error; lastExportOk
    // tells which.
    Q_INVOKABLE QString exportTo(const QString &path = QString());
    // The learner confirmed (twice) that everything should be deleted.
    Q_INVOKABLE void requestDelete();

    // The export document; public for tests.
    QJsonObject exportDocument() const;
    static QJsonObject eventToJson(const learner::Event &event);

signals:
    void exported();
    void eventCountChanged();
    void deleteRequested();

private:
    QString finish(bool ok, const QString &path, const QString &error);

    const learner::LearnerStore *m_store;
    std::function<void()> m_deleteHandler;
    bool m_lastExportOk = false;
    QString m_lastExportPath;
    QString m_lastExportError;
};

} // namespace groundwork::settings
