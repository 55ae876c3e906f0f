// Sharing a readiness profile with the cohort lead, end to end: learners' cohort features
// (Cohort, over real learner stores) and the lead's /v1/cohort/progress, through a real in-process
// cohort server over TLS, on both storage back ends. The lead sees a shared copy that decodes
// as a SharedProfile and matches the learner's profile; nothing of a learner who never shared;
// nothing once withdrawn; and another cohort's lead sees nothing at all. Leaving the cohort
// withdraws the copy and signs the device out; deleting the account removes it all.
#include "client/cohortdeparture.h"
#include "client/pendingrequests.h"
#include "client/sharedprofile.h"
#include "client/syncengine.h"
#include "cohort.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "inprocessserver.h"
#include "learnerdevices.h"
#include "learner/assessment.h"
#include "learner/derivation.h"
#include "learner/event.h"
#include "learner/learnerstore.h"
#include "learner/readiness.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"
#include "server/credentials.h"
#include "testbackends.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;
using namespace groundwork::core::learner;

namespace {

const QString kReflection = QStringLiteral("Honestly, I would rather stay an engineer");

SyncTuning quickTuning()
{
    SyncTuning t;
    t.backoffBaseMs = 10;
    t.backoffCapMs = 50;
    t.transferTimeoutMs = 5000;
    return t;
}

Event privateReflection(const LearnerStore &store)
{
    Event e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = EventKind::ReflectionSaved;
    e.timeMs = 1'760'000'000'000;
    e.deviceId = store.deviceId();
    e.contentVersion = QStringLiteral("v");
    e.isPrivate = true;
    e.payload = encodePayload(ReflectionPayload{QStringLiteral("back-to-ic"), QStringLiteral("why"), kReflection});
    return e;
}

// What a lead's tool would ask: POST /v1/cohort/progress. Returns the HTTP status.
int askProgress(QNetworkAccessManager &network, const QUrl &server, const QString &token,
                v1::CohortProgressResponse *out, QByteArray *rawBody = nullptr, const QString &cohortId = {})
{
    v1::CohortProgressRequest request;
    request.mutable_hello()->set_protocol_version(kProtocolVersion);
    request.mutable_hello()->set_app_version("lead-test");
    request.set_cohort_id(cohortId.toStdString());
    QUrl url = server;
    url.setPath(QStringLiteral("/v1/cohort/progress"));
    QNetworkRequest http(url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    http.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(InProcessServer::devCertificate());
    http.setSslConfiguration(tls);
    QNetworkReply *reply = network.post(http, serialize(request));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10'000))
        return -1;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (rawBody)
        *rawBody = body;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && out && !out->ParseFromArray(body.constData(), int(body.size())))
        return -2;
    return status;
}

const v1::MemberProgress *member(const v1::CohortProgressResponse &progress, const std::string &name)
{
    for (const v1::MemberProgress &m : progress.members())
        if (m.display_name() == name)
            return &m;
    return nullptr;
}

// A learner's device: its own store and the cohort feature the Cohort screen binds to.
struct LearnerDevice
{
    std::unique_ptr<LearnerStore> store;
    std::unique_ptr<groundwork::cohort::Cohort> app;
    ReadinessProfile profile;

    bool open(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!store)
            store = openLearnerStore(path);
        if (!store)
            return false;
        app = std::make_unique<groundwork::cohort::Cohort>(*store);
        app->connection().setExtraCaCertificates(InProcessServer::devCertificate());
        app->scheduler().setTuning(quickTuning());
        app->scheduler().setIntervals(10 * 60'000, 10 * 60'000); // rounds only when the test asks
        app->sharing()->setReadinessSource([this] { return std::optional(profile); }, QStringLiteral("2026.11.0+3f9a2c1d"));
        return true;
    }
    // Joins with the invite code, as the Cohort screen does, and waits for the first round.
    bool join(const QUrl &server, const QString &name, const QString &inviteCode)
    {
        app->enrolment()->setServerUrl(server.toString());
        app->enrolment()->setDisplayName(name);
        app->enrolment()->join(inviteCode);
        return QTest::qWaitFor([this] { return app->status()->joined(); }, 10'000)
               && QTest::qWaitFor([this] { return idle(); }, 10'000);
    }
    bool idle() const
    {
        return app->scheduler().engine() && app->scheduler().engine()->state() == SyncEngine::State::Idle && app->status()->lastSynced().isValid();
    }
    QByteArray why() const
    {
        return (QStringLiteral("state %1, status '%2', error '%3'")
                    .arg(app->scheduler().engine() ? int(app->scheduler().engine()->state()) : -1)
                    .arg(app->status()->statusText(), app->status()->errorText()))
            .toUtf8();
    }
};

// Gives `device` (not yet opened) a second credential for the account of `first`, as linking
// a device does, and opens it: the same learner on another device.
bool linkSecondDevice(Store &serverStore, InProcessServer &server, LearnerDevice &first, LearnerDevice &device,
                      const QString &path)
{
    const CohortCredential &theirs = first.app->credentials().credential();
    const std::optional<Account> account = serverStore.account(theirs.accountId);
    if (!account)
        return false;
    const IssuedDevice issued = server.provisioning().addDevice(*account, QStringLiteral("laptop"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    device.store = openLearnerStore(path);
    if (!device.store)
        return false;
    CohortCredentials(*device.store).save({server.url().toString(), issued.token, issued.accountId, issued.deviceId,
                                           issued.cohortId, theirs.cohortName, theirs.displayName});
    return device.open(path);
}

// "Include my assessment results" as the learner last chose it on any device, as the device's
// events say (LearnerData folds them the same way).
bool includesAssessments(const LearnerStore &store)
{
    return Deriver().derive(store.events()).shareAssessmentResults;
}

// What the Profile screen hands the sharing: one sitting, only while the learner includes it.
void shareAssessmentsAsChosen(LearnerDevice &device)
{
    device.app->sharing()->setAssessmentSource([&device] {
        QVector<AssessmentResult> results;
        if (includesAssessments(*device.store)) {
            AssessmentResult sitting;
            sitting.form = groundwork::content::v1::ASSESSMENT_FORM_A;
            sitting.day = 2'461'000;
            sitting.completedMs = 1'760'000'000'000;
            sitting.decisions = 21;
            sitting.profile = profileFor(QStringLiteral("em"), 0.02);
            results.append(sitting);
        }
        return results;
    });
}

bool sameFigures(const v1::SharedProfile &shared, const ReadinessProfile &p)
{
    const auto near = [](double a, double b) { return std::fabs(a - b) < 1e-6; };
    if (shared.role_id() != p.roleId.toStdString() || shared.dimensions_size() != p.dimensions.size()
        || !near(shared.overall(), p.overall) || shared.evidence() != quint32(p.evidence)
        || shared.calibration() != v1::SHARED_CALIBRATION_OVER_CONFIDENT)
        return false;
    for (int i = 0; i < p.dimensions.size(); ++i) {
        const auto &d = shared.dimensions(i);
        const auto &e = p.dimensions[i].estimate;
        if (d.dimension_id() != p.dimensions[i].dimensionId.toStdString() || !near(d.estimate(), e.mean)
            || !near(d.low(), e.low) || !near(d.high(), e.high) || d.evidence() != quint32(e.evidence)
            || d.trend() != v1::SHARED_TREND_RISING)
            return false;
    }
    return true;
}

} // namespace

class TestSyncProfileShare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void initTestCase()
    {
        QVERIFY(credentials::initialise());
        QVERIFY(m_scratch.isValid());
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0-test"));
    }

    void shareSeeWithdraw_data() { addBackendRows(); }

    void shareSeeWithdraw()
    {
        QFETCH(QString, backend);
        const QString dir = m_scratch.filePath(backend);
        GW_SERVE_COHORT(served, backend, dir);
        auto &serverStore = served.store;
        InProcessServer &server = *served.server;
        const NewCohort &cohort = served.cohort;
        const NewCohort other = server.provisioning().createCohort(QStringLiteral("Sales leads"),
                                                                   QStringLiteral("Olu"), 3'600'000);
        QNetworkAccessManager lead;

        // A and B join with the invite code, as the Cohort screen does. A keeps a private
        // reflection on the device.
        LearnerDevice a, b;
        a.profile = profileFor(QStringLiteral("em"));
        b.profile = profileFor(QStringLiteral("em"), 0.1);
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QVERIFY(b.open(dir + QStringLiteral("/b.db")));
        QVERIFY(a.store->append(privateReflection(*a.store)));
        for (auto [device, name] : {std::pair{&a, "Ada"}, std::pair{&b, "Ben"}}) {
            QVERIFY2(device->join(server.url(), QString::fromLatin1(name), cohort.inviteCode), device->why().constData());
            QVERIFY(!device->app->sharing()->shared()); // off unless the learner turns it on
        }

        v1::CohortProgressResponse progress;
        QCOMPARE(askProgress(lead, server.url(), cohort.lead.token, &progress), 200);
        QVERIFY(member(progress, "Ada") && member(progress, "Ben"));
        QVERIFY(!member(progress, "Ada")->profile_shared());
        QVERIFY(member(progress, "Ada")->profile().empty());

        // A shares: the lead sees A's profile, and it is a SharedProfile with A's figures.
        QSignalSpy confirmedA(a.app->scheduler().engine(), &SyncEngine::profileShareConfirmed);
        a.app->sharing()->setShared(true);
        QVERIFY(a.app->sharing()->shared());
        QTRY_COMPARE_WITH_TIMEOUT(confirmedA.size(), 1, 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(a.idle(), a.why().constData(), 10'000);
        QVERIFY2(a.app->sharing()->statusText().contains(QStringLiteral("sees the copy")), qPrintable(a.app->sharing()->statusText()));
        QByteArray raw;
        QCOMPARE(askProgress(lead, server.url(), cohort.lead.token, &progress, &raw), 200);
        const v1::MemberProgress *ada = member(progress, "Ada");
        QVERIFY(ada);
        QVERIFY(ada->profile_shared());
        const auto shared = decodeSharedProfile(QByteArray::fromStdString(ada->profile()));
        QVERIFY(shared);
        QVERIFY(sameFigures(*shared, a.profile));
        QCOMPARE(shared->content_version(), std::string("2026.11.0+3f9a2c1d"));
        QVERIFY(shared->generated_at_ms() > 0);
        QVERIFY(!raw.contains(kReflection.toUtf8())); // private reflections never reach the lead

        // B never shared: nothing of B's profile, though B's progress is listed.
        const v1::MemberProgress *ben = member(progress, "Ben");
        QVERIFY(ben);
        QVERIFY(!ben->profile_shared());
        QVERIFY(ben->profile().empty());

        // A syncs with nothing changed: the copy is not sent again. Then A practises more:
        // the next sync sends the new figures.
        a.app->status()->syncNow();
        QTRY_VERIFY2_WITH_TIMEOUT(a.idle(), a.why().constData(), 10'000);
        QCOMPARE(confirmedA.size(), 1);
        a.profile = profileFor(QStringLiteral("em"), 0.05);
        a.app->status()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(confirmedA.size(), 2, 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(a.idle(), a.why().constData(), 10'000);
        QCOMPARE(askProgress(lead, server.url(), cohort.lead.token, &progress), 200);
        QVERIFY(sameFigures(*decodeSharedProfile(QByteArray::fromStdString(member(progress, "Ada")->profile())), a.profile));

        // Another cohort's lead sees nothing of A: not in their list, and A's cohort is refused.
        v1::CohortProgressResponse theirs;
        QCOMPARE(askProgress(lead, server.url(), other.lead.token, &theirs, &raw), 200);
        QCOMPARE(theirs.cohort_id(), other.cohort.id.toStdString());
        QVERIFY(!member(theirs, "Ada"));
        for (const v1::MemberProgress &m : theirs.members())
            QVERIFY(!m.profile_shared());
        QVERIFY(!raw.contains(QByteArray::fromStdString(ada->profile())));
        QCOMPARE(askProgress(lead, server.url(), other.lead.token, nullptr, &raw, cohort.cohort.id), 403);

        // The choice survives a restart of the app.
        a.app.reset();
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QVERIFY(a.app->status()->joined());
        QVERIFY(a.app->sharing()->shared());
        QTRY_VERIFY2_WITH_TIMEOUT(a.idle(), a.why().constData(), 10'000);

        // A withdraws: the server deletes the copy; the lead sees none.
        a.app->sharing()->setShared(false);
        QVERIFY(!a.app->sharing()->shared());
        QVERIFY(a.app->sharing()->statusText().contains(QStringLiteral("deleted")));
        QTRY_VERIFY_WITH_TIMEOUT(a.app->sharing()->statusText().isEmpty(), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(a.idle(), a.why().constData(), 10'000);
        QCOMPARE(askProgress(lead, server.url(), cohort.lead.token, &progress), 200);
        QVERIFY(member(progress, "Ada"));
        QVERIFY(!member(progress, "Ada")->profile_shared());
        QVERIFY(member(progress, "Ada")->profile().empty());
        for (const MemberSummary &m : serverStore->cohortMembers(cohort.cohort.id))
            QVERIFY2(!m.sharedProfile, qPrintable(m.displayName));

        // And after another restart nothing is sent again (nothing left to withdraw).
        a.app.reset();
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QVERIFY(!a.app->sharing()->shared());
        QSignalSpy confirmedAgain(a.app->scheduler().engine(), &SyncEngine::profileShareConfirmed);
        QTRY_VERIFY2_WITH_TIMEOUT(a.idle(), a.why().constData(), 10'000);
        a.app->status()->syncNow();
        QTRY_VERIFY2_WITH_TIMEOUT(a.idle(), a.why().constData(), 10'000);
        QCOMPARE(confirmedAgain.size(), 0);
    }

    // One learner, two devices: the choice is the learner's, not a device's. Phone shares,
    // laptop shares, phone withdraws: once both have synced the lead sees no profile, and the
    // laptop shows sharing off and does not share again.
    void lastChoiceOnAnyDeviceWins_data() { addBackendRows(); }
    void lastChoiceOnAnyDeviceWins()
    {
        QFETCH(QString, backend);
        const QString dir = m_scratch.filePath(QStringLiteral("two-") + backend);
        GW_SERVE_COHORT(served, backend, dir);
        auto &serverStore = served.store;
        InProcessServer &server = *served.server;
        const NewCohort &cohort = served.cohort;
        QNetworkAccessManager lead;
        const auto leadCopy = [&]() -> std::optional<v1::SharedProfile> {
            v1::CohortProgressResponse progress;
            if (askProgress(lead, server.url(), cohort.lead.token, &progress) != 200 || !member(progress, "Ada"))
                return std::nullopt;
            const v1::MemberProgress *ada = member(progress, "Ada");
            if (!ada->profile_shared())
                return std::nullopt;
            return decodeSharedProfile(QByteArray::fromStdString(ada->profile()));
        };
        const auto serverHoldsCopy = [&] {
            for (const MemberSummary &m : serverStore->cohortMembers(cohort.cohort.id))
                if (m.sharedProfile)
                    return true;
            return false;
        };

        LearnerDevice phone, laptop;
        phone.profile = profileFor(QStringLiteral("em"));
        laptop.profile = profileFor(QStringLiteral("em"), 0.1);
        QVERIFY(phone.open(dir + QStringLiteral("/phone.db")));
        QVERIFY2(phone.join(server.url(), QStringLiteral("Ada"), cohort.inviteCode), phone.why().constData());
        QVERIFY(linkSecondDevice(*serverStore, server, phone, laptop, dir + QStringLiteral("/laptop.db")));
        QVERIFY(laptop.app->status()->joined());
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        QSignalSpy phoneSent(phone.app->scheduler().engine(), &SyncEngine::profileShareConfirmed);
        QSignalSpy laptopSent(laptop.app->scheduler().engine(), &SyncEngine::profileShareConfirmed);

        // The phone shares, then the laptop (before it heard of the phone's choice).
        phone.app->sharing()->setShared(true);
        QTRY_COMPARE_WITH_TIMEOUT(phoneSent.size(), 1, 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);
        QVERIFY(leadCopy() && sameFigures(*leadCopy(), phone.profile));
        QTest::qWait(5); // a later choice has a later time
        laptop.app->sharing()->setShared(true);
        QTRY_COMPARE_WITH_TIMEOUT(laptopSent.size(), 1, 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        QVERIFY(leadCopy() && sameFigures(*leadCopy(), laptop.profile));

        // The phone withdraws: the copy is deleted.
        QTest::qWait(5);
        phone.app->sharing()->setShared(false);
        QTRY_VERIFY_WITH_TIMEOUT(phone.app->sharing()->statusText().isEmpty(), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);
        QVERIFY(!leadCopy());
        QVERIFY(!serverHoldsCopy());

        // The laptop syncs: it adopts the withdrawal (switch off, nothing to say) and sends nothing.
        QSignalSpy laptopChanged(laptop.app->sharing(), &groundwork::cohort::ProfileSharingModel::changed);
        laptop.app->status()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!laptop.app->sharing()->shared(), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        QVERIFY(laptopChanged.size() >= 1);
        QCOMPARE(laptop.app->sharing()->statusText(), QString());
        QCOMPARE(laptopSent.size(), 1);
        QVERIFY(!leadCopy());
        QVERIFY(!serverHoldsCopy());

        // It does not share again: not when its profile changes, not after a restart.
        laptop.profile = profileFor(QStringLiteral("em"), 0.2);
        laptop.app->status()->syncNow();
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        QCOMPARE(laptopSent.size(), 1);
        laptop.app.reset();
        QVERIFY(laptop.open(dir + QStringLiteral("/laptop.db")));
        QVERIFY(!laptop.app->sharing()->shared());
        QSignalSpy laptopSentAfterRestart(laptop.app->scheduler().engine(), &SyncEngine::profileShareConfirmed);
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        laptop.app->status()->syncNow();
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        QCOMPARE(laptopSentAfterRestart.size(), 0);
        QVERIFY(!serverHoldsCopy());

        // Turning it on again from the laptop applies to the phone as well, which adopts it
        // without sending a copy of its own.
        QTest::qWait(5);
        laptop.app->sharing()->setShared(true);
        QTRY_COMPARE_WITH_TIMEOUT(laptopSentAfterRestart.size(), 1, 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        const qsizetype phoneSentBefore = phoneSent.size();
        phone.app->status()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(phone.app->sharing()->shared(), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);
        QVERIFY2(phone.app->sharing()->statusText().contains(QStringLiteral("another of your devices")),
                 qPrintable(phone.app->sharing()->statusText()));
        QCOMPARE(phoneSent.size(), phoneSentBefore);
        QVERIFY(leadCopy() && sameFigures(*leadCopy(), laptop.profile));
    }

    // "Include my assessment results" is the learner's, not a device's: chosen on the phone, it
    // reaches the laptop with sync (sealed: the server cannot read it), and a later choice on
    // the laptop wins on both. The lead's copy carries the results only while they are included.
    void assessmentChoiceFollowsTheAccount_data() { addBackendRows(); }
    void assessmentChoiceFollowsTheAccount()
    {
        QFETCH(QString, backend);
        const QString dir = m_scratch.filePath(QStringLiteral("assessments-") + backend);
        GW_SERVE_COHORT(served, backend, dir);
        auto &serverStore = served.store;
        InProcessServer &server = *served.server;
        const NewCohort &cohort = served.cohort;
        QNetworkAccessManager lead;
        const auto leadSeesAssessments = [&]() -> int {
            v1::CohortProgressResponse progress;
            if (askProgress(lead, server.url(), cohort.lead.token, &progress) != 200 || !member(progress, "Ada"))
                return -1;
            const auto copy = decodeSharedProfile(QByteArray::fromStdString(member(progress, "Ada")->profile()));
            return copy ? copy->assessments_size() : -1;
        };

        LearnerDevice phone, laptop;
        phone.profile = profileFor(QStringLiteral("em"));
        laptop.profile = profileFor(QStringLiteral("em"), 0.1);
        QVERIFY(phone.open(dir + QStringLiteral("/phone.db")));
        shareAssessmentsAsChosen(phone);
        QVERIFY2(phone.join(server.url(), QStringLiteral("Ada"), cohort.inviteCode), phone.why().constData());
        // Linked with a code, as the Cohort screen does: the laptop gets the account's key, so
        // it can open what the phone seals.
        phone.app->enrolment()->startLink();
        QTRY_VERIFY_WITH_TIMEOUT(!phone.app->enrolment()->linkCode().isEmpty(), 10'000);
        QVERIFY(laptop.open(dir + QStringLiteral("/laptop.db")));
        shareAssessmentsAsChosen(laptop);
        laptop.app->enrolment()->setServerUrl(server.url().toString());
        laptop.app->enrolment()->joinWithLinkCode(phone.app->enrolment()->linkCode());
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.app->status()->joined(), laptop.why().constData(), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);

        // The profile is shared; the results are not, until the learner includes them.
        QSignalSpy phoneSent(phone.app->scheduler().engine(), &SyncEngine::profileShareConfirmed);
        phone.app->sharing()->setShared(true);
        QTRY_COMPARE_WITH_TIMEOUT(phoneSent.size(), 1, 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);
        QCOMPARE(leadSeesAssessments(), 0);

        // Included on the phone: its copy carries them, and the laptop learns the choice.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Event include = makeEvent(*phone.store, EventKind::AssessmentSharingChosen, now,
                                        encodePayload(AssessmentSharingPayload{true}));
        QVERIFY(phone.store->append(include));
        QVERIFY(includesAssessments(*phone.store));
        QVERIFY(!includesAssessments(*laptop.store));
        phone.app->status()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(phoneSent.size(), 2, 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);
        QCOMPARE(leadSeesAssessments(), 1);
        laptop.app->status()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(includesAssessments(*laptop.store), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);

        // Left out on the laptop, later: the laptop's copy goes without them, and the phone
        // adopts the newer choice.
        const Event leaveOut = makeEvent(*laptop.store, EventKind::AssessmentSharingChosen, now + 60'000,
                                         encodePayload(AssessmentSharingPayload{false}));
        QVERIFY(laptop.store->append(leaveOut));
        QSignalSpy laptopSent(laptop.app->scheduler().engine(), &SyncEngine::profileShareConfirmed);
        laptop.app->status()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(laptopSent.size(), 1, 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        QCOMPARE(leadSeesAssessments(), 0);
        phone.app->status()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!includesAssessments(*phone.store), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);
        QCOMPARE(leadSeesAssessments(), 0); // the phone's next copy leaves them out too
        QCOMPARE(Deriver().derive(phone.store->events()).fingerprint(),
                 Deriver().derive(laptop.store->events()).fingerprint());

        // The server holds both choices sealed: no kind, no day, nothing it can read.
        int held = 0;
        for (const HeldEvent &h : serverStore->heldEvents(phone.app->credentials().credential().accountId)) {
            if (h.event.id != include.id && h.event.id != leaveOut.id)
                continue;
            ++held;
            QVERIFY(h.event.isSealed());
            QCOMPARE(h.event.kind, QString());
            QVERIFY(h.event.payload.isEmpty());
            QCOMPARE(h.event.coarseKind, 0);
            QCOMPARE(h.event.utcDay, 0);
        }
        QCOMPARE(held, 2);
    }

    // A choice made earlier but arriving later (the phone was offline when the learner turned
    // sharing off there, and has since turned it on on the laptop) does not override the newer
    // one: the server keeps the laptop's share, and the phone adopts it.
    void olderChoiceArrivingLateDoesNotWin_data() { addBackendRows(); }
    void olderChoiceArrivingLateDoesNotWin()
    {
        QFETCH(QString, backend);
        const QString dir = m_scratch.filePath(QStringLiteral("late-") + backend);
        GW_SERVE_COHORT(served, backend, dir);
        auto &serverStore = served.store;
        InProcessServer &server = *served.server;
        const NewCohort &cohort = served.cohort;
        QNetworkAccessManager lead;
        LearnerDevice phone, laptop;
        phone.profile = profileFor(QStringLiteral("em"));
        laptop.profile = profileFor(QStringLiteral("em"), 0.1);
        QVERIFY(phone.open(dir + QStringLiteral("/phone.db")));
        QVERIFY2(phone.join(server.url(), QStringLiteral("Ada"), cohort.inviteCode), phone.why().constData());
        QVERIFY(linkSecondDevice(*serverStore, server, phone, laptop, dir + QStringLiteral("/laptop.db")));
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);

        phone.app->sharing()->setShared(true);
        QTRY_VERIFY_WITH_TIMEOUT(phone.app->sharing()->statusText().contains(QStringLiteral("sees the copy")), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);

        // The phone is offline (an address that answers nothing) when the learner withdraws there.
        const QByteArray serverUrl = phone.store->syncValue(QStringLiteral("cohort.server_url"));
        phone.app.reset();
        phone.store->setSyncValue(QStringLiteral("cohort.server_url"), "https://127.0.0.1:1");
        QVERIFY(phone.open(dir + QStringLiteral("/phone.db")));
        phone.app->sharing()->setShared(false);
        QTRY_VERIFY_WITH_TIMEOUT(phone.app->scheduler().engine()->state() == SyncEngine::State::WaitingToRetry, 10'000);
        const qint64 withdrawnAt = phone.store->syncValue(QStringLiteral("cohort.profile_chosen_ms")).toLongLong();
        QVERIFY(withdrawnAt > 0);

        // Later, on the laptop, the learner turns sharing on (the laptop had not synced since
        // the phone's share, so its switch was off).
        QTest::qWait(5);
        QVERIFY(!laptop.app->sharing()->shared());
        laptop.app->sharing()->setShared(true);
        QTRY_VERIFY_WITH_TIMEOUT(laptop.app->sharing()->statusText().contains(QStringLiteral("sees the copy")), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        QVERIFY(serverStore->profileChoice(QString::fromUtf8(laptop.store->syncValue(QStringLiteral("cohort.account_id"))))
                    .chosenAtMs > withdrawnAt);

        // The phone comes back: its withdrawal goes first in the round and is not applied; the
        // phone adopts the laptop's choice and sends nothing of its own.
        phone.app.reset();
        phone.store->setSyncValue(QStringLiteral("cohort.server_url"), serverUrl);
        QVERIFY(phone.open(dir + QStringLiteral("/phone.db")));
        QVERIFY(!phone.app->sharing()->shared());
        QSignalSpy phoneSent(phone.app->scheduler().engine(), &SyncEngine::profileShareConfirmed);
        QTRY_VERIFY_WITH_TIMEOUT(phone.app->sharing()->shared(), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);
        QCOMPARE(phoneSent.size(), 0);
        QVERIFY(phone.app->sharing()->statusText().contains(QStringLiteral("another of your devices")));
        v1::CohortProgressResponse progress;
        QCOMPARE(askProgress(lead, server.url(), cohort.lead.token, &progress), 200);
        QVERIFY(member(progress, "Ada") && member(progress, "Ada")->profile_shared());
        QVERIFY(sameFigures(*decodeSharedProfile(QByteArray::fromStdString(member(progress, "Ada")->profile())),
                            laptop.profile));

        // The adopted choice survives a restart, and another round changes nothing.
        phone.app.reset();
        QVERIFY(phone.open(dir + QStringLiteral("/phone.db")));
        QVERIFY(phone.app->sharing()->shared());
        QTRY_VERIFY2_WITH_TIMEOUT(phone.idle(), phone.why().constData(), 10'000);
        QVERIFY(laptop.app->sharing()->shared());
        laptop.app->status()->syncNow();
        QTRY_VERIFY2_WITH_TIMEOUT(laptop.idle(), laptop.why().constData(), 10'000);
        QVERIFY(laptop.app->sharing()->shared());
        QCOMPARE(askProgress(lead, server.url(), cohort.lead.token, &progress), 200);
        QVERIFY(member(progress, "Ada")->profile_shared());
    }

    // Withdrawing while the server cannot be reached is not forgotten, even across a restart:
    // the next round that gets through deletes the copy.
    void withdrawalIsRetriedUntilConfirmed()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("retry"));
        FreshDatabase db(QStringLiteral("sqlite"), dir);
        GW_REQUIRE_BACKEND(db);
        auto serverStore = db.open();
        QVERIFY(serverStore);
        auto server = std::make_unique<InProcessServer>(*serverStore, true);
        QVERIFY(server->listening());
        const NewCohort cohort = server->provisioning().createCohort(QStringLiteral("Leads"), QStringLiteral("Dana"),
                                                                     3'600'000);
        LearnerDevice a;
        a.profile = profileFor(QStringLiteral("em"));
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QVERIFY2(a.join(server->url(), QStringLiteral("Ada"), cohort.inviteCode), a.why().constData());
        a.app->sharing()->setShared(true);
        QTRY_VERIFY_WITH_TIMEOUT(a.app->sharing()->statusText().contains(QStringLiteral("sees the copy")), 10'000);
        QTRY_VERIFY2_WITH_TIMEOUT(a.idle(), a.why().constData(), 10'000);

        // The server goes away; A withdraws and the app is restarted while offline.
        server.reset();
        a.app->sharing()->setShared(false);
        QTRY_VERIFY_WITH_TIMEOUT(a.app->scheduler().engine()->state() == SyncEngine::State::WaitingToRetry, 10'000);
        a.app.reset();
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QVERIFY(!a.app->sharing()->shared());
        QVERIFY(a.app->sharing()->statusText().contains(QStringLiteral("deleted")));
        bool stillThere = false;
        for (const MemberSummary &m : serverStore->cohortMembers(cohort.cohort.id))
            stillThere = stillThere || m.sharedProfile.has_value();
        QVERIFY(stillThere);

        // The server is back (at a new address, which the test tells the device): the first
        // round after the restart deletes the copy before anything else.
        server = std::make_unique<InProcessServer>(*serverStore, true);
        QVERIFY(server->listening());
        a.app.reset();
        a.store->setSyncValue(QStringLiteral("cohort.server_url"), server->url().toString().toUtf8());
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QTRY_VERIFY_WITH_TIMEOUT(a.app->sharing()->statusText().isEmpty(), 10'000);
        for (const MemberSummary &m : serverStore->cohortMembers(cohort.cohort.id))
            QVERIFY(!m.sharedProfile);
    }

    // Leaving the cohort asks the server to delete a shared copy, then signs this device out
    // there (in that order: signed out first, the withdrawal would be refused), and sharing is
    // off again for whichever cohort the device joins next.
    void leavingWithdrawsTheCopyAndSignsOut_data() { addBackendRows(); }
    void leavingWithdrawsTheCopyAndSignsOut()
    {
        QFETCH(QString, backend);
        const QString dir = m_scratch.filePath(QStringLiteral("leave-") + backend);
        GW_SERVE_COHORT(served, backend, dir);
        LearnerDevice a;
        a.profile = profileFor(QStringLiteral("em"));
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QVERIFY2(a.join(served.server->url(), QStringLiteral("Ada"), served.cohort.inviteCode), a.why().constData());
        a.app->sharing()->setShared(true);
        QTRY_VERIFY_WITH_TIMEOUT(a.app->sharing()->statusText().contains(QStringLiteral("sees the copy")), 10'000);
        const auto shared = [&] {
            for (const MemberSummary &m : served.store->cohortMembers(served.cohort.cohort.id))
                if (m.sharedProfile)
                    return true;
            return false;
        };
        QVERIFY(shared());
        const CohortCredential credential = a.app->credentials().credential();
        const auto signedIn = [&] {
            return served.store->deviceByToken(credentials::hashSecret(credential.deviceToken)).has_value();
        };
        QVERIFY(signedIn());
        QCOMPARE(a.app->enrolment()->leftText(), QString());

        a.app->enrolment()->leave();
        QVERIFY(!a.app->status()->joined());
        QVERIFY(!a.app->sharing()->shared());
        QVERIFY(a.store->syncValue(QStringLiteral("cohort.profile_shared")).isEmpty());
        QVERIFY(a.store->syncValue(QStringLiteral("cohort.device_token")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(a.app->enrolment()->leftText().contains(u"signed out of the cohort server"), 10'000);
        QVERIFY(!signedIn());
        QVERIFY(served.store->activeDevices(credential.accountId).isEmpty());
        QVERIFY(!shared()); // the withdrawal went first
        QVERIFY(served.store->account(credential.accountId)); // leaving is not deleting
    }

    // Offline, leaving forgets the credential here all the same, says so, and the sign-out
    // reaches the server once it is back, even after the app was restarted in between.
    void leavingOfflineSignsOutLater()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("leave-offline"));
        GW_SERVE_COHORT(served, QStringLiteral("sqlite"), dir);
        const QString pendingFile = dir + QStringLiteral("/pending-requests.json");
        LearnerDevice a;
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QVERIFY2(a.join(served.server->url(), QStringLiteral("Ada"), served.cohort.inviteCode), a.why().constData());
        const CohortCredential credential = a.app->credentials().credential();
        served.server.reset(); // the server goes away
        auto pending = std::make_unique<PendingRequests>(pendingFile, nullptr, nullptr);
        pending->setExtraCaCertificates(InProcessServer::devCertificate());
        pending->setBackoff(50, 200);
        a.app = std::make_unique<groundwork::cohort::Cohort>(*a.store, groundwork::cohort::CohortServices{pending.get()});

        a.app->enrolment()->leave();
        QVERIFY(!a.app->status()->joined());
        QVERIFY(a.store->syncValue(QStringLiteral("cohort.device_token")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(a.app->enrolment()->leftText().contains(u"could not be reached yet"), 30'000);
        QVERIFY(a.app->enrolment()->leftText().contains(u"keeps trying"));
        QVERIFY(served.store->deviceByToken(credentials::hashSecret(credential.deviceToken)));

        // The app closes and starts again; the server comes back (on another port here, which
        // the kept request is pointed at, as a server back at its address would be).
        a.app.reset();
        pending.reset();
        served.server = std::make_unique<InProcessServer>(*served.store, true);
        QVERIFY(served.server->listening());
        QFile file(pendingFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject kept = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray requests = kept.value("requests").toArray();
        QCOMPARE(requests.size(), 1);
        QJsonObject revoke = requests.first().toObject();
        QCOMPARE(revoke.value("kind").toString(), QStringLiteral("revoke-device"));
        QVERIFY(revoke.value("attempts").toInt() >= 1);
        revoke.insert("base", served.server->url().toString());
        requests[0] = revoke;
        kept.insert("requests", requests);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(kept).toJson());
        file.close();
        pending = std::make_unique<PendingRequests>(pendingFile, nullptr, nullptr);
        pending->setExtraCaCertificates(InProcessServer::devCertificate());
        QSignalSpy confirmed(pending.get(), &PendingRequests::confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, 10'000);
        QVERIFY(!served.store->deviceByToken(credentials::hashSecret(credential.deviceToken)));
        QVERIFY(!QFile::exists(pendingFile));
    }

    // Deleting the account from the app: the server holds nothing of it any more, the lead's
    // list no longer has the learner, this device is no longer joined, and another learner's
    // data stays.
    void deletingTheAccount_data() { addBackendRows(); }
    void deletingTheAccount()
    {
        QFETCH(QString, backend);
        const QString dir = m_scratch.filePath(QStringLiteral("delete-") + backend);
        GW_SERVE_COHORT(served, backend, dir);
        LearnerDevice a, b;
        a.profile = profileFor(QStringLiteral("em"));
        QVERIFY(a.open(dir + QStringLiteral("/a.db")));
        QVERIFY(b.open(dir + QStringLiteral("/b.db")));
        practise(*a.store, 1'760'000'000'000, QStringLiteral("l1"), QStringLiteral("d1"));
        practise(*b.store, 1'760'000'000'000, QStringLiteral("l1"), QStringLiteral("d1"));
        QVERIFY2(a.join(served.server->url(), QStringLiteral("Ada"), served.cohort.inviteCode), a.why().constData());
        QVERIFY2(b.join(served.server->url(), QStringLiteral("Bo"), served.cohort.inviteCode), b.why().constData());
        a.app->sharing()->setShared(true);
        QTRY_VERIFY_WITH_TIMEOUT(a.app->sharing()->statusText().contains(QStringLiteral("sees the copy")), 10'000);
        const QString adaAccount = a.app->credentials().credential().accountId;
        const QString boAccount = b.app->credentials().credential().accountId;
        QCOMPARE(served.store->eventCount(adaAccount), quint64(5));
        const QStringList boEvents = eventIdsHeld(*served.store, boAccount);
        QCOMPARE(boEvents.size(), 5);

        QSignalSpy deleted(&a.app->departure(), &CohortDeparture::accountDeleted);
        QSignalSpy failed(&a.app->departure(), &CohortDeparture::accountDeletionFailed);
        QCOMPARE(a.app->departure().deleteAccount(), QString());
        QVERIFY(a.app->departure().deletingAccount());
        QVERIFY(!a.app->status()->joined()); // the queue holds the credential until the server confirms
        QVERIFY(deleted.wait(10'000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(deleted.first().first().value<quint64>(), quint64(5));
        QVERIFY(!a.app->status()->joined());
        QVERIFY(a.store->syncValue(QStringLiteral("cohort.device_token")).isEmpty());
        QCOMPARE(a.store->eventCount(), 5); // this device keeps its own answers

        QVERIFY(!served.store->account(adaAccount));
        QVERIFY(served.store->heldEvents(adaAccount).isEmpty());
        const QList<MemberSummary> members = served.store->cohortMembers(served.cohort.cohort.id);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().displayName, QStringLiteral("Bo"));
        QVERIFY(!members.first().sharedProfile);
        QCOMPARE(eventIdsHeld(*served.store, boAccount), boEvents);
        QVERIFY(b.app->status()->joined());
    }
};

QTEST_GUILESS_MAIN(TestSyncProfileShare)
#include "tst_sync_profileshare.moc"
