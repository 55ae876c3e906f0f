// The payload forms a store can hold (see the form history in core/learner/payloaddecode.cpp):
// every kind in every form, exactly as the app's encoder of that form wrote it
// (data/payload_forms.txt), still decodes to the same data, with both decoders.
#include "eventbuilder.h"
#include "learner/event.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace groundwork::core::learner;

namespace {

struct StoredSample
{
    QString form; // "1", "2", "3", "3s"
    QString kind; // "lesson", "decision-unrated", ...
    QByteArray bytes;
};

QVector<StoredSample> storedSamples()
{
    QFile file(QStringLiteral(GROUNDWORK_LEARNER_TEST_DATA "/payload_forms.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QVector<StoredSample> out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3)
            out.append({QString::fromLatin1(parts[0]), QString::fromLatin1(parts[1]), QByteArray::fromHex(parts[2])});
    }
    return out;
}

// What every sample holds. The shown position was recorded from form "3s" on.
struct Expected
{
    bool shown;
    LessonPayload lesson{QStringLiteral("ready-to-lead"), QStringLiteral("l1")};
    QuickCheckPayload check{QStringLiteral("l1"), 2, true, shown ? 1 : -1, QString()};
    QuickCheckPayload wrong{QStringLiteral("l2"), 0, false, -1, QString()};
    DecisionPayload decision{QStringLiteral("0b9f3c52-8a41-4d0e-9b7a-2c5e6f1d3a87"), QStringLiteral("the-missed-deadline"),
                             QStringLiteral("open"), QStringLiteral("ask-what-happened"), 80, true,
                             {{QStringLiteral("delegation"), 1.0}, {QStringLiteral("coaching"), 2.0 / 3},
                              {QStringLiteral("trust"), 0.1}, {QStringLiteral("calm"), 0.5}},
                             shown ? 2 : -1};
    DecisionPayload unrated{QStringLiteral("a"), QStringLiteral("drift"), QStringLiteral("h1"), QStringLiteral("hand"), 0, false, {}};
    ReflectionPayload reflection{QStringLiteral("back-to-ic"), QStringLiteral("why"),
                                 QStringLiteral("Ünï, on two lines\nand more")};
    ReflectionPayload emptyReflection{QStringLiteral("is-it-for-me"), QStringLiteral("outcome"), QString()};
    GoalPayload goal{3, {6, 7}};
    GoalPayload defaultGoal{};
};

// The sample's payload as the current encoder writes it, its kind as an event, and whether
// the given decoders read it back as expected.
struct Check
{
    EventKind kind;
    QByteArray now;
    std::function<bool(const QByteArray &, PayloadDecoder &)> decodes;
};

// The check of each sample kind.
QHash<QString, Check> checksFor(const Expected &e)
{
    const auto make = [](EventKind kind, const auto &expected, auto free, auto shared) {
        return Check{kind, encodePayload(expected), [=](const QByteArray &bytes, PayloadDecoder &decoder) {
                         const auto a = free(bytes);
                         const auto b = shared(decoder, bytes);
                         return a && b && *a == expected && *b == expected;
                     }};
    };
    const auto lessonOf = [](PayloadDecoder &d, const QByteArray &b) { return d.lesson(b); };
    const auto checkOf = [](PayloadDecoder &d, const QByteArray &b) { return d.quickCheck(b); };
    const auto decisionOf = [](PayloadDecoder &d, const QByteArray &b) { return d.decision(b); };
    const auto reflectionOf = [](PayloadDecoder &d, const QByteArray &b) { return d.reflection(b); };
    const auto goalOf = [](PayloadDecoder &d, const QByteArray &b) { return d.goal(b); };
    using K = EventKind;
    return {{QStringLiteral("lesson"), make(K::LessonFinished, e.lesson, decodeLesson, lessonOf)},
            {QStringLiteral("quickcheck"), make(K::QuickCheckAnswered, e.check, decodeQuickCheck, checkOf)},
            {QStringLiteral("quickcheck-wrong"), make(K::QuickCheckAnswered, e.wrong, decodeQuickCheck, checkOf)},
            {QStringLiteral("decision"), make(K::DrillDecision, e.decision, decodeDecision, decisionOf)},
            {QStringLiteral("decision-unrated"), make(K::DrillDecision, e.unrated, decodeDecision, decisionOf)},
            {QStringLiteral("reflection"), make(K::ReflectionSaved, e.reflection, decodeReflection, reflectionOf)},
            {QStringLiteral("reflection-empty"), make(K::ReflectionSaved, e.emptyReflection, decodeReflection, reflectionOf)},
            {QStringLiteral("goal"), make(K::GoalChanged, e.goal, decodeGoal, goalOf)},
            {QStringLiteral("goal-default"), make(K::GoalChanged, e.defaultGoal, decodeGoal, goalOf)}};
}

Check checkFor(const StoredSample &s)
{
    const Check unknown{EventKind::GoalChanged, {}, [](const QByteArray &, PayloadDecoder &) { return false; }};
    return checksFor(Expected{s.form == QLatin1String("3s")}).value(s.kind, unknown);
}

} // namespace

class TestPayloadForms : public QObject
{
    Q_OBJECT

private slots:
    void everyStoredFormDecodes_data();
    void everyStoredFormDecodes();
    void theAppWritesTheLastForm();
    void eachFormIsSmallerThanTheOneBefore();
    void oneAttemptAcrossForms();
    void brokenTextInAnOldFormIsRefused();
    void quickCheckTrackIsAppended();
};

void TestPayloadForms::everyStoredFormDecodes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QByteArray>("bytes");
    const auto samples = storedSamples();
    QCOMPARE(samples.size(), 4 * 9); // four forms, nine samples each
    for (const auto &s : samples)
        QTest::addRow("form %s, %s", qPrintable(s.form), qPrintable(s.kind)) << s.kind << s.form << s.bytes;
}

void TestPayloadForms::everyStoredFormDecodes()
{
    QFETCH(QString, kind);
    QFETCH(QString, form);
    QFETCH(QByteArray, bytes);
    PayloadDecoder decoder;
    QVERIFY(checkFor({form, kind, bytes}).decodes(bytes, decoder));
    // Read a second time, the shared decoder gives its pooled strings: still the same.
    QVERIFY(checkFor({form, kind, bytes}).decodes(bytes, decoder));
}

// The current encoder writes the last form byte for byte, and the bench's and tests' first-form
// helper writes form 1 as its encoder did.
void TestPayloadForms::theAppWritesTheLastForm()
{
    int last = 0, first = 0;
    for (const auto &s : storedSamples()) {
        const Check c = checkFor(s);
        if (s.form == QLatin1String("3s")) {
            QCOMPARE(c.now.toHex(), s.bytes.toHex());
            ++last;
        }
        if (s.form == QLatin1String("1")) {
            Event e;
            e.kind = c.kind;
            e.payload = c.now;
            QCOMPARE(testing::firstFormPayload(e).toHex(), s.bytes.toHex());
            ++first;
        }
    }
    QCOMPARE(last, 9);
    QCOMPARE(first, 9);
}

// Each form is no larger than the one before for every kind, and smaller in all.
void TestPayloadForms::eachFormIsSmallerThanTheOneBefore()
{
    QHash<QString, QHash<QString, qsizetype>> size; // form -> kind -> bytes
    for (const auto &s : storedSamples())
        size[s.form][s.kind] = s.bytes.size();
    qsizetype total[3] = {};
    for (auto it = size[QStringLiteral("1")].cbegin(); it != size[QStringLiteral("1")].cend(); ++it) {
        const qsizetype two = size[QStringLiteral("2")].value(it.key());
        const qsizetype three = size[QStringLiteral("3")].value(it.key());
        QVERIFY2(three > 0 && three <= two && two <= it.value(), qPrintable(it.key()));
        total[0] += it.value();
        total[1] += two;
        total[2] += three;
    }
    QVERIFY(total[2] < total[1] && total[1] < total[0]);
    // The decision: the attempt as 16 bytes (not 36 characters), the four scores in 1 or 2
    // bytes each (not 9), no keys.
    QCOMPARE(size[QStringLiteral("1")][QStringLiteral("decision")], 160);
    QCOMPARE(size[QStringLiteral("3")][QStringLiteral("decision")], 103);
}

// The same attempt written as text (form 1) and as 16 bytes (forms 2 and 3) is one attempt to
// the shared decoder, with the same ids for its drill and dimensions.
void TestPayloadForms::oneAttemptAcrossForms()
{
    PayloadDecoder decoder;
    QVector<PayloadIds> ids;
    for (const auto &s : storedSamples()) {
        if (s.kind != QLatin1String("decision"))
            continue;
        PayloadIds id;
        QVERIFY(decoder.decision(s.bytes, &id));
        ids.append(id);
    }
    QCOMPARE(ids.size(), 4);
    for (const PayloadIds &id : ids) {
        QCOMPARE(id.attempt, ids[0].attempt);
        QCOMPARE(id.drill, ids[0].drill);
        QCOMPARE(id.dimensions, ids[0].dimensions);
    }
    QCOMPARE(ids[0].dimensions.size(), 4);
    QVERIFY(ids[0].attempt != ids[0].drill);
}

void TestPayloadForms::brokenTextInAnOldFormIsRefused()
{
    for (const auto &s : storedSamples()) {
        if (s.kind != QLatin1String("decision"))
            continue;
        // The drill id with invalid UTF-8 in its place: refused, as any malformed payload.
        QByteArray broken = s.bytes;
        const QByteArray drill("the-missed-deadline");
        QVERIFY(broken.contains(drill));
        broken.replace(drill, QByteArray("the-missed-deadl\xc3\x28i", 19));
        QVERIFY2(!decodeDecision(broken), qPrintable(s.form));
        QVERIFY2(!PayloadDecoder().decision(broken), qPrintable(s.form));
    }
}

// Appended to form 3s: the track a quick check was answered in, written only when known. The
// 3s bytes stay a prefix of the new ones (the array is one longer), so a 3s decoder, which
// reads the positions it knows and skips the rest, reads the same four fields; and every
// stored form decodes with no track (everyStoredFormDecodes compares the track too).
void TestPayloadForms::quickCheckTrackIsAppended()
{
    QByteArray stored;
    for (const auto &s : storedSamples())
        if (s.form == QLatin1String("3s") && s.kind == QLatin1String("quickcheck"))
            stored = s.bytes;
    QCOMPARE(stored.toHex(), QByteArray("84626c3102f501"));
    const QuickCheckPayload tracked{QStringLiteral("l1"), 2, true, 1, QStringLiteral("back")};
    const QByteArray bytes = encodePayload(tracked);
    QCOMPARE(quint8(bytes.at(0)), quint8(0x85)); // an array of five
    QCOMPARE(bytes.mid(1, stored.size() - 1).toHex(), stored.mid(1).toHex());
    QCOMPARE(bytes.mid(stored.size()).toHex(), QByteArray("646261636b")); // "back"
    QCOMPARE(decodeQuickCheck(bytes), std::optional(tracked));
    PayloadDecoder decoder;
    QCOMPARE(decoder.quickCheck(bytes), std::optional(tracked));

    // A track without a shown position: the position travels as -1, and reads back as not known.
    const QuickCheckPayload unshown{QStringLiteral("l2"), 0, false, -1, QStringLiteral("ready")};
    QCOMPARE(decodeQuickCheck(encodePayload(unshown)), std::optional(unshown));
    // Without a track, the 3s bytes exactly.
    QCOMPARE(encodePayload(QuickCheckPayload{QStringLiteral("l1"), 2, true, 1, QString()}).toHex(), stored.toHex());
}

QTEST_GUILESS_MAIN(TestPayloadForms)
#include "tst_payloadforms.moc"
