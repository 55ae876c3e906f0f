#pragma once

#include "cohort.h"
#include "leadsession.h"

#include <QObject>
#include <QPointer>
#include <QQmlComponent>
#include <QQmlParserStatus>
#include <QQuickItem>
#include <QStringList>
#include <QTemporaryDir>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace groundwork::core::learner {
class LearnerStore;
}
namespace groundwork::sync {
class Store;
namespace testing {
class FreshDatabase;
class InProcessServer;
}
}

namespace groundwork::lead::testing {

// Lead mode over the real cohort server in this process (SQLite): a cohort, "Platform leads",
// with `members` learners who practised over the last weeks (the last of them idle for three
// weeks; the first two finished "Ready to lead" four and three days ago), the first `sharing` of them sharing a profile. `signedIn`: the lead's credential is
// kept before the screen opens. Set the properties when creating it.
class LeadFixture : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int members MEMBER m_members)
    Q_PROPERTY(int sharing MEMBER m_sharing)
    Q_PROPERTY(bool signedIn MEMBER m_signedIn)
    Q_PROPERTY(groundwork::lead::LeadSession *session READ session NOTIFY ready)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY ready)
    Q_PROPERTY(QString leadToken READ leadToken NOTIFY ready)
    Q_PROPERTY(QString learnerToken READ learnerToken NOTIFY ready)

public:
    explicit LeadFixture(QObject *parent = nullptr);
    ~LeadFixture() override;

    void classBegin() override {}
    void componentComplete() override;

    LeadSession *session() const { return m_session.get(); }
    QString serverUrl() const { return m_serverUrl; }
    QString leadToken() const { return m_leadToken; }
    QString learnerToken() const { return m_learnerToken; }

    Q_INVOKABLE QQuickItem *show(QQmlComponent *component, QQuickItem *parent, const QVariantMap &properties);
    // Whether `code` lets a learner join the cohort now.
    Q_INVOKABLE bool inviteWorks(const QString &code) const;
    // The `member`th learner (from 0) withdraws their shared profile on the server.
    Q_INVOKABLE void stopSharing(int member);
    // The cohort's role as the server stores it (0 / empty: none).
    Q_INVOKABLE int storedRoleVersion() const;
    Q_INVOKABLE QString storedRoleTitle() const;

signals:
    void ready();

private:
    int m_members = 6;
    int m_sharing = 5;
    bool m_signedIn = true;
    QTemporaryDir m_dir;
    std::unique_ptr<sync::testing::FreshDatabase> m_database;
    std::unique_ptr<sync::Store> m_serverStore;
    std::unique_ptr<sync::testing::InProcessServer> m_server;
    std::unique_ptr<core::learner::LearnerStore> m_store;
    std::unique_ptr<cohort::Cohort> m_cohort;
    std::unique_ptr<LeadSession> m_session;
    QString m_serverUrl, m_leadToken, m_learnerToken, m_cohortId;
    QStringList m_memberAccounts;
    QList<QPointer<QQuickItem>> m_screens;
};

} // namespace groundwork::lead::testing
