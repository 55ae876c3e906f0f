// The cohort lead's endpoints on both back ends, in-process: a cohort whose members practise
// over several simulated weeks; the roster's figures and stalls, the group readiness profile
// that protects individuals (no differencing, kept in the database), the learners' invite
// code, what the lead never sees, and the admin command line's exports and settings.
#include "groundwork/sync/v1/profile.pb.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "lead/cohortrole.h"
#include "lead/leadexport.h"
#include "lead/leadtrack.h"
#include "protocol/protocolversion.h"
#include "server/credentials.h"
#include "server/leadreports.h"
#include "server/provisioning.h"
#include "server/syncservice.h"
#include "testbackends.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
// Monday 2026-11-02, 00:00 UTC: the cohort's first day in these tests.
const qint64 kStart = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

template<class M>
QByteArray body(M message)
{
    message.mutable_hello()->set_protocol_version(kProtocolVersion);
    message.mutable_hello()->set_app_version("test");
    return serialize(message);
}

template<class M>
M parsed(const Reply &reply)
{
    M message;
    if (reply.status != 200 || !message.ParseFromArray(reply.body.constData(), int(reply.body.size())))
        qWarning("the reply (status %d) is not a success", reply.status);
    return message;
}

QByteArray sharedProfile(double estimate, const std::string &dimension = "delegation")
{
    v1::SharedProfile p;
    p.set_role_id("first-time-manager");
    for (const std::string &id : {dimension, std::string("feedback")}) {
        v1::SharedDimension *d = p.add_dimensions();
        d->set_dimension_id(id);
        d->set_estimate(float(estimate));
        d->set_low(float(estimate - 0.1));
        d->set_high(float(estimate + 0.1));
        d->set_evidence(12);
    }
    const std::string bytes = p.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

struct LeadFixture
{
    LeadFixture(Store &s, int minGroupSize = 5)
        : store(s), limiter(clock, 5, 60'000), service(store, clock, limiter, limitsWith(minGroupSize))
    {
        clock.now = kStart + 9 * 3600 * 1000;
        Provisioning provisioning(store, clock);
        cohort = provisioning.createCohort(QStringLiteral("Platform leads"), QStringLiteral("Lee"), 3'600'000);
        other = provisioning.createCohort(QStringLiteral("Other"), QStringLiteral("Oz"), 3'600'000);
        admin = provisioning.createAdmin(QStringLiteral("Root"));
    }

    static ServiceLimits limitsWith(int minGroupSize)
    {
        ServiceLimits limits;
        limits.minGroupSize = minGroupSize;
        return limits;
    }

    IssuedDevice member(const QString &name)
    {
        Provisioning provisioning(store, clock);
        return provisioning.createAccountWithDevice(cohort.cohort.id, Role::Learner, name, QStringLiteral("phone"));
    }

    Reply call(const QString &path, const QString &token, const QByteArray &b)
    {
        return service.handle(path, token, b, QStringLiteral("10.0.0.1"));
    }

    // `count` events of `kind` on day `day` of the cohort (day 0: Monday 2026-11-02), sealed as
    // a protocol 3 app sends them: the server sees the coarse kind and the UTC day, and
    // `payload` stands in for the ciphertext it cannot read.
    void practise(const IssuedDevice &who, int day, const char *kind, int count = 1, const QByteArray &payload = "p")
    {
        static const QHash<QByteArray, v1::CoarseKind> coarse{
            {"lesson.started", v1::COARSE_KIND_LESSON_STARTED},
            {"lesson.finished", v1::COARSE_KIND_LESSON_FINISHED},
            {"quickcheck.answered", v1::COARSE_KIND_QUICK_CHECK},
            {"drill.decision", v1::COARSE_KIND_DRILL_PRACTISED},
            {"goal.changed", v1::COARSE_KIND_GOAL_SET}};
        v1::UploadRequest u;
        for (int i = 0; i < count; ++i) {
            v1::WireEvent *e = u.add_events();
            e->set_id(QStringLiteral("%1-%2-%3-%4").arg(who.deviceId).arg(day).arg(QLatin1StringView(kind)).arg(i).toStdString());
            e->set_epoch(1);
            e->set_sealed(payload.constData(), std::size_t(payload.size()));
            e->set_coarse_kind(coarse.value(QByteArray(kind), v1::COARSE_KIND_UNSPECIFIED));
            e->set_utc_day(quint32((kStart + day * kDay) / kDay));
        }
        const Reply r = call(QStringLiteral("/v1/upload"), who.token, body(u));
        if (r.status != 200)
            qFatal("upload refused: %d", r.status);
    }

    // A "track completed" milestone as a protocol 3 app sends it: sealed, with the coarse kind,
    // the UTC day and the public track's id in clear. Returns the upload's reply.
    Reply completeTrack(const IssuedDevice &who, int day, const std::string &trackId,
                        v1::CoarseKind kind = v1::COARSE_KIND_TRACK_COMPLETED, quint32 epoch = 1)
    {
        v1::UploadRequest u;
        v1::WireEvent *e = u.add_events();
        e->set_id("track-completed." + trackId);
        e->set_epoch(epoch);
        if (epoch != 0) {
            e->set_sealed("sealed milestone");
            e->set_coarse_kind(kind);
            e->set_utc_day(quint32((kStart + day * kDay) / kDay));
        } else {
            e->set_kind("track.completed");
            e->set_device_time_ms(kStart + day * kDay);
        }
        e->set_public_track_id(trackId);
        return call(QStringLiteral("/v1/upload"), who.token, body(u));
    }

    // A sealed event of a private track or a reflection: no coarse kind, no day.
    void writePrivately(const IssuedDevice &who, const QString &id)
    {
        v1::UploadRequest u;
        v1::WireEvent *e = u.add_events();
        e->set_id(id.toStdString());
        e->set_epoch(1);
        e->set_sealed(std::string(512, 'x'));
        const Reply r = call(QStringLiteral("/v1/upload"), who.token, body(u));
        if (r.status != 200)
            qFatal("private upload refused: %d", r.status);
    }

    void share(const IssuedDevice &who, const std::optional<QByteArray> &profile)
    {
        v1::ShareProfileRequest s;
        s.set_share(profile.has_value());
        if (profile)
            s.set_profile(profile->constData(), std::size_t(profile->size()));
        s.set_chosen_at_ms(++choiceTime);
        if (call(QStringLiteral("/v1/profile/share"), who.token, body(s)).status != 200)
            qFatal("share refused");
    }

    v1::LeadRosterResponse roster(const QString &token, const QString &cohortId = {})
    {
        v1::LeadRosterRequest r;
        r.set_cohort_id(cohortId.toStdString());
        return parsed<v1::LeadRosterResponse>(call(QStringLiteral("/v1/lead/roster"), token, body(r)));
    }

    v1::LeadGroupProfileResponse group(const QString &token, const QString &cohortId = {})
    {
        v1::LeadGroupProfileRequest r;
        r.set_cohort_id(cohortId.toStdString());
        return parsed<v1::LeadGroupProfileResponse>(call(QStringLiteral("/v1/lead/group-profile"), token, body(r)));
    }

    void setDay(int day) { clock.now = kStart + day * kDay + 12 * 3600 * 1000; }

    Reply setRole(const QString &token, const v1::CohortRole &role, const QString &cohortId = {})
    {
        v1::LeadRoleRequest r;
        r.set_cohort_id(cohortId.toStdString());
        *r.mutable_role() = role;
        return call(QStringLiteral("/v1/lead/role"), token, body(r));
    }

    Reply readRole(const QString &token, const QString &cohortId = {})
    {
        v1::LeadRoleRequest r;
        r.set_cohort_id(cohortId.toStdString());
        return call(QStringLiteral("/v1/lead/role"), token, body(r));
    }

    v1::DownloadResponse download(const IssuedDevice &who)
    {
        return parsed<v1::DownloadResponse>(call(QStringLiteral("/v1/download"), who.token, body(v1::DownloadRequest())));
    }

    FakeClock clock;
    Store &store;
    RateLimiter limiter;
    SyncService service;
    NewCohort cohort, other;
    IssuedDevice admin;
    qint64 choiceTime = 1000;
};

const v1::RosterMember *memberNamed(const v1::LeadRosterResponse &roster, const char *name)
{
    for (const v1::RosterMember &m : roster.members())
        if (m.display_name() == name)
            return &m;
    return nullptr;
}

QString figureText(const v1::LeadGroupProfileResponse &g)
{
    QString text = QStringLiteral("hidden %1 contributors %2 at %3:").arg(g.hidden()).arg(g.contributors()).arg(g.computed_at_ms());
    for (const v1::GroupDimension &d : g.dimensions())
        text += QStringLiteral(" %1=%2[%3,%4]").arg(QString::fromStdString(d.dimension_id())).arg(d.estimate()).arg(d.low()).arg(d.high());
    return text;
}

// A role adapted from the engineering manager template, as a lead would save it.
v1::CohortRole adaptedRole(const char *title = "Platform team lead")
{
    v1::CohortRole role;
    role.set_template_id("first-line-engineering-manager");
    role.set_title(title);
    role.add_decisions_owned("Who works on what each sprint.");
    role.add_decisions_not_owned("Salary bands.");
    role.add_success_at_90_days("Every engineer has had two one-to-ones.");
    role.set_span_of_control(6);
    for (const auto &[id, weight] : {std::pair{"candour-with-care", 3.0}, std::pair{"delegation-and-trust", 2.5},
                                     std::pair{"outcome-focus", 0.0}}) {
        v1::DimensionWeight *w = role.add_weights();
        w->set_dimension_id(id);
        w->set_weight(weight);
    }
    role.set_version(77);            // ignored: the server numbers versions
    role.set_changed_at_ms(12345);   // and dates changes
    return role;
}

std::optional<WireError> refusalOf(const Reply &reply)
{
    if (reply.status == 200)
        return std::nullopt;
    const auto failure = decodeError(reply.body);
    return failure ? failure->code : WireError::Internal;
}

QString messageOf(const Reply &reply)
{
    const auto failure = decodeError(reply.body);
    return failure ? failure->message : QString();
}

} // namespace

class TestSyncLead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

#define GW_LEAD_FIXTURE(f, ...)                                                                    \
    QFETCH(QString, backend);                                                                      \
    FreshDatabase db(backend, m_scratch.path());                                                   \
    GW_REQUIRE_BACKEND(db);                                                                        \
    auto store = db.open();                                                                        \
    QVERIFY(store);                                                                                \
    LeadFixture f(*store __VA_OPT__(,) __VA_ARGS__)

private slots:
    void initTestCase()
    {
        QVERIFY(credentials::initialise());
        QVERIFY(m_scratch.isValid());
    }

    // Three weeks of a cohort: the roster's figures per member, the stalls and their reasons,
    // and the summary per cohort week, for the lead and for an admin alike.
    void rosterOverSimulatedWeeks_data() { addBackendRows(); }
    void rosterOverSimulatedWeeks()
    {
        GW_LEAD_FIXTURE(f);
        const IssuedDevice ada = f.member(QStringLiteral("Ada")), bo = f.member(QStringLiteral("Bo")),
                           cy = f.member(QStringLiteral("Cy"));
        f.member(QStringLiteral("Fay")); // joined, never practised
        for (int day : {0, 2, 7, 9, 14, 16})
            f.practise(ada, day, "lesson.finished");
        f.practise(ada, 16, "drill.decision", 4);
        f.practise(ada, 16, "goal.changed"); // setting a goal is not practice
        f.practise(bo, 1, "drill.decision", 2);
        f.practise(cy, 9, "quickcheck.answered");
        f.practise(cy, 15, "lesson.started");
        f.setDay(18); // Friday of the third week

        const v1::LeadRosterResponse r = f.roster(f.cohort.lead.token);
        QCOMPARE(r.cohort_id(), f.cohort.cohort.id.toStdString());
        QCOMPARE(r.today(), std::string("2026-11-20"));
        QCOMPARE(r.members_size(), 4);
        const v1::RosterMember *a = memberNamed(r, "Ada");
        QVERIFY(a);
        QCOMPARE(a->lessons_finished(), 6u);
        QCOMPARE(a->drills_practised(), 4u);
        QCOMPARE(a->last_active_day(), std::string("2026-11-18"));
        QCOMPARE(a->stall_reason(), v1::STALL_REASON_NONE);
        QVERIFY(!a->has_weeks_on_own_goal()); // the server knows no one's plan (payloads unread)
        const v1::RosterMember *b = memberNamed(r, "Bo");
        QCOMPARE(b->drills_practised(), 2u);
        QCOMPARE(b->last_active_day(), std::string("2026-11-03"));
        QCOMPARE(b->stall_reason(), v1::STALL_REASON_IDLE_FOURTEEN_DAYS);
        QCOMPARE(memberNamed(r, "Cy")->stall_reason(), v1::STALL_REASON_NONE);
        const v1::RosterMember *fay = memberNamed(r, "Fay");
        QCOMPARE(fay->last_active_day(), std::string());
        QCOMPARE(fay->stall_reason(), v1::STALL_REASON_IDLE_FOURTEEN_DAYS);
        QCOMPARE(fay->joined_day(), std::string("2026-11-02"));

        QCOMPARE(r.weeks_size(), 3);
        QCOMPARE(r.weeks(0).week_start(), std::string("2026-11-02"));
        QCOMPARE(r.weeks(0).active_members(), 2u); // Ada, Bo
        QCOMPARE(r.weeks(0).sessions(), 3u);       // Ada twice, Bo once
        QCOMPARE(r.weeks(1).active_members(), 2u); // Ada, Cy
        QCOMPARE(r.weeks(1).sessions(), 3u);
        QCOMPARE(r.weeks(2).active_members(), 2u); // Ada (14, 16), Cy (15)
        QCOMPARE(r.weeks(2).sessions(), 3u);
        QCOMPARE(r.active_this_week(), 2u);

        // An admin names the cohort and reads the same; a lead of another cohort may not.
        QCOMPARE(f.roster(f.admin.token, f.cohort.cohort.id).SerializeAsString(), r.SerializeAsString());
        v1::LeadRosterRequest foreign;
        foreign.set_cohort_id(f.cohort.cohort.id.toStdString());
        QCOMPARE(f.call(QStringLiteral("/v1/lead/roster"), f.other.lead.token, body(foreign)).status, 403);
        QCOMPARE(f.call(QStringLiteral("/v1/lead/roster"), ada.token, body(v1::LeadRosterRequest())).status, 403);
        QCOMPARE(f.call(QStringLiteral("/v1/lead/roster"), f.admin.token, body(v1::LeadRosterRequest())).status, 400);
    }

    // A member who finished "Ready to lead" (once, however often the milestone arrives): the
    // roster names the day, the summary counts them, and the CSV and xAPI exports say the same,
    // for the lead and an administrator alike.
    void trackCompletionInRosterSummaryAndExports_data() { addBackendRows(); }
    void trackCompletionInRosterSummaryAndExports()
    {
        GW_LEAD_FIXTURE(f);
        const IssuedDevice ada = f.member(QStringLiteral("Ada")), bo = f.member(QStringLiteral("Bo"));
        f.member(QStringLiteral("Cy"));
        f.practise(ada, 5, "lesson.finished");
        QCOMPARE(f.completeTrack(ada, 5, "ready-to-lead").status, 200);
        QCOMPARE(f.completeTrack(ada, 5, "ready-to-lead").status, 200); // another device: the same id
        QCOMPARE(f.completeTrack(bo, 6, "ready-to-lead").status, 200);
        f.setDay(8);

        const v1::LeadRosterResponse r = f.roster(f.cohort.lead.token);
        QCOMPARE(r.members_size(), 3);
        QCOMPARE(lead::leadTrackCompletions(r), 2u);
        QCOMPARE(r.track_completions_size(), 1);
        QCOMPARE(lead::leadTrackCompletedDay(*memberNamed(r, "Ada")), QStringLiteral("2026-11-07"));
        QCOMPARE(lead::leadTrackCompletedDay(*memberNamed(r, "Bo")), QStringLiteral("2026-11-08"));
        QCOMPARE(memberNamed(r, "Cy")->completed_tracks_size(), 0);
        QCOMPARE(memberNamed(r, "Ada")->completed_tracks_size(), 1);
        // The milestone is not practice: Bo, who only finished, is counted nowhere else.
        QCOMPARE(memberNamed(r, "Bo")->lessons_finished(), 0u);
        QCOMPARE(memberNamed(r, "Bo")->last_active_day(), std::string());

        const QByteArray csv = lead::rosterCsv(r);
        QVERIFY(csv.startsWith("\"member\",\"lessons finished\",\"drills practised\",\"weeks on own goal\","
                               "\"last active\",\"shares profile\",\"state\",\"completed Ready to lead\"\r\n"));
        QVERIFY2(csv.contains("\r\n\"Ada\",\"1\",\"0\",\"\",\"2026-11-07\",\"no\",\"practising\",\"2026-11-07\"\r\n"),
                 csv.constData());
        QVERIFY(csv.contains("\r\n\"Cy\",\"0\",\"0\",\"\",\"\",\"no\",\"practising\",\"\"\r\n"));
        const QByteArray xapi = lead::xapiStatements(r, QUrl(QStringLiteral("https://cohort.example.org")));
        QCOMPARE(xapi.count("http://adlnet.gov/expapi/verbs/completed"), 2);
        QVERIFY(xapi.contains("/tracks/ready-to-lead"));
        QCOMPARE(f.roster(f.admin.token, f.cohort.cohort.id).SerializeAsString(), r.SerializeAsString());
    }

    // The server takes a clear track id only on a sealed "track completed" milestone, only a
    // well-formed one, only of a public track; anything else refuses the batch, storing none.
    void trackIdRefusedUnlessAPublicMilestone_data() { addBackendRows(); }
    void trackIdRefusedUnlessAPublicMilestone()
    {
        GW_LEAD_FIXTURE(f);
        const IssuedDevice ada = f.member(QStringLiteral("Ada"));
        const auto refusal = [&](const Reply &reply) {
            return refusalOf(reply).value_or(WireError::None);
        };
        QCOMPARE(refusal(f.completeTrack(ada, 1, "ready-to-lead", v1::COARSE_KIND_DRILL_PRACTISED)), WireError::Malformed);
        QCOMPARE(refusal(f.completeTrack(ada, 1, "ready-to-lead", v1::COARSE_KIND_UNSPECIFIED)), WireError::Malformed);
        QCOMPARE(refusal(f.completeTrack(ada, 1, "ready-to-lead", v1::COARSE_KIND_TRACK_COMPLETED, 0)),
                 WireError::Malformed); // readable
        for (const std::string &bad : {std::string(), std::string("Ready to lead"), std::string("ready--lead"),
                                       std::string("-ready"), std::string("ready-"), std::string("ready/../lead"),
                                       std::string(65, 'a')})
            QCOMPARE(refusal(f.completeTrack(ada, 1, bad)), WireError::Malformed);
        // Well formed, but not a public track: the server knows which ones are.
        for (const std::string &other : {std::string("back-to-ic"), std::string("is-it-for-me"), std::string("unknown")}) {
            const Reply r = f.completeTrack(ada, 1, other);
            QCOMPARE(refusal(r), WireError::PrivateEvent);
            QVERIFY(!messageOf(r).isEmpty());
        }
        QCOMPARE(f.store.eventCount(ada.accountId), quint64(0));
        QCOMPARE(f.roster(f.cohort.lead.token).track_completions_size(), 0);
    }

    // The public track ids the server accepts are exactly the pack's public tracks, and the
    // lead's track is one of them, with its title.
    void publicTracksAreThePacks()
    {
        QStringList publicIds;
        QString leadTitle;
        for (const QFileInfo &info : QDir(QStringLiteral(GROUNDWORK_SOURCE_DIR "/content/tracks"))
                                         .entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString id, title;
            bool isPrivate = false;
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (line.startsWith("id: "))
                    id = QString::fromUtf8(line.mid(4)).trimmed();
                else if (line.startsWith("title: "))
                    title = QString::fromUtf8(line.mid(7)).trimmed();
                else if (line.trimmed() == "private: true")
                    isPrivate = true;
            }
            QVERIFY(!id.isEmpty());
            if (!isPrivate)
                publicIds << id;
            if (id == lead::leadTrackId())
                leadTitle = title;
        }
        std::sort(publicIds.begin(), publicIds.end());
        QStringList known = lead::publicTrackIds();
        std::sort(known.begin(), known.end());
        QCOMPARE(known, publicIds);
        QVERIFY(!publicIds.contains(QStringLiteral("back-to-ic")));
        QVERIFY(lead::isPublicTrack(lead::leadTrackId()));
        QCOMPARE(leadTitle, lead::leadTrackTitle());
    }

    // The attack: read the group figure, let one learner join, share, withdraw or leave, read it
    // again. The figure does not move until the contributing set changed by the minimum group
    // size; when someone behind it withdraws it is withheld (never recomputed from the rest),
    // also after the server restarts (kept in the database).
    void groupProfileResistsDifferencing_data() { addBackendRows(); }
    void groupProfileResistsDifferencing()
    {
        GW_LEAD_FIXTURE(f);
        QList<IssuedDevice> members;
        for (int i = 0; i < 4; ++i) {
            members << f.member(QStringLiteral("M%1").arg(i));
            f.share(members.last(), sharedProfile(0.4 + 0.05 * i));
        }
        v1::LeadGroupProfileResponse g = f.group(f.cohort.lead.token);
        QCOMPARE(g.hidden(), v1::GROUP_PROFILE_HIDDEN_TOO_FEW_SHARED);
        QCOMPARE(g.dimensions_size(), 0);
        QCOMPARE(g.sharing_now(), 4u);
        QCOMPARE(g.min_group_size(), 5u);

        members << f.member(QStringLiteral("M4"));
        f.share(members.last(), sharedProfile(0.6));
        f.clock.now += 1000;
        const v1::LeadGroupProfileResponse shown = f.group(f.cohort.lead.token);
        QCOMPARE(shown.hidden(), v1::GROUP_PROFILE_HIDDEN_NOT);
        QCOMPARE(shown.contributors(), 5u);
        QCOMPARE(shown.dimensions_size(), 2);
        QVERIFY(qAbs(shown.dimensions(0).estimate() - 0.5f) < 1e-5f); // (0.4+0.45+0.5+0.55+0.6)/5
        const QString before = figureText(shown);

        // The target joins and shares a very different score, then withdraws, then leaves.
        const IssuedDevice target = f.member(QStringLiteral("Target"));
        f.clock.now += 1000;
        QCOMPARE(figureText(f.group(f.cohort.lead.token)), before);
        f.share(target, sharedProfile(0.95));
        f.clock.now += 1000;
        QCOMPARE(figureText(f.group(f.cohort.lead.token)), before);
        QCOMPARE(figureText(f.group(f.admin.token, f.cohort.cohort.id)), before);
        f.share(target, std::nullopt);
        QCOMPARE(figureText(f.group(f.cohort.lead.token)), before);
        f.share(target, sharedProfile(0.95));
        QCOMPARE(f.call(QStringLiteral("/v1/account/delete"), target.token, body(v1::DeleteAccountRequest())).status, 200);
        QCOMPARE(figureText(f.group(f.cohort.lead.token)), before);
        // One of the five withdraws: their profile must not be shown any more, and a figure of
        // the other four would give it away, so nothing is shown until enough has changed.
        f.share(members[0], std::nullopt);
        const v1::LeadGroupProfileResponse withheld = f.group(f.cohort.lead.token);
        QCOMPARE(withheld.hidden(), v1::GROUP_PROFILE_HIDDEN_CONTRIBUTOR_LEFT);
        QCOMPARE(withheld.dimensions_size(), 0);
        QCOMPARE(withheld.changes_until_update(), 4u); // one change of the five made
        QCOMPARE(f.group(f.admin.token, f.cohort.cohort.id).dimensions_size(), 0);

        // A fresh server over the same database serves the same figure.
        {
            auto reopened = db.open();
            FakeClock later;
            later.now = f.clock.now + kDay;
            RateLimiter limiter(later, 5, 60'000);
            SyncService restarted(*reopened, later, limiter);
            v1::LeadGroupProfileRequest req;
            const Reply r = restarted.handle(QStringLiteral("/v1/lead/group-profile"), f.cohort.lead.token, body(req),
                                             QStringLiteral("10.0.0.1"));
            const auto reread = parsed<v1::LeadGroupProfileResponse>(r);
            QCOMPARE(reread.hidden(), v1::GROUP_PROFILE_HIDDEN_CONTRIBUTOR_LEFT);
            QCOMPARE(reread.dimensions_size(), 0);
        }

        // Four newcomers share (with the one withdrawal: five changes): a new figure.
        for (int i = 0; i < 4; ++i) {
            members << f.member(QStringLiteral("N%1").arg(i));
            f.share(members.last(), sharedProfile(0.7));
        }
        f.clock.now += 1000;
        const v1::LeadGroupProfileResponse renewed = f.group(f.cohort.lead.token);
        QVERIFY(figureText(renewed) != before);
        QCOMPARE(renewed.contributors(), 8u);
    }

    // Deleting one's account takes one's profile out of what the lead sees at once.
    void groupFigureDropsADeletedContributor_data() { addBackendRows(); }
    void groupFigureDropsADeletedContributor()
    {
        GW_LEAD_FIXTURE(f);
        QList<IssuedDevice> members;
        for (int i = 0; i < 6; ++i) {
            members << f.member(QStringLiteral("M%1").arg(i));
            f.share(members.last(), sharedProfile(0.5));
        }
        QCOMPARE(f.group(f.cohort.lead.token).contributors(), 6u);
        QCOMPARE(f.call(QStringLiteral("/v1/account/delete"), members[5].token, body(v1::DeleteAccountRequest())).status,
                 200);
        const v1::LeadGroupProfileResponse after = f.group(f.cohort.lead.token);
        QCOMPARE(after.hidden(), v1::GROUP_PROFILE_HIDDEN_CONTRIBUTOR_LEFT);
        QCOMPARE(after.dimensions_size(), 0);
        QCOMPARE(after.sharing_now(), 5u);
    }

    void minimumGroupSizeIsConfigurable_data() { addBackendRows(); }
    void minimumGroupSizeIsConfigurable()
    {
        GW_LEAD_FIXTURE(f, 3);
        for (int i = 0; i < 3; ++i)
            f.share(f.member(QStringLiteral("M%1").arg(i)), sharedProfile(0.5));
        const auto g = f.group(f.cohort.lead.token);
        QCOMPARE(g.min_group_size(), 3u);
        QCOMPARE(g.hidden(), v1::GROUP_PROFILE_HIDDEN_NOT);
        QCOMPARE(g.contributors(), 3u);
    }

    // A lead renews the learners' invite: the old code stops working, the new one works.
    void leadRenewsTheInvite_data() { addBackendRows(); }
    void leadRenewsTheInvite()
    {
        GW_LEAD_FIXTURE(f);
        const auto works = [&](const QString &code) {
            return f.store.cohortByInvite(credentials::hashSecret(credentials::normaliseCode(code))).has_value();
        };
        QVERIFY(works(f.cohort.inviteCode));
        const Reply r = f.call(QStringLiteral("/v1/lead/invite"), f.cohort.lead.token, body(v1::LeadInviteRequest()));
        QCOMPARE(r.status, 200);
        const auto invite = parsed<v1::LeadInviteResponse>(r);
        const QString code = QString::fromStdString(invite.invite_code());
        QCOMPARE(code.size(), 14); // XXXX-XXXX-XXXX
        QVERIFY(works(code));
        QVERIFY(!works(f.cohort.inviteCode));
        QCOMPARE(invite.expires_at_ms(), f.clock.now + Provisioning::kDefaultInviteLifetimeMs);
        QVERIFY(works(f.other.inviteCode)); // the other cohort's stays
    }

    // Every lead endpoint and export, walked as the lead: none shows an answer's payload, a
    // withdrawn or unshared profile, a reflection or private event (refused at upload, never
    // stored), or a group figure while fewer than the minimum share.
    void whatTheLeadNeverSees_data() { addBackendRows(); }
    void whatTheLeadNeverSees()
    {
        GW_LEAD_FIXTURE(f);
        const QByteArray answer("ANSWER-SECRET-42");
        QList<IssuedDevice> people;
        for (int i = 0; i < 4; ++i) {
            people << f.member(QStringLiteral("P%1").arg(i));
            f.practise(people.last(), i, "drill.decision", 2, answer);
            f.share(people.last(), sharedProfile(0.5, "shared-dimension"));
        }
        const IssuedDevice shy = f.member(QStringLiteral("Shy"));
        f.share(shy, sharedProfile(0.9, "withdrawn-dimension"));
        f.share(shy, std::nullopt);
        const IssuedDevice never = f.member(QStringLiteral("Never"));
        Q_UNUSED(never); // never shares: no copy to leak
        // A readable reflection and a readable private event are refused whole; nothing of them
        // is stored. Sealed private writing is stored and never counted.
        v1::UploadRequest u;
        v1::WireEvent *e = u.add_events();
        e->set_id("r-1");
        e->set_device_time_ms(kStart);
        e->set_kind("reflection.saved");
        e->set_payload("REFLECTION-TEXT");
        QVERIFY(f.call(QStringLiteral("/v1/upload"), people[0].token, body(u)).status >= 400);
        e->set_kind("lesson.finished");
        e->set_is_private(true);
        QVERIFY(f.call(QStringLiteral("/v1/upload"), people[0].token, body(u)).status >= 400);
        for (int i = 0; i < 3; ++i)
            f.writePrivately(people[0], QStringLiteral("private-%1").arg(i));
        // Finishing a private track: the app sends it as sealed private writing (no kind, no
        // day, no track id); one naming the track in clear is refused whole.
        f.writePrivately(people[1], QStringLiteral("track-completed.back-to-ic"));
        QCOMPARE(refusalOf(f.completeTrack(people[1], 2, "back-to-ic")), std::optional(WireError::PrivateEvent));
        QCOMPARE(refusalOf(f.completeTrack(people[1], 2, "is-it-for-me")), std::optional(WireError::PrivateEvent));
        f.setDay(6);

        const v1::LeadRosterResponse roster = f.roster(f.cohort.lead.token);
        const v1::LeadGroupProfileResponse group = f.group(f.cohort.lead.token);
        QCOMPARE(group.hidden(), v1::GROUP_PROFILE_HIDDEN_TOO_FEW_SHARED); // four of six share
        QCOMPARE(group.dimensions_size(), 0);
        const QList<QByteArray> seen{
            QByteArray::fromStdString(roster.SerializeAsString()),
            QByteArray::fromStdString(group.SerializeAsString()),
            lead::rosterCsv(roster),
            lead::groupProfileCsv(group),
            lead::xapiStatements(roster, QUrl(QStringLiteral("https://cohort.example.org"))),
        };
        for (const QByteArray &bytes : seen) {
            for (const QByteArray &secret : {answer, QByteArray("REFLECTION-TEXT"), QByteArray("withdrawn-dimension"),
                                             QByteArray("shared-dimension"), QByteArray("back-to-ic"),
                                             QByteArray("is-it-for-me")})
                QVERIFY2(!bytes.contains(secret), secret.constData());
        }
        QCOMPARE(lead::groupProfileCsv(group).count('\n'), 1); // the header only
        const v1::RosterMember *shyRow = memberNamed(roster, "Shy");
        QVERIFY(!shyRow->shares_profile());
        QCOMPARE(memberNamed(roster, "P0")->drills_practised(), 2u);
        QCOMPARE(memberNamed(roster, "P0")->lessons_finished(), 0u); // the sealed private writing
        QCOMPARE(memberNamed(roster, "P0")->last_active_day(), std::string("2026-11-02"));
        QCOMPARE(roster.track_completions_size(), 0);
        for (const v1::RosterMember &m : roster.members())
            QCOMPARE(m.completed_tracks_size(), 0);
    }

    // The admin command line: exports with the figures the endpoints serve, and a minimum
    // group size below three refused with a clear error.
    void adminCommandLine_data() { addBackendRows(); }
    void adminCommandLine()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        QString cohortId;
        {
            auto store = db.open();
            SystemClock clock;
            Provisioning provisioning(*store, clock);
            const NewCohort c = provisioning.createCohort(QStringLiteral("Leads"), QStringLiteral("Lee"), 3'600'000);
            cohortId = c.cohort.id;
            provisioning.createAccountWithDevice(cohortId, Role::Learner, QStringLiteral("=SUM(A1)"), QStringLiteral("phone"));
        }
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(GROUNDWORK_SERVER_EXE), args + QStringList{QStringLiteral("--database"), db.spec()});
            p.waitForFinished(60'000);
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()));
        };
        const QString file = m_scratch.filePath(QStringLiteral("roster-%1.csv").arg(backend));
        const auto [code, out, err] = run({QStringLiteral("export-roster"), QStringLiteral("--cohort"), cohortId,
                                           QStringLiteral("--to"), file});
        QVERIFY2(code == 0, qPrintable(err));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray written = csv.readAll();
        auto store = db.open();
        SystemClock clock;
        QCOMPARE(written, lead::rosterCsv(LeadReports(*store, clock, 5).roster(*store->cohort(cohortId))));
        QVERIFY(written.contains("\"'=SUM(A1)\""));

        const auto [xcode, xout, xerr] = run({QStringLiteral("export-xapi"), QStringLiteral("--cohort"), cohortId});
        QCOMPARE(xcode, 2);
        QVERIFY(xerr.contains(u"--public-url"));
        const auto [gcode, gout, gerr] = run({QStringLiteral("export-group-profile"), QStringLiteral("--cohort"), cohortId,
                                              QStringLiteral("--min-group-size"), QStringLiteral("2")});
        QCOMPARE(gcode, 2);
        QVERIFY2(gerr.contains(u"at least 3"), qPrintable(gerr));
        const auto [scode, sout, serr] = run({QStringLiteral("serve"), QStringLiteral("--plain-http"),
                                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                              QStringLiteral("--min-group-size"), QStringLiteral("1")});
        QCOMPARE(scode, 2);
        QVERIFY2(serr.contains(u"at least 3"), qPrintable(serr));
    }

    // The role the cohort trains for: none at first; each set is stored as sent (but for the
    // version and time, which the server sets) and bumps the version, by the lead or an
    // administrator naming the cohort; a learner never reads or writes it here, and a lead
    // never touches another cohort's.
    void cohortRoleIsSetAndVersioned_data() { addBackendRows(); }
    void cohortRoleIsSetAndVersioned()
    {
        GW_LEAD_FIXTURE(f);
        const QString lead = f.cohort.lead.token;
        Reply r = f.readRole(lead);
        QCOMPARE(r.status, 200);
        QVERIFY(!parsed<v1::LeadRoleResponse>(r).has_role());

        r = f.setRole(lead, adaptedRole());
        QCOMPARE(r.status, 200);
        v1::CohortRole saved = parsed<v1::LeadRoleResponse>(r).role();
        QCOMPARE(saved.version(), 1u);
        QCOMPARE(saved.changed_at_ms(), f.clock.now);
        v1::CohortRole expected = adaptedRole();
        expected.set_version(1);
        expected.set_changed_at_ms(f.clock.now);
        QCOMPARE(saved.SerializeAsString(), expected.SerializeAsString());

        const v1::LeadRoleResponse read = parsed<v1::LeadRoleResponse>(f.readRole(lead));
        QCOMPARE(read.cohort_id(), f.cohort.cohort.id.toStdString());
        QCOMPARE(read.role().SerializeAsString(), expected.SerializeAsString());

        f.setDay(3);
        r = f.setRole(lead, adaptedRole("Platform lead, smaller team"));
        QCOMPARE(parsed<v1::LeadRoleResponse>(r).role().version(), 2u);
        QCOMPARE(parsed<v1::LeadRoleResponse>(r).role().changed_at_ms(), f.clock.now);
        r = f.setRole(f.admin.token, adaptedRole("Set by the administrator"), f.cohort.cohort.id);
        QCOMPARE(parsed<v1::LeadRoleResponse>(r).role().version(), 3u);
        QCOMPARE(parsed<v1::LeadRoleResponse>(f.readRole(lead)).role().title(), std::string("Set by the administrator"));

        // Refusals change nothing.
        QCOMPARE(refusalOf(f.setRole(f.admin.token, adaptedRole())), WireError::Malformed); // admin names the cohort
        QCOMPARE(refusalOf(f.setRole(lead, adaptedRole(), f.other.cohort.id)), WireError::Forbidden);
        QCOMPARE(refusalOf(f.readRole(lead, f.other.cohort.id)), WireError::Forbidden);
        const IssuedDevice ada = f.member(QStringLiteral("Ada"));
        QCOMPARE(refusalOf(f.setRole(ada.token, adaptedRole("Mine"))), WireError::Forbidden);
        QCOMPARE(refusalOf(f.readRole(ada.token)), WireError::Forbidden);
        QCOMPARE(refusalOf(f.setRole(lead, adaptedRole(), QStringLiteral("no-such-cohort"))), WireError::Forbidden);
        QCOMPARE(refusalOf(f.setRole(f.admin.token, adaptedRole(), QStringLiteral("no-such-cohort"))), WireError::NotFound);
        QCOMPARE(f.store.cohortRole(f.cohort.cohort.id)->version, 3u);
        QVERIFY(!f.store.cohortRole(f.other.cohort.id));
    }

    // Bad input is refused with a specific message, and the stored role stays as it was.
    void cohortRoleInputIsValidated_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("message");
        const char *cases[][2] = {
            {"NaN weight", "not a number"},          {"infinite weight", "not a number"},
            {"negative weight", "negative"},         {"all weights zero", "above 0"},
            {"no weights", "above 0"},               {"unknown dimension", "not a known dimension"},
            {"dimension twice", "given twice"},      {"weight above 100", "above 100"},
            {"empty title", "needs a title"},        {"long title", "longer than 120"},
            {"13 decisions owned", "at most 12"},    {"long 90-day item", "longer than 300"},
            {"empty item", "is empty"},              {"span of 101", "above 100 direct reports"},
            {"template id with a space", "printable ASCII"},
        };
        for (const QString &backend : backendNames())
            for (int i = 0; i < int(std::size(cases)); ++i)
                QTest::addRow("%s %s", qPrintable(backend), cases[i][0]) << backend << i << QString::fromLatin1(cases[i][1]);
    }
    void cohortRoleInputIsValidated()
    {
        QFETCH(int, breakage);
        QFETCH(QString, message);
        GW_LEAD_FIXTURE(f);
        QCOMPARE(f.setRole(f.cohort.lead.token, adaptedRole()).status, 200);
        v1::CohortRole role = adaptedRole("Changed");
        auto *weights = role.mutable_weights();
        switch (breakage) {
        case 0: weights->Mutable(0)->set_weight(std::nan("")); break;
        case 1: weights->Mutable(0)->set_weight(std::numeric_limits<double>::infinity()); break;
        case 2: weights->Mutable(1)->set_weight(-0.5); break;
        case 3: for (auto &w : *weights) w.set_weight(0); break;
        case 4: role.clear_weights(); break;
        case 5: weights->Mutable(2)->set_dimension_id("charisma"); break;
        case 6: weights->Mutable(2)->set_dimension_id("candour-with-care"); break;
        case 7: weights->Mutable(0)->set_weight(100.5); break;
        case 8: role.set_title("   "); break;
        case 9: role.set_title(std::string(121, 'x')); break;
        case 10: for (int i = 0; i < 12; ++i) role.add_decisions_owned("Another decision."); break;
        case 11: role.add_success_at_90_days(std::string(301, 'y')); break;
        case 12: role.add_decisions_not_owned(""); break;
        case 13: role.set_span_of_control(101); break;
        case 14: role.set_template_id("first line"); break;
        }
        QCOMPARE(lead::cohortRoleProblem(role).isEmpty(), false);
        const Reply r = f.setRole(f.cohort.lead.token, role);
        QCOMPARE(refusalOf(r), WireError::Malformed);
        QVERIFY2(messageOf(r).contains(message), qPrintable(messageOf(r)));
        const auto stored = f.store.cohortRole(f.cohort.cohort.id);
        QCOMPARE(stored->version, 1u);
        QCOMPARE(parsed<v1::LeadRoleResponse>(f.readRole(f.cohort.lead.token)).role().title(), std::string("Platform team lead"));
    }

    // Members receive the role with their download (the last page of a round), with its
    // version; another cohort's members and the lead's own download do not.
    void cohortRoleReachesMembers_data() { addBackendRows(); }
    void cohortRoleReachesMembers()
    {
        GW_LEAD_FIXTURE(f);
        const IssuedDevice ada = f.member(QStringLiteral("Ada"));
        Provisioning provisioning(f.store, f.clock);
        const IssuedDevice bo = provisioning.createAccountWithDevice(f.other.cohort.id, Role::Learner,
                                                                     QStringLiteral("Bo"), QStringLiteral("phone"));
        QVERIFY(!f.download(ada).has_cohort_role());
        QCOMPARE(f.setRole(f.cohort.lead.token, adaptedRole()).status, 200);
        v1::DownloadResponse d = f.download(ada);
        QVERIFY(d.has_cohort_role());
        QCOMPARE(d.cohort_role().title(), std::string("Platform team lead"));
        QCOMPARE(d.cohort_role().version(), 1u);
        QCOMPARE(d.cohort_role().weights_size(), 3);
        QCOMPARE(f.setRole(f.cohort.lead.token, adaptedRole("Second")).status, 200);
        d = f.download(ada);
        QCOMPARE(d.cohort_role().version(), 2u);
        QCOMPARE(d.cohort_role().title(), std::string("Second"));
        QVERIFY(!f.download(bo).has_cohort_role());
        QVERIFY(!f.download(f.cohort.lead).has_cohort_role());
    }

    // The role's dimensions are the content pack's (the server holds no pack).
    void roleDimensionsAreThePacks()
    {
        QFile file(QStringLiteral(GROUNDWORK_SOURCE_DIR "/content/catalogue/dimensions.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList ids;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.trimmed().startsWith("- id: "))
                ids << QString::fromUtf8(line.trimmed().mid(6)).trimmed();
        QCOMPARE(ids, lead::roleDimensions());
    }
};

QTEST_GUILESS_MAIN(TestSyncLead)
#include "tst_sync_lead.moc"
