// The compiled pack as the app reads it: every field survives serialisation, the output files
// are stable, and damaged or too-new packs are refused with a clear reason.

#include "contentfixture.h"

#include "compiler/packwriter.h"
#include "content/contentpack.h"

#include <QRegularExpression>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;
using groundwork::core::ContentPack;
namespace pb = groundwork::content::v1;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

class TestContentPackRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldSurvivesTheRoundTrip();
    void contentVersionFingerprintsTheSources();
    void unchangedOutputIsNotRewritten();
    void resourceFileListsPackAndAudio();
    void damagedPackIsRefused();
    void newerFormatIsRefused();
    void assessmentFormsAreReadBack();
    void lessonsAreReadWhenFirstAsked();
    void aDamagedLessonLosesOnlyItself();
};

void TestContentPackRoundTrip::everyFieldSurvivesTheRoundTrip()
{
    ContentFixture content;
    QTemporaryDir out;
    const CompileResult result = content.compile(out.path());
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));

    const QByteArray bytes = readAll(out.filePath(QStringLiteral("pack.bin")));
    QVERIFY(!bytes.isEmpty());
    const ContentPack::LoadResult loaded = ContentPack::fromBytes(bytes);
    QVERIFY2(loaded.pack, qPrintable(loaded.error));
    const ContentPack &pack = *loaded.pack;

    // Everything the compiler produced, the app reads back unchanged: the lessons, read
    // lazily, put back in their order, make the same bytes.
    QCOMPARE(pack.data().lessons_size(), 0);
    QCOMPARE(pack.data().drills_size(), 0);
    const pb::ContentPack whole = pack.wholePack();
    QCOMPARE(whole.lessons_size(), int(pack.lessonIds().size()));
    QCOMPARE(whole.drills_size(), int(pack.drillIds().size()));
    QCOMPARE(serializePack(whole), serializePack(result.pack));
    QCOMPARE(serializePack(whole), bytes);
    QCOMPARE(pack.data().format_version(), 1u);
    QCOMPARE(q(pack.data().title()), QStringLiteral("Test pack"));

    QCOMPARE(pack.data().traps_size(), 2);
    QCOMPARE(q(pack.data().traps(1).name()), QStringLiteral("Controller"));
    QCOMPARE(q(pack.data().scenario_types(0).name()), QStringLiteral("Team conflict"));
    const auto *trust = pack.dimension(QStringLiteral("trust"));
    QVERIFY(trust);
    QCOMPARE(q(trust->trap()), QStringLiteral("trap-controller"));
    QCOMPARE(q(trust->weak()), QStringLiteral("Hovers."));

    const auto *alpha = pack.lesson(QStringLiteral("alpha"));
    QVERIFY(alpha);
    QCOMPARE(q(alpha->title()), QStringLiteral("Alpha lesson"));
    QCOMPARE(q(alpha->source_file()), QStringLiteral("lessons/alpha.yaml"));
    QCOMPARE(alpha->cards_size(), 3);
    QCOMPARE(q(alpha->cards(1)), QStringLiteral("Card **two**."));
    QCOMPARE(q(alpha->dimensions(0)), QStringLiteral("coaching"));
    QCOMPARE(alpha->check().options_size(), 2);
    QVERIFY(alpha->check().options(0).correct());
    QVERIFY(!alpha->check().options(1).correct());
    QCOMPARE(q(alpha->narration_text()), QStringLiteral("Ask before you tell."));
    QVERIFY(!alpha->has_narration()); // compiled without narration

    const auto *one = pack.drill(QStringLiteral("one"));
    QVERIFY(one);
    QCOMPARE(q(one->scenario_type()), QStringLiteral("conflict"));
    QCOMPARE(one->measures_size(), 2);
    QCOMPARE(q(one->start()), QStringLiteral("first"));
    const auto *first = ContentPack::decision(*one, QStringLiteral("first"));
    QVERIFY(first);
    QCOMPARE(first->options_size(), 3);
    QCOMPARE(q(first->options(1).id()), QStringLiteral("b"));
    QCOMPARE(first->options(1).key().at("coaching"), 5u);
    QCOMPARE(first->options(1).key().at("trust"), 4u);
    QCOMPARE(q(first->options(1).next()), QStringLiteral("second"));
    const auto *second = ContentPack::decision(*one, QStringLiteral("second"));
    QVERIFY(second);
    QVERIFY(second->options(0).next().empty());

    const auto *ready = pack.track(QStringLiteral("ready"));
    QVERIFY(ready);
    QCOMPARE(ready->items_size(), 5);
    QCOMPARE(q(ready->items(0).lesson()), QStringLiteral("alpha"));
    QCOMPARE(q(ready->items(1).drill()), QStringLiteral("one"));
    QCOMPARE(q(ready->items(4).reflection().hint()), QStringLiteral("Be honest."));
    QCOMPARE(q(ready->outcomes(0).label()), QStringLiteral("I want to lead"));
    QVERIFY(!ready->is_private());
    QVERIFY(pack.track(QStringLiteral("back"))->is_private());

    const auto *lead = pack.role(QStringLiteral("lead"));
    QVERIFY(lead);
    QCOMPARE(lead->weights().at("coaching"), 2.0);
    QCOMPARE(lead->weights().at("trust"), 1.5);
    QCOMPARE(q(lead->frequent_judgment_calls(0)), QStringLiteral("When to step in"));
}

void TestContentPackRoundTrip::contentVersionFingerprintsTheSources()
{
    ContentFixture content;
    const QString version = q(content.compile().pack.content_version());
    QVERIFY2(QRegularExpression(QStringLiteral("^1\\.0\\.0\\+[0-9a-f]{8}$")).match(version).hasMatch(),
             qPrintable(version));
    QCOMPARE(q(content.compile().pack.content_version()), version); // stable for the same files

    QVERIFY(content.replace(QStringLiteral("drills/two.yaml"), QStringLiteral("Respectful."),
                            QStringLiteral("Respectful and clear.")));
    const QString changed = q(content.compile().pack.content_version());
    QVERIFY(changed.startsWith(QStringLiteral("1.0.0+")));
    QVERIFY(changed != version);
}

void TestContentPackRoundTrip::unchangedOutputIsNotRewritten()
{
    ContentFixture content;
    QTemporaryDir out;
    QVERIFY(!content.compile(out.path()).hasErrors());
    const QString packFile = out.filePath(QStringLiteral("pack.bin"));
    const QDateTime written = QFileInfo(packFile).lastModified();
    const QByteArray bytes = readAll(packFile);
    QTest::qSleep(20);
    QVERIFY(!content.compile(out.path()).hasErrors());
    QCOMPARE(readAll(packFile), bytes); // maps are serialised in a stable order
    QCOMPARE(QFileInfo(packFile).lastModified(), written);
}

void TestContentPackRoundTrip::resourceFileListsPackAndAudio()
{
    ContentFixture content;
    QTemporaryDir out;
    QVERIFY(!content.compile(out.path()).hasErrors());
    const QString qrc = QString::fromUtf8(readAll(out.filePath(QStringLiteral("content.qrc"))));
    QVERIFY(qrc.contains(QStringLiteral("<qresource prefix=\"/content\">")));
    QVERIFY(qrc.contains(QStringLiteral("<file alias=\"pack.bin\">pack.bin</file>")));
    QVERIFY(!qrc.contains(QStringLiteral("audio/"))); // compiled without narration
}

void TestContentPackRoundTrip::damagedPackIsRefused()
{
    ContentFixture content;
    const CompileResult result = content.compile();
    const std::string bytes = result.pack.SerializeAsString();
    const QByteArray truncated = QByteArray::fromStdString(bytes.substr(0, bytes.size() / 2));
    const ContentPack::LoadResult fromTruncated = ContentPack::fromBytes(truncated);
    QVERIFY(!fromTruncated.pack);
    QVERIFY2(fromTruncated.error.contains(QStringLiteral("damaged")), qPrintable(fromTruncated.error));

    const ContentPack::LoadResult fromGarbage = ContentPack::fromBytes(QByteArray(64, '\xff'));
    QVERIFY(!fromGarbage.pack);
    QVERIFY2(fromGarbage.error.contains(QStringLiteral("damaged")), qPrintable(fromGarbage.error));
}

void TestContentPackRoundTrip::newerFormatIsRefused()
{
    ContentFixture content;
    groundwork::content::v1::ContentPack pack = content.compile().pack;
    pack.set_format_version(groundwork::core::kContentFormatVersion + 1);
    const ContentPack::LoadResult loaded =
        ContentPack::fromBytes(QByteArray::fromStdString(pack.SerializeAsString()));
    QVERIFY(!loaded.pack);
    QVERIFY2(loaded.error.contains(QStringLiteral("newer than this app")), qPrintable(loaded.error));
}

// The readiness assessment's forms survive the round trip, and the reader lists each form's
// drills and the practice drills apart.
void TestContentPackRoundTrip::assessmentFormsAreReadBack()
{
    ContentFixture content;
    QVERIFY(content.replace(QStringLiteral("drills/two.yaml"), QStringLiteral("id: two\n"),
                            QStringLiteral("id: assess-b-two\nassessment_form: b\n")));
    QVERIFY(QFile::rename(content.path(QStringLiteral("drills/two.yaml")),
                          content.path(QStringLiteral("drills/assess-b-two.yaml"))));
    QVERIFY(content.replace(QStringLiteral("drills/one.yaml"), QStringLiteral("id: one\n"),
                            QStringLiteral("id: assess-a-one\nassessment_form: a\n")));
    QVERIFY(QFile::rename(content.path(QStringLiteral("drills/one.yaml")),
                          content.path(QStringLiteral("drills/assess-a-one.yaml"))));
    // A practice drill for the track, which may not list the assessment drills.
    QVERIFY(content.write(QStringLiteral("drills/three.yaml"),
                          content.read(QStringLiteral("drills/assess-b-two.yaml"))
                              .replace(QStringLiteral("id: assess-b-two\nassessment_form: b\n"),
                                       QStringLiteral("id: three\n"))));
    QVERIFY(content.replace(QStringLiteral("tracks/ready.yaml"), QStringLiteral("  - drill: one\n"),
                            QStringLiteral("  - drill: three\n")));
    QVERIFY(content.replace(QStringLiteral("tracks/ready.yaml"), QStringLiteral("  - drill: two\n"),
                            QString()));
    // Each form then measures too little to be parallel (fewer than 3 decisions per
    // dimension): reported, yet the pack is still built in memory, which is all this reads.
    const CompileResult result = content.compile();
    const ContentPack::LoadResult loaded =
        ContentPack::fromBytes(QByteArray::fromStdString(result.pack.SerializeAsString()));
    QVERIFY2(loaded.pack, qPrintable(loaded.error));
    const ContentPack &pack = *loaded.pack;

    QCOMPARE(pack.drill(QStringLiteral("assess-a-one"))->assessment_form(), pb::ASSESSMENT_FORM_A);
    QCOMPARE(pack.drill(QStringLiteral("assess-b-two"))->assessment_form(), pb::ASSESSMENT_FORM_B);
    QCOMPARE(pack.drill(QStringLiteral("three"))->assessment_form(), pb::ASSESSMENT_FORM_NONE);
    QCOMPARE(pack.assessmentDrills(pb::ASSESSMENT_FORM_A), QStringList{QStringLiteral("assess-a-one")});
    QCOMPARE(pack.assessmentDrills(pb::ASSESSMENT_FORM_B), QStringList{QStringLiteral("assess-b-two")});
    QVERIFY(pack.assessmentDrills(pb::ASSESSMENT_FORM_NONE).isEmpty());
    QCOMPARE(pack.practiceDrills(), QStringList{QStringLiteral("three")});
    QVERIFY(ContentPack::isAssessment(*pack.drill(QStringLiteral("assess-a-one"))));
    QVERIFY(!ContentPack::isAssessment(*pack.drill(QStringLiteral("three"))));

    // A form this build does not know (a newer pack's) is not practised either.
    groundwork::content::v1::ContentPack newer = result.pack;
    newer.mutable_drills(0)->set_assessment_form(static_cast<pb::AssessmentForm>(7));
    const ContentPack::LoadResult future =
        ContentPack::fromBytes(QByteArray::fromStdString(newer.SerializeAsString()));
    QVERIFY2(future.pack, qPrintable(future.error));
    const QString unknown = q(newer.drills(0).id());
    QVERIFY(ContentPack::isAssessment(*future.pack->drill(unknown)));
    QVERIFY(!future.pack->practiceDrills().contains(unknown));
    QVERIFY(!future.pack->assessmentDrills(pb::ASSESSMENT_FORM_A).contains(unknown));
}

QTEST_GUILESS_MAIN(TestContentPackRoundTrip)
// Loading indexes the lessons without parsing them; each parses, once, when asked for, and is
// the same as an eager parse of the whole pack makes it.
void TestContentPackRoundTrip::lessonsAreReadWhenFirstAsked()
{
    ContentFixture content;
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    pb::ContentPack withRepeat = result.pack;
    // A repeated id: like a parse into the old index, the last one wins.
    pb::Lesson repeated = result.pack.lessons(0);
    repeated.set_title("The later copy");
    *withRepeat.add_lessons() = repeated;
    const auto loaded = ContentPack::fromBytes(QByteArray::fromStdString(withRepeat.SerializeAsString()));
    QVERIFY2(loaded.pack, qPrintable(loaded.error));
    const ContentPack &pack = *loaded.pack;

    QStringList expected;
    for (int i = 1; i < result.pack.lessons_size(); ++i)
        expected << q(result.pack.lessons(i).id());
    expected << q(repeated.id());
    QCOMPARE(pack.lessonIds(), expected);
    for (int i = 1; i < result.pack.lessons_size(); ++i) {
        const pb::Lesson *lesson = pack.lesson(q(result.pack.lessons(i).id()));
        QVERIFY(lesson);
        QCOMPARE(lesson->SerializeAsString(), result.pack.lessons(i).SerializeAsString());
        QCOMPARE(pack.lesson(q(lesson->id())), lesson); // parsed once, then kept
    }
    QCOMPARE(q(pack.lesson(q(repeated.id()))->title()), QStringLiteral("The later copy"));
    QVERIFY(!pack.lesson(QStringLiteral("no-such-lesson")));

    // Drills likewise; the index knows when a drill's key holds from without parsing it.
    pb::ContentPack rekeyed = result.pack;
    rekeyed.mutable_drills(0)->set_keyed_since("2026.12.0");
    const auto again = ContentPack::fromBytes(QByteArray::fromStdString(rekeyed.SerializeAsString()));
    QVERIFY2(again.pack, qPrintable(again.error));
    QStringList drills;
    for (const auto &drill : rekeyed.drills())
        drills << q(drill.id());
    QCOMPARE(again.pack->drillIds(), drills);
    QCOMPARE(again.pack->drillKeyedSince(drills.first()), std::string("2026.12.0"));
    QCOMPARE(again.pack->drillKeyedSince(drills.last()), rekeyed.drills(rekeyed.drills_size() - 1).keyed_since());
    QCOMPARE(again.pack->drillKeyedSince(QStringLiteral("no-such-drill")), std::string());
    // Keys are maps, whose order only a deterministic write fixes: compare one-drill packs.
    const auto written = [](const pb::Drill &drill) {
        pb::ContentPack one;
        *one.add_drills() = drill;
        return serializePack(one);
    };
    for (int i = 0; i < rekeyed.drills_size(); ++i)
        QCOMPARE(written(*again.pack->drill(drills.at(i))), written(rekeyed.drills(i)));
}

// Bytes inside one lesson that do not parse (its framing intact) lose that lesson, not the pack;
// broken framing anywhere still refuses the whole pack (damagedPackIsRefused).
void TestContentPackRoundTrip::aDamagedLessonLosesOnlyItself()
{
    ContentFixture content;
    const CompileResult result = content.compile();
    QVERIFY(result.pack.lessons_size() >= 1);
    // One more lesson, written byte by byte: its id, then field 6 (its quick check, a message)
    // holding bytes that are no message. The pack's framing stays intact.
    pb::Lesson named;
    named.set_id("broken");
    const std::string lesson = named.SerializeAsString() + std::string("\x32\x03\xff\xff\xff", 5);
    const std::string entry = std::string(1, char((7 << 3) | 2)) + char(lesson.size()) + lesson;
    const QByteArray bytes = QByteArray::fromStdString(result.pack.SerializeAsString() + entry);
    const auto loaded = ContentPack::fromBytes(bytes);
    QVERIFY2(loaded.pack, qPrintable(loaded.error));
    QVERIFY(loaded.pack->lessonIds().contains(QStringLiteral("broken")));
    const QByteArray warning = QByteArrayLiteral("content pack: lesson ")
                               + QByteArray::number(result.pack.lessons_size())
                               + " ('broken') is damaged and cannot be shown";
    QTest::ignoreMessage(QtWarningMsg, warning.constData());
    QVERIFY(!loaded.pack->lesson(QStringLiteral("broken")));
    QVERIFY(loaded.pack->lesson(q(result.pack.lessons(0).id())));
    QVERIFY(!loaded.pack->lesson(QStringLiteral("broken"))); // said once, stays refused
}

#include "tst_contentpackroundtrip.moc"
