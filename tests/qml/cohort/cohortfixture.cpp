#include "cohortfixture.h"

#include "cannedserver.h"
#include "client/sharedprofile.h"
#include "crypto/linkkeywrap.h"
#include "inprocessserver.h"
#include "learnerdevices.h"
#include "protocol/wirecodec.h"
#include "server/credentials.h"
#include "testbackends.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTcpServer>

namespace groundwork::cohort::testing {

using namespace groundwork::sync;
using namespace groundwork::sync::testing;
using core::learner::EventKind;

namespace {

const QString kCohortName = QStringLiteral("Platform leads");

} // namespace

CohortFixture::CohortFixture(QObject *parent) : QObject(parent)
{
    // What the app has in place before a screen shows: its English plural forms, libsodium
    // (for the server's credentials) and a version in every request's hello.
    useEnglishPluralForms();
    credentials::initialise();
    if (QCoreApplication::applicationVersion().isEmpty())
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0-test"));
}

CohortFixture::~CohortFixture()
{
    // The screens go before the objects they show.
    for (const QPointer<QQuickItem> &screen : std::as_const(m_screens))
        delete screen.data();
    m_myData.reset();
    m_cohort.reset();
}

void CohortFixture::componentComplete()
{
    startServer();
    m_store = openLearnerStore(m_dir.filePath(QStringLiteral("learner.db")));
    if (!m_store)
        return;
    if (m_joined) {
        CohortCredential credential{m_serverUrl, QStringLiteral("gw1.not-a-real-token"), QStringLiteral("account"),
                                    QStringLiteral("device"), QStringLiteral("cohort"), kCohortName, QStringLiteral("Ada")};
        if (m_inProcess) {
            const IssuedDevice phone = m_inProcess->provisioning().createAccountWithDevice(
                m_cohortId, Role::Learner, QStringLiteral("Ada"), QStringLiteral("ada-phone"));
            credential = {m_serverUrl, phone.token, phone.accountId, phone.deviceId, m_cohortId, kCohortName,
                          QStringLiteral("Ada")};
            m_accountId = phone.accountId;
        }
        CohortCredentials(*m_store).save(credential);
    }
    if (m_keychainKind != Keychain::InStore) {
        m_keychain = std::make_unique<MemorySecretStore>();
        m_keychain->setNoService(m_keychainKind == Keychain::NoService);
    }
    m_pending = std::make_unique<PendingRequests>(m_dir.filePath(QStringLiteral("pending-requests.json")), nullptr,
                                                  m_keychain.get());
    m_pending->setExtraCaCertificates(InProcessServer::devCertificate());
    // The key wrap for linking at libsodium's minimum cost: the screens' tests are not about it.
    m_cohort = std::make_unique<Cohort>(*m_store, CohortServices{m_pending.get(), m_keychain.get(),
                                                                 sync::crypto::PwhashLimits::minimum()});
    m_cohort->connection().setExtraCaCertificates(InProcessServer::devCertificate());
    SyncTuning tuning;
    // A failure says "will retry in 30 s" for the length of a test; a silent server stays silent.
    tuning.backoffBaseMs = 30'000;
    tuning.backoffCapMs = 30'000;
    tuning.transferTimeoutMs = 60'000;
    m_cohort->scheduler().setTuning(tuning);
    m_cohort->scheduler().setIntervals(10 * 60'000, 10 * 60'000); // rounds only at start and when asked
    m_cohort->sharing()->setReadinessSource([] { return std::optional(profileFor(QStringLiteral("em"))); },
                                            kTestContentVersion);
    makeMyData();
    emit ready();
}

// As the app shell does (qml/app), but the learner's files stay: the tests look at them after.
void CohortFixture::makeMyData()
{
    m_myData = std::make_unique<settings::MyData>(m_store.get());
    m_myData->setPendingRequests(m_pending.get());
    m_myData->setJoinedSource([this] { return m_cohort->credentials().joined(); });
    connect(&m_cohort->credentials(), &CohortCredentials::joinedChanged, m_myData.get(),
            &settings::MyData::joinedMayHaveChanged);
    m_myData->setDeleteHandler([this](settings::MyData::DeleteScope scope) {
        if (!m_cohort->credentials().joined())
            return QString();
        if (scope == settings::MyData::DeleteScope::Everywhere)
            return m_cohort->departure().deleteAccount();
        m_cohort->enrolment()->leave();
        return QString();
    });
}

bool CohortFixture::accountOnServer() const
{
    return m_serverStore && m_serverStore->account(m_accountId).has_value();
}

void CohortFixture::noteDownloadTrouble(int unverified, int missingEpoch)
{
    if (unverified > 0)
        m_cohort->keys().addRefusedEvents(unverified);
    if (missingEpoch > 0)
        m_cohort->keys().noteMissingEpoch(quint32(missingEpoch), QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    emit m_cohort->sealedOutbox().downloadTroubleChanged(); // as SealedOutbox does
}

bool CohortFixture::recoveryOnServer() const
{
    return m_serverStore && m_serverStore->recovery(m_cohort->credentials().credential().accountId).has_value();
}

bool CohortFixture::revokeThisDevice()
{
    return m_serverStore && m_serverStore->revokeDevice(m_cohort->credentials().credential().deviceId,
                                                        QDateTime::currentMSecsSinceEpoch());
}

QUrl CohortFixture::temporaryUrl(const QString &name) const
{
    return QUrl::fromLocalFile(m_dir.filePath(name));
}

QUrl CohortFixture::temporaryFolder(const QString &name) const
{
    QDir().mkpath(m_dir.filePath(name));
    return QUrl::fromLocalFile(m_dir.filePath(name));
}

QString CohortFixture::fileStart(const QUrl &file, int bytes) const
{
    QFile in(file.toLocalFile());
    return in.open(QIODevice::ReadOnly) ? QString::fromLatin1(in.read(bytes)) : QString();
}

void CohortFixture::startServer()
{
    switch (m_server) {
    case Server::InProcess: {
        m_database = std::make_unique<FreshDatabase>(QStringLiteral("sqlite"), m_dir.path());
        m_serverStore = m_database->open();
        if (!m_serverStore)
            return;
        ServiceLimits limits;
        limits.linkCodeLifetimeMs = m_linkCodeLifetimeMs;
        m_inProcess = std::make_unique<InProcessServer>(*m_serverStore, true, limits);
        const NewCohort cohort = m_inProcess->provisioning().createCohort(kCohortName, QStringLiteral("Dana"), 3'600'000);
        m_serverUrl = m_inProcess->url().toString();
        m_inviteCode = cohort.inviteCode;
        m_cohortId = cohort.cohort.id;
        return;
    }
    case Server::Silent:
        // Takes connections and never answers: a TLS handshake waits until it times out.
        m_silent = std::make_unique<QTcpServer>();
        m_silent->listen(QHostAddress::LocalHost);
        m_serverUrl = QStringLiteral("https://127.0.0.1:%1").arg(m_silent->serverPort());
        return;
    case Server::Outdated: {
        const Failure failure{WireError::UpdateRequired, QStringLiteral("Please update the app to keep syncing.")};
        m_outdated = std::make_unique<CannedServer>(httpResponse(426, "Upgrade Required", encodeError(failure)));
        m_serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_outdated->serverPort());
        return;
    }
    case Server::Unreachable: {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        m_serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        return; // nothing listens there once `closed` goes
    }
    case Server::None:
        return;
    }
}

QQuickItem *CohortFixture::show(QQmlComponent *component, QQuickItem *parent, const QVariantMap &properties)
{
    QObject *object = component->createWithInitialProperties(properties, component->creationContext());
    auto *item = qobject_cast<QQuickItem *>(object);
    if (!item) {
        qWarning() << "CohortFixture::show:" << component->errorString();
        delete object;
        return nullptr;
    }
    QQmlEngine::setObjectOwnership(item, QQmlEngine::CppOwnership);
    item->setParentItem(parent);
    m_screens.append(item);
    return item;
}

void CohortFixture::recordAnswers(int count)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const core::learner::LessonPayload lesson{QStringLiteral("ready-to-lead"), QStringLiteral("saying-no")};
        m_store->append(makeEvent(*m_store, EventKind::LessonStarted, now + i, core::learner::encodePayload(lesson)));
    }
    m_cohort->scheduler().noteLocalChange();
}

QString CohortFixture::addOtherDevice(const QString &name)
{
    const std::optional<Account> account = m_serverStore ? m_serverStore->account(m_accountId) : std::nullopt;
    if (!account)
        return QString();
    return m_inProcess->provisioning().addDevice(*account, name).deviceId;
}

QString CohortFixture::makeLinkCode()
{
    if (!m_inProcess)
        return QString();
    if (m_accountId.isEmpty()) {
        m_accountId = m_inProcess->provisioning()
                          .createAccountWithDevice(m_cohortId, Role::Learner, QStringLiteral("Ada"),
                                                   QStringLiteral("ada-laptop"))
                          .accountId;
    }
    // As the learner's other device makes it: the account's keys wrapped under a fresh secret,
    // which travels only in the code the learner types.
    const QString code = credentials::newCode(Provisioning::kLinkCodeLength);
    const QString secret = sync::crypto::LinkKeyWrap::newSecret();
    const QByteArray wrapped = sync::crypto::LinkKeyWrap(sync::crypto::PwhashLimits::minimum())
                                   .wrap(sync::crypto::AccountKeyring::createFirst(), secret, m_accountId);
    m_serverStore->createLinkCode(credentials::hashSecret(credentials::normaliseCode(code)), m_accountId,
                                  QDateTime::currentMSecsSinceEpoch() + m_linkCodeLifetimeMs, wrapped);
    return sync::crypto::LinkKeyWrap::combinedCode(code, secret);
}

void CohortFixture::chooseSharingElsewhere(bool shared)
{
    if (!m_serverStore)
        return;
    const qint64 at = std::max(QDateTime::currentMSecsSinceEpoch(), m_cohort->credentials().sharing().chosenAtMs) + 1000;
    std::optional<QByteArray> copy;
    if (shared)
        copy = encodeSharedProfile(profileFor(QStringLiteral("em"), 0.1), kTestContentVersion, at);
    m_serverStore->chooseProfileSharing(m_accountId, copy, at);
}

double CohortFixture::sharingChosenAtMs() const
{
    return double(m_cohort->credentials().sharing().chosenAtMs);
}

} // namespace groundwork::cohort::testing
