// A track's outcomes may open a path (lessons, drills, reflections) and lead on to another
// track, and a track may end with a closing step: what the compiler accepts, writes into the
// pack, and refuses with its exact "path:line: message".

#include "contentfixture.h"

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

namespace {

const QString kReady = QStringLiteral("tracks/ready.yaml");
const QString kBack = QStringLiteral("tracks/back.yaml");

// "back" gains an outcome whose path holds what is given, and which continues to `continueTo`.
bool givePathToBack(const ContentFixture &content, const QString &path, const QString &continueTo)
{
    QString outcome = QStringLiteral("outcomes:\n  - id: lead-later\n    label: Maybe later\n"
                                     "    closing: The door stays open.\n");
    if (!path.isEmpty())
        outcome += QStringLiteral("    next:\n") + path;
    if (!continueTo.isEmpty())
        outcome += QStringLiteral("    continue_track: %1\n").arg(continueTo);
    return content.write(kBack, content.read(kBack) + outcome);
}

} // namespace

class TestTrackPaths : public QObject
{
    Q_OBJECT

private slots:
    void pathAndContinuationReachThePack();
    void closingStepReachesThePack();
    void unknownIdsInAPath();
    void assessmentDrillInAPath();
    void pathRepeatsATrackItem();
    void pathListsAnItemTwice();
    void reflectionIdsAreSharedAcrossTheTrack();
    void outcomeIsAReservedReflectionId();
    void continuesToAnUnknownTrack();
    void continuesToItself();
    void continuationsGoRoundInACircle();
    void closingStepNeedsItsReflection();
};

void TestTrackPaths::pathAndContinuationReachThePack()
{
    ContentFixture content;
    QVERIFY(givePathToBack(content,
                           QStringLiteral("      - lesson: alpha\n      - drill: two\n"
                                          "      - reflection:\n          id: first-try\n"
                                          "          prompt: What will you try first?\n"),
                           QStringLiteral("ready")));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    const auto &tracks = result.pack.tracks();
    const auto back = std::find_if(tracks.begin(), tracks.end(),
                                   [](const auto &t) { return t.id() == "back"; });
    QVERIFY(back != tracks.end());
    QCOMPARE(back->outcomes_size(), 1);
    const auto &outcome = back->outcomes(0);
    QCOMPARE(outcome.continue_track(), std::string("ready"));
    QCOMPARE(outcome.next_size(), 3);
    QCOMPARE(outcome.next(0).lesson(), std::string("alpha"));
    QCOMPARE(outcome.next(1).drill(), std::string("two"));
    QCOMPARE(outcome.next(2).reflection().id(), std::string("first-try"));
    // The track's own items are untouched by its outcome's path.
    QCOMPARE(back->items_size(), 1);
    QVERIFY(!back->has_closing_step());
}

void TestTrackPaths::closingStepReachesThePack()
{
    ContentFixture content;
    QVERIFY(content.write(kReady, content.read(kReady)
                                      + QStringLiteral("closing_step:\n  title: Before you go\n"
                                                       "  text: Look back at the **role**.\n"
                                                       "  show_role: true\n  reflection:\n"
                                                       "    id: looking-back\n"
                                                       "    prompt: What surprised you?\n")));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    const auto &ready = *std::find_if(result.pack.tracks().begin(), result.pack.tracks().end(),
                                      [](const auto &t) { return t.id() == "ready"; });
    QVERIFY(ready.has_closing_step());
    QCOMPARE(ready.closing_step().title(), std::string("Before you go"));
    QCOMPARE(ready.closing_step().text(), std::string("Look back at the **role**."));
    QVERIFY(ready.closing_step().show_role());
    QCOMPARE(ready.closing_step().reflection().id(), std::string("looking-back"));
    QCOMPARE(ready.closing_step().reflection().prompt(), std::string("What surprised you?"));
}

void TestTrackPaths::unknownIdsInAPath()
{
    ContentFixture content;
    QVERIFY(givePathToBack(content, QStringLiteral("      - lesson: alpa\n      - drill: tow\n"), {}));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kBack, QStringLiteral("- lesson: alpa"))
                                        + QStringLiteral(": unknown lesson 'alpa'; did you mean "
                                                         "'alpha'? (known lessons: alpha, beta)"));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kBack, QStringLiteral("- drill: tow"))
                                        + QStringLiteral(": unknown drill 'tow'; did you mean "
                                                         "'two'? (known drills: one, two)"));
}

void TestTrackPaths::assessmentDrillInAPath()
{
    ContentFixture content;
    // Both forms exist, so only the path is wrong.
    for (const QLatin1String form : {QLatin1String("a"), QLatin1String("b")}) {
        QString drill = content.read(QStringLiteral("drills/two.yaml"));
        drill.replace(QStringLiteral("id: two\n"),
                      QStringLiteral("id: assess-%1-two\nassessment_form: %1\n").arg(form));
        QVERIFY(content.write(QStringLiteral("drills/assess-%1-two.yaml").arg(form), drill));
    }
    QVERIFY(givePathToBack(content, QStringLiteral("      - drill: assess-a-two\n"), {}));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result,
                            location(content, kBack, QStringLiteral("- drill: assess-a-two"))
                                + QStringLiteral(": drill 'assess-a-two' is in form A of the "
                                                 "readiness assessment, which is never served as "
                                                 "practice; take it out of the path of outcome "
                                                 "'lead-later'"));
}

void TestTrackPaths::pathRepeatsATrackItem()
{
    ContentFixture content;
    QVERIFY(content.write(kReady, content.read(kReady)
                                      + QStringLiteral("    next:\n      - drill: one\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kReady, QStringLiteral("- drill: one"), 2)
                                        + QStringLiteral(": drill 'one' is already item 2 of this "
                                                         "track; an outcome's path offers what "
                                                         "comes after the track, so choose another "
                                                         "drill"));
}

void TestTrackPaths::pathListsAnItemTwice()
{
    ContentFixture content;
    QVERIFY(givePathToBack(content, QStringLiteral("      - lesson: beta\n      - drill: one\n"
                                                   "      - lesson: beta\n"),
                           {}));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kBack, QStringLiteral("- lesson: beta"), 2)
                                        + QStringLiteral(": lesson 'beta' is already step 1 of the "
                                                         "path of outcome 'lead-later'; list each "
                                                         "lesson once"));
}

void TestTrackPaths::reflectionIdsAreSharedAcrossTheTrack()
{
    // Every reflection of a track is saved under the track's id: a path reusing an item's id
    // would overwrite the learner's earlier answer.
    ContentFixture content;
    QVERIFY(givePathToBack(content, QStringLiteral("      - reflection:\n          id: miss\n"
                                                   "          prompt: Again?\n"),
                           {}));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kBack, QStringLiteral("id: miss"), 2)
                                        + QStringLiteral(": reflection id 'miss' is already used "
                                                         "at ")
                                        + location(content, kBack, QStringLiteral("id: miss"))
                                        + QStringLiteral("; each reflection needs its own id"));
}

void TestTrackPaths::outcomeIsAReservedReflectionId()
{
    ContentFixture content;
    QVERIFY(givePathToBack(content, QStringLiteral("      - reflection:\n          id: outcome\n"
                                                   "          prompt: Which?\n"),
                           {}));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kBack, QStringLiteral("id: outcome"))
                                        + QStringLiteral(": the reflection id 'outcome' is kept "
                                                         "for the outcome the learner chooses; "
                                                         "choose another id"));
}

void TestTrackPaths::continuesToAnUnknownTrack()
{
    ContentFixture content;
    QVERIFY(givePathToBack(content, {}, QStringLiteral("reddy")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kBack, QStringLiteral("continue_track:"))
                                        + QStringLiteral(": unknown track 'reddy'; did you mean "
                                                         "'ready'? (known tracks: back, ready)"));
}

void TestTrackPaths::continuesToItself()
{
    ContentFixture content;
    QVERIFY(givePathToBack(content, {}, QStringLiteral("back")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kBack, QStringLiteral("continue_track:"))
                                        + QStringLiteral(": outcome 'lead-later' continues to its "
                                                         "own track 'back'; name the track that "
                                                         "comes next"));
}

void TestTrackPaths::continuationsGoRoundInACircle()
{
    ContentFixture content;
    QVERIFY(givePathToBack(content, {}, QStringLiteral("ready")));
    QVERIFY(content.write(kReady, content.read(kReady)
                                      + QStringLiteral("    continue_track: back\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kBack, QStringLiteral("continue_track:"))
                                        + QStringLiteral(": outcome 'lead-later' continues to "
                                                         "track 'ready', which leads back here "
                                                         "(back \u2192 ready \u2192 back); tracks "
                                                         "may not lead round in a circle"));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kReady, QStringLiteral("continue_track:"))
                                        + QStringLiteral(": outcome 'go' continues to track "
                                                         "'back', which leads back here (ready "
                                                         "\u2192 back \u2192 ready); tracks may "
                                                         "not lead round in a circle"));
}

void TestTrackPaths::closingStepNeedsItsReflection()
{
    ContentFixture content;
    QVERIFY(content.write(kReady, content.read(kReady)
                                      + QStringLiteral("closing_step:\n  title: Before you go\n"
                                                       "  text: Look back.\n")));
    const CompileResult result = content.compile();
    // Reported where the step's fields start, as for any map missing a field.
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, kReady, QStringLiteral("title: Before you go"))
                                        + QStringLiteral(": the closing step of track 'ready' is "
                                                         "missing the required field "
                                                         "'reflection'"));
}

QTEST_GUILESS_MAIN(TestTrackPaths)
#include "tst_trackpaths.moc"
