// Reflections folded by the Deriver: the text saved last for each (track, prompt), each
// lesson's "Try it at work" note and each track's outcome, in fold order and whatever order
// the events come in; and the same answers the view models read from the raw events before
// (the scanning code is kept below as the reference).
#include "eventbuilder.h"
#include "learner/derivation.h"
#include "testpack.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

namespace {

constexpr qint64 kStart = 1'767'600'000'000; // 2026-01-05

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The reference: how LearnerSession::reflectionText (later LearnerData) and
// TracksViewModel::refresh read reflections from the events in fold order until the Deriver
// did it, copied as they were.
struct ScannedReflections
{
    explicit ScannedReflections(QVector<Event> events) : m_events(std::move(events))
    {
        std::stable_sort(m_events.begin(), m_events.end(), foldsBefore); // as the session kept them
        QHash<QString, QString> latest;
        for (const Event &event : m_events) {
            if (event.kind != EventKind::ReflectionSaved)
                continue;
            const auto payload = decodeReflection(event.payload);
            if (!payload)
                continue;
            if (payload->promptId == QLatin1String("outcome"))
                outcomes.insert(payload->trackId, payload->text.trimmed());
            else
                latest.insert(key(payload->trackId, payload->promptId), payload->text);
        }
        for (auto it = latest.cbegin(); it != latest.cend(); ++it)
            if (!it->trimmed().isEmpty())
                savedReflections.insert(it.key());
    }

    static QString key(const QString &trackId, const QString &promptId) { return trackId + QLatin1Char('/') + promptId; }

    QString reflectionText(const QString &trackId, const QString &promptId) const
    {
        QString latest;
        for (const Event &event : m_events) {
            if (event.kind != EventKind::ReflectionSaved)
                continue;
            const auto payload = decodeReflection(event.payload);
            if (payload && payload->trackId == trackId && payload->promptId == promptId)
                latest = payload->text; // events come in fold order, so the last one wins
        }
        return latest;
    }
    QString tryItNote(const QString &lessonId) const { return reflectionText(QString(), s("try-it/") + lessonId); }

    QSet<QString> savedReflections;   // TracksViewModel::m_savedReflections
    QHash<QString, QString> outcomes; // TracksViewModel::m_outcomes

private:
    QVector<Event> m_events;
};

} // namespace

class TestReflections : public QObject
{
    Q_OBJECT

private slots:
    void latestWinsPerTrackAndPrompt();
    void emptyTextClears();
    void tryItNotesAndOutcomesAreKeptApart();
    void foldOrderNotArrivalOrder();
    void unreadablePayloadChangesNoText();
    void sameAsScanningTheEvents_data();
    void sameAsScanningTheEvents();
};

void TestReflections::latestWinsPerTrackAndPrompt()
{
    EventBuilder b(makeTestPack(), s("phone"), kStart);
    const QVector<Event> events{
        b.reflection(s("ready"), s("r1"), s("first"), false),
        b.reflection(s("back"), s("r1"), s("another track"), true),
        b.reflection(s("ready"), s("r2"), s("another prompt"), false),
        b.reflection(s("ready"), s("r1"), s("second"), false),
    };
    const LearnerState st = Deriver().derive(events);
    QCOMPARE(st.reflectionText(s("ready"), s("r1")), s("second"));
    QCOMPARE(st.reflectionText(s("back"), s("r1")), s("another track"));
    QCOMPARE(st.reflectionText(s("ready"), s("r2")), s("another prompt"));
    QCOMPARE(st.reflectionText(s("choice"), s("c1")), QString());
    QCOMPARE(st.reflectionTexts.size(), 3);
    QCOMPARE(st.reflections, 4);
}

// Saving an empty text is how a learner clears a reflection: it reads back as "", as before.
void TestReflections::emptyTextClears()
{
    EventBuilder b(makeTestPack(), s("phone"), kStart);
    const QVector<Event> events{
        b.reflection(s("ready"), s("r1"), s("kept a while"), false),
        b.reflection(s("ready"), s("r1"), QString(), false),
        b.reflection(s("is-it-for-me"), s("outcome"), s("stay-ic"), true),
        b.reflection(s("is-it-for-me"), s("outcome"), QString(), true),
    };
    const LearnerState st = Deriver().derive(events);
    QCOMPARE(st.reflectionText(s("ready"), s("r1")), QString());
    QVERIFY(st.reflectionTexts.contains({s("ready"), s("r1")})); // the clearing is what was saved last
    QCOMPARE(st.chosenOutcome(s("is-it-for-me")), QString());
}

void TestReflections::tryItNotesAndOutcomesAreKeptApart()
{
    EventBuilder b(makeTestPack(), s("phone"), kStart);
    const QVector<Event> events{
        b.reflection(QString(), s("try-it/l1"), s("It went well."), true),
        b.reflection(s("is-it-for-me"), s("outcome"), s("  stay-ic \n"), true),
        b.reflection(s("ready"), s("outcome"), s("not-yet"), false),
        b.reflection(s("ready"), s("try-it/l2"), s("a track's prompt, not a note"), false),
    };
    const LearnerState st = Deriver().derive(events);
    QCOMPARE(st.tryItNote(s("l1")), s("It went well."));
    QCOMPARE(st.reflectionText(QString(), s("try-it/l1")), s("It went well."));
    QCOMPARE(st.tryItNote(s("l2")), QString());
    QCOMPARE(st.chosenOutcome(s("is-it-for-me")), s("stay-ic")); // trimmed, as the tracks view read it
    QCOMPARE(st.reflectionText(s("is-it-for-me"), s("outcome")), s("  stay-ic \n")); // as saved
    QCOMPARE(st.chosenOutcome(s("ready")), s("not-yet"));
    QCOMPARE(st.reflectionText(s("ready"), s("try-it/l2")), s("a track's prompt, not a note"));
    QCOMPARE(st.tryItNotes.keys(), QStringList{s("l1")});
    QCOMPARE(st.outcomeTexts.size(), 2);
    QCOMPARE(st.reflectionTexts.size(), 1); // only the track's own prompt
}

// "Last" is the fold order (time, device id, event id), not the order events arrive in: a
// note synced late from another device that was written earlier does not win.
void TestReflections::foldOrderNotArrivalOrder()
{
    auto pack = makeTestPack();
    EventBuilder phone(pack, s("phone"), kStart);
    EventBuilder laptop(pack, s("laptop"), kStart);
    const Event earlier = laptop.reflection(s("ready"), s("r1"), s("laptop, earlier"), false);
    phone.setTime(kStart + 1000);
    const Event later = phone.reflection(s("ready"), s("r1"), s("phone, later"), false);
    laptop.setTime(kStart + 5000);
    phone.setTime(kStart + 5000);
    const Event tieLaptop = laptop.reflection(s("ready"), s("r2"), s("laptop, same time"), false);
    const Event tiePhone = phone.reflection(s("ready"), s("r2"), s("phone, same time"), false);
    const Deriver deriver;
    for (const QVector<Event> &order : {QVector<Event>{earlier, later, tieLaptop, tiePhone},
                                        QVector<Event>{tiePhone, later, tieLaptop, earlier}}) {
        const LearnerState st = deriver.derive(order);
        QCOMPARE(st.reflectionText(s("ready"), s("r1")), s("phone, later"));
        QCOMPARE(st.reflectionText(s("ready"), s("r2")), s("phone, same time")); // "laptop" < "phone"
    }
    // Folding one event at a time gives the same, and an earlier event needs a reset.
    IncrementalDeriver incremental(deriver);
    QVERIFY(incremental.append(earlier));
    QVERIFY(incremental.append(later));
    QCOMPARE(incremental.state().reflectionText(s("ready"), s("r1")), s("phone, later"));
    QVERIFY(incremental.append(tiePhone));
    QVERIFY(!incremental.append(tieLaptop));
    incremental.reset({earlier, later, tiePhone, tieLaptop});
    QCOMPARE(incremental.state().fingerprint(), deriver.derive({tieLaptop, earlier, tiePhone, later}).fingerprint());
}

void TestReflections::unreadablePayloadChangesNoText()
{
    EventBuilder b(makeTestPack(), s("phone"), kStart);
    QVector<Event> events{b.reflection(s("ready"), s("r1"), s("readable"), false),
                          b.reflection(s("ready"), s("r1"), s("replaced by broken bytes"), false)};
    events[1].payload = QByteArray::fromHex("83"); // an array of 3 with nothing in it
    const LearnerState st = Deriver().derive(events);
    QCOMPARE(st.reflectionText(s("ready"), s("r1")), s("readable"));
    QCOMPARE(st.reflections, 2); // still counted, as before
}

void TestReflections::sameAsScanningTheEvents_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u, 1234u})
        QTest::addRow("seed %u", seed) << seed;
}

// A generated history of reflections, notes and outcomes on two devices, with repeated
// timestamps, empty and blank texts, given in a shuffled order.
void TestReflections::sameAsScanningTheEvents()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    auto pack = makeTestPack();
    EventBuilder devices[] = {EventBuilder(pack, s("phone"), kStart), EventBuilder(pack, s("laptop"), kStart)};
    const QStringList tracks{s("ready"), s("back"), s("choice"), s("is-it-for-me"), QString()};
    const QStringList prompts{s("r1"), s("b1"), s("c1"), s("outcome"), s("try-it/l1"), s("try-it/l2"), s("try-it/")};
    const QStringList texts{s("a"), s("b"), QString(), s("   "), s(" stay-ic "), s("not-yet"), s("Ünï\ncode")};
    QVector<Event> events;
    for (int i = 0; i < 400; ++i) {
        EventBuilder &b = devices[rng.bounded(2)];
        b.setTime(kStart + qint64(rng.bounded(60)) * 1000); // many share a time, on one device or two
        events << b.reflection(tracks[rng.bounded(tracks.size())], prompts[rng.bounded(prompts.size())],
                               texts[rng.bounded(texts.size())], rng.bounded(2) == 0);
    }
    std::shuffle(events.begin(), events.end(), std::mt19937(seed));
    const ScannedReflections scanned(events);
    const LearnerState st = Deriver().derive(events);

    for (const QString &track : tracks)
        for (const QString &prompt : prompts)
            QCOMPARE(st.reflectionText(track, prompt), scanned.reflectionText(track, prompt));
    for (const QString &lesson : {s("l1"), s("l2"), s("l3"), QString()})
        QCOMPARE(st.tryItNote(lesson), scanned.tryItNote(lesson));
    // The tracks view: which reflections hold text, and each track's outcome.
    QSet<QString> saved;
    for (auto it = st.reflectionTexts.cbegin(); it != st.reflectionTexts.cend(); ++it)
        if (!it->trimmed().isEmpty())
            saved.insert(ScannedReflections::key(it.key().first, it.key().second));
    for (auto it = st.tryItNotes.cbegin(); it != st.tryItNotes.cend(); ++it)
        if (!it->trimmed().isEmpty())
            saved.insert(ScannedReflections::key(QString(), tryItPromptId(it.key())));
    QCOMPARE(saved, scanned.savedReflections);
    for (const QString &track : tracks)
        QCOMPARE(st.chosenOutcome(track), scanned.outcomes.value(track));
    QCOMPARE(st.outcomeTexts.size(), scanned.outcomes.size());
}

QTEST_GUILESS_MAIN(TestReflections)
#include "tst_reflections.moc"
