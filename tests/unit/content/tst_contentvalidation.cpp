// Every class of content error in a field or a reference: each edit of the baseline tree must
// produce its exact "path:line: message", and all problems of a run must be reported together.
// Drill graphs and keys: tst_contentdrills; files an author's tools can produce:
// tst_contentfiles; YAML aliases and what the format decides: tst_contentformat.

#include "contentfixture.h"

#include <QProcess>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

class TestContentValidation : public QObject
{
    Q_OBJECT

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
};
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

QTEST_GUILESS_MAIN(TestContentValidation)
#include "tst_contentvalidation.moc"
