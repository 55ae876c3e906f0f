// Deriving state from events: any order (and duplicates) gives the identical state; drill
// attempts become FSRS reviews; private events stay out of everything shared.
#include "eventbuilder.h"
#include "learner/derivation.h"
#include "testpack.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <tuple>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

namespace {

constexpr qint64 kDay = 86'400'000;

qint64 msAt(QDate date, int hour = 8)
{
    return QDateTime(date, QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

// A few months of mixed use on two devices, including two events with the same timestamp on
// different devices and two with the same timestamp on one device.
QVector<Event> history(quint32 seed)
{
    auto pack = makeTestPack();
    QRandomGenerator rng(seed);
    EventBuilder phone(pack, QStringLiteral("phone"), msAt(QDate(2026, 1, 5)), 60);
    EventBuilder laptop(pack, QStringLiteral("laptop"), msAt(QDate(2026, 1, 5), 20), -300);
    QVector<Event> events;
    events << phone.goal(3, {6, 7});
    const char *drills[] = {"handover", "bar", "flat", "priorities"};
    const QStringList choices[] = {
        {QStringLiteral("do-it"), QStringLiteral("check-daily")},
        {QStringLiteral("pair"), QStringLiteral("agree-checkpoints")},
        {QStringLiteral("hand"), QStringLiteral("agree-checkpoints")},
        {QStringLiteral("own-bar")}, {QStringLiteral("role-bar")}, {QStringLiteral("no-bar")},
        {QStringLiteral("x")}, {QStringLiteral("y")},
        {QStringLiteral("all")}, {QStringLiteral("cut")},
    };
    const int choiceStart[] = {0, 3, 6, 8, 10};
    for (int day = 0; day < 90; ++day) {
        if (rng.bounded(3) == 0)
            continue;
        EventBuilder &b = rng.bounded(2) ? phone : laptop;
        b.setTime((b.time() / kDay) * kDay + kDay * 0 + rng.bounded(12) * 3'600'000);
        const QString lesson = QStringLiteral("l%1").arg(1 + rng.bounded(3));
        events << b.lessonStarted(QStringLiteral("ready"), lesson);
        events << b.quickCheck(lesson, int(rng.bounded(2)), rng.bounded(2) == 1);
        events << b.lessonFinished(QStringLiteral("ready"), lesson);
        const int d = int(rng.bounded(4));
        const int pick = choiceStart[d] + int(rng.bounded(choiceStart[d + 1] - choiceStart[d]));
        events << b.attempt(QString::fromLatin1(drills[d]), choices[pick],
                            int(rng.bounded(5)) == 0 ? 0 : kConfidenceLevels[rng.bounded(4)]);
        if (rng.bounded(10) == 0)
            events << b.reflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("private"), true);
        if (rng.bounded(30) == 0)
            events << b.goal(2 + int(rng.bounded(4)), {7});
        if (rng.bounded(25) == 0)
            events << b.assessmentSharing(rng.bounded(2) == 1);
        phone.advance(kDay);
        laptop.advance(kDay);
    }
    // Exact timestamp ties.
    phone.setTime(msAt(QDate(2026, 2, 1), 9));
    laptop.setTime(msAt(QDate(2026, 2, 1), 9));
    phone.setStep(0);
    events << phone.attempt(QStringLiteral("bar"), {QStringLiteral("role-bar")}, 80);
    events << laptop.attempt(QStringLiteral("bar"), {QStringLiteral("own-bar")}, 95);
    events << phone.lessonFinished(QStringLiteral("ready"), QStringLiteral("l2"));
    // Two choices about sharing the assessment results at the same moment on two devices.
    events << laptop.assessmentSharing(true) << phone.assessmentSharing(false);
    return events;
}

// `whole` with the drill "handover" keyed anew in 2026.12.0, loaded as a pack.
auto withHandoverRekeyed(pb::ContentPack whole)
{
    for (auto &drill : *whole.mutable_drills())
        if (drill.id() == "handover")
            drill.set_keyed_since("2026.12.0");
    std::string bytes;
    whole.SerializeToString(&bytes);
    return ContentPack::fromBytes(QByteArray::fromStdString(bytes)).pack;
}

} // namespace

class TestDerivation : public QObject
{
    Q_OBJECT

private slots:
    void anyOrderGivesIdenticalState_data();
    void anyOrderGivesIdenticalState();
    void duplicatesAreFoldedOnce();
    void foldingOneAtATimeMatchesDerive_data();
    void foldingOneAtATimeMatchesDerive();
    void snapshotPlusTailMatchesDerive_data();
    void snapshotPlusTailMatchesDerive();
    void mismatchedSnapshotIsRefused();
    void snapshotOfThePreviousFormatIsRefused();
    void attemptsGoOnAcrossTheSnapshot();
    void keptDecisionsRoundTripExactly();
    void stateDoesNotGrowWithDecisions();
    void attemptsBecomeReviews();
    void sameDayRetryUsesShortTermPath();
    void lessonsGoalsAndPracticeDays();
    void localDayFollowsRecordedOffset();
    void assessmentSharingIsTheLastChoiceOnAnyDevice();
    void everyPayloadFormFoldsAlike();
    void weeksStartOnMonday();
    void answersUnderARetiredKeyAreKeptButNotEvidence();
    void retiredKeysFollowEachDecisionsVersionAsVersionsAlternate();
};

void TestDerivation::anyOrderGivesIdenticalState_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u, 2026u})
        QTest::addRow("history %u", seed) << seed;
}

void TestDerivation::anyOrderGivesIdenticalState()
{
    QFETCH(quint32, seed);
    const QVector<Event> events = history(seed);
    QVERIFY(events.size() > 150);
    const Deriver deriver;
    const QString expected = deriver.derive(events).fingerprint();
    QVERIFY(expected.contains(QLatin1String("dimension delegation")));

    QRandomGenerator rng(seed * 7919u);
    for (int round = 0; round < 40; ++round) {
        QVector<Event> shuffled = events;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        const QString actual = deriver.derive(shuffled).fingerprint();
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("round %1 differs").arg(round)));
    }
    QVector<Event> reversed = events;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(deriver.derive(reversed).fingerprint(), expected);
}

void TestDerivation::foldingOneAtATimeMatchesDerive_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 2026u})
        QTest::addRow("history %u", seed) << seed;
}

// The session folds a new answer into the state instead of deriving again: after every event
// the state is exactly what derive() gives for the events so far; an event that sorts before
// the last one is refused and changes nothing; a copy of the last one is folded as a duplicate.
void TestDerivation::foldingOneAtATimeMatchesDerive()
{
    QFETCH(quint32, seed);
    QVector<Event> events = history(seed);
    const Deriver deriver;
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.timeMs, a.deviceId, a.id) < std::tie(b.timeMs, b.deviceId, b.id);
    });
    // Half folded in one go, the rest one at a time.
    const qsizetype half = events.size() / 2;
    IncrementalDeriver folded(deriver);
    folded.reset(events.mid(0, half));
    QCOMPARE(folded.state().fingerprint(), deriver.derive(events.mid(0, half)).fingerprint());
    for (qsizetype i = half; i < events.size(); ++i) {
        QVERIFY(folded.append(events[i]));
        if (i % 17 == 0 || i == events.size() - 1)
            QCOMPARE(folded.state().fingerprint(), deriver.derive(events.mid(0, i + 1)).fingerprint());
    }
    const QString all = folded.state().fingerprint();
    QCOMPARE(all, deriver.derive(events).fingerprint());
    QVERIFY(all.contains(QLatin1String("drill ")));

    QVERIFY(folded.append(events.last())); // a copy of the last: folded once only
    QCOMPARE(folded.state().fingerprint(), all);
    Event earlier = events[half];
    earlier.id = QStringLiteral("zz-later-id-but-earlier-time");
    QVERIFY(!folded.append(earlier));
    QCOMPARE(folded.state().fingerprint(), all);
}

void TestDerivation::snapshotPlusTailMatchesDerive_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u, 2026u})
        QTest::addRow("history %u", seed) << seed;
}

// Start-up resumes from a snapshot and folds the events after it: for random cut points (in
// the middle of a drill attempt too) and random orders of both parts, snapshot + tail gives
// exactly what deriving every event gives. A tail that reaches back before the cut is refused.
void TestDerivation::snapshotPlusTailMatchesDerive()
{
    QFETCH(quint32, seed);
    QVector<Event> events = history(seed);
    const Deriver deriver;
    const QString expected = deriver.derive(events).fingerprint();
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.timeMs, a.deviceId, a.id) < std::tie(b.timeMs, b.deviceId, b.id);
    });
    {
        // A restored fold writes back what it read (its attempt ids kept as restored, not as text).
        IncrementalDeriver all(deriver);
        all.reset(events);
        const QByteArray written = all.snapshot(QStringLiteral("pack-1"));
        IncrementalDeriver restored(deriver);
        QVERIFY(restored.resume(written, QStringLiteral("pack-1"), {}, nullptr));
        QCOMPARE(restored.snapshot(QStringLiteral("pack-1")), written);
    }
    QRandomGenerator rng(seed * 104729u);
    for (int round = 0; round < 25; ++round) {
        const qsizetype cut = round == 0 ? 0 : round == 1 ? events.size() : rng.bounded(int(events.size()) + 1);
        QVector<Event> head = events.mid(0, cut);
        QVector<Event> tail = events.mid(cut);
        std::shuffle(head.begin(), head.end(), rng);
        std::shuffle(tail.begin(), tail.end(), rng);
        if (cut > 0 && rng.bounded(2))
            tail << events[cut - 1]; // a copy of the last covered event is folded once only
        IncrementalDeriver before(deriver);
        before.reset(head);
        const QByteArray snapshot = before.snapshot(QStringLiteral("pack-1"));

        IncrementalDeriver resumed(deriver);
        QString why;
        QVERIFY2(resumed.resume(snapshot, QStringLiteral("pack-1"), tail, &why), qPrintable(why));
        if (resumed.state().fingerprint() != expected)
            QFAIL(qPrintable(QStringLiteral("round %1 (cut %2) differs").arg(round).arg(cut)));
        // It goes on folding like any other.
        EventBuilder later(makeTestPack(), QStringLiteral("phone"), events.last().timeMs + kDay);
        const QVector<Event> next = later.attempt(QStringLiteral("flat"), {QStringLiteral("x")}, 65);
        for (const Event &e : next)
            QVERIFY(resumed.append(e));
        QCOMPARE(resumed.state().fingerprint(), deriver.derive(events + next).fingerprint());

        if (cut >= 2) {
            IncrementalDeriver refused(deriver);
            QVERIFY(!refused.resume(before.snapshot(QStringLiteral("pack-1")), QStringLiteral("pack-1"),
                                    events.mid(rng.bounded(int(cut - 1))), &why));
            QCOMPARE(refused.state().eventCount, 0); // unchanged
        }
    }
}

// A snapshot made with another pack, or damaged bytes, is refused and the state left as it was.
void TestDerivation::mismatchedSnapshotIsRefused()
{
    const QVector<Event> events = history(5);
    const Deriver deriver;
    IncrementalDeriver full(deriver);
    full.reset(events);
    const QByteArray snapshot = full.snapshot(QStringLiteral("pack-1"));

    IncrementalDeriver other(deriver);
    QString why;
    QVERIFY(!other.resume(snapshot, QStringLiteral("pack-2"), {}, &why));
    QVERIFY(why.contains(QLatin1String("pack-2")));
    QCOMPARE(other.state().eventCount, 0);

    QByteArray damaged = snapshot;
    damaged.truncate(damaged.size() / 2);
    QVERIFY(!other.resume(damaged, QStringLiteral("pack-1"), {}, &why));
    QCOMPARE(other.state().eventCount, 0);
    QVERIFY(!other.resume(QByteArray("\x08\x63", 2), QStringLiteral("pack-1"), {}, &why)); // format 99
    QVERIFY(why.contains(QLatin1String("format")));

    QVERIFY(other.resume(snapshot, QStringLiteral("pack-1"), {}, &why));
    QCOMPARE(other.state().fingerprint(), full.state().fingerprint());
}

// A snapshot written by the build before format 3 (data/snapshot_format2.bin: history(5)
// as that build saved it, its kept decisions as event payloads) is refused, not misread.
void TestDerivation::snapshotOfThePreviousFormatIsRefused()
{
    QFile file(QStringLiteral(GROUNDWORK_LEARNER_TEST_DATA "/snapshot_format2.bin"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray previous = file.readAll();
    QVERIFY(previous.startsWith(QByteArray("\x08\x02", 2))); // field 1 (format) = 2
    const Deriver deriver;
    IncrementalDeriver resumed(deriver);
    QString why;
    QVERIFY(!resumed.resume(previous, QStringLiteral("pack-1"), {}, &why));
    QVERIFY2(why.contains(QLatin1String("format 2")), qPrintable(why));
    QCOMPARE(resumed.state().eventCount, 0);
    // What this build writes for the same events is of its own format, and resumes.
    IncrementalDeriver full(deriver);
    full.reset(history(5));
    const QByteArray current = full.snapshot(QStringLiteral("pack-1"));
    QVERIFY(!current.startsWith(QByteArray("\x08\x02", 2)));
    QVERIFY2(resumed.resume(current, QStringLiteral("pack-1"), {}, &why), qPrintable(why));
    QCOMPARE(resumed.state().fingerprint(), full.state().fingerprint());
}

// The snapshot keeps each drill's review after the attempts it covers, and start-up replays
// only later attempts: an attempt cut by the snapshot, or one continued after newer ones were
// made, changes its judgment in the tail, and the reviews from it on are replayed.
void TestDerivation::attemptsGoOnAcrossTheSnapshot()
{
    EventBuilder b(makeTestPack(), QStringLiteral("phone"), msAt(QDate(2026, 3, 2)));
    const QString first = QStringLiteral("attempt-1"), second = QStringLiteral("attempt-2");
    QVector<Event> events;
    events << b.decision(first, QStringLiteral("handover"), QStringLiteral("h1"), QStringLiteral("do-it"), 95);
    b.advance(2 * kDay);
    events << b.decision(second, QStringLiteral("handover"), QStringLiteral("h1"), QStringLiteral("hand"), 80)
           << b.decision(second, QStringLiteral("handover"), QStringLiteral("h2"), QStringLiteral("check-daily"), 80);
    b.advance(kDay);
    events << b.decision(first, QStringLiteral("handover"), QStringLiteral("h2"), QStringLiteral("agree-checkpoints"), 65)
           << b.decision(second, QStringLiteral("handover"), QStringLiteral("h1"), QStringLiteral("pair"), 50);
    const Deriver deriver;
    const LearnerState all = deriver.derive(events);
    for (qsizetype cut = 1; cut < events.size(); ++cut) {
        IncrementalDeriver before(deriver);
        before.reset(events.mid(0, cut));
        // What the tail adds moves the review (the test would not see a stale one otherwise).
        QVERIFY(before.state().drills.value(QStringLiteral("handover")).lastJudgment
                    != all.drills.value(QStringLiteral("handover")).lastJudgment
                || before.state().drills.value(QStringLiteral("handover")).memory.stability
                       != all.drills.value(QStringLiteral("handover")).memory.stability);
        IncrementalDeriver resumed(deriver);
        QString why;
        QVERIFY2(resumed.resume(before.snapshot(QStringLiteral("pack-1")), QStringLiteral("pack-1"),
                                events.mid(cut), &why), qPrintable(why));
        QCOMPARE(resumed.state().fingerprint(), all.fingerprint());
    }
}

namespace {

Event decisionEvent(const QString &id, qint64 timeMs, const QString &version, const DecisionPayload &p)
{
    Event e;
    e.id = id;
    e.kind = EventKind::DrillDecision;
    e.timeMs = timeMs;
    e.utcOffsetMinutes = 120;
    e.deviceId = QStringLiteral("phone");
    e.contentVersion = version;
    e.payload = encodePayload(p);
    return e;
}

void compareDecisions(const QVector<ScoredDecision> &actual, const QVector<ScoredDecision> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const ScoredDecision &a = actual[i];
        const ScoredDecision &e = expected[i];
        QCOMPARE(a.eventId, e.eventId);
        QCOMPARE(a.timeMs, e.timeMs);
        QCOMPARE(a.day, e.day);
        QCOMPARE(a.contentVersion, e.contentVersion);
        QCOMPARE(a.retired, e.retired);
        QCOMPARE(a.assessmentForm, e.assessmentForm);
        QCOMPARE(a.decision.attemptId, e.decision.attemptId);
        QCOMPARE(a.decision.drillId, e.decision.drillId);
        QCOMPARE(a.decision.decisionId, e.decision.decisionId);
        QCOMPARE(a.decision.optionId, e.decision.optionId);
        QCOMPARE(a.decision.confidencePercent, e.decision.confidencePercent);
        QCOMPARE(a.decision.best, e.decision.best);
        QCOMPARE(a.decision.shownPosition, e.decision.shownPosition);
        QCOMPARE(a.decision.scores.size(), e.decision.scores.size());
        for (qsizetype k = 0; k < a.decision.scores.size(); ++k) {
            QCOMPARE(a.decision.scores[k].dimensionId, e.decision.scores[k].dimensionId);
            // Bit for bit: a score read back rounded would move the estimates.
            QCOMPARE(std::bit_cast<quint64>(a.decision.scores[k].score), std::bit_cast<quint64>(e.decision.scores[k].score));
        }
        QVERIFY(a.decision == e.decision);
    }
}

} // namespace

// The snapshot keeps the decisions a drill screen resumes and the assessment answers decoded:
// every field of each comes back exactly as the fold of the events had it (scores bit for
// bit, attempt ids in either form, a retired key, an assessment form, a shown position).
void TestDerivation::keptDecisionsRoundTripExactly()
{
    const QString november = QStringLiteral("2026.11.0+aaaaaaaa");
    const QString december = QStringLiteral("2026.12.0+bbbbbbbb");
    const auto pack = withHandoverRekeyed(makeAssessmentTestPack()->wholePack());
    QVERIFY(pack);
    const Deriver deriver{Fsrs(), RetiredKeys(*pack), AssessmentDrills(*pack)};

    const qint64 t0 = msAt(QDate(2026, 11, 30), 23); // 01:00 the next day at UTC+2
    QVector<Event> events;
    DecisionPayload retired{QStringLiteral("5b0c7e8e-4d6f-4a49-9a57-0f1e2d3c4b5a"), QStringLiteral("handover"),
                            QStringLiteral("h1"), QStringLiteral("hand"), 65, true,
                            {{QStringLiteral("delegation"), 1.0 / 3}, {QStringLiteral("trust"), 0.1}}, 2};
    events << decisionEvent(QStringLiteral("phone.00000000000000a1"), t0, november, retired);
    retired.decisionId = QStringLiteral("h2");
    retired.optionId = QStringLiteral("agree-checkpoints");
    retired.scores = {{QStringLiteral("delegation"), std::ldexp(1.0, -40)}, {QStringLiteral("trust"), 0.7}};
    events << decisionEvent(QStringLiteral("phone.00000000000000a2"), t0 + 1000, november, retired);
    // An attempt id that is not a UUID (an older build's), nothing rated, scored or shown.
    const DecisionPayload plain{QStringLiteral("attempt of an older build"), QStringLiteral("handover"),
                                QStringLiteral("h1"), QStringLiteral("do-it"), 0, false, {}, -1};
    events << decisionEvent(QStringLiteral("phone.00000000000000a3"), t0 + 86'400'000, december, plain);
    const DecisionPayload answer{QStringLiteral("0f9e8d7c-6b5a-4948-8736-251403f2e1d0"), QStringLiteral("assess-a-one"),
                                 QStringLiteral("x1"), QStringLiteral("q"), 95, true,
                                 {{QStringLiteral("delegation"), 1}, {QStringLiteral("trust"), 0.875}}, 0};
    events << decisionEvent(QStringLiteral("laptop-ish id with spaces"), t0 + 2 * 86'400'000, december, answer);

    IncrementalDeriver folded(deriver);
    folded.reset(events);
    const LearnerState &expected = folded.state();
    // The fold kept what the events say, and every field has a non-default value somewhere.
    const auto handover = expected.recentAttempts.value(QStringLiteral("handover"));
    QCOMPARE(handover.size(), 3);
    QVERIFY(handover[0].retired && !handover[2].retired);
    QCOMPARE(handover[1].decision, *decodeDecision(events[1].payload));
    QCOMPARE(expected.assessmentAnswers.size(), 1);
    QVERIFY(expected.assessmentAnswers[0].isAssessment());

    IncrementalDeriver resumed(deriver);
    QString why;
    QVERIFY2(resumed.resume(folded.snapshot(december), december, {}, &why), qPrintable(why));
    const LearnerState &restored = resumed.state();
    QCOMPARE(restored.recentAttempts.keys(), expected.recentAttempts.keys());
    for (auto it = expected.recentAttempts.cbegin(); it != expected.recentAttempts.cend(); ++it) {
        compareDecisions(restored.recentAttempts.value(it.key()), it.value());
        if (QTest::currentTestFailed())
            return;
    }
    compareDecisions(restored.assessmentAnswers, expected.assessmentAnswers);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(restored.fingerprint(), expected.fingerprint());
}

// The state and its snapshot hold sums, not the decisions: each further attempt adds only its
// small tally (for the review schedule), far less than its decisions themselves.
void TestDerivation::stateDoesNotGrowWithDecisions()
{
    auto pack = makeTestPack();
    const auto snapshotOf = [&](int attempts) {
        EventBuilder b(pack, QStringLiteral("phone"), msAt(QDate(2026, 1, 5)));
        QVector<Event> events;
        for (int i = 0; i < attempts; ++i) {
            events << b.attempt(QStringLiteral("handover"), {QStringLiteral("hand"), QStringLiteral("check-daily")}, 80);
            if (i % 4 == 3)
                b.setTime(msAt(QDate(2026, 1, 5)) + i / 28 * 7 * kDay); // a week's practice days
        }
        const Deriver deriver;
        IncrementalDeriver folded(deriver);
        folded.reset(events);
        if (folded.state().decisions != 2 * attempts)
            return qsizetype(-1);
        return folded.snapshot(QStringLiteral("pack")).size();
    };
    const qsizetype few = snapshotOf(28);
    const qsizetype many = snapshotOf(28 * 8);
    QVERIFY(few > 0 && many > few);
    const double perAttempt = double(many - few) / (28 * 7);
    QVERIFY2(perAttempt < 64, qPrintable(QString::number(perAttempt)));
}

void TestDerivation::duplicatesAreFoldedOnce()
{
    const QVector<Event> events = history(5);
    QVector<Event> doubled = events + events.mid(10, 40);
    std::shuffle(doubled.begin(), doubled.end(), *QRandomGenerator::global());
    const Deriver deriver;
    QCOMPARE(deriver.derive(doubled).fingerprint(), deriver.derive(events).fingerprint());
    QCOMPARE(deriver.derive(doubled).eventCount, events.size());
}

void TestDerivation::attemptsBecomeReviews()
{
    auto pack = makeTestPack(QStringLiteral("v7"));
    const QDate start(2026, 3, 2);
    EventBuilder b(pack, QStringLiteral("dev"), msAt(start));
    QVector<Event> events = b.attempt(QStringLiteral("handover"),
                                      {QStringLiteral("pair"), QStringLiteral("agree-checkpoints")}, 80);
    QCOMPARE(events.size(), 2);
    const Deriver deriver;
    auto st = deriver.derive(events);
    QVERIFY(st.drills.contains(QStringLiteral("handover")));
    const DrillReview first = st.drills.value(QStringLiteral("handover"));
    // pair: delegation 0.75, trust 1.0; agree-checkpoints: 1.0, 1.0 -> judgment 0.9375: Good.
    QCOMPARE(first.lastGrade, Fsrs::Grade::Good);
    QCOMPARE(first.memory.stability, Fsrs::kDefaultWeights[2]);
    QCOMPARE(first.dueDay, start.toJulianDay() + deriver.fsrs().scheduledDays(Fsrs::kDefaultWeights[2]));
    QCOMPARE(first.reviews, 1);

    // A poor run on the due day: Again, a lapse, stability falls.
    b.setTime(msAt(QDate::fromJulianDay(first.dueDay)));
    events << b.attempt(QStringLiteral("handover"), {QStringLiteral("do-it"), QStringLiteral("check-daily")});
    st = deriver.derive(events);
    const DrillReview second = st.drills.value(QStringLiteral("handover"));
    QCOMPARE(second.reviews, 2);
    QCOMPARE(second.lapses, 1);
    QCOMPARE(second.lastGrade, Fsrs::Grade::Again);
    QVERIFY(second.memory.stability < first.memory.stability);
    QCOMPARE(second.lastReviewDay, first.dueDay);

    // Scores keep the content version they were keyed with.
    QCOMPARE(st.dimensions.value(QStringLiteral("delegation")).contentVersions, QStringList{QStringLiteral("v7")});
    QCOMPARE(st.dimensions.value(QStringLiteral("delegation")).evidence, 4);
    QCOMPARE(st.calibration.rated, 2);
}

void TestDerivation::sameDayRetryUsesShortTermPath()
{
    auto pack = makeTestPack();
    EventBuilder b(pack, QStringLiteral("dev"), msAt(QDate(2026, 3, 2), 7));
    QVector<Event> events = b.attempt(QStringLiteral("bar"), {QStringLiteral("own-bar")});
    b.setTime(msAt(QDate(2026, 3, 2), 21));
    events << b.attempt(QStringLiteral("bar"), {QStringLiteral("role-bar")});
    const Deriver deriver;
    const auto st = deriver.derive(events);
    const auto review = st.drills.value(QStringLiteral("bar"));
    const Fsrs &f = deriver.fsrs();
    const auto expected = f.review(f.review(std::nullopt, 0, Fsrs::Grade::Again), 0, Fsrs::Grade::Easy);
    QCOMPARE(review.memory.stability, expected.stability);
    QCOMPARE(review.memory.difficulty, expected.difficulty);
}

void TestDerivation::lessonsGoalsAndPracticeDays()
{
    auto pack = makeTestPack();
    EventBuilder b(pack, QStringLiteral("dev"), msAt(QDate(2026, 3, 2)));
    QVector<Event> events;
    events << b.lessonStarted(QStringLiteral("ready"), QStringLiteral("l1"))
           << b.lessonFinished(QStringLiteral("ready"), QStringLiteral("l1"))
           << b.lessonStarted(QStringLiteral("ready"), QStringLiteral("l2"));
    b.advance(2 * kDay);
    events << b.goal(5, {7}) << b.reflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("t"), true);
    const auto st = Deriver().derive(events);
    QCOMPARE(st.finishedLessons, QSet<QString>{QStringLiteral("l1")});
    QCOMPARE(st.startedLessons.size(), 2);
    QCOMPARE(st.goal.sessionsPerWeek, 5);
    QCOMPARE(st.goal.restDays, QVector<int>{7});
    QCOMPARE(st.reflections, 1);
    QCOMPARE(st.practiceDays, (QVector<qint64>{QDate(2026, 3, 2).toJulianDay(), QDate(2026, 3, 4).toJulianDay()}));
    QCOMPARE(st.decisions, 0);
    QVERIFY(st.recentAttempts.isEmpty());
    QCOMPARE(st.calibration.verdict, Calibration::Verdict::TooLittleEvidence);
}

// "Include my assessment results" is one choice for all of the learner's devices: whichever was
// made last (in fold order) counts, whatever order the events arrived in.
void TestDerivation::assessmentSharingIsTheLastChoiceOnAnyDevice()
{
    auto pack = makeTestPack();
    EventBuilder phone(pack, QStringLiteral("phone"), msAt(QDate(2026, 3, 2), 9));
    EventBuilder laptop(pack, QStringLiteral("laptop"), msAt(QDate(2026, 3, 2), 10));
    const Deriver deriver;
    QVERIFY(!deriver.derive({}).shareAssessmentResults); // off until the learner chooses
    QCOMPARE(deriver.derive({}).assessmentSharingChoices, 0);

    const Event onAtNine = phone.assessmentSharing(true);
    const Event offAtTen = laptop.assessmentSharing(false);
    phone.setTime(msAt(QDate(2026, 3, 2), 11));
    const Event onAtEleven = phone.assessmentSharing(true);
    auto st = deriver.derive({onAtNine});
    QVERIFY(st.shareAssessmentResults);
    QCOMPARE(st.assessmentSharingChosenAtMs, onAtNine.timeMs);
    // The laptop's later "off" wins, though it arrives on the phone after the phone's "on".
    st = deriver.derive({offAtTen, onAtNine});
    QVERIFY(!st.shareAssessmentResults);
    QCOMPARE(st.assessmentSharingChosenAtMs, offAtTen.timeMs);
    st = deriver.derive({onAtEleven, offAtTen, onAtNine});
    QVERIFY(st.shareAssessmentResults);
    QCOMPARE(st.assessmentSharingChoices, 3);
    QCOMPARE(st.fingerprint(), deriver.derive({onAtNine, onAtEleven, offAtTen}).fingerprint());
    QVERIFY(st.fingerprint().contains(QStringLiteral("assessment sharing 1 of 3")));
}

void TestDerivation::localDayFollowsRecordedOffset()
{
    Event e;
    e.timeMs = msAt(QDate(2026, 3, 2), 23); // 23:00 UTC
    e.utcOffsetMinutes = 120;                // 01:00 the next day locally
    QCOMPARE(e.localDay(), QDate(2026, 3, 3).toJulianDay());
    e.utcOffsetMinutes = -300;
    QCOMPARE(e.localDay(), QDate(2026, 3, 2).toJulianDay());
    e.timeMs = -1; // before 1970 rounds down, not toward zero
    e.utcOffsetMinutes = 0;
    QCOMPARE(e.localDay(), QDate(1969, 12, 31).toJulianDay());
}

void TestDerivation::everyPayloadFormFoldsAlike()
{
    // A store upgraded over time holds payloads of every form, even within one drill attempt
    // (left midway, finished after an update): the fold must not tell them apart.
    const QVector<Event> events = history(3);
    QVector<Event> old = events;
    QVector<Event> mixed = events;
    for (qsizetype i = 0; i < events.size(); ++i) {
        old[i].payload = firstFormPayload(events[i]);
        if (i % 2)
            mixed[i].payload = old[i].payload;
        // (Kinds that came after the map forms have one form only.)
        QVERIFY(events[i].kind == EventKind::AssessmentSharingChosen || old[i].payload != events[i].payload);
    }
    const Deriver deriver;
    const LearnerState now = deriver.derive(events);
    QVERIFY(now.drills.size() >= 3);
    QVERIFY(now.dimensions.size() >= 2);
    QCOMPARE(deriver.derive(old).fingerprint(), now.fingerprint());
    const LearnerState fromMixed = deriver.derive(mixed);
    QCOMPARE(fromMixed.fingerprint(), now.fingerprint());
    int reviews = 0;
    for (const auto &d : fromMixed.drills)
        reviews += d.reviews;
    QSet<QString> attempts; // distinct attempts with scored decisions
    for (const Event &e : events)
        if (e.kind == EventKind::DrillDecision)
            if (const auto d = decodeDecision(e.payload); d && !d->scores.isEmpty())
                attempts.insert(d->attemptId);
    QCOMPARE(reviews, int(attempts.size())); // one review per attempt, whatever the forms of its decisions
}

void TestDerivation::weeksStartOnMonday()
{
    auto pack = makeTestPack();
    EventBuilder b(pack, QStringLiteral("dev"), msAt(QDate(2026, 3, 8))); // a Sunday
    QVector<Event> events = b.attempt(QStringLiteral("bar"), {QStringLiteral("role-bar")});
    b.setTime(msAt(QDate(2026, 3, 9))); // the Monday after
    events << b.attempt(QStringLiteral("bar"), {QStringLiteral("own-bar")});
    const auto st = Deriver().derive(events);
    QVERIFY(!st.dimensions.isEmpty());
    for (const auto &dim : st.dimensions) {
        QCOMPARE(dim.weeks.size(), 2);
        for (const auto &w : dim.weeks)
            QCOMPARE(QDate::fromJulianDay(w.weekStartDay).dayOfWeek(), 1);
        QCOMPARE(dim.weeks[0].weekStartDay, QDate(2026, 3, 2).toJulianDay());
        QCOMPARE(dim.weeks[1].weekStartDay, QDate(2026, 3, 9).toJulianDay());
    }
}


// A drill re-keyed in 2026.12.0: answers recorded against 2026.11.0 stay in the state and count
// as practice, but the estimates, calibration and review come from the new key's answers only.
void TestDerivation::answersUnderARetiredKeyAreKeptButNotEvidence()
{
    const QDate start(2026, 11, 2);
    EventBuilder before(makeTestPack(QStringLiteral("2026.11.0+aaaaaaaa")), QStringLiteral("dev"), msAt(start));
    QVector<Event> events = before.attempt(QStringLiteral("handover"),
                                           {QStringLiteral("hand"), QStringLiteral("agree-checkpoints")}, 95);
    events << before.attempt(QStringLiteral("bar"), {QStringLiteral("role-bar")}, 80);
    EventBuilder after(makeTestPack(QStringLiteral("2026.12.0+bbbbbbbb")), QStringLiteral("dev"),
                       msAt(start.addDays(7)));
    events << after.attempt(QStringLiteral("handover"),
                            {QStringLiteral("do-it"), QStringLiteral("check-daily")}, 50);

    const auto pack = withHandoverRekeyed(makeTestPack(QStringLiteral("2026.12.0+bbbbbbbb"))->wholePack());
    QVERIFY(pack);

    const LearnerState all = Deriver().derive(events);
    const LearnerState st = Deriver(Fsrs(), RetiredKeys(*pack)).derive(events);
    QCOMPARE(st.decisions, 5);           // nothing dropped
    QCOMPARE(st.retiredDecisions, 2);    // the two handover answers of November
    QCOMPARE(st.evidenceDecisions, 3);   // "bar" was not re-keyed; December's two
    const auto handover = st.recentAttempts.value(QStringLiteral("handover"));
    QCOMPARE(handover.size(), 4);
    QVERIFY(handover[0].retired && handover[1].retired);
    QVERIFY(!handover[0].isEvidence());
    QVERIFY(handover[2].isEvidence());
    QVERIFY(st.recentAttempts.value(QStringLiteral("bar")).first().isEvidence());
    QCOMPARE(st.practiceDays, all.practiceDays);
    // Delegation evidence: November's two handover answers are out, December's two are in.
    QCOMPARE(all.dimensions.value(QStringLiteral("delegation")).evidence, 4);
    QCOMPARE(st.dimensions.value(QStringLiteral("delegation")).evidence, 2);
    QCOMPARE(st.dimensions.value(QStringLiteral("delegation")).contentVersions,
             QStringList{QStringLiteral("2026.12.0+bbbbbbbb")});
    // Calibration: three rated answers remain (bar's and December's two).
    QCOMPARE(all.calibration.rated, 5);
    QCOMPARE(st.calibration.rated, 3);
    // Review: one handover attempt, December's (Again), not two.
    QCOMPARE(st.drills.value(QStringLiteral("handover")).reviews, 1);
    QCOMPARE(st.drills.value(QStringLiteral("handover")).lastGrade, Fsrs::Grade::Again);
    QVERIFY(st.fingerprint() != all.fingerprint());
    // Folding one event at a time agrees with derive().
    const Deriver deriver{Fsrs(), RetiredKeys(*pack)};
    IncrementalDeriver folded(deriver);
    folded.reset({});
    for (const Event &e : events)
        QVERIFY(folded.append(e));
    QCOMPARE(folded.state().fingerprint(), st.fingerprint());
}

// The fold asks once per drill and content version whether its key is retired: a device still
// on the old pack answering after one on the new pack (versions alternating in fold order) must
// still have each answer judged by its own version.
void TestDerivation::retiredKeysFollowEachDecisionsVersionAsVersionsAlternate()
{
    const QDate start(2026, 12, 7);
    EventBuilder oldPack(makeTestPack(QStringLiteral("2026.11.0+aaaaaaaa")), QStringLiteral("old"), msAt(start));
    EventBuilder newPack(makeTestPack(QStringLiteral("2026.12.0+bbbbbbbb")), QStringLiteral("new"), msAt(start));
    QVector<Event> events;
    for (int day = 0; day < 3; ++day) {
        newPack.setTime(msAt(start.addDays(2 * day)));
        events << newPack.attempt(QStringLiteral("handover"), {QStringLiteral("do-it"), QStringLiteral("check-daily")}, 50);
        oldPack.setTime(msAt(start.addDays(2 * day + 1)));
        events << oldPack.attempt(QStringLiteral("handover"), {QStringLiteral("hand"), QStringLiteral("agree-checkpoints")}, 95);
    }
    const auto pack = withHandoverRekeyed(makeTestPack(QStringLiteral("2026.12.0+bbbbbbbb"))->wholePack());
    QVERIFY(pack);

    const LearnerState st = Deriver(Fsrs(), RetiredKeys(*pack)).derive(events);
    QCOMPARE(st.decisions, 12);
    QCOMPARE(st.retiredDecisions, 6); // every answer on 2026.11.0, none on 2026.12.0
    QCOMPARE(st.evidenceVersions, QStringList{QStringLiteral("2026.12.0+bbbbbbbb")});
    const auto kept = st.recentAttempts.value(QStringLiteral("handover"));
    QCOMPARE(kept.size(), 2 * LearnerState::kRecentAttempts); // the last attempts only
    for (const ScoredDecision &d : kept)
        QCOMPARE(d.retired, d.contentVersion.startsWith(QLatin1String("2026.11.0")));
}

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
