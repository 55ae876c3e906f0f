// What an author's editor or tools can produce as files: encodings, control characters, stray
// and misnamed files, links, pipes and sizes. Each is refused at its place with its reason,
// or, where the format allows it, kept whole.

#include "contentfixture.h"

#include <QProcess>

#include <sys/stat.h>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

class TestContentFiles : public QObject
{
    Q_OBJECT

private slots:
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
    void overlongId();
};
void TestContentFiles::notUtf8_data()
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

void TestContentFiles::notUtf8()
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

void TestContentFiles::byteOrderMarkAndCrlfAreAccepted()
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

void TestContentFiles::utf16File()
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

void TestContentFiles::controlCharacter()
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

void TestContentFiles::secondYamlDocument()
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

void TestContentFiles::deepNesting()
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

void TestContentFiles::subfolderOfAContentFolder()
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

void TestContentFiles::strayFiles_data()
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

void TestContentFiles::strayFiles()
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

void TestContentFiles::fileNameDoesNotMatchId_data()
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

void TestContentFiles::linkLeavingTheTree()
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

void TestContentFiles::linkInsideTheTreeIsFollowed()
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

void TestContentFiles::brokenLink()
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

void TestContentFiles::recordingThatIsAPipe()
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

void TestContentFiles::recordingLinkedToADevice()
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

void TestContentFiles::fileSizeLimits()
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

void TestContentFiles::checkAppliesTheBuildsPathRules()
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

void TestContentFiles::overlongId()
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

QTEST_GUILESS_MAIN(TestContentFiles)
#include "tst_contentfiles.moc"
