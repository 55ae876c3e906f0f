// Lead mode end to end: the app's LeadSession (qml/lead) signs in to an in-process cohort
// server over TLS on both back ends with the lead credential, fills its models (checked by
// QAbstractItemModelTester), sorts the roster, renews the invite code, and exports CSV files
// that hold exactly what the models show.
#include "groundwork/sync/v1/profile.pb.h"
#include "client/syncengine.h"
#include "cohort.h"
#include "content/contentpack.h"
#include "memoryoutbox.h"
#include "protocol/protocolversion.h"
#include "session/cohortrolebook.h"
#include "inprocessserver.h"
#include "lead/leadexport.h"
#include "leadsession.h"
#include "learner/recorder.h"
#include "lead/leadtrack.h"
#include "learnerdevices.h"
#include "server/credentials.h"

#include <csv.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace groundwork;
using namespace groundwork::sync;
using namespace groundwork::sync::testing;
using groundwork::lead::LeadSession;
using groundwork::lead::RosterModel;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

QByteArray sharedProfile(double estimate)
{
    v1::SharedProfile p;
    v1::SharedDimension *d = p.add_dimensions();
    d->set_dimension_id("delegation-and-trust");
    d->set_estimate(float(estimate));
    d->set_low(float(estimate - 0.1));
    d->set_high(float(estimate + 0.1));
    const std::string bytes = p.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

WireEvent wireEvent(const QString &id, qint64 at, const char *kind)
{
    WireEvent e;
    e.id = id;
    e.deviceTimeMs = at;
    e.kind = QString::fromLatin1(kind);
    e.contentVersion = QStringLiteral("t");
    e.payload = "p";
    return e;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    struct Parsed
    {
        QList<QStringList> rows;
        QStringList row;
    } parsed;
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
    const auto field = [](void *data, size_t size, void *out) {
        static_cast<Parsed *>(out)->row << QString::fromUtf8(static_cast<const char *>(data), qsizetype(size));
    };
    const auto record = [](int, void *out) {
        auto *p = static_cast<Parsed *>(out);
        p->rows << p->row;
        p->row.clear();
    };
    csv_parse(&parser, bytes.constData(), size_t(bytes.size()), field, record, &parsed);
    csv_fini(&parser, field, record, &parsed);
    csv_free(&parser);
    return parsed.rows;
}

QString stateWords(RosterModel::MemberState state)
{
    v1::RosterMember m;
    m.set_stall_reason(state == RosterModel::MemberState::StalledIdle ? v1::STALL_REASON_IDLE_FOURTEEN_DAYS
                       : state == RosterModel::MemberState::StalledMissedOwnGoal ? v1::STALL_REASON_MISSED_OWN_GOAL_TWICE
                                                                                  : v1::STALL_REASON_NONE);
    return sync::lead::stallWords(m.stall_reason(), state == RosterModel::MemberState::Resting);
}

} // namespace

class TestSyncLeadMode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void initTestCase()
    {
        QVERIFY(credentials::initialise());
        QVERIFY(m_scratch.isValid());
    }

    void leadFlow_data() { addBackendRows(); }
    void leadFlow()
    {
        QFETCH(QString, backend);
        GW_SERVE_COHORT(served, backend, m_scratch.path());
        // Six members: five share a profile, one has not practised for three weeks.
        struct MonthAgo : Clock // they joined a month ago
        {
            qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() - 30 * kDay; }
        } joined;
        Provisioning provisioning(*served.store, joined);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const char *names[] = {"Ada", "-Bo", "Cy", "Dee", "Eve", "Fay"};
        QList<IssuedDevice> members;
        int i = 0;
        for (const char *name : names) {
            members << provisioning.createAccountWithDevice(served.cohort.cohort.id, Role::Learner,
                                                            QString::fromLatin1(name), QStringLiteral("phone"));
            const qint64 last = i == 5 ? now - 21 * kDay : now - i * 3600 * 1000;
            QList<WireEvent> events;
            for (int k = 0; k <= i; ++k)
                events << wireEvent(QStringLiteral("%1-%2").arg(i).arg(k), last - k * kDay, "lesson.finished");
            events << wireEvent(QStringLiteral("%1-d").arg(i), last, "drill.decision");
            served.store->storeEvents(members.last().accountId, members.last().deviceId, events, now);
            if (i < 5)
                served.store->chooseProfileSharing(members.last().accountId, sharedProfile(0.4 + 0.05 * i), 10 + i);
            ++i;
        }

        auto learnerStore = openLearnerStore(m_scratch.filePath(QStringLiteral("lead-%1.sqlite").arg(backend)));
        QVERIFY(learnerStore);
        groundwork::cohort::Cohort app(*learnerStore);
        app.connection().setExtraCaCertificates(InProcessServer::devCertificate());
        const QString exportDir = m_scratch.filePath(QStringLiteral("exports-%1").arg(backend));
        LeadSession session(*learnerStore, app.connection(), exportDir, {}, nullptr,
                            core::ContentPack::fromFile(QStringLiteral(GROUNDWORK_PACK_FILE)).pack);
        QAbstractItemModelTester rosterTester(session.roster(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester stalledTester(session.stalled(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester weeksTester(session.weeks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester groupTester(session.group(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A learner's credential is refused and nothing is kept.
        session.signIn(served.server->url().toString(), members[0].token);
        QTRY_VERIFY_WITH_TIMEOUT(!session.busy(), 10'000);
        QVERIFY(!session.signedIn());
        QVERIFY(!session.errorText().isEmpty());

        session.signIn(served.server->url().toString(), served.cohort.lead.token);
        QTRY_VERIFY_WITH_TIMEOUT(session.signedIn(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(session.groupState(), LeadSession::GroupState::Shown, 10'000);
        QCOMPARE(session.memberCount(), 6);
        QCOMPARE(session.roster()->count(), 6);
        QCOMPARE(session.stalled()->count(), 1);
        QCOMPARE(session.stalled()->data(session.stalled()->index(0), RosterModel::NameRole).toString(), QStringLiteral("Fay"));
        QCOMPARE(session.groupContributors(), 5);
        QCOMPARE(session.group()->count(), 1);
        QCOMPARE(session.group()->data(session.group()->index(0), groundwork::lead::GroupProfileModel::EstimateRole).toInt(), 50);

        // Sorting: by lessons finished, most first on the second ask.
        session.roster()->sortBy(RosterModel::SortKey::LessonsFinished);
        session.roster()->sortBy(RosterModel::SortKey::LessonsFinished);
        QVERIFY(!session.roster()->ascending());
        QCOMPARE(session.roster()->data(session.roster()->index(0), RosterModel::NameRole).toString(), QStringLiteral("Fay"));
        QCOMPARE(session.roster()->data(session.roster()->index(0), RosterModel::LessonsFinishedRole).toInt(), 6);

        // The credential is kept: a new session over the same store is signed in.
        LeadSession again(*learnerStore, app.connection(), exportDir);
        QVERIFY(again.signedIn());

        // The invite code: renewed, the old one stops working.
        session.renewInvite();
        QTRY_VERIFY_WITH_TIMEOUT(!session.inviteCode().isEmpty(), 10'000);
        QVERIFY(served.store->cohortByInvite(credentials::hashSecret(credentials::normaliseCode(session.inviteCode()))));
        QVERIFY(!served.store->cohortByInvite(credentials::hashSecret(credentials::normaliseCode(served.cohort.inviteCode))));

        // The role the cohort trains for: none yet; the lead adapts a template and saves it, and
        // a member's device receives it with its next sync.
        QTRY_VERIFY_WITH_TIMEOUT(!session.busy(), 10'000);
        QCOMPARE(session.role()->version(), 0);
        session.role()->useTemplate(QStringLiteral("operations-team-lead"));
        session.role()->setTitle(QStringLiteral("Platform operations lead"));
        session.role()->setWeight(0, 5);
        const v1::CohortRole sent = session.role()->toWire();
        session.saveRole();
        QTRY_COMPARE_WITH_TIMEOUT(session.role()->version(), 1, 10'000);
        QVERIFY(session.roleSaved());
        QCOMPARE(served.store->cohortRole(served.cohort.cohort.id)->version, 1u);

        auto memberStore = openLearnerStore(m_scratch.filePath(QStringLiteral("member-%1.sqlite").arg(backend)));
        QVERIFY(memberStore);
        core::CohortRoleBook book(*memberStore);
        MemoryOutbox box;
        QNetworkAccessManager network;
        SyncEngine memberSync(box, network,
                              SyncEndpoint{served.server->url(), members[0].token, InProcessServer::devCertificate(),
                                           QStringLiteral("test"), kProtocolVersion},
                              SyncTuning{}, [] { return 0.5; });
        QObject::connect(&memberSync, &SyncEngine::cohortRoleReceived, &book,
                         [&book](const core::learner::CohortRole &role) { book.receive(role); });
        QSignalSpy finished(&memberSync, &SyncEngine::roundFinished);
        memberSync.syncNow();
        QVERIFY2(finished.wait(10'000), qPrintable(memberSync.errorText()));
        QVERIFY(book.role());
        QCOMPARE(book.role()->title, QStringLiteral("Platform operations lead"));
        QCOMPARE(book.role()->version, 1u);
        QCOMPARE(book.role()->templateId, QStringLiteral("operations-team-lead"));
        QCOMPARE(book.role()->weights.size(), sent.weights_size());
        for (const v1::DimensionWeight &w : sent.weights())
            QCOMPARE(book.role()->weights.value(QString::fromStdString(w.dimension_id())), w.weight());
        QVERIFY(book.hasUnseenChange());

        // A change: a new version, and the member's note lists it.
        book.acknowledge();
        session.role()->setSpanOfControl(session.role()->spanOfControl() + 2);
        session.saveRole();
        QTRY_COMPARE_WITH_TIMEOUT(session.role()->version(), 2, 10'000);
        memberSync.syncNow();
        QVERIFY2(finished.wait(10'000), qPrintable(memberSync.errorText()));
        QCOMPARE(book.role()->version, 2u);
        QCOMPARE(book.unseenChanges().size(), 1);
        QCOMPARE(book.unseenChanges().first().field, core::learner::RoleChange::Field::SpanOfControl);

        // The exports hold exactly what the models show, row by row.
        session.roster()->sortBy(RosterModel::SortKey::Name);
        QVERIFY(session.exportFiles());
        const QStringList files = QDir(exportDir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        const QList<QStringList> roster = readCsv(QDir(exportDir).filePath(files.filter(QStringLiteral("roster")).value(0)));
        QCOMPARE(roster.size(), 7);
        for (int row = 0; row < session.roster()->count(); ++row) {
            const RosterModel::Row &shown = session.roster()->rows().at(row);
            const QStringList &cells = roster[row + 1];
            QCOMPARE(cells[0], sync::lead::spreadsheetSafe(shown.name));
            QCOMPARE(cells[1].toInt(), shown.lessonsFinished);
            QCOMPARE(cells[2].toInt(), shown.drillsPractised);
            QCOMPARE(cells[3], shown.weeksOnOwnGoal < 0 ? QString() : QString::number(shown.weeksOnOwnGoal));
            QCOMPARE(cells[4], shown.lastActive);
            QCOMPARE(cells[5], shown.sharesProfile ? QStringLiteral("yes") : QStringLiteral("no"));
            QCOMPARE(cells[6], stateWords(shown.state));
            QCOMPARE(cells[7], shown.leadTrackCompleted);
        }
        QCOMPARE(roster[1][0], QStringLiteral("'-Bo")); // sorted by name ("-Bo" first), neutralised
        const QList<QStringList> group = readCsv(QDir(exportDir).filePath(files.filter(QStringLiteral("group")).value(0)));
        QCOMPARE(group.size(), 2);
        const QModelIndex first = session.group()->index(0);
        QCOMPARE(group[1][1].toInt(), session.group()->data(first, groundwork::lead::GroupProfileModel::EstimateRole).toInt());
        QCOMPARE(group[1][2].toInt(), session.group()->data(first, groundwork::lead::GroupProfileModel::LowRole).toInt());
        QCOMPARE(group[1][3].toInt(), session.group()->data(first, groundwork::lead::GroupProfileModel::HighRole).toInt());
        QCOMPARE(group[1][4], QStringLiteral("5"));

        session.signOut();
        QVERIFY(!session.signedIn());
        QCOMPARE(session.roster()->count(), 0);
        QVERIFY(!LeadSession(*learnerStore, app.connection(), exportDir).signedIn());
    }

    // A member finishes "Ready to lead" on their device (the recorder LearnerData calls when the
    // last step is done; a private track is refused there), their app syncs it sealed to the
    // real server, and the lead's summary, roster and CSV export show it.
    void memberCompletesReadyToLead_data() { addBackendRows(); }
    void memberCompletesReadyToLead()
    {
        QFETCH(QString, backend);
        GW_SERVE_COHORT(served, backend, m_scratch.path());
        auto memberStore = openLearnerStore(m_scratch.filePath(QStringLiteral("finisher-%1.sqlite").arg(backend)));
        QVERIFY(memberStore);
        const auto pack = core::ContentPack::fromFile(QStringLiteral(GROUNDWORK_PACK_FILE)).pack;
        QVERIFY(pack);
        core::learner::SystemClock clock;
        core::learner::Recorder recorder(*memberStore, pack, clock);
        QVERIFY(recorder.lessonFinished(QStringLiteral("ready-to-lead"), QStringLiteral("management-is-a-different-job")).ok);
        QVERIFY(!recorder.trackCompleted(QStringLiteral("back-to-ic")).ok);
        QVERIFY(!recorder.trackCompleted(QStringLiteral("is-it-for-me")).ok);
        QVERIFY(recorder.trackCompleted(QStringLiteral("ready-to-lead")).ok);

        groundwork::cohort::Cohort member(
            *memberStore, groundwork::cohort::CohortServices{nullptr, nullptr, crypto::PwhashLimits::minimum()});
        member.connection().setExtraCaCertificates(InProcessServer::devCertificate());
        member.scheduler().setIntervals(60'000, 20);
        member.enrolment()->setServerUrl(served.server->url().authority());
        member.enrolment()->setDisplayName(QStringLiteral("Ada"));
        member.enrolment()->join(served.cohort.inviteCode);
        QTRY_VERIFY_WITH_TIMEOUT(member.status()->joined(), 15'000);
        QTRY_VERIFY2_WITH_TIMEOUT(member.status()->statusText() == u"Up to date",
                                  qPrintable(member.status()->statusText() + member.enrolment()->errorText()), 15'000);

        auto leadStore = openLearnerStore(m_scratch.filePath(QStringLiteral("finisher-lead-%1.sqlite").arg(backend)));
        QVERIFY(leadStore);
        groundwork::cohort::Cohort app(*leadStore);
        app.connection().setExtraCaCertificates(InProcessServer::devCertificate());
        const QString exportDir = m_scratch.filePath(QStringLiteral("finisher-exports-%1").arg(backend));
        LeadSession session(*leadStore, app.connection(), exportDir);
        session.signIn(served.server->url().toString(), served.cohort.lead.token);
        QTRY_VERIFY_WITH_TIMEOUT(session.signedIn() && !session.busy(), 10'000);
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        QCOMPARE(session.memberCount(), 1);
        QCOMPARE(session.leadTrackCompletions(), 1);
        QCOMPARE(session.leadTrackTitle(), QStringLiteral("Ready to lead"));
        QCOMPARE(session.roster()->data(session.roster()->index(0), RosterModel::LeadTrackCompletedRole).toString(), today);
        QVERIFY(session.exportFiles());
        const QStringList files = QDir(exportDir).entryList(QDir::Files, QDir::Name);
        const QList<QStringList> roster = readCsv(QDir(exportDir).filePath(files.filter(QStringLiteral("roster")).value(0)));
        QCOMPARE(roster.size(), 2);
        QCOMPARE(roster[0].last(), QStringLiteral("completed Ready to lead"));
        QCOMPARE(roster[1][0], QStringLiteral("Ada"));
        QCOMPARE(roster[1].last(), today);
        // Nothing of a private track reached the server in clear.
        const auto completions = served.store->cohortTrackCompletions(served.cohort.cohort.id);
        QCOMPARE(completions.size(), 1);
        QCOMPARE(completions[0].trackId, QStringLiteral("ready-to-lead"));
    }
};

QTEST_MAIN(TestSyncLeadMode)
#include "tst_sync_leadmode.moc"
