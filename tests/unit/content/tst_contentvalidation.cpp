// Every class of content error: each edit of the baseline tree must produce its exact
// "path:line: message", and all problems of a run must be reported together.

#include "contentfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <functional>

#include <sys/stat.h>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

namespace {

struct DecisionSpec
{
    QString id;
    QStringList next; // one entry per option; empty: the drill ends after that option
};

// A drill in the baseline's dimensions whose options all carry valid, varied keys, so that only
// the branching under test can be wrong.
QString drillYaml(const QString &start, const QList<DecisionSpec> &decisions)
{
    QString yaml = QStringLiteral("id: shaped\ntitle: Shaped\nscenario_type: conflict\n"
                                  "measures:\n  - trust\nsetting: A setting.\nstart: %1\n"
                                  "decisions:\n")
                       .arg(start);
    for (const DecisionSpec &decision : decisions) {
        yaml += QStringLiteral("  - id: %1\n    prompt: What now?\n    options:\n").arg(decision.id);
        for (int i = 0; i < decision.next.size(); ++i) {
            yaml += QStringLiteral("      - id: o%1\n        text: Do %1.\n        key: {trust: %2}\n"
                                   "        feedback: Because.\n")
                        .arg(i + 1)
                        .arg(i + 1);
            if (!decision.next[i].isEmpty())
                yaml += QStringLiteral("        next: %1\n").arg(decision.next[i]);
        }
    }
    return yaml;
}

QString location(const ContentFixture &content, const QString &file, const QString &marker,
                 int occurrence = 1)
{
    return content.path(file) + QLatin1Char(':')
           + QString::number(content.lineOf(file, marker, occurrence));
}

} // namespace

class TestContentValidation : public QObject
{
    Q_OBJECT

private:
    void addEditColumns();
    void addEdit(const char *name, const QString &file, const QString &before, const QString &after,
                 const QString &expectFile, const QString &marker, const QString &fragment,
                 int occurrence = 1);
    void runEdit();

private slots:
    void baselineHasNoProblems();
    void diagnosticFormat();
    void missingSourceFolder();
    void yamlSyntaxError();
    void unknownField();
    void missingRequiredField_data();
    void missingRequiredField() { runEdit(); }
    void wrongType_data();
    void wrongType() { runEdit(); }
    void badIdFormat_data();
    void badIdFormat() { runEdit(); }
    void duplicateIds_data();
    void duplicateIds() { runEdit(); }
    void danglingReferences_data();
    void danglingReferences() { runEdit(); }
    void unknownDimensionOrScenarioType_data();
    void unknownDimensionOrScenarioType() { runEdit(); }
    void branchingCycle();
    void unreachableDecision();
    void pathTooShort();
    void pathTooLong();
    void optionCount_data();
    void optionCount() { runEdit(); }
    void optionMissingKey();
    void keyForUnmeasuredDimension();
    void keyOutOfRange();
    void decisionMeasuresNothing();
    void narrationMissingOrEmpty_data();
    void narrationMissingOrEmpty() { runEdit(); }
    void lessonCardCount_data();
    void lessonCardCount() { runEdit(); }
    void quickCheck_data();
    void quickCheck() { runEdit(); }
    void roleWeightNotPositive_data();
    void roleWeightNotPositive() { runEdit(); }
    void emptyRequiredText_data();
    void emptyRequiredText() { runEdit(); }
    void allErrorsOfAllFilesInOneRun();
    void commandLineReportsSortedErrorsAndFails();

    // What an author's editor or tools can produce: each is refused at its place with its reason,
    // or, where the format allows it, kept whole.
    void unknownDimensionListedFirst();
    void aliasKeyReportedWhereUsed();
    void notUtf8_data();
    void notUtf8();
    void byteOrderMarkAndCrlfAreAccepted();
    void utf16File();
    void controlCharacter();
    void secondYamlDocument();
    void deepNesting();
    void subfolderOfAContentFolder();
    void strayFiles_data();
    void strayFiles();
    void fileNameDoesNotMatchId_data();
    void fileNameDoesNotMatchId() { runEdit(); }
    void linkLeavingTheTree();
    void linkInsideTheTreeIsFollowed();
    void brokenLink();
    void recordingThatIsAPipe();
    void recordingLinkedToADevice();
    void fileSizeLimits();
    void checkAppliesTheBuildsPathRules();
    void nonFiniteWeight_data();
    void nonFiniteWeight() { runEdit(); }
    void aliasValueReportedWhereUsed();
    void aliasListItemReportedWhereUsed();
    void aliasInsideItsOwnAnchor();
    void aliasesRepeatingTooMuch();
    void longChainOfDecisions();
    void longLoopIsNamedByItsEnds();
    void manyOptionsAreCheckedQuickly();
    void overlongId();

    // What the format was silent on, now decided (content/README.md, "Inputs the format
    // decides"): each decision and its message.
    void rawHtmlInMarkdown_data();
    void rawHtmlInMarkdown();
    void numbersAndTrueFalseWrittenAsText_data();
    void numbersAndTrueFalseWrittenAsText() { runEdit(); }
    void sameLessonOrDrillTwiceInATrack_data();
    void sameLessonOrDrillTwiceInATrack() { runEdit(); }
    void lessonAndDrillMayShareAnId();
    void longTextIsKeptWhole();
    void recordingWithoutALesson();
    void twoRecordingsForOneLesson();
};

void TestContentValidation::addEditColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("before"); // empty: write `after` as the whole file
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expectFile");
    QTest::addColumn<QString>("marker"); // text on the line the problem must be reported at
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("fragment"); // %ROOT% stands for the copied tree
}

void TestContentValidation::addEdit(const char *name, const QString &file, const QString &before,
                                    const QString &after, const QString &expectFile,
                                    const QString &marker, const QString &fragment, int occurrence)
{
    QTest::newRow(name) << file << before << after << expectFile << marker << occurrence
                        << fragment;
}

void TestContentValidation::runEdit()
{
    QFETCH(QString, file);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expectFile);
    QFETCH(QString, marker);
    QFETCH(int, occurrence);
    QFETCH(QString, fragment);
    ContentFixture content;
    QVERIFY(content.isValid());
    if (before.isEmpty())
        QVERIFY(content.write(file, after));
    else
        QVERIFY(content.replace(file, before, after));
    const int line = content.lineOf(expectFile, marker, occurrence);
    QVERIFY2(line > 0, qPrintable(QStringLiteral("marker '%1' not found").arg(marker)));
    const CompileResult result = content.compile();
    QVERIFY(result.hasErrors());
    EXPECT_DIAGNOSTIC(result, content.path(expectFile), line,
                      fragment.replace(QStringLiteral("%ROOT%"), content.root()));
}

void TestContentValidation::baselineHasNoProblems()
{
    ContentFixture content;
    QVERIFY(content.isValid());
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    QCOMPARE(result.pack.lessons_size(), 2);
    QCOMPARE(result.pack.drills_size(), 2);
}

void TestContentValidation::diagnosticFormat()
{
    QCOMPARE((Diagnostic{QStringLiteral("content/drills/x.yaml"), 41, QStringLiteral("bad"), false})
                 .toString(),
             QStringLiteral("content/drills/x.yaml:41: bad"));
    QCOMPARE((Diagnostic{QStringLiteral("content/lessons/a.yaml"), 3, QStringLiteral("long"), true})
                 .toString(),
             QStringLiteral("content/lessons/a.yaml:3: warning: long"));

    // The file is named through the source folder exactly as given, cleaned of "./" and "//".
    ContentFixture content;
    QVERIFY(content.replace(QStringLiteral("lessons/alpha.yaml"), QStringLiteral("id: alpha"),
                            QStringLiteral("id: Alpha")));
    const QString savedCurrent = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QFileInfo(content.root()).path()));
    CompileOptions options;
    options.sourceDir = QStringLiteral("./") + QFileInfo(content.root()).fileName() + QStringLiteral("/");
    const CompileResult result = compileContent(options);
    QDir::setCurrent(savedCurrent);
    QVERIFY(!result.diagnostics.isEmpty());
    QCOMPARE(result.diagnostics.first().file,
             QFileInfo(content.root()).fileName() + QStringLiteral("/lessons/alpha.yaml"));
}

void TestContentValidation::missingSourceFolder()
{
    CompileOptions options;
    options.sourceDir = QStringLiteral("/nonexistent/content");
    const CompileResult result = compileContent(options);
    QVERIFY(result.hasErrors());
    QCOMPARE(result.diagnostics.first().toString(),
             QStringLiteral("/nonexistent/content: the content folder does not exist"));
}

void TestContentValidation::yamlSyntaxError()
{
    ContentFixture content;
    QVERIFY(content.replace(QStringLiteral("lessons/alpha.yaml"),
                            QStringLiteral("summary: The first lesson."),
                            QStringLiteral("summary: [The first lesson.")));
    const CompileResult result = content.compile();
    // yaml-cpp notices the unclosed list where it expected the closing bracket.
    EXPECT_DIAGNOSTIC(result, content.path(QStringLiteral("lessons/alpha.yaml")),
                      content.lineOf(QStringLiteral("lessons/alpha.yaml"), QStringLiteral("dimensions:")),
                      QStringLiteral("this is not valid YAML (end of sequence flow not found); check "
                                     "the indentation"));
    // A broken file is not silently dropped from the rest of the checks: the track still
    // refers to its lesson, which now does not exist.
    EXPECT_DIAGNOSTIC(result, content.path(QStringLiteral("tracks/ready.yaml")),
                      content.lineOf(QStringLiteral("tracks/ready.yaml"), QStringLiteral("lesson: alpha")),
                      QStringLiteral("unknown lesson 'alpha'"));
}

void TestContentValidation::unknownField()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/one.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("feedback: Quick but disempowering."),
                            QStringLiteral("feedbak: Quick but disempowering.")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("feedbak:"))
                                        + QStringLiteral(": unknown field 'feedbak' in option 'a' "
                                                         "of decision 'first'; did you mean "
                                                         "'feedback'? (expected fields: id, text, "
                                                         "key, feedback, next)"));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: a"))
                                        + QStringLiteral(": option 'a' of decision 'first' is "
                                                         "missing the required field 'feedback'"));
}

void TestContentValidation::missingRequiredField_data()
{
    addEditColumns();
    addEdit("lesson title", "lessons/beta.yaml", "title: Beta lesson\n", "", "lessons/beta.yaml",
            "id: beta", "lesson 'beta' is missing the required field 'title'");
    addEdit("drill start", "drills/two.yaml", "start: open\n", "", "drills/two.yaml", "id: two",
            "drill 'two' is missing the required field 'start'");
    addEdit("quick check explanation", "lessons/alpha.yaml",
            "  explanation: Asking builds capability.\n", "", "lessons/alpha.yaml", "question:",
            "the quick check is missing the required field 'explanation'");
    addEdit("dimension definition", "catalogue/dimensions.yaml", "    definition: Lets go.\n", "",
            "catalogue/dimensions.yaml", "- id: trust",
            "dimension 'trust' is missing the required field 'definition'");
    addEdit("pack version", "pack.yaml", "version: 1.0.0\n", "", "pack.yaml", "title:",
            "pack.yaml is missing the required field 'version'");
}

void TestContentValidation::wrongType_data()
{
    addEditColumns();
    addEdit("list where text is expected", "lessons/alpha.yaml", "summary: The first lesson.",
            "summary:\n  - The first lesson.", "lessons/alpha.yaml", "- The first lesson.",
            "'summary' in lesson 'alpha' should be text, but it is a list");
    addEdit("non-integer key", "drills/one.yaml", "key: {coaching: 1, trust: 2}",
            "key: {coaching: high, trust: 2}", "drills/one.yaml", "coaching: high",
            "the key for 'coaching' in option 'a' of decision 'first' should be a whole number "
            "from 1 to 5, but it is the text 'high'");
    addEdit("text where a list is expected", "lessons/beta.yaml",
            "cards:\n  - One.\n  - Two.\n  - Three.\n  - Four.", "cards: One, two, three",
            "lessons/beta.yaml", "cards:",
            "'cards' in lesson 'beta' should be a list (lines starting with '- '), but it is the "
            "text 'One, two, three'");
    addEdit("not true or false", "tracks/back.yaml", "private: true", "private: maybe",
            "tracks/back.yaml", "private:",
            "'private' in track 'back' should be true or false, but it is the text 'maybe'");
    addEdit("non-number weight", "roles/lead.yaml", "  trust: 1.5", "  trust: a lot",
            "roles/lead.yaml", "trust: a lot",
            "the weight of 'trust' in role 'lead' should be a number, but it is the text 'a lot'");
}

void TestContentValidation::badIdFormat_data()
{
    addEditColumns();
    addEdit("lesson id", "lessons/alpha.yaml", "id: alpha", "id: Alpha_Lesson",
            "lessons/alpha.yaml", "id: Alpha_Lesson",
            "'Alpha_Lesson' is not a valid id: use only lowercase letters, digits and single "
            "dashes, such as 'alpha-lesson'");
    addEdit("option id", "drills/two.yaml", "- id: talk", "- id: talk privately",
            "drills/two.yaml", "- id: talk privately",
            "'talk privately' is not a valid id: use only lowercase letters, digits and single "
            "dashes, such as 'talk-privately'");
}

void TestContentValidation::duplicateIds_data()
{
    addEditColumns();
    addEdit("lessons", "lessons/beta.yaml", "id: beta", "id: alpha", "lessons/beta.yaml",
            "id: alpha",
            "lesson id 'alpha' is already used at %ROOT%/lessons/alpha.yaml:1; each lesson needs "
            "its own id");
    addEdit("drills", "drills/two.yaml", "id: two", "id: one", "drills/two.yaml", "id: one",
            "drill id 'one' is already used at %ROOT%/drills/one.yaml:1");
    addEdit("tracks", "tracks/ready.yaml", "id: ready", "id: back", "tracks/ready.yaml",
            "id: back", "track id 'back' is already used at %ROOT%/tracks/back.yaml:1");
    addEdit("roles", "roles/second.yaml", "",
            "id: lead\ntitle: T\nsummary: S\ndecisions_owned: [a]\nsuccess_at_90_days: [b]\n"
            "frequent_judgment_calls: [c]\nweights: {trust: 1}\n",
            "roles/second.yaml", "id: lead",
            "role id 'lead' is already used at %ROOT%/roles/lead.yaml:1");
    addEdit("dimensions", "catalogue/dimensions.yaml", "- id: trust", "- id: coaching",
            "catalogue/dimensions.yaml", "- id: coaching",
            "dimension id 'coaching' is already used at %ROOT%/catalogue/dimensions.yaml:2", 2);
    addEdit("traps", "catalogue/traps.yaml", "- id: trap-controller", "- id: trap-solver",
            "catalogue/traps.yaml", "- id: trap-solver",
            "trap id 'trap-solver' is already used at %ROOT%/catalogue/traps.yaml:2", 2);
    addEdit("scenario types", "catalogue/scenario-types.yaml", "- id: performance",
            "- id: conflict", "catalogue/scenario-types.yaml", "- id: conflict",
            "scenario type id 'conflict' is already used at "
            "%ROOT%/catalogue/scenario-types.yaml:2",
            2);
    addEdit("decisions in a drill", "drills/two.yaml", "- id: follow", "- id: open",
            "drills/two.yaml", "- id: open",
            "decision id 'open' is already used at %ROOT%/drills/two.yaml:9", 2);
    addEdit("options in a decision", "drills/two.yaml", "- id: redo", "- id: talk",
            "drills/two.yaml", "- id: talk",
            "option id 'talk' is already used at %ROOT%/drills/two.yaml:12", 2);
}

void TestContentValidation::danglingReferences_data()
{
    addEditColumns();
    addEdit("track names an unknown lesson", "tracks/ready.yaml", "- lesson: beta",
            "- lesson: gamma", "tracks/ready.yaml", "- lesson: gamma",
            "unknown lesson 'gamma' (known lessons: alpha, beta)");
    addEdit("track names an unknown drill", "tracks/ready.yaml", "- drill: two", "- drill: tow",
            "tracks/ready.yaml", "- drill: tow",
            "unknown drill 'tow'; did you mean 'two'? (known drills: one, two)");
    addEdit("option next names a missing decision", "drills/one.yaml",
            "feedback: Passive.\n        next: second", "feedback: Passive.\n        next: secnd",
            "drills/one.yaml", "next: secnd",
            "option 'c' of decision 'first' leads to decision 'secnd', but this drill has no "
            "decision 'secnd'; did you mean 'second'? (decisions: first, second)");
    addEdit("start names a missing decision", "drills/one.yaml", "start: first", "start: begin",
            "drills/one.yaml", "start: begin",
            "'start' names decision 'begin', but this drill has no decision 'begin'");
    addEdit("role weight names an unknown dimension", "roles/lead.yaml", "  trust: 1.5",
            "  trusting: 1.5", "roles/lead.yaml", "trusting:",
            "unknown dimension 'trusting'; did you mean 'trust'? (known dimensions: coaching, "
            "trust)");
    addEdit("dimension names an unknown trap", "catalogue/dimensions.yaml",
            "trap: trap-controller", "trap: trap-control", "catalogue/dimensions.yaml",
            "trap: trap-control",
            "unknown trap 'trap-control'; did you mean 'trap-controller'?");
}

void TestContentValidation::unknownDimensionOrScenarioType_data()
{
    addEditColumns();
    addEdit("drill measures", "drills/two.yaml", "  - trust\nsetting", "  - trusst\nsetting",
            "drills/two.yaml", "- trusst", "unknown dimension 'trusst'; did you mean 'trust'?");
    addEdit("option key", "drills/one.yaml", "key: {coaching: 5, trust: 4}",
            "key: {coaching: 5, trust: 4, empathy: 3}", "drills/one.yaml", "empathy: 3",
            "unknown dimension 'empathy' (known dimensions: coaching, trust)");
    addEdit("lesson dimensions", "lessons/alpha.yaml", "  - coaching", "  - coachin",
            "lessons/alpha.yaml", "- coachin",
            "unknown dimension 'coachin'; did you mean 'coaching'?");
    addEdit("scenario type", "drills/one.yaml", "scenario_type: conflict",
            "scenario_type: conflicts", "drills/one.yaml", "scenario_type:",
            "unknown scenario type 'conflicts'; did you mean 'conflict'? (known scenario types: "
            "conflict, performance)");
}

void TestContentValidation::branchingCycle()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    QVERIFY(content.write(drill, drillYaml(QStringLiteral("a"),
                                           {{QStringLiteral("a"), {"b", "b", "b"}},
                                            {QStringLiteral("b"), {"c", "", ""}},
                                            {QStringLiteral("c"), {"", "a", ""}}})));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("next: a"))
                                        + QStringLiteral(": option 'o2' of decision 'c' leads back "
                                                         "to decision 'a', which makes a loop: a → "
                                                         "b → c → a; a drill must always move "
                                                         "forward"));
    QCOMPARE(result.diagnostics.size(), 1); // no path report for a drill that loops
}

void TestContentValidation::unreachableDecision()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    QVERIFY(content.write(drill, drillYaml(QStringLiteral("a"),
                                           {{QStringLiteral("a"), {"b", "b", "b"}},
                                            {QStringLiteral("b"), {"", "", ""}},
                                            {QStringLiteral("orphan"), {"b", "b", "b"}}})));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: orphan"))
                                        + QStringLiteral(": decision 'orphan' cannot be reached "
                                                         "from the start decision 'a': no option's "
                                                         "'next' leads to it"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::pathTooShort()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    QVERIFY(content.write(drill, drillYaml(QStringLiteral("a"),
                                           {{QStringLiteral("a"), {"b", "", "b"}},
                                            {QStringLiteral("b"), {"", "", ""}}})));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: o2"))
                                        + QStringLiteral(": path start → a → end has 1 decision; "
                                                         "every path from start to an end needs 2 "
                                                         "to 4 decisions"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::pathTooLong()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    // b → c branches and joins at d: a long way round (5 decisions) and a short one (4).
    QVERIFY(content.write(drill, drillYaml(QStringLiteral("a"),
                                           {{QStringLiteral("a"), {"b", "b", "b"}},
                                            {QStringLiteral("b"), {"c", "d", "d"}},
                                            {QStringLiteral("c"), {"d", "d", "d"}},
                                            {QStringLiteral("d"), {"e", "e", "e"}},
                                            {QStringLiteral("e"), {"", "", ""}}})));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("next: e"))
                                        + QStringLiteral(": path start → a → b → c → d → e → … has "
                                                         "more than 4 decisions; every path from "
                                                         "start to an end needs 2 to 4 decisions"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::optionCount_data()
{
    addEditColumns();
    const QString twoOptions = drillYaml(QStringLiteral("a"), {{QStringLiteral("a"), {"b", "b"}},
                                                               {QStringLiteral("b"), {"", "", ""}}});
    const QString fiveOptions = drillYaml(
        QStringLiteral("a"),
        {{QStringLiteral("a"), {"b", "b", "b", "b", "b"}}, {QStringLiteral("b"), {"", "", ""}}});
    addEdit("two options", "drills/shaped.yaml", "", twoOptions, "drills/shaped.yaml", "options:",
            "decision 'a' has 2 options; a decision needs 3 or 4");
    addEdit("five options", "drills/shaped.yaml", "", fiveOptions, "drills/shaped.yaml",
            "options:", "decision 'a' has 5 options; a decision needs 3 or 4");
}

void TestContentValidation::optionMissingKey()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/one.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("key: {coaching: 2, trust: 3}\n        feedback: Passive."),
                            QStringLiteral("key: {coaching: 2}\n        feedback: Passive.")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("key: {coaching: 2}"))
                                        + QStringLiteral(": option 'c' of decision 'first' has no "
                                                         "key for 'trust', which this drill "
                                                         "measures; rate it from 1 to 5"));
}

void TestContentValidation::keyForUnmeasuredDimension()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/two.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("trust: 5\n"),
                            QStringLiteral("trust: 5\n          coaching: 3\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("coaching: 3"))
                                        + QStringLiteral(": option 'talk' of decision 'open' has a "
                                                         "key for 'coaching', which this drill does "
                                                         "not measure (it measures: trust); remove "
                                                         "it or add 'coaching' to 'measures'"));
}

void TestContentValidation::keyOutOfRange()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/two.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("trust: 5\n"), QStringLiteral("trust: 7\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("trust: 7"))
                                        + QStringLiteral(": the key for 'trust' in option 'talk' of "
                                                         "decision 'open' is 7; keys go from 1 "
                                                         "(very ineffective) to 5 (very "
                                                         "effective)"));
}

void TestContentValidation::decisionMeasuresNothing()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/two.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("trust: 5\n"), QStringLiteral("trust: 3\n")));
    QVERIFY(content.replace(drill, QStringLiteral("trust: 1\n        feedback: Bottleneck."),
                            QStringLiteral("trust: 3\n        feedback: Bottleneck.")));
    QVERIFY(content.replace(drill, QStringLiteral("trust: 2\n"), QStringLiteral("trust: 3\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: open"))
                                        + QStringLiteral(": decision 'open' measures nothing: for "
                                                         "every dimension it measures, all "
                                                         "its options have the same key; give "
                                                         "better and worse options different "
                                                         "keys"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::narrationMissingOrEmpty_data()
{
    addEditColumns();
    addEdit("no narration", "lessons/alpha.yaml", "narration: Ask before you tell.\n", "",
            "lessons/alpha.yaml", "id: alpha",
            "lesson 'alpha' is missing the required field 'narration'");
    addEdit("empty narration", "lessons/alpha.yaml", "narration: Ask before you tell.",
            "narration: \"  \"", "lessons/alpha.yaml", "narration:",
            "'narration' in lesson 'alpha' is empty; write its text");
    addEdit("blank narration", "lessons/alpha.yaml", "narration: Ask before you tell.",
            "narration:", "lessons/alpha.yaml", "narration:",
            "'narration' in lesson 'alpha' is empty; write its text");
}

void TestContentValidation::lessonCardCount_data()
{
    addEditColumns();
    addEdit("two cards", "lessons/alpha.yaml", "  - Card three.\n", "", "lessons/alpha.yaml",
            "cards:", "lesson 'alpha' has 2 cards; a lesson needs 3 to 6 cards");
    addEdit("seven cards", "lessons/beta.yaml", "  - Four.\n",
            "  - Four.\n  - Five.\n  - Six.\n  - Seven.\n", "lessons/beta.yaml", "cards:",
            "lesson 'beta' has 7 cards; a lesson needs 3 to 6 cards");
}

void TestContentValidation::quickCheck_data()
{
    addEditColumns();
    addEdit("no correct option", "lessons/alpha.yaml", "      correct: true\n", "",
            "lessons/alpha.yaml", "  options:",
            "the quick check has no option marked 'correct: true'; mark exactly one");
    addEdit("two correct options", "lessons/alpha.yaml", "    - text: Telling",
            "    - text: Telling\n      correct: true", "lessons/alpha.yaml", "correct: true",
            "option 2 of the quick check is marked correct, but so is the option on line 16; "
            "exactly one option may be correct",
            2);
    addEdit("one option", "lessons/alpha.yaml", "    - text: Telling\n", "", "lessons/alpha.yaml",
            "  options:", "the quick check has 1 option; it needs 2 to 4");
    addEdit("five options", "lessons/beta.yaml", "    - text: Redoing\n",
            "    - text: Redoing\n    - text: Hoping\n    - text: Waiting\n", "lessons/beta.yaml",
            "  options:", "the quick check has 5 options; it needs 2 to 4");
}

void TestContentValidation::roleWeightNotPositive_data()
{
    addEditColumns();
    addEdit("zero", "roles/lead.yaml", "  trust: 1.5", "  trust: 0", "roles/lead.yaml",
            "trust: 0",
            "the weight of 'trust' in role 'lead' is 0; weights must be greater than 0 (leave out "
            "a dimension the role does not need)");
    addEdit("negative", "roles/lead.yaml", "  coaching: 2", "  coaching: -1", "roles/lead.yaml",
            "coaching: -1", "the weight of 'coaching' in role 'lead' is -1; weights must be greater");
}

void TestContentValidation::emptyRequiredText_data()
{
    addEditColumns();
    addEdit("takeaway", "lessons/alpha.yaml", "takeaway: Ask before telling.", "takeaway: \"\"",
            "lessons/alpha.yaml", "takeaway:",
            "'takeaway' in lesson 'alpha' is empty; write its text");
    addEdit("option feedback", "drills/two.yaml", "feedback: Premature.", "feedback:",
            "drills/two.yaml", "feedback:",
            "'feedback' in option 'escalate' of decision 'open' is empty; write its text", 3);
    addEdit("card", "lessons/beta.yaml", "  - Two.", "  - \"\"", "lessons/beta.yaml", "- \"\"",
            "card 2 in 'cards' is empty; write its text");
    addEdit("role list entry", "roles/lead.yaml", "  - When to step in", "  - \"\"",
            "roles/lead.yaml", "- \"\"",
            "entry 1 in 'frequent_judgment_calls' is empty; write its text");
}

void TestContentValidation::allErrorsOfAllFilesInOneRun()
{
    ContentFixture content;
    QVERIFY(content.replace(QStringLiteral("roles/lead.yaml"), QStringLiteral("  trust: 1.5"),
                            QStringLiteral("  trust: 0")));
    QVERIFY(content.replace(QStringLiteral("lessons/beta.yaml"), QStringLiteral("title: Beta lesson"),
                            QStringLiteral("titel: Beta lesson")));
    QVERIFY(content.replace(QStringLiteral("drills/two.yaml"), QStringLiteral("trust: 5\n"),
                            QStringLiteral("trust: 9\n")));
    QVERIFY(content.replace(QStringLiteral("lessons/alpha.yaml"), QStringLiteral("  - Card three.\n"),
                            QString()));
    QVERIFY(content.replace(QStringLiteral("catalogue/traps.yaml"), QStringLiteral("name: Solver"),
                            QStringLiteral("name: [Solver]")));
    const CompileResult result = content.compile();
    QStringList got;
    for (const Diagnostic &diagnostic : result.diagnostics)
        got.append(diagnostic.toString().mid(content.root().size() + 1));
    const QStringList expected{
        QStringLiteral("catalogue/traps.yaml:3: 'name' in trap 'trap-solver' should be text, but it "
                       "is a list"),
        QStringLiteral("drills/two.yaml:15: the key for 'trust' in option 'talk' of decision 'open' "
                       "is 9; keys go from 1 (very ineffective) to 5 (very effective)"),
        QStringLiteral("lessons/alpha.yaml:6: lesson 'alpha' has 2 cards; a lesson needs 3 to 6 "
                       "cards"),
        QStringLiteral("lessons/beta.yaml:1: lesson 'beta' is missing the required field 'title'"),
        QStringLiteral("lessons/beta.yaml:2: unknown field 'titel' in lesson 'beta'; did you mean "
                       "'title'? (expected fields: id, title, summary, dimensions, cards, takeaway, "
                       "check, narration, try_it)"),
        QStringLiteral("roles/lead.yaml:12: the weight of 'trust' in role 'lead' is 0; weights must "
                       "be greater than 0 (leave out a dimension the role does not need)"),
    };
    QCOMPARE(got, expected);
}

void TestContentValidation::commandLineReportsSortedErrorsAndFails()
{
    ContentFixture content;
    QVERIFY(content.replace(QStringLiteral("roles/lead.yaml"), QStringLiteral("  trust: 1.5"),
                            QStringLiteral("  trust: 0")));
    QVERIFY(content.replace(QStringLiteral("drills/two.yaml"), QStringLiteral("trust: 5\n"),
                            QStringLiteral("trust: 9\n")));
    QTemporaryDir out;
    QProcess contentc;
    contentc.start(contentcExecutable(), {QStringLiteral("--source"), content.root(),
                                          QStringLiteral("--out"), out.path(),
                                          QStringLiteral("--no-narration"),
                                          QStringLiteral("--werror")});
    QVERIFY(contentc.waitForFinished(60000));
    QCOMPARE(contentc.exitCode(), 1);
    const QStringList lines =
        QString::fromUtf8(contentc.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(content.path(QStringLiteral("drills/two.yaml:15: "))));
    QVERIFY(lines[1].startsWith(content.path(QStringLiteral("roles/lead.yaml:12: "))));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("pack.bin"))));
}

// ---------------------------------------------------------------------------------------------
// What an author's editor or tools can produce.

namespace {

QString wholeFile(const ContentFixture &content, const QString &file)
{
    return content.path(file) + QLatin1Char(':');
}

QByteArray readBytes(const ContentFixture &content, const QString &file)
{
    QFile in(content.path(file));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

bool replaceBytes(const ContentFixture &content, const QString &file, const QByteArray &before,
                  const QByteArray &after)
{
    QByteArray bytes = readBytes(content, file);
    return bytes.count(before) == 1 && content.writeBytes(file, bytes.replace(before, after));
}

// A drill of `count` decisions d0, d1, ... whose options lead as `next` says; valid keys.
QString numberedDrill(int count, const std::function<QStringList(int)> &next)
{
    QList<DecisionSpec> decisions;
    for (int i = 0; i < count; ++i)
        decisions.append({QStringLiteral("d%1").arg(i), next(i)});
    return drillYaml(QStringLiteral("d0"), decisions);
}

} // namespace

// A half-finished edit: the first measured dimension is not in the catalogue yet. Its options
// cannot rate it, and the check that a decision measures something must skip it (it aborted
// the compiler in protobuf's map lookup before).
void TestContentValidation::unknownDimensionListedFirst()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/one.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("measures:\n  - coaching"),
                            QStringLiteral("measures:\n  - empathy\n  - coaching")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- empathy"))
                                        + QStringLiteral(": unknown dimension 'empathy' (known "
                                                         "dimensions: coaching, trust)"));
    QCOMPARE(result.diagnostics.size(), 1);
}

// The "wrong place": a key map shared through an alias is wrong where it is used too.
void TestContentValidation::aliasKeyReportedWhereUsed()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/one.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("key: {coaching: 1, trust: 2}"),
                            QStringLiteral("key: &shared {coaching: 1, trust: 9}")));
    QVERIFY(content.replace(drill, QStringLiteral("key: {coaching: 2, trust: 3}\n        feedback: Passive."),
                            QStringLiteral("key: *shared\n        feedback: Passive.")));
    const CompileResult result = content.compile();
    const int written = content.lineOf(drill, QStringLiteral("&shared"));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("&shared"))
                                        + QStringLiteral(": the key for 'trust' in option 'a' of "
                                                         "decision 'first' is 9; keys go from 1 "
                                                         "(very ineffective) to 5 (very "
                                                         "effective)"));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("*shared"))
                                        + QStringLiteral(": the key for 'trust' in option 'c' of "
                                                         "decision 'first' is 9; keys go from 1 "
                                                         "(very ineffective) to 5 (very "
                                                         "effective) (through the alias '*shared' "
                                                         "on this line; the value is written on "
                                                         "line %1)")
                                              .arg(written));
    QCOMPARE(result.diagnostics.size(), 2);
}

void TestContentValidation::notUtf8_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Latin-1 é") << QByteArray("summary: The first lesson.")
                               << QByteArray("summary: Caf\xE9 culture.") << "summary:"
                               << "byte 0xE9 after 'summary: Caf'";
    QTest::newRow("Word's quotes") << QByteArray("takeaway: Ask before telling.")
                                   << QByteArray("takeaway: \x93" "Ask\x94 before telling.")
                                   << "takeaway:" << "byte 0x93 after 'takeaway:'";
    QTest::newRow("cut character") << QByteArray("  - Card three.")
                                   << QByteArray("  - Card three\xC3") << "Card three"
                                   << "byte 0xC3 after '- Card three'";
}

void TestContentValidation::notUtf8()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, marker);
    QFETCH(QString, reason);
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    const int line = content.lineOf(lesson, marker);
    QVERIFY(replaceBytes(content, lesson, before, after));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, content.path(lesson) + QStringLiteral(":%1: ").arg(line)
                                        + QStringLiteral("this line is not valid UTF-8 text (%1); "
                                                         "the file was probably saved as Latin-1 "
                                                         "or Windows-1252, as some editors and "
                                                         "word processors do: save it as UTF-8")
                                              .arg(reason));
}

void TestContentValidation::byteOrderMarkAndCrlfAreAccepted()
{
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    QByteArray bytes = readBytes(content, lesson);
    QVERIFY(content.writeBytes(lesson, "\xEF\xBB\xBF" + bytes.replace("\n", "\r\n")));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    QCOMPARE(result.pack.lessons(0).id(), std::string("alpha"));
    QCOMPARE(result.pack.lessons(0).takeaway(), std::string("Ask before telling."));
    QCOMPARE(result.pack.lessons(0).cards(1), std::string("Card **two**."));
}

void TestContentValidation::utf16File()
{
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    const QString text = content.read(lesson);
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QVERIFY(content.writeBytes(lesson, utf16));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, lesson)
                                        + QStringLiteral(" this file is saved as UTF-16; save it "
                                                         "as UTF-8"));
}

void TestContentValidation::controlCharacter()
{
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    QVERIFY(replaceBytes(content, lesson, "title: Alpha lesson", "title: Alpha\x07 lesson"));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, lesson, QStringLiteral("title:"))
                                        + QStringLiteral(": this line holds the control character "
                                                         "U+0007, which YAML does not allow (most "
                                                         "editors do not show it); delete it"));
}

void TestContentValidation::secondYamlDocument()
{
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    QVERIFY(content.write(lesson, content.read(lesson) + QStringLiteral("---\nid: gamma\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, lesson, QStringLiteral("---"))
                                        + QStringLiteral(": a second YAML document starts here "
                                                         "('---'), and it would be ignored: a "
                                                         "content file holds exactly one; remove "
                                                         "this line, or move what follows into a "
                                                         "file of its own"));
}

void TestContentValidation::deepNesting()
{
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    QVERIFY(content.replace(lesson, QStringLiteral("summary: The first lesson."),
                            QStringLiteral("summary: ") + QString(600, QLatin1Char('['))
                                + QString(600, QLatin1Char(']'))));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, lesson, QStringLiteral("summary:"))
                                        + QStringLiteral(": lists and fields are nested more than "
                                                         "499 levels deep here, deeper than the "
                                                         "compiler reads; content files never "
                                                         "need more than a few levels"));
}

void TestContentValidation::subfolderOfAContentFolder()
{
    ContentFixture content;
    QVERIFY(content.write(QStringLiteral("lessons/old/gamma.yaml"),
                          content.read(QStringLiteral("lessons/alpha.yaml"))));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, QStringLiteral("lessons/old"))
                                        + QStringLiteral(" this folder is not read: the files of "
                                                         "lessons/ must sit directly in it, not "
                                                         "in a folder inside it; move them up"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::strayFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    const QString lessonsHold = QStringLiteral("this file is not read: lessons/ holds only .yaml "
                                               "files and .mp3 or .wav files; remove it or move it "
                                               "elsewhere");
    QTest::newRow("notes") << "lessons/notes.txt" << lessonsHold;
    QTest::newRow("recording in another format") << "lessons/alpha.ogg" << lessonsHold;
    QTest::newRow("upper-case extension")
        << "drills/three.YAML"
        << "this file is not read because content files must end in .yaml (lowercase); rename it";
    QTest::newRow("a folder written as a file") << "roles"
                                                << "this should be the folder roles/, but it is "
                                                   "not a folder";
    QTest::newRow("catalogue") << "catalogue/roles.yaml"
                               << "this file is not read: catalogue/ holds only traps.yaml, "
                                  "scenario-types.yaml, dimensions.yaml; remove it or move it "
                                  "elsewhere";
}

void TestContentValidation::strayFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    ContentFixture content;
    if (QFileInfo(content.path(file)).isDir())
        QVERIFY(QDir(content.path(file)).removeRecursively());
    QVERIFY(content.write(file, QStringLiteral("id: x\n")));
    // Editors' swap and backup files and the system's own are not the author's: left alone.
    QVERIFY(content.write(QStringLiteral("lessons/.alpha.yaml.swp"), QStringLiteral("x")));
    QVERIFY(content.write(QStringLiteral("lessons/alpha.yaml~"), QStringLiteral("x")));
    QVERIFY(content.write(QStringLiteral("drills/.DS_Store"), QStringLiteral("x")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, file) + QLatin1Char(' ') + reason);
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::fileNameDoesNotMatchId_data()
{
    addEditColumns();
    addEdit("lesson", "lessons/alpha.yaml", "id: alpha", "id: first", "lessons/alpha.yaml",
            "id: first",
            "lesson 'first' is in the file 'alpha.yaml', which is not named after it; rename the "
            "file to 'first.yaml' or change the id (files are found by name: a lesson's "
            "recording by its file's name)");
    addEdit("drill", "drills/shaped-up.yaml", "",
            drillYaml(QStringLiteral("a"), {{QStringLiteral("a"), {"b", "b", "b"}},
                                            {QStringLiteral("b"), {"", "", ""}}}),
            "drills/shaped-up.yaml", "id: shaped",
            "drill 'shaped' is in the file 'shaped-up.yaml', which is not named after it");
    addEdit("track", "tracks/back.yaml", "id: back", "id: back-to-ic", "tracks/back.yaml",
            "id: back-to-ic",
            "track 'back-to-ic' is in the file 'back.yaml', which is not named after it");
    addEdit("role", "roles/lead.yaml", "id: lead", "id: team-lead", "roles/lead.yaml",
            "id: team-lead",
            "role 'team-lead' is in the file 'lead.yaml', which is not named after it");
}

void TestContentValidation::linkLeavingTheTree()
{
    ContentFixture content;
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("gamma.yaml"));
    QVERIFY(QFile::copy(content.path(QStringLiteral("lessons/alpha.yaml")), target));
    QVERIFY(QFile::link(target, content.path(QStringLiteral("lessons/gamma.yaml"))));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, QStringLiteral("lessons/gamma.yaml"))
                                        + QStringLiteral(" this is a link to '%1', outside the "
                                                         "content folder; put the file itself in "
                                                         "the folder (what is outside it is "
                                                         "neither reviewed nor fingerprinted with "
                                                         "the content)")
                                              .arg(QFileInfo(target).canonicalFilePath()));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::linkInsideTheTreeIsFollowed()
{
    ContentFixture content;
    QVERIFY(QDir(content.root()).mkpath(QStringLiteral("shared")));
    QVERIFY(QFile::rename(content.path(QStringLiteral("lessons/alpha.yaml")),
                          content.path(QStringLiteral("shared/alpha.yaml"))));
    QVERIFY(QFile::link(QStringLiteral("../shared/alpha.yaml"),
                        content.path(QStringLiteral("lessons/alpha.yaml"))));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    QCOMPARE(result.pack.lessons(0).id(), std::string("alpha"));
}

void TestContentValidation::brokenLink()
{
    ContentFixture content;
    const QString link = QStringLiteral("lessons/gamma.yaml");
    QVERIFY(QFile::link(QStringLiteral("missing.yaml"), content.path(link)));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, link)
                                        + QStringLiteral(" this is a link to '%1', which does not "
                                                         "exist")
                                              .arg(QFileInfo(content.path(link)).symLinkTarget()));
}

void TestContentValidation::recordingThatIsAPipe()
{
    ContentFixture content;
    const QString recording = QStringLiteral("lessons/alpha.mp3");
    QCOMPARE(::mkfifo(QFile::encodeName(content.path(recording)).constData(), 0600), 0);
    // Opening the pipe would wait for a writer forever: the compile must not get that far.
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, recording)
                                        + QStringLiteral(" this is not a regular file (but a pipe, "
                                                         "device or socket); content must be "
                                                         "ordinary files"));
}

void TestContentValidation::recordingLinkedToADevice()
{
    ContentFixture content;
    const QString recording = QStringLiteral("lessons/alpha.wav");
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), content.path(recording)));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, recording)
                                        + QStringLiteral(" this is a link to '/dev/zero', outside "
                                                         "the content folder; put the file itself "
                                                         "in the folder (what is outside it is "
                                                         "neither reviewed nor fingerprinted with "
                                                         "the content)"));
}

void TestContentValidation::fileSizeLimits()
{
    ContentFixture content;
    const QString recording = QStringLiteral("lessons/alpha.mp3");
    QFile big(content.path(recording));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(100 * 1024 * 1024 + 1)); // sparse: no disk is used
    big.close();
    const QString lesson = QStringLiteral("lessons/beta.yaml");
    QVERIFY(content.write(lesson, content.read(lesson) + QLatin1Char('#')
                                      + QString(1024 * 1024, QLatin1Char('x'))));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, recording)
                                        + QStringLiteral(" this file is 104857601 bytes; a "
                                                         "recording may be at most 100 MiB"));
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, lesson)
                                        + QStringLiteral(" this file is %1 bytes; a YAML file may "
                                                         "be at most 1 MiB")
                                              .arg(QFileInfo(content.path(lesson)).size()));
}

void TestContentValidation::checkAppliesTheBuildsPathRules()
{
    ContentFixture content;
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("voice.mp3"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("ID3") == 3);
    file.close();
    const QString recording = QStringLiteral("lessons/alpha.mp3");
    QVERIFY(QFile::link(target, content.path(recording)));
    const QString expected = wholeFile(content, recording)
                             + QStringLiteral(" this is a link to '%1', outside the content "
                                              "folder; put the file itself in the folder (what "
                                              "is outside it is neither reviewed nor "
                                              "fingerprinted with the content)")
                                   .arg(QFileInfo(target).canonicalFilePath());
    QProcess check;
    check.start(contentcExecutable(), {QStringLiteral("--source"), content.root(),
                                       QStringLiteral("--check"), QStringLiteral("--quiet")});
    QVERIFY(check.waitForFinished(60000));
    QCOMPARE(check.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(check.readAllStandardError()).split(QLatin1Char('\n')).contains(expected),
             qPrintable(expected));
    // The full build names the same problem in the same words.
    QTemporaryDir out;
    const CompileResult build = content.compile(out.path());
    EXPECT_EXACT_DIAGNOSTIC(build, expected);
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("pack.bin"))));
}

void TestContentValidation::nonFiniteWeight_data()
{
    addEditColumns();
    const auto row = [this](const char *name, const QString &weight) {
        addEdit(name, "roles/lead.yaml", "  trust: 1.5", "  trust: " + weight, "roles/lead.yaml",
                "trust:",
                QStringLiteral("the weight of 'trust' in role 'lead' is %1, which is not a finite "
                               "number; weigh it with a number such as 1.5")
                    .arg(weight));
    };
    row("inf", QStringLiteral("inf"));
    row("YAML's .inf", QStringLiteral(".inf"));
    row("negative infinity", QStringLiteral("-.Inf"));
    row("nan", QStringLiteral("nan"));
    row("too large for a double", QStringLiteral("1e999"));
}

void TestContentValidation::aliasValueReportedWhereUsed()
{
    ContentFixture content;
    const QString role = QStringLiteral("roles/lead.yaml");
    QVERIFY(content.replace(role, QStringLiteral("decisions_owned:\n  - Sprint priorities\n"),
                            QStringLiteral("decisions_owned: &owned\n  - Sprint priorities\n"
                                           "  - \"\"\n")));
    QVERIFY(content.replace(role, QStringLiteral("success_at_90_days:\n  - Team ships weekly\n"),
                            QStringLiteral("success_at_90_days: *owned\n")));
    const CompileResult result = content.compile();
    const int written = content.lineOf(role, QStringLiteral("- \"\""));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, role, QStringLiteral("- \"\""))
                                        + QStringLiteral(": decision 2 in 'decisions_owned' is empty; "
                                                         "write its text"));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, role, QStringLiteral("*owned"))
                                        + QStringLiteral(": entry 2 in 'success_at_90_days' is "
                                                         "empty; write its text (through the "
                                                         "alias '*owned' on this line; the value "
                                                         "is written on line %1)")
                                              .arg(written));
    QCOMPARE(result.diagnostics.size(), 2);
}

void TestContentValidation::aliasListItemReportedWhereUsed()
{
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    QVERIFY(content.replace(lesson, QStringLiteral("  - Card three.\n"),
                            QStringLiteral("  - &blank \"\"\n  - *blank\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, lesson, QStringLiteral("&blank"))
                                        + QStringLiteral(": card 3 in 'cards' is empty; write its "
                                                         "text"));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, lesson, QStringLiteral("- *blank"))
                                        + QStringLiteral(": card 4 in 'cards' is empty; write its "
                                                         "text (through the alias '*blank' on "
                                                         "this line; the value is written on line "
                                                         "%1)")
                                              .arg(content.lineOf(lesson, QStringLiteral("&blank"))));
}

void TestContentValidation::aliasInsideItsOwnAnchor()
{
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    QVERIFY(content.replace(lesson, QStringLiteral("title: Alpha lesson"),
                            QStringLiteral("title: &t [*t]")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, lesson, QStringLiteral("title:"))
                                        + QStringLiteral(": the alias '*t' is used inside its own "
                                                         "anchor '&t' (line 2), which would make "
                                                         "the value contain itself"));
}

void TestContentValidation::aliasesRepeatingTooMuch()
{
    ContentFixture content;
    const QString role = QStringLiteral("roles/lead.yaml");
    // Each line repeats the one before ten times: 11, 111, 1111 values...
    QString bomb = QStringLiteral("x0: &a0 [v, v, v, v, v, v, v, v, v, v]\n");
    for (int i = 1; i < 6; ++i) {
        QStringList uses;
        for (int j = 0; j < 10; ++j)
            uses.append(QStringLiteral("*a%1").arg(i - 1));
        bomb += QStringLiteral("x%1: &a%1 [%2]\n").arg(i).arg(uses.join(QStringLiteral(", ")));
    }
    QVERIFY(content.write(role, content.read(role) + bomb));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, role, QStringLiteral("x3:"))
                                        + QStringLiteral(": with the alias '*a2' here, aliases "
                                                         "repeat more than 10000 values in this "
                                                         "file; an alias copies the whole value of "
                                                         "its anchor, so repeat less through "
                                                         "aliases"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::longChainOfDecisions()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    constexpr int count = 2000;
    QVERIFY(content.write(drill, numberedDrill(count, [](int i) {
        const QString next = i + 1 < count ? QStringLiteral("d%1").arg(i + 1) : QString();
        return QStringList{next, next, next};
    })));
    // Nothing may walk the chain's 3^2000 paths (the graph check and the cue audit stop early).
    QElapsedTimer timer;
    timer.start();
    const CompileResult result = content.compile();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: d85"))
                                        + QStringLiteral(": this drill has 2000 decisions, more "
                                                         "than can ever be reached: with at most 4 "
                                                         "options to a decision and 4 decisions on "
                                                         "a path, a drill reaches at most 85; this "
                                                         "is decision 86"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::longLoopIsNamedByItsEnds()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    QVERIFY(content.write(drill, numberedDrill(20, [](int i) {
        return i < 19 ? QStringList{QStringLiteral("d%1").arg(i + 1), QString(), QString()}
                      : QStringList{QString(), QStringLiteral("d0"), QString()};
    })));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("next: d0"))
                                        + QStringLiteral(": option 'o2' of decision 'd19' leads "
                                                         "back to decision 'd0', which makes a "
                                                         "loop: d0 → d1 → d2 → … (14 more) → d17 → "
                                                         "d18 → d19 → d0; a drill must always "
                                                         "move forward"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::manyOptionsAreCheckedQuickly()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    // Every path is valid (a → b → c → d), but there are 300^4 of them to walk one by one.
    QVERIFY(content.write(drill, numberedDrill(4, [](int i) {
        return QStringList(300, i < 3 ? QStringLiteral("d%1").arg(i + 1) : QString());
    }).replace(QRegularExpression(QStringLiteral("trust: (\\d+)")), QStringLiteral("trust: 3"))
                                 .replace(QStringLiteral("      - id: o1\n        text: Do 1.\n"
                                                         "        key: {trust: 3}"),
                                          QStringLiteral("      - id: o1\n        text: Do 1.\n"
                                                         "        key: {trust: 5}"))));
    QElapsedTimer timer;
    timer.start();
    const CompileResult result = content.compile();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("options:"))
                                        + QStringLiteral(": decision 'd0' has 300 options; a "
                                                         "decision needs 3 or 4"));
    QCOMPARE(result.diagnostics.size(), 4);
}

void TestContentValidation::overlongId()
{
    ContentFixture content;
    const QString lesson = QStringLiteral("lessons/alpha.yaml");
    const QString id = QString(81, QLatin1Char('a'));
    QVERIFY(content.replace(lesson, QStringLiteral("id: alpha"), QStringLiteral("id: ") + id));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, lesson, QStringLiteral("id: "))
                                        + QStringLiteral(": the id '%1…' is 81 characters long; an "
                                                         "id may have at most 80")
                                              .arg(id.left(30)));
}

// ---------------------------------------------------------------------------------------------
// What the format was silent on, now decided.

void TestContentValidation::rawHtmlInMarkdown_data()
{
    addEditColumns();
    const QString advice = QStringLiteral(", which the app does not show as written; use Markdown "
                                          "instead (**bold**, *italic*, '- ' for lists, a blank "
                                          "line between paragraphs), or write \\< to show a '<'");
    addEdit("inline tag in a card", "lessons/alpha.yaml", "  - Card three.",
            "  - Card<br>three.", "lessons/alpha.yaml", "Card<br>three",
            "card 3 in 'cards' holds raw HTML ('<br>')" + advice);
    addEdit("tag in a takeaway", "lessons/alpha.yaml", "takeaway: Ask before telling.",
            "takeaway: Ask <b>before</b> telling.", "lessons/alpha.yaml", "takeaway:",
            "'takeaway' in lesson 'alpha' holds raw HTML ('<b>')" + advice);
    addEdit("HTML comment", "lessons/alpha.yaml", "explanation: Asking builds capability.",
            "explanation: Asking <!-- check --> builds capability.", "lessons/alpha.yaml",
            "explanation:", "'explanation' in the quick check holds raw HTML ('<!-- check -->')");
    addEdit("option feedback", "drills/two.yaml", "feedback: Respectful.",
            "feedback: Respectful<br>.", "drills/two.yaml", "Respectful<br>",
            "'feedback' in option 'talk' of decision 'open' holds raw HTML ('<br>')" + advice);
    addEdit("HTML block in a track summary", "tracks/ready.yaml", "summary: Prepare to lead.",
            "summary: |\n  <div align=\"center\">Prepare to lead.</div>", "tracks/ready.yaml",
            "summary:", "'summary' in track 'ready' holds raw HTML ('<div align=\"center\">");
}

void TestContentValidation::rawHtmlInMarkdown()
{
    runEdit();
    // Angle brackets that are not HTML stay text: a comparison, an autolink, an escaped '<'.
    ContentFixture content;
    QVERIFY(content.replace(QStringLiteral("lessons/alpha.yaml"), QStringLiteral("  - Card three."),
                            QStringLiteral("  - \"If 2 < 3, see <https://example.com> and \\\\<b>.\"")));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
}

void TestContentValidation::numbersAndTrueFalseWrittenAsText_data()
{
    addEditColumns();
    addEdit("weight in quotes", "roles/lead.yaml", "  trust: 1.5", "  trust: \"1.5\"",
            "roles/lead.yaml", "trust:",
            "the weight of 'trust' in role 'lead' should be a number without quotes, but it is "
            "the quoted text \"1.5\"");
    addEdit("true in quotes", "tracks/back.yaml", "private: true", "private: 'true'",
            "tracks/back.yaml", "private:",
            "'private' in track 'back' should be true or false, without quotes, but it is the "
            "quoted text \"true\"");
    addEdit("key in quotes", "drills/two.yaml", "trust: 5\n", "trust: \"5\"\n",
            "drills/two.yaml", "trust: \"5\"",
            "the key for 'trust' in option 'talk' of decision 'open' should be a whole number "
            "from 1 to 5 without quotes, but it is the quoted text \"5\"");
    addEdit("weight tagged as text", "roles/lead.yaml", "  coaching: 2", "  coaching: !!str 2",
            "roles/lead.yaml", "coaching:",
            "the weight of 'coaching' in role 'lead' should be a number without quotes, but it "
            "is the quoted text \"2\"");
}

void TestContentValidation::sameLessonOrDrillTwiceInATrack_data()
{
    addEditColumns();
    addEdit("lesson", "tracks/ready.yaml", "  - lesson: beta", "  - lesson: alpha",
            "tracks/ready.yaml", "lesson: alpha",
            "lesson 'alpha' is already item 1 of this track; a track lists each lesson once", 2);
    addEdit("drill", "tracks/ready.yaml", "  - drill: two", "  - drill: one", "tracks/ready.yaml",
            "drill: one",
            "drill 'one' is already item 2 of this track; a track lists each drill once", 2);
}

void TestContentValidation::lessonAndDrillMayShareAnId()
{
    ContentFixture content;
    QVERIFY(content.write(QStringLiteral("lessons/one.yaml"),
                          content.read(QStringLiteral("lessons/alpha.yaml"))
                              .replace(QStringLiteral("id: alpha"), QStringLiteral("id: one"))));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    QCOMPARE(result.pack.lessons(2).id(), std::string("one"));
    QCOMPARE(result.pack.drills(0).id(), std::string("one"));
}

void TestContentValidation::longTextIsKeptWhole()
{
    ContentFixture content;
    // About 190 KB in one card, with the characters Word and Latin-1 editors get wrong.
    QString card = QStringLiteral("Café, “quoted”, naïve – ünïcödé. ");
    card = card.repeated(5000).trimmed();
    QVERIFY(content.replace(QStringLiteral("lessons/alpha.yaml"), QStringLiteral("  - Card three."),
                            QStringLiteral("  - \"%1\"").arg(card)));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    QCOMPARE(QString::fromStdString(result.pack.lessons(0).cards(2)), card);
}

void TestContentValidation::recordingWithoutALesson()
{
    ContentFixture content;
    const QString recording = QStringLiteral("lessons/gamma.mp3");
    QVERIFY(content.writeBytes(recording, "ID3"));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, recording)
                                        + QStringLiteral(" this recording belongs to no lesson: "
                                                         "there is no lessons/gamma.yaml beside "
                                                         "it; name it after its lesson's file or "
                                                         "remove it"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentValidation::twoRecordingsForOneLesson()
{
    ContentFixture content;
    QVERIFY(content.writeBytes(QStringLiteral("lessons/alpha.mp3"), "ID3"));
    QVERIFY(content.writeBytes(QStringLiteral("lessons/alpha.wav"), "RIFF"));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, wholeFile(content, QStringLiteral("lessons/alpha.wav"))
                                        + QStringLiteral(" %1 is this lesson's recording already; "
                                                         "keep one of the two")
                                              .arg(content.path(QStringLiteral("lessons/alpha.mp3"))));
    QCOMPARE(result.diagnostics.size(), 1);
}

QTEST_GUILESS_MAIN(TestContentValidation)
#include "tst_contentvalidation.moc"
