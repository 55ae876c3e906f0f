// Payload encoding: the positional form round-trips exactly, leaves defaults out, lets later
// versions append fields, and the shared decoder reads it as the free functions do. The
// earlier forms a store can hold are tested in tst_payloadforms.cpp.
#include "learner/event.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <QUuid>

#include <cmath>

using namespace groundwork::core::learner;

namespace {

// A decision payload in the first form (QCborMap: attempt id as text, every field, scores as
// doubles under key 10), for ids that tst_payloadforms.cpp's samples do not cover.
QByteArray firstFormDecision(const QString &attempt, int confidence, bool best,
                             const QVector<DimensionScore> &scores)
{
    QCborMap m;
    m.insert(5, attempt);
    m.insert(6, QStringLiteral("the-missed-deadline"));
    m.insert(7, QStringLiteral("open"));
    m.insert(3, QStringLiteral("ask-what-happened"));
    m.insert(8, confidence);
    m.insert(9, best);
    QCborArray flat;
    for (const auto &s : scores) {
        flat.append(s.dimensionId);
        flat.append(s.score);
    }
    m.insert(10, flat);
    return m.toCborValue().toCbor();
}

} // namespace

class TestPayloads : public QObject
{
    Q_OBJECT

private slots:
    void decisionRoundTripsExactly_data();
    void decisionRoundTripsExactly();
    void laterFieldsAreIgnored();
    void shownPositionIsAppended();
    void defaultsAreLeftOutAndReadBack();
    void sharedDecoderMatchesFreeFunctions();
    void sharedDecoderGivesSmallIds();
    void malformedPayloadsAreRefused();
};

void TestPayloads::decisionRoundTripsExactly_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<int>("confidence");
    QTest::addColumn<bool>("best");
    QTest::addColumn<double>("score");
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("uuid, integer score") << uuid << 95 << true << 1.0;
    QTest::newRow("uuid, zero, unrated") << uuid << 0 << false << 0.0;
    QTest::newRow("text attempt, quarter") << QStringLiteral("a") << 50 << false << 0.25;
    QTest::newRow("braced uuid stays text") << QUuid::createUuid().toString() << 65 << false << 2.0 / 3;
    QTest::newRow("upper-case uuid stays text") << uuid.toUpper() << 80 << true << 1.0 / 7;
    QTest::newRow("not a small fraction") << uuid << 80 << false << 0.1;
    QTest::newRow("float-exact value") << uuid << 80 << false << 0.3125;
    QTest::newRow("irrational") << uuid << 80 << false << 1.0 / std::sqrt(2.0);
    QTest::newRow("out of range") << uuid << 80 << false << -0.5;
}

void TestPayloads::decisionRoundTripsExactly()
{
    QFETCH(QString, attempt);
    QFETCH(int, confidence);
    QFETCH(bool, best);
    QFETCH(double, score);
    DecisionPayload p{attempt, QStringLiteral("drill"), QStringLiteral("q0"), QStringLiteral("o1"), confidence, best,
                      {{QStringLiteral("dim-a"), score}, {QStringLiteral("dim-b"), 1.0 - score}}};
    const auto d = decodeDecision(encodePayload(p));
    QVERIFY(d);
    QVERIFY(*d == p);
    PayloadDecoder decoder;
    const auto shared = decoder.decision(encodePayload(p));
    QVERIFY(shared);
    QVERIFY(*shared == p);
}

void TestPayloads::laterFieldsAreIgnored()
{
    // A later version may append fields (and items to the scores): this one reads what it knows.
    QCborArray scores{QStringLiteral("trust"), 1, 2, QStringLiteral("coaching"), 1};
    QCborArray a{QByteArray::fromHex("0b9f3c528a414d0e9b7a2c5e6f1d3a87"), QStringLiteral("drift"), QStringLiteral("h1"),
                 QStringLiteral("hand"), 65, false, scores, QStringLiteral("a later field"), QCborMap()};
    const auto d = decodeDecision(QCborValue(a).toCbor());
    QVERIFY(d);
    QCOMPARE(d->attemptId, QStringLiteral("0b9f3c52-8a41-4d0e-9b7a-2c5e6f1d3a87"));
    QCOMPARE(d->confidencePercent, 65);
    QCOMPARE(d->scores.size(), 2);
    QCOMPARE(d->scores[0].score, 0.5);
    QCOMPARE(d->scores[1].score, 1.0);
    const auto l = decodeLesson(QCborValue(QCborArray{QStringLiteral("t"), QStringLiteral("l"), 7}).toCbor());
    QVERIFY(l);
    QCOMPARE(l->lessonId, QStringLiteral("l"));
}

// The shown position came after form 3: it is the last item, so a decoder from before it reads
// everything else, and payloads written before it read back as "not recorded".
void TestPayloads::shownPositionIsAppended()
{
    DecisionPayload unscored{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("q"), QStringLiteral("o"), 0, false, {}};
    unscored.shownPosition = 2;
    const QCborArray items = QCborValue::fromCbor(encodePayload(unscored)).toArray();
    QCOMPARE(items.size(), 8); // the empty scores and other defaults are written to reach it
    QCOMPARE(items.at(6).toArray().size(), 0);
    QCOMPARE(items.at(7).toInteger(), 2);
    const auto d = decodeDecision(encodePayload(unscored));
    QVERIFY(d);
    QCOMPARE(d->shownPosition, 2);
    QCOMPARE(d->optionId, QStringLiteral("o"));
    QVERIFY(d->scores.isEmpty());

    DecisionPayload scored = unscored;
    scored.best = true;
    scored.confidencePercent = 80;
    scored.scores = {{QStringLiteral("trust"), 0.5}};
    scored.shownPosition = 0;
    const auto s = decodeDecision(encodePayload(scored));
    QVERIFY(s);
    QCOMPARE(s->shownPosition, 0);
    QCOMPARE(s->scores.size(), 1);
    QVERIFY(s->best);
    scored.shownPosition = -1;
    QCOMPARE(QCborValue::fromCbor(encodePayload(scored)).toArray().size(), 7);
    QCOMPARE(decodeDecision(encodePayload(scored))->shownPosition, -1);

    QuickCheckPayload check{QStringLiteral("l1"), 2, false, 0, QString()};
    QCOMPARE(QCborValue::fromCbor(encodePayload(check)).toArray().size(), 4);
    const auto q = decodeQuickCheck(encodePayload(check));
    QVERIFY(q);
    QCOMPARE(q->optionIndex, 2);
    QVERIFY(!q->correct);
    QCOMPARE(q->shownPosition, 0);
    QCOMPARE(decodeQuickCheck(encodePayload(QuickCheckPayload{QStringLiteral("l1"), 2, true, -1, QString()}))->shownPosition, -1);
    // The shared decoder reads it the same way.
    PayloadDecoder decoder;
    QCOMPARE(decoder.decision(encodePayload(unscored))->shownPosition, 2);
    QCOMPARE(decoder.quickCheck(encodePayload(check))->shownPosition, 0);
}

void TestPayloads::defaultsAreLeftOutAndReadBack()
{
    const QByteArray check = encodePayload(QuickCheckPayload{QStringLiteral("l1"), 2, false, -1, QString()});
    QCOMPARE(QCborValue::fromCbor(check).toArray().size(), 2);
    const auto q = decodeQuickCheck(check);
    QVERIFY(q);
    QCOMPARE(q->optionIndex, 2);
    QVERIFY(!q->correct);
    QVERIFY(decodeQuickCheck(encodePayload(QuickCheckPayload{QStringLiteral("l1"), 0, true, -1, QString()}))->correct);
    const DecisionPayload unrated{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("q"), QStringLiteral("o"), 0, false, {}};
    QCOMPARE(QCborValue::fromCbor(encodePayload(unrated)).toArray().size(), 4);
    DecisionPayload best = unrated;
    best.best = true; // needs the confidence before it, even when unrated
    QCOMPARE(QCborValue::fromCbor(encodePayload(best)).toArray().size(), 6);
    QVERIFY(*decodeDecision(encodePayload(best)) == best);

    QCOMPARE(encodePayload(GoalPayload{}).size(), 1); // an empty array
    QCOMPARE(decodeGoal(encodePayload(GoalPayload{}))->sessionsPerWeek, 4);
    QCOMPARE(decodeGoal(encodePayload(GoalPayload{5, {}}))->sessionsPerWeek, 5);
    const auto g = decodeGoal(encodePayload(GoalPayload{3, {6, 7}}));
    QVERIFY(g);
    QCOMPARE(g->sessionsPerWeek, 3);
    QCOMPARE(g->restDays, (QVector<int>{6, 7}));

    // The assessment-sharing choice is written whole (an "off" is a choice, not a default).
    QCOMPARE(QCborValue::fromCbor(encodePayload(AssessmentSharingPayload{false})).toArray().size(), 1);
    QCOMPARE(decodeAssessmentSharing(encodePayload(AssessmentSharingPayload{true}))->include, true);
    QCOMPARE(decodeAssessmentSharing(encodePayload(AssessmentSharingPayload{false}))->include, false);
    PayloadDecoder decoder;
    QCOMPARE(decoder.assessmentSharing(encodePayload(AssessmentSharingPayload{true}))->include, true);
    QVERIFY(!decodeAssessmentSharing(QByteArray("\xff", 1)));

}

void TestPayloads::sharedDecoderMatchesFreeFunctions()
{
    PayloadDecoder decoder;
    for (int i = 0; i < 20; ++i) {
        const LessonPayload l{QStringLiteral("track%1").arg(i % 3), QStringLiteral("lesson-%1").arg(i % 5)};
        const auto a = decoder.lesson(encodePayload(l));
        QVERIFY(a);
        QCOMPARE(a->trackId, l.trackId);
        QCOMPARE(a->lessonId, l.lessonId);
        const ReflectionPayload r{l.trackId, QStringLiteral("p"), QStringLiteral("Ünïcödé %1").arg(i)};
        const auto b = decoder.reflection(encodePayload(r));
        QVERIFY(b);
        QCOMPARE(b->text, r.text);
        const DecisionPayload d{QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("drill%1").arg(i % 4),
                                QStringLiteral("q%1").arg(i % 3), QStringLiteral("o%1").arg(i % 2), 0, i % 2 == 0,
                                {{QStringLiteral("dim%1").arg(i % 3), (i % 5) / 4.0}}};
        const auto c = decoder.decision(encodePayload(d));
        QVERIFY(c);
        QVERIFY(*c == d);
    }
}

void TestPayloads::sharedDecoderGivesSmallIds()
{
    PayloadDecoder decoder;
    const QString attempt = QStringLiteral("0b9f3c52-8a41-4d0e-9b7a-2c5e6f1d3a87");
    // The same attempt as text (first form) and as 16 bytes (now): one id, as one attempt.
    PayloadIds first, now, other;
    QVERIFY(decoder.decision(firstFormDecision(attempt, 80, true, {{QStringLiteral("trust"), 0.5}}), &first));
    const DecisionPayload p{attempt, QStringLiteral("the-missed-deadline"), QStringLiteral("close"), QStringLiteral("x"), 0, false,
                            {{QStringLiteral("coaching"), 1.0}, {QStringLiteral("trust"), 0.0}}};
    QVERIFY(decoder.decision(encodePayload(p), &now));
    QCOMPARE(now.attempt, first.attempt);
    QCOMPARE(now.drill, first.drill);
    QCOMPARE(now.dimensions.size(), 2);
    QCOMPARE(now.dimensions[1], first.dimensions[0]); // "trust"
    QVERIFY(now.dimensions[0] != now.dimensions[1]);
    QVERIFY(now.attempt != now.drill);
    // Ids are small and dense: below stringCount().
    for (int id : {now.attempt, now.drill, now.dimensions[0], now.dimensions[1]})
        QVERIFY(id >= 0 && id < decoder.stringCount());
    // A missing attempt reads as "" and has the id of "".
    QVERIFY(decoder.decision(QByteArray::fromHex("a10662" "6464"), &other)); // {6: "dd"}
    PayloadIds empty;
    QVERIFY(decoder.decision(encodePayload(DecisionPayload{QString(), QStringLiteral("dd"), {}, {}, 0, false, {}}), &empty));
    QCOMPARE(other.attempt, empty.attempt);
    QVERIFY(other.attempt != now.attempt);
    QCOMPARE(other.drill, empty.drill);
    // 36 characters but not a canonical UUID (upper case; not hex): text, one id each.
    const QString upper = attempt.toUpper();
    const QString notUuid = QStringLiteral("x").repeated(36);
    for (const QString &text : {upper, notUuid}) {
        PayloadIds a, b;
        const auto d = decoder.decision(firstFormDecision(text, 0, false, {}), &a);
        QVERIFY(d);
        QCOMPARE(d->attemptId, text);
        QCOMPARE(decoder.decision(firstFormDecision(text, 0, false, {}), &b)->attemptId, text);
        QCOMPARE(b.attempt, a.attempt);
        QVERIFY(a.attempt != now.attempt);
    }
    PayloadIds lesson;
    QVERIFY(decoder.lesson(QByteArray::fromHex("a20165726561647902626c31"), &lesson)); // form 2: {1: "ready", 2: "l1"}
    PayloadIds check;
    QVERIFY(decoder.quickCheck(encodePayload(QuickCheckPayload{QStringLiteral("l1"), 0, false, -1, QString()}), &check));
    QCOMPARE(lesson.lesson, check.lesson);
}

void TestPayloads::malformedPayloadsAreRefused()
{
    QVERIFY(!decodeDecision(QByteArray()));
    QVERIFY(!decodeDecision(QByteArray::fromHex("82")));         // truncated array
    QVERIFY(!decodeDecision(QByteArray::fromHex("01")));         // neither array nor map
    QVERIFY(!decodeLesson(QByteArray::fromHex("a20164")));       // truncated
    QVERIFY(!decodeLesson(QByteArray::fromHex("a10162c328")));   // invalid UTF-8
    QVERIFY(!decodeLesson(QByteArray::fromHex("8262c32861")));   // invalid UTF-8, positional
    QVERIFY(!decodeLesson(QByteArray::fromHex("82617a78207a")));  // a string longer than the payload
    QVERIFY(!decodeLesson(QByteArray::fromHex("82617a7bffffffffffffffff"))); // absurd length
    PayloadDecoder decoder;
    QVERIFY(!decoder.lesson(QByteArray::fromHex("a10162c328")));
    QVERIFY(!decoder.lesson(QByteArray::fromHex("8262c32861")));
    QVERIFY(decoder.lesson(QByteArray::fromHex("a1016161")));
    QVERIFY(decoder.lesson(QByteArray::fromHex("8261616161")));
    // Chunked (indefinite-length) strings are valid CBOR, though this app never writes them.
    const auto chunked = decoder.lesson(QByteArray::fromHex("82" "7f6261626163ff" "6178"));
    QVERIFY(chunked);
    QCOMPARE(chunked->trackId, QStringLiteral("abc"));
    QCOMPARE(chunked->lessonId, QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestPayloads)
#include "tst_payloads.moc"
