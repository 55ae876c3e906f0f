// A cohort for review screenshots of lead mode: nine members who practised over five weeks
// (two of them stalled, two who finished "Ready to lead"), six sharing a profile, and the lead's credential kept in an app data
// folder so the app opens lead mode signed in. Not a test.
// The lead has set the role the cohort trains for (version 1). With a fourth argument, a
// member's app data folder whose store holds that role seen and its version 2 not yet: the
// Profile screen shows the note of what changed.
// Usage: groundwork_demo_lead <server database> <app data dir> <server url, e.g. http://127.0.0.1:8480>
//        [<member app data dir>]
#include "groundwork/sync/v1/profile.pb.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "learner/learnerstore.h"
#include "session/cohortrolebook.h"
#include "server/credentials.h"
#include "server/provisioning.h"
#include "server/storefactory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSettings>

#include <cstdio>

using namespace groundwork;
using namespace groundwork::sync;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

const char *const kDimensions[] = {"building-capability", "candour-with-care", "calibrated-standards",
                                   "delegation-and-trust", "role-based-assessment", "outcome-focus",
                                   "influence-without-authority"};

QByteArray profile(QRandomGenerator &random)
{
    v1::SharedProfile p;
    for (const char *id : kDimensions) {
        const double estimate = 0.45 + 0.3 * random.generateDouble();
        v1::SharedDimension *d = p.add_dimensions();
        d->set_dimension_id(id);
        d->set_estimate(float(estimate));
        d->set_low(float(estimate - 0.12));
        d->set_high(float(estimate + 0.1));
        d->set_evidence(10);
    }
    const std::string bytes = p.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

WireEvent event(const QString &id, qint64 at, const char *kind)
{
    WireEvent e;
    e.id = id;
    e.deviceTimeMs = at;
    e.kind = QString::fromLatin1(kind);
    e.contentVersion = QStringLiteral("demo");
    e.payload = "demo";
    return e;
}

} // namespace

namespace {

// The engineering manager template, adapted by the lead: the first version, then a second
// with one more decision, a smaller team and more weight on candour.
core::learner::CohortRole demoRole(int version)
{
    core::learner::CohortRole r;
    r.templateId = QStringLiteral("first-line-engineering-manager");
    r.title = version == 1 ? QStringLiteral("Platform engineering manager") : QStringLiteral("Platform team lead");
    r.decisionsOwned = {QStringLiteral("Who works on what each sprint, and when to move someone to a different problem."),
                        QStringLiteral("When a piece of work is good enough to ship, within the team's quality bar.")};
    if (version > 1)
        r.decisionsOwned << QStringLiteral("How on-call is staffed and which incidents escalate beyond the team.");
    r.decisionsNotOwned = {QStringLiteral("Salary bands and the promotion bar.")};
    r.successAt90Days = {QStringLiteral("Every engineer has had at least two one-to-ones."),
                         QStringLiteral("The manager is no longer the required reviewer on any code path.")};
    r.spanOfControl = version == 1 ? 8 : 6;
    r.weights = {{QStringLiteral("building-capability"), 2.5}, {QStringLiteral("candour-with-care"), version == 1 ? 2 : 4},
                 {QStringLiteral("delegation-and-trust"), 3}, {QStringLiteral("outcome-focus"), 2},
                 {QStringLiteral("influence-without-authority"), 3}};
    r.version = quint32(version);
    r.changedAtMs = QDateTime::currentMSecsSinceEpoch() - (3 - version) * kDay;
    return r;
}

QByteArray wireRole(const core::learner::CohortRole &r)
{
    v1::CohortRole w;
    w.set_template_id(r.templateId.toStdString());
    w.set_title(r.title.toStdString());
    for (const QString &d : r.decisionsOwned)
        w.add_decisions_owned(d.toStdString());
    for (const QString &d : r.decisionsNotOwned)
        w.add_decisions_not_owned(d.toStdString());
    for (const QString &d : r.successAt90Days)
        w.add_success_at_90_days(d.toStdString());
    w.set_span_of_control(quint32(r.spanOfControl));
    for (auto it = r.weights.cbegin(); it != r.weights.cend(); ++it) {
        v1::DimensionWeight *dw = w.add_weights();
        dw->set_dimension_id(it.key().toStdString());
        dw->set_weight(it.value());
    }
    const std::string bytes = w.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

// A member's app data whose store saw version 1 of the role and has just received version 2.
bool writeMember(const QString &dir)
{
    QDir().mkpath(dir);
    auto opened = core::learner::LearnerStore::open(QDir(dir).filePath(QStringLiteral("learner.sqlite")));
    if (!opened.store)
        return false;
    QSettings settings(QDir(dir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("learning/firstRunDone"), true);
    core::CohortRoleBook book(*opened.store);
    book.receive(demoRole(1));
    book.acknowledge();
    book.receive(demoRole(2));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: groundwork_demo_lead <server database> <app data dir> <server url> [<member dir>]\n");
        return 2;
    }
    if (!credentials::initialise())
        return 1;
    QString error;
    auto store = openStore(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Joined five weeks ago.
    struct Back : Clock
    {
        qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() - 35 * kDay; }
    } joined;
    Provisioning provisioning(*store, joined);
    const NewCohort cohort = provisioning.createCohort(QStringLiteral("Platform leads, autumn"), QStringLiteral("Dana Lee"),
                                                      30 * kDay);
    QRandomGenerator random(15);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Name, days a week they practise, days since they last practised, shares a profile.
    const struct
    {
        const char *name;
        int perWeek;
        int idleDays;
        bool shares;
    } members[] = {{"Amira Haddad", 4, 0, true},   {"Ben Okafor", 3, 1, true},  {"Chen Wei", 2, 2, true},
                   {"Dolores Vance", 1, 16, false}, {"Emil Novak", 5, 0, true},  {"=Farah (Ops)", 2, 3, true},
                   {"Gustav Lind", 0, 35, false},   {"Hana Sato", 3, 5, true},   {"Ivo Petrov", 2, 1, false}};
    int n = 0;
    for (const auto &m : members) {
        const IssuedDevice d = provisioning.createAccountWithDevice(cohort.cohort.id, Role::Learner,
                                                                    QString::fromUtf8(m.name), QStringLiteral("laptop"));
        QList<WireEvent> events;
        for (int day = 35; day >= m.idleDays; --day) {
            if (m.perWeek == 0 || int(random.bounded(7)) >= m.perWeek)
                continue;
            const qint64 at = now - day * kDay;
            const QString stem = QStringLiteral("%1.%2").arg(d.deviceId).arg(day);
            events << event(stem + QStringLiteral(".ls"), at, "lesson.started")
                   << event(stem + QStringLiteral(".lf"), at + 60'000, "lesson.finished");
            for (int k = 0; k < 3; ++k)
                events << event(stem + QStringLiteral(".d%1").arg(k), at + 120'000 + k, "drill.decision");
        }
        // Two members finished "Ready to lead": the milestone as a protocol 3 app sends it
        // (sealed, its coarse kind, day and public track id in clear).
        if (m.perWeek >= 4) {
            WireEvent done;
            done.id = QStringLiteral("track-completed.ready-to-lead");
            done.epoch = 1;
            done.sealed = "demo-ciphertext";
            done.coarseKind = v1::COARSE_KIND_TRACK_COMPLETED;
            done.utcDay = int((now - (n + 2) * kDay) / kDay);
            done.publicTrackId = QStringLiteral("ready-to-lead");
            events << done;
        }
        if (m.idleDays < 35)
            events << event(QStringLiteral("%1.last").arg(d.deviceId), now - m.idleDays * kDay, "quickcheck.answered");
        store->storeEvents(d.accountId, d.deviceId, events, now);
        if (m.shares)
            store->chooseProfileSharing(d.accountId, profile(random), now - kDay + n);
        ++n;
    }

    store->saveCohortRole(cohort.cohort.id, wireRole(demoRole(1)), now - 2 * kDay);
    if (argc == 5 && !writeMember(QString::fromLocal8Bit(argv[4]))) {
        std::fprintf(stderr, "could not write the member's store\n");
        return 1;
    }
    QDir().mkpath(QString::fromLocal8Bit(argv[2]));
    auto learner = core::learner::LearnerStore::open(QDir(QString::fromLocal8Bit(argv[2])).filePath(QStringLiteral("learner.sqlite")));
    if (!learner.store) {
        std::fprintf(stderr, "%s\n", qPrintable(learner.message));
        return 1;
    }
    QSettings settings(QDir(QString::fromLocal8Bit(argv[2])).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("learning/firstRunDone"), true);
    learner.store->setSyncValue(QStringLiteral("lead.server_url"), QByteArray(argv[3]));
    learner.store->setSyncValue(QStringLiteral("lead.device_token"), cohort.lead.token.toUtf8());
    std::printf("cohort_id: %s\nlead_token: %s\ninvite: %s\n", qPrintable(cohort.cohort.id), qPrintable(cohort.lead.token),
                qPrintable(cohort.inviteCode));
    return 0;
}
