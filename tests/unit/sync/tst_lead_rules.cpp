// The cohort lead's rules without a server: stalled members judged by their own plan
// (property-tested on generated histories with a fixed seed), group figures that protect
// individuals, and the exports (CSV through libcsv, xAPI 1.0.3 checked by a strict validator).
#include "lead/groupfigure.h"
#include "lead/leadexport.h"
#include "lead/stallrule.h"

#include <csv.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::lead;

namespace {

constexpr quint32 kSeed = 20261206;
constexpr int kHistories = 2000;

struct Generated
{
    ActivityHistory history;
    std::optional<GoalPlan> plan;
    QDate today;
};

GoalPlan randomPlan(QRandomGenerator &rng, QDate from, QDate to)
{
    GoalPlan plan;
    plan.sessionsPerWeek = rng.bounded(1, 8);
    const int restCount = rng.bounded(0, 7); // at most six rest days: a week keeps a planned day
    QList<int> days{1, 2, 3, 4, 5, 6, 7};
    for (int i = 0; i < restCount; ++i)
        plan.restDays << days.takeAt(rng.bounded(int(days.size())));
    std::sort(plan.restDays.begin(), plan.restDays.end());
    for (QDate monday = weekStart(from); monday <= to; monday = monday.addDays(7))
        if (rng.bounded(8) == 0)
            plan.restWeeks << monday;
    return plan;
}

Generated randomHistory(QRandomGenerator &rng)
{
    Generated g;
    g.history.joined = QDate(2026, 1, 5).addDays(rng.bounded(60));
    g.today = g.history.joined.addDays(rng.bounded(0, 120));
    if (rng.bounded(3) != 0)
        g.plan = randomPlan(rng, g.history.joined, g.today);
    const int density = rng.bounded(1, 8); // roughly `density` days in 7 active
    for (QDate d = g.history.joined; d <= g.today; d = d.addDays(1))
        if (rng.bounded(7) < density && rng.bounded(10) != 0)
            g.history.activeDays << d;
    return g;
}

bool isPlannedDay(const GoalPlan &plan, QDate day)
{
    return !plan.restDays.contains(day.dayOfWeek()) && !plan.restWeeks.contains(weekStart(day));
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
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
    const size_t used = csv_parse(&parser, bytes.constData(), size_t(bytes.size()), field, record, &parsed);
    csv_fini(&parser, field, record, &parsed);
    csv_free(&parser);
    if (used != size_t(bytes.size()))
        qWarning("libcsv stopped at %zu of %lld bytes", used, qlonglong(bytes.size()));
    return parsed.rows;
}

ContributedProfile profileOf(const QString &id, double estimate)
{
    return ContributedProfile{id, {{QStringLiteral("delegation"), estimate, estimate - 0.1, estimate + 0.1}}};
}

v1::LeadRosterResponse sampleRoster()
{
    v1::LeadRosterResponse roster;
    roster.set_cohort_id("c-1");
    roster.set_cohort_name("Platform leads");
    roster.set_today("2026-12-06");
    const char *names[] = {"Ada Byron", "=HYPERLINK(\"http://x\")", "+1 Cy", "-Dee", "@Eve", "\tFay", "\rGus",
                           "Hal, \"the\" lead"};
    int i = 0;
    for (const char *name : names) {
        v1::RosterMember *m = roster.add_members();
        m->set_account_id(QStringLiteral("acc-%1").arg(i).toStdString());
        m->set_display_name(name);
        m->set_lessons_finished(quint32(i));
        m->set_drills_practised(quint32(3 * i));
        if (i % 2 == 0)
            m->set_weeks_on_own_goal(quint32(i / 2));
        m->set_last_active_day(i == 0 ? "" : "2026-12-0" + std::to_string(i % 6 + 1));
        m->set_shares_profile(i % 3 == 0);
        m->set_stall_reason(i == 1 ? v1::STALL_REASON_IDLE_FOURTEEN_DAYS : v1::STALL_REASON_NONE);
        if (i == 0 || i == 3) { // two finished "Ready to lead"
            v1::TrackCompletion *done = m->add_completed_tracks();
            done->set_track_id("ready-to-lead");
            done->set_day("2026-12-0" + std::to_string(i + 1));
        }
        ++i;
    }
    v1::TrackCompletionCount *count = roster.add_track_completions();
    count->set_track_id("ready-to-lead");
    count->set_members(2);
    return roster;
}

} // namespace

class TestLeadRules : public QObject
{
    Q_OBJECT

private slots:
    // Invariant: a member active on every planned day is never stalled, whatever the plan.
    void activeEveryPlannedDayIsNeverStalled()
    {
        QRandomGenerator rng(kSeed);
        for (int i = 0; i < kHistories; ++i) {
            Generated g = randomHistory(rng);
            g.plan = randomPlan(rng, g.history.joined, g.today);
            g.history.activeDays.clear();
            for (QDate d = g.history.joined; d <= g.today; d = d.addDays(1))
                if (isPlannedDay(*g.plan, d))
                    g.history.activeDays << d;
            const StallVerdict v = judgeStall(g.history, g.plan, g.today);
            QVERIFY2(!v.stalled(), qPrintable(QStringLiteral("history %1 stalled (reason %2, idle %3)")
                                                  .arg(i).arg(int(v.reason)).arg(v.idleDays)));
        }
    }

    // Invariant: 14 idle days are always a stall, unless a declared rest week falls in them.
    void fourteenIdleDaysAlwaysStallUnlessRestWeek()
    {
        QRandomGenerator rng(kSeed + 1);
        int checked = 0;
        for (int i = 0; i < kHistories; ++i) {
            Generated g = randomHistory(rng);
            g.today = g.history.joined.addDays(rng.bounded(14, 150));
            const QDate lastActive = g.today.addDays(-rng.bounded(14, 40));
            g.history.activeDays.erase(std::remove_if(g.history.activeDays.begin(), g.history.activeDays.end(),
                                                      [&](QDate d) { return d > lastActive; }),
                                       g.history.activeDays.end());
            bool restInIdle = false;
            if (g.plan)
                for (QDate d = lastActive.addDays(1); d <= g.today; d = d.addDays(1))
                    restInIdle = restInIdle || g.plan->restWeeks.contains(weekStart(d));
            const StallVerdict v = judgeStall(g.history, g.plan, g.today);
            if (restInIdle)
                continue;
            ++checked;
            QCOMPARE(v.reason, StallReason::IdleFourteenDays);
            QVERIFY(v.idleDays >= kIdleDaysToStall);
        }
        QVERIFY2(checked > kHistories / 3, "too few histories without a rest week to mean anything");
    }

    // Invariant: adding activity never turns not-stalled into stalled.
    void addingActivityNeverCreatesAStall()
    {
        QRandomGenerator rng(kSeed + 2);
        int notStalledBefore = 0;
        for (int i = 0; i < kHistories; ++i) {
            Generated g = randomHistory(rng);
            const StallVerdict before = judgeStall(g.history, g.plan, g.today);
            ActivityHistory more = g.history;
            for (int k = rng.bounded(1, 6); k > 0; --k)
                more.activeDays << g.history.joined.addDays(rng.bounded(0, int(g.history.joined.daysTo(g.today)) + 1));
            const StallVerdict after = judgeStall(more, g.plan, g.today);
            if (before.stalled())
                continue;
            ++notStalledBefore;
            QVERIFY2(!after.stalled(), qPrintable(QStringLiteral("history %1 became stalled").arg(i)));
        }
        QVERIFY(notStalledBefore > kHistories / 4);
    }

    // Without a known plan only idle days decide; the goal rule needs the member's own plan.
    void withoutAPlanOnlyIdleDaysDecide()
    {
        QRandomGenerator rng(kSeed + 3);
        for (int i = 0; i < kHistories; ++i) {
            Generated g = randomHistory(rng);
            QVERIFY(judgeStall(g.history, std::nullopt, g.today).reason != StallReason::MissedOwnGoalTwice);
            QVERIFY(!weeksOnOwnGoal(g.history, std::nullopt, g.today));
        }
    }

    void missedOwnGoalTwoWeeksInARow()
    {
        const QDate monday(2026, 11, 2);
        GoalPlan plan{3, {6, 7}, {}};
        ActivityHistory h{monday, {}};
        // Week 1: three days (met). Week 2: two days (missed). Week 3: two days (missed).
        h.activeDays = {monday, monday.addDays(1), monday.addDays(2), monday.addDays(7), monday.addDays(9),
                        monday.addDays(14), monday.addDays(16)};
        const QDate today = monday.addDays(21); // Monday of week 4
        QCOMPARE(judgeStall(h, plan, today).reason, StallReason::MissedOwnGoalTwice);
        QCOMPARE(*weeksOnOwnGoal(h, plan, today), 1);
        // One missed week is not a stall.
        h.activeDays << monday.addDays(18);
        QCOMPARE(judgeStall(h, plan, today).reason, StallReason::None);
        // A declared rest week is never a miss.
        h.activeDays.removeLast();
        plan.restWeeks << monday.addDays(14);
        QCOMPARE(judgeStall(h, plan, today).reason, StallReason::None);
        // Rest days lower the target: with six rest days one session a week is the goal.
        GoalPlan light{4, {1, 2, 3, 4, 5, 6}, {}};
        QCOMPARE(judgeStall(h, light, today).reason, StallReason::None);
    }

    void restWeeksDoNotCountAsIdle()
    {
        const QDate monday(2026, 11, 2);
        ActivityHistory h{monday, {monday}};
        const QDate today = monday.addDays(16);
        QCOMPARE(judgeStall(h, std::nullopt, today).reason, StallReason::IdleFourteenDays);
        GoalPlan plan{1, {}, {monday.addDays(7)}};
        const StallVerdict resting = judgeStall(h, plan, today);
        QCOMPARE(resting.reason, StallReason::None);
        QCOMPARE(resting.idleDays, 16 - 7);
        plan.restWeeks << monday.addDays(14);
        QVERIFY(judgeStall(h, plan, today).restingThisWeek);
    }

    void minimumGroupSizeNeverBelowThree()
    {
        QVERIFY(minGroupSizeProblem(2).contains(u"at least 3"));
        QVERIFY(!minGroupSizeProblem(0).isEmpty());
        QVERIFY(minGroupSizeProblem(3).isEmpty());
        QVERIFY(minGroupSizeProblem(kDefaultMinGroupSize).isEmpty());
    }

    // Watching the group figure while one learner joins, shares, withdraws or leaves never
    // shows their score: the figure does not move until the set changed by the minimum.
    void oneMemberNeverMovesTheFigure()
    {
        const int minSize = 5;
        QList<ContributedProfile> sharing;
        for (int i = 0; i < 4; ++i)
            sharing << profileOf(QStringLiteral("m%1").arg(i), 0.4 + 0.05 * i);
        QVERIFY(!figureToShow(std::nullopt, sharing, minSize, 1)); // four: hidden
        sharing << profileOf(QStringLiteral("m4"), 0.6);
        const auto first = figureToShow(std::nullopt, sharing, minSize, 2);
        QVERIFY(first);
        QCOMPARE(first->contributors.size(), 5);
        QCOMPARE(first->dimensions.size(), 1);
        QVERIFY(qAbs(first->dimensions[0].estimate - (0.4 + 0.45 + 0.5 + 0.55 + 0.6) / 5) < 1e-9);

        // The target shares (joins the set): the figure does not move.
        QList<ContributedProfile> withTarget = sharing;
        withTarget << profileOf(QStringLiteral("target"), 0.95);
        const auto afterJoin = figureToShow(first, withTarget, minSize, 3);
        QCOMPARE(afterJoin->dimensions[0].estimate, first->dimensions[0].estimate);
        QCOMPARE(afterJoin->contributors, first->contributors);
        // ... and withdraws again: they were never behind the figure, so it stands.
        QCOMPARE(figureToShow(afterJoin, sharing, minSize, 4)->dimensions[0].estimate, first->dimensions[0].estimate);
        // One of the first five withdraws: their profile is no longer shown, and neither is a
        // figure of the four left (it would differ from the first by one member).
        const auto afterWithdrawal = figureToShow(afterJoin, sharing.mid(1), minSize, 5);
        QVERIFY(afterWithdrawal->withheld);
        QVERIFY(afterWithdrawal->dimensions.isEmpty());
        QCOMPARE(afterWithdrawal->contributors, first->contributors);
        // The target sharing again makes two changes from the reference set (which has m0): still withheld,
        // even though five profiles are shared again.
        QList<ContributedProfile> fourAndTarget = sharing.mid(1);
        fourAndTarget << profileOf(QStringLiteral("target"), 0.95);
        QVERIFY(figureToShow(afterWithdrawal, fourAndTarget, minSize, 6)->withheld);
        QVERIFY(!figureToShow(first, sharing, minSize, 6)->withheld);
        // Four newcomers and the target: five changes, a new figure, from at least five people.
        for (int i = 0; i < 4; ++i)
            withTarget << profileOf(QStringLiteral("n%1").arg(i), 0.5);
        const auto renewed = figureToShow(afterWithdrawal, withTarget, minSize, 7);
        QCOMPARE(renewed->contributors.size(), 10);
        QVERIFY(renewed->dimensions[0].estimate != first->dimensions[0].estimate);
        QVERIFY(membersChanged(renewed->contributors, first->contributors) >= minSize);
    }

    // The roster as CSV: a header and one row per member, every cell as the screen shows it,
    // text a spreadsheet would run as a formula neutralised, parsed back by libcsv.
    void rosterCsvIsSpreadsheetSafe()
    {
        const v1::LeadRosterResponse roster = sampleRoster();
        const QList<QStringList> rows = parseCsv(rosterCsv(roster));
        QCOMPARE(rows.size(), roster.members_size() + 1);
        QCOMPARE(rows[0].constFirst(), QStringLiteral("member"));
        for (int i = 0; i < roster.members_size(); ++i) {
            const v1::RosterMember &m = roster.members(i);
            const QStringList &row = rows[i + 1];
            QCOMPARE(row.size(), 8);
            const QString name = QString::fromStdString(m.display_name());
            QCOMPARE(row[0], spreadsheetSafe(name));
            QVERIFY2(!QStringLiteral("=+-@\t\r").contains(row[0].front()), qPrintable(row[0]));
            QCOMPARE(row[1], QString::number(m.lessons_finished()));
            QCOMPARE(row[2], QString::number(m.drills_practised()));
            QCOMPARE(row[3], m.has_weeks_on_own_goal() ? QString::number(m.weeks_on_own_goal()) : QString());
            QCOMPARE(row[4], QString::fromStdString(m.last_active_day()));
            QCOMPARE(row[7], m.completed_tracks_size() ? QString::fromStdString(m.completed_tracks(0).day()) : QString());
        }
        QCOMPARE(rows[0][7], QStringLiteral("completed Ready to lead"));
        QCOMPARE(rows[4][7], QStringLiteral("2026-12-04"));
        QCOMPARE(rows[2][0], QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE(rows[8][0], QStringLiteral("Hal, \"the\" lead")); // quoted by libcsv, not altered
        QCOMPARE(rows[2][6], QStringLiteral("stalled: no activity for 14 days"));
    }

    // What the server applies (no plan known): a member turns stalled on exactly the day the
    // export's words name, counted from joining, and a planned break the server cannot see
    // counts as idle; the words name that number and nothing goal-based.
    void stallWordsNameTheDayTheServerStalls()
    {
        const QDate joined(2026, 11, 2);
        const ActivityHistory history{joined, {joined, joined.addDays(1)}};
        int firstStalledDay = 0;
        for (int idle = 1; idle <= 40 && firstStalledDay == 0; ++idle)
            if (judgeStall(history, std::nullopt, joined.addDays(1 + idle)).stalled())
                firstStalledDay = idle;
        QCOMPARE(firstStalledDay, 14);
        const QString words = stallWords(v1::STALL_REASON_IDLE_FOURTEEN_DAYS, false);
        QCOMPARE(words, QStringLiteral("stalled: no activity for %1 days").arg(firstStalledDay));
        QVERIFY(!words.contains(QStringLiteral("goal")));
        // No activity at all: the count starts on the day of joining.
        QVERIFY(!judgeStall({joined, {}}, std::nullopt, joined.addDays(12)).stalled());
        QVERIFY(judgeStall({joined, {}}, std::nullopt, joined.addDays(13)).stalled());
    }

    void groupProfileCsvIsEmptyBelowTheMinimum()
    {
        v1::LeadGroupProfileResponse profile;
        profile.set_hidden(v1::GROUP_PROFILE_HIDDEN_TOO_FEW_SHARED);
        profile.add_dimensions()->set_dimension_id("delegation"); // must not be written
        QCOMPARE(parseCsv(groupProfileCsv(profile)).size(), 1);
        profile.set_hidden(v1::GROUP_PROFILE_HIDDEN_NOT);
        profile.set_contributors(6);
        profile.mutable_dimensions(0)->set_estimate(0.625f);
        profile.mutable_dimensions(0)->set_low(0.5f);
        profile.mutable_dimensions(0)->set_high(0.75f);
        const auto rows = parseCsv(groupProfileCsv(profile));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1], (QStringList{"delegation", "63", "50", "75", "6"}));
    }

    // The statements pass a strict xAPI 1.0.3 schema (written from the specification's rules)
    // under Debian's python3-jsonschema; a statement broken on purpose does not.
    void xapiStatementsPassAStrictValidator()
    {
        const QString python = QStringLiteral(GROUNDWORK_SYSTEM_PYTHON3);
        if (QProcess::execute(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")}) != 0)
            QFAIL("python3-jsonschema is missing (scripts/deps.sh installs it)");
        QTemporaryDir dir;
        const QByteArray statements = xapiStatements(sampleRoster(), QUrl(QStringLiteral("https://cohort.example.org:8443")));
        const QJsonArray parsed = QJsonDocument::fromJson(statements).array();
        // One "progressed" per member, and one "completed" per track a member finished.
        QCOMPARE(parsed.size(), sampleRoster().members_size() + 2);
        const QJsonObject first = parsed[0].toObject();
        const QJsonObject completed = parsed[1].toObject();
        QCOMPARE(completed[u"verb"][u"id"].toString(), QStringLiteral("http://adlnet.gov/expapi/verbs/completed"));
        QCOMPARE(completed[u"object"][u"id"].toString(),
                 QStringLiteral("https://cohort.example.org:8443/cohorts/c-1/tracks/ready-to-lead"));
        QCOMPARE(completed[u"object"][u"definition"][u"name"][u"en-US"].toString(), QStringLiteral("Ready to lead"));
        QCOMPARE(completed[u"actor"], first[u"actor"]);
        QCOMPARE(completed[u"timestamp"].toString(), QStringLiteral("2026-12-01T00:00:00Z"));
        QCOMPARE(completed[u"result"][u"completion"].toBool(), true);
        QCOMPARE(first[u"actor"][u"account"][u"homePage"].toString(),
                 QStringLiteral("https://cohort.example.org:8443/cohorts/c-1"));
        QCOMPARE(first[u"verb"][u"id"].toString(), QStringLiteral("http://adlnet.gov/expapi/verbs/progressed"));

        const auto validate = [&](const QByteArray &json) {
            const QString path = dir.filePath(QStringLiteral("statements.json"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
                return QStringLiteral("cannot write");
            file.close();
            QProcess p;
            p.start(python, {QStringLiteral(GROUNDWORK_XAPI_VALIDATOR), path});
            p.waitForFinished(60'000);
            const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            qInfo().noquote() << output.trimmed();
            return p.exitCode() == 0 && p.exitStatus() == QProcess::NormalExit ? QString() : output;
        };
        const QString problems = validate(statements);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        // Strictness: two identifiers for one actor, a verb without an id, a made-up ADL verb.
        QJsonArray broken = parsed;
        QJsonObject s = broken[0].toObject();
        QJsonObject actor = s[u"actor"].toObject();
        actor[u"mbox"] = QStringLiteral("mailto:ada@example.org");
        s[u"actor"] = actor;
        broken[0] = s;
        QVERIFY(!validate(QJsonDocument(broken).toJson()).isEmpty());
        s = parsed[1].toObject();
        s[u"verb"] = QJsonObject{{QStringLiteral("id"), QStringLiteral("http://adlnet.gov/expapi/verbs/flourished")}};
        broken = parsed;
        broken[1] = s;
        QVERIFY(!validate(QJsonDocument(broken).toJson()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLeadRules)
#include "tst_lead_rules.moc"
