// YAML aliases, reported where they are used; what the format was silent on, now decided
// (content/README.md, "Inputs the format decides"): each decision and its message; and the
// decision-level `measures` and drill-level `keyed_since` fields with pack versions.

#include "contentfixture.h"
#include "key/drillkey.h"

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

class TestContentFormat : public QObject
{
    Q_OBJECT

private slots:
    void aliasKeyReportedWhereUsed();
    void aliasValueReportedWhereUsed();
    void aliasListItemReportedWhereUsed();
    void aliasInsideItsOwnAnchor();
    void aliasesRepeatingTooMuch();
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
    void decisionMeasures_data();
    void decisionMeasures();
    void keyedSince_data();
    void keyedSince();
    void packVersions();
};
// The "wrong place": a key map shared through an alias is wrong where it is used too.
void TestContentFormat::aliasKeyReportedWhereUsed()
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

void TestContentFormat::aliasValueReportedWhereUsed()
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

void TestContentFormat::aliasListItemReportedWhereUsed()
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

void TestContentFormat::aliasInsideItsOwnAnchor()
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

void TestContentFormat::aliasesRepeatingTooMuch()
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

void TestContentFormat::rawHtmlInMarkdown_data()
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

void TestContentFormat::rawHtmlInMarkdown()
{
    runEdit();
    // Angle brackets that are not HTML stay text: a comparison, an autolink, an escaped '<'.
    ContentFixture content;
    QVERIFY(content.replace(QStringLiteral("lessons/alpha.yaml"), QStringLiteral("  - Card three."),
                            QStringLiteral("  - \"If 2 < 3, see <https://example.com> and \\\\<b>.\"")));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
}

void TestContentFormat::numbersAndTrueFalseWrittenAsText_data()
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

void TestContentFormat::sameLessonOrDrillTwiceInATrack_data()
{
    addEditColumns();
    addEdit("lesson", "tracks/ready.yaml", "  - lesson: beta", "  - lesson: alpha",
            "tracks/ready.yaml", "lesson: alpha",
            "lesson 'alpha' is already item 1 of this track; a track lists each lesson once", 2);
    addEdit("drill", "tracks/ready.yaml", "  - drill: two", "  - drill: one", "tracks/ready.yaml",
            "drill: one",
            "drill 'one' is already item 2 of this track; a track lists each drill once", 2);
}

void TestContentFormat::lessonAndDrillMayShareAnId()
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

void TestContentFormat::longTextIsKeptWhole()
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

void TestContentFormat::recordingWithoutALesson()
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

void TestContentFormat::twoRecordingsForOneLesson()
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

void TestContentFormat::decisionMeasures_data()
{
    QTest::addColumn<QString>("measures");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("message");
    QTest::newRow("not the drill's") << QStringLiteral("[coaching, standards]") << QString() << QString()
                                     << QStringLiteral("measures: [coaching, standards]")
                                     << QStringLiteral("decision 'second' measures 'standards', which "
                                                       "the drill does not measure (it measures: "
                                                       "coaching, trust); a decision measures some of "
                                                       "the drill's dimensions");
    QTest::newRow("empty") << QStringLiteral("[]") << QString() << QString()
                           << QStringLiteral("measures: []")
                           << QStringLiteral("'measures' in decision 'second' is an empty list; leave "
                                             "it out to measure every dimension of the drill");
    QTest::newRow("twice") << QStringLiteral("[coaching, trust, coaching]") << QString() << QString()
                           << QStringLiteral("measures: [coaching, trust, coaching]")
                           << QStringLiteral("dimension 'coaching' is listed twice in the 'measures' "
                                             "of decision 'second'; keep one");
    QTest::newRow("key outside the decision's")
        << QStringLiteral("[coaching]") << QString() << QString()
        << QStringLiteral("key: {coaching: 4, trust: 4}")
        << QStringLiteral("option 'a' of decision 'second' has a key for 'trust', which its "
                          "decision does not measure (it measures: coaching); remove it or add "
                          "'trust' to the decision's 'measures'");
    QTest::newRow("key missing for the decision's")
        << QStringLiteral("[trust]") << QStringLiteral("key: {coaching: 4, trust: 4}")
        << QStringLiteral("key: {coaching: 4}") << QStringLiteral("key: {coaching: 4}")
        << QStringLiteral("option 'a' of decision 'second' has no key for 'trust', which its "
                          "decision measures; rate it from 1 to 5");
}

void TestContentFormat::decisionMeasures()
{
    QFETCH(QString, measures);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, marker);
    QFETCH(QString, message);
    ContentFixture content;
    const QString drill = QStringLiteral("drills/one.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("prompt: And then?\n"),
                            QStringLiteral("prompt: And then?\n    measures: %1\n").arg(measures)));
    if (!before.isEmpty())
        QVERIFY(content.replace(drill, before, after));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, marker) + QStringLiteral(": ") + message);
}

void TestContentFormat::keyedSince_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("same as the pack") << QStringLiteral("1.0.0") << QString();
    QTest::newRow("older") << QStringLiteral("0.9") << QString();
    QTest::newRow("not a version") << QStringLiteral("last week")
                                   << QStringLiteral("'keyed_since' in drill 'two' is 'last week'; "
                                                     "write the pack version the key was set in, "
                                                     "such as 2026.12.0");
    QTest::newRow("after the pack") << QStringLiteral("1.0.1")
                                    << QStringLiteral("'keyed_since' in drill 'two' is 1.0.1, later "
                                                      "than the pack's version 1.0.0; raise "
                                                      "'version' in pack.yaml");
}

void TestContentFormat::keyedSince()
{
    QFETCH(QString, value);
    QFETCH(QString, message);
    ContentFixture content;
    const QString drill = QStringLiteral("drills/two.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("start: open\n"),
                            QStringLiteral("start: open\nkeyed_since: %1\n").arg(value)));
    const CompileResult result = content.compile();
    if (message.isEmpty()) {
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
        for (const auto &d : result.pack.drills())
            if (d.id() == "two")
                QCOMPARE(QString::fromStdString(d.keyed_since()), value);
        return;
    }
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("keyed_since")) + QStringLiteral(": ")
                                        + message);
}

void TestContentFormat::packVersions()
{
    using namespace groundwork::drillkey;
    QCOMPARE(packVersionNumbers("2026.12.0+1a2b3c4d"), (std::optional(std::vector<long>{2026, 12, 0})));
    QVERIFY(!packVersionNumbers(""));
    QVERIFY(!packVersionNumbers("2026..1"));
    QVERIFY(!packVersionNumbers("v2"));
    QVERIFY(comparePackVersions("2026.11.0+abc", "2026.12.0") < 0);
    QVERIFY(comparePackVersions("2026.12", "2026.12.0") == 0);
    QVERIFY(comparePackVersions("2026.12.1", "2026.12.0+ffff") > 0);
    QVERIFY(!keyHolds("2026.12.0", "2026.11.0+1a2b3c4d"));
    QVERIFY(keyHolds("2026.12.0", "2026.12.0+00000000"));
    QVERIFY(keyHolds("2026.12.0", "2027.1.0+00000000"));
    QVERIFY(keyHolds("", "2026.11.0+1a2b3c4d"));         // never re-keyed
    QVERIFY(keyHolds("2026.12.0", "a test version"));     // unreadable: not set aside on a guess
}

QTEST_GUILESS_MAIN(TestContentFormat)
#include "tst_contentformat.moc"
