#pragma once

#include "client/pendingrequests.h"
#include "client/secretstore.h"
#include "cohort.h"
#include "mydata.h"

#include <QObject>
#include <QPointer>
#include <QQmlComponent>
#include <QQmlParserStatus>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace groundwork::core::learner {
class LearnerStore;
}

namespace groundwork::sync {
class Store;
namespace testing {
class CannedServer;
class FreshDatabase;
class InProcessServer;
}
}

namespace groundwork::cohort::testing {

// The app's cohort feature (Cohort) over fake data sources, for QML tests of the screens that
// show it: a learner store in a temporary folder and, as `server` says, the real cohort server
// in this process (one cohort, "Platform leads"), one that never answers, one that says the
// app is too old, one that cannot be reached, or none. Set the properties when creating it;
// the Cohort is made once it is complete.
class CohortFixture : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(Server server MEMBER m_server)
    // This device joined before the screen opened (as learner "Ada"'s phone).
    Q_PROPERTY(bool joined MEMBER m_joined)
    // How long the server's link codes work.
    Q_PROPERTY(int linkCodeLifetimeMs MEMBER m_linkCodeLifetimeMs)
    // Where a test may save screenshots: $GROUNDWORK_SCREENSHOT_DIR, "" when unset (not saved).
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    Q_PROPERTY(groundwork::cohort::Cohort *cohort READ cohort NOTIFY ready)
    // The server's address and the cohort's invite code ("" without a server).
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY ready)
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY ready)
    // Where the device credential goes: the learner's store (no keychain asked for, the
    // default), a working keychain, or a system where no keychain service runs.
    Q_PROPERTY(Keychain keychain MEMBER m_keychainKind)
    // "Your data" over this fixture's store and its durable queue of server requests (in the
    // fixture's folder), deleting as the app does, except that the local files stay.
    Q_PROPERTY(groundwork::settings::MyData *myData READ myData NOTIFY ready)

public:
    enum class Server { InProcess, Silent, Outdated, Unreachable, None };
    Q_ENUM(Server)
    enum class Keychain { InStore, Working, NoService };
    Q_ENUM(Keychain)

    explicit CohortFixture(QObject *parent = nullptr);
    ~CohortFixture() override;

    void classBegin() override {}
    void componentComplete() override;

    Cohort *cohort() const { return m_cohort.get(); }
    settings::MyData *myData() const { return m_myData.get(); }
    QString serverUrl() const { return m_serverUrl; }
    QString inviteCode() const { return m_inviteCode; }
    static QString screenshotDir() { return qEnvironmentVariable("GROUNDWORK_SCREENSHOT_DIR"); }

    // Shows `component` over this fixture with `properties`, inside `parent`; it goes before
    // the Cohort it shows when the fixture goes.
    Q_INVOKABLE QQuickItem *show(QQmlComponent *component, QQuickItem *parent, const QVariantMap &properties);
    // Answers recorded on this device since the last sync (and said so, as the app does).
    Q_INVOKABLE void recordAnswers(int count);
    // Another device of this learner, added on the server; its device id.
    Q_INVOKABLE QString addOtherDevice(const QString &name);
    // A learner who joined on another device, and a link code for this device made there.
    Q_INVOKABLE QString makeLinkCode();
    // The learner chose on another device, later than anything this device knows.
    Q_INVOKABLE void chooseSharingElsewhere(bool shared);
    // When this device last heard of a sharing choice (0: none made).
    Q_INVOKABLE double sharingChosenAtMs() const;
    // Whether the server still holds the learner's account (joined with an in-process server).
    Q_INVOKABLE bool accountOnServer() const;
    // Downloads this device could not use, as SealedOutbox notes them: `unverified` items that
    // failed verification, and events under `missingEpoch` (0: none) this device was not given.
    Q_INVOKABLE void noteDownloadTrouble(int unverified, int missingEpoch);
    // Whether the server holds a recovery key for the learner's account (in-process server).
    Q_INVOKABLE bool recoveryOnServer() const;
    // Signs this device out on the server, as another of the learner's devices would.
    Q_INVOKABLE bool revokeThisDevice();
    // A file URL in the fixture's own folder (not the learner's real Documents).
    Q_INVOKABLE QUrl temporaryUrl(const QString &name) const;
    // A folder made in the fixture's own folder, as a URL.
    Q_INVOKABLE QUrl temporaryFolder(const QString &name) const;
    // The first `bytes` bytes of a local file, as Latin-1 ("" when it cannot be read).
    Q_INVOKABLE QString fileStart(const QUrl &file, int bytes) const;

signals:
    void ready();

private:
    void startServer();

    void makeMyData();

    Server m_server = Server::InProcess;
    Keychain m_keychainKind = Keychain::InStore;
    std::unique_ptr<sync::MemorySecretStore> m_keychain;
    std::unique_ptr<sync::PendingRequests> m_pending;
    std::unique_ptr<settings::MyData> m_myData;
    bool m_joined = false;
    int m_linkCodeLifetimeMs = 10 * 60'000;
    QTemporaryDir m_dir;
    std::unique_ptr<sync::testing::FreshDatabase> m_database;
    std::unique_ptr<sync::Store> m_serverStore;
    std::unique_ptr<sync::testing::InProcessServer> m_inProcess;
    std::unique_ptr<QTcpServer> m_silent;
    std::unique_ptr<sync::testing::CannedServer> m_outdated;
    std::unique_ptr<core::learner::LearnerStore> m_store;
    std::unique_ptr<Cohort> m_cohort;
    QList<QPointer<QQuickItem>> m_screens;
    QString m_serverUrl;
    QString m_inviteCode;
    QString m_cohortId;
    QString m_accountId;
};

} // namespace groundwork::cohort::testing
