#include "leadfixture.h"

#include "groundwork/sync/v1/profile.pb.h"
#include "inprocessserver.h"
#include "learnerdevices.h"
#include "server/credentials.h"
#include "testbackends.h"

#include "content/contentpack.h"
#include "groundwork/sync/v1/sync.pb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QQmlEngine>

namespace groundwork::lead::testing {

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

QByteArray sharedProfile(double estimate)
{
    v1::SharedProfile p;
    for (const char *id : {"delegation-and-trust", "outcome-focus"}) {
        v1::SharedDimension *d = p.add_dimensions();
        d->set_dimension_id(id);
        d->set_estimate(float(estimate));
        d->set_low(float(estimate - 0.1));
        d->set_high(float(estimate + 0.1));
    }
    const std::string bytes = p.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

struct MonthAgo : Clock
{
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() - 30 * kDay; }
};

} // namespace

LeadFixture::LeadFixture(QObject *parent) : QObject(parent)
{
    useEnglishPluralForms();
    credentials::initialise();
    if (QCoreApplication::applicationVersion().isEmpty())
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0-test"));
}

LeadFixture::~LeadFixture()
{
    for (const QPointer<QQuickItem> &screen : std::as_const(m_screens))
        delete screen.data();
    m_session.reset();
    m_cohort.reset();
}

void LeadFixture::componentComplete()
{
    m_database = std::make_unique<FreshDatabase>(QStringLiteral("sqlite"), m_dir.path());
    m_serverStore = m_database->open();
    if (!m_serverStore)
        return;
    m_server = std::make_unique<InProcessServer>(*m_serverStore, true);
    const NewCohort cohort = m_server->provisioning().createCohort(QStringLiteral("Platform leads"), QStringLiteral("Dana"),
                                                                   3'600'000);
    m_serverUrl = m_server->url().toString();
    m_leadToken = cohort.lead.token;
    m_cohortId = cohort.cohort.id;
    MonthAgo joined;
    Provisioning provisioning(*m_serverStore, joined);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const char *names[] = {"Ada", "Bo", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal"};
    for (int i = 0; i < m_members && i < 8; ++i) {
        const IssuedDevice d = provisioning.createAccountWithDevice(cohort.cohort.id, Role::Learner,
                                                                    QString::fromLatin1(names[i]), QStringLiteral("phone"));
        if (i == 0)
            m_learnerToken = d.token;
        m_memberAccounts << d.accountId;
        const bool idle = i == m_members - 1;
        QList<WireEvent> events;
        for (int day = idle ? 21 : 0; day < 28; day += 2) {
            WireEvent e;
            e.id = QStringLiteral("%1-%2").arg(i).arg(day);
            e.deviceTimeMs = now - day * kDay;
            e.kind = QStringLiteral("lesson.finished");
            e.contentVersion = QStringLiteral("t");
            e.payload = "p";
            events << e;
        }
        if (i < 2) { // Ada and Bo finished "Ready to lead", as a protocol 3 app tells it
            WireEvent done;
            done.id = QStringLiteral("track-completed.ready-to-lead");
            done.epoch = 1;
            done.sealed = "sealed";
            done.coarseKind = v1::COARSE_KIND_TRACK_COMPLETED;
            done.utcDay = int((now - (3 + i) * kDay) / kDay);
            done.publicTrackId = QStringLiteral("ready-to-lead");
            events << done;
        }
        m_serverStore->storeEvents(d.accountId, d.deviceId, events, now);
        if (i < m_sharing)
            m_serverStore->chooseProfileSharing(d.accountId, sharedProfile(0.4 + 0.05 * i), 10 + i);
    }

    m_store = openLearnerStore(m_dir.filePath(QStringLiteral("learner.db")));
    if (!m_store)
        return;
    if (m_signedIn) {
        m_store->setSyncValue(QStringLiteral("lead.server_url"), m_serverUrl.toUtf8());
        m_store->setSyncValue(QStringLiteral("lead.device_token"), m_leadToken.toUtf8());
    }
    m_cohort = std::make_unique<cohort::Cohort>(*m_store);
    m_cohort->connection().setExtraCaCertificates(InProcessServer::devCertificate());
    // The app's content pack: its role templates and the dimensions the server knows.
    m_session = std::make_unique<LeadSession>(*m_store, m_cohort->connection(), m_dir.filePath(QStringLiteral("exports")),
                                              std::function<QString(const QString &)>(), nullptr,
                                              core::ContentPack::fromFile(QStringLiteral(GROUNDWORK_PACK_FILE)).pack);
    emit ready();
}

QQuickItem *LeadFixture::show(QQmlComponent *component, QQuickItem *parent, const QVariantMap &properties)
{
    QObject *object = component->createWithInitialProperties(properties, component->creationContext());
    auto *item = qobject_cast<QQuickItem *>(object);
    if (!item) {
        qWarning() << "LeadFixture::show:" << component->errorString();
        delete object;
        return nullptr;
    }
    QQmlEngine::setObjectOwnership(item, QQmlEngine::CppOwnership);
    item->setParentItem(parent);
    m_screens.append(item);
    return item;
}

int LeadFixture::storedRoleVersion() const
{
    const auto role = m_serverStore ? m_serverStore->cohortRole(m_cohortId) : std::nullopt;
    return role ? int(role->version) : 0;
}

QString LeadFixture::storedRoleTitle() const
{
    const auto role = m_serverStore ? m_serverStore->cohortRole(m_cohortId) : std::nullopt;
    v1::CohortRole parsed;
    if (!role || !parsed.ParseFromArray(role->role.constData(), int(role->role.size())))
        return {};
    return QString::fromStdString(parsed.title());
}

bool LeadFixture::inviteWorks(const QString &code) const
{
    return m_serverStore && m_serverStore->cohortByInvite(credentials::hashSecret(credentials::normaliseCode(code)));
}

void LeadFixture::stopSharing(int member)
{
    if (m_serverStore && member >= 0 && member < m_memberAccounts.size())
        m_serverStore->chooseProfileSharing(m_memberAccounts[member], std::nullopt, QDateTime::currentMSecsSinceEpoch());
}

} // namespace groundwork::lead::testing
