// Narration audio: synthesised speech, recordings beside a lesson, the cache, and a clear error
// when a tool is missing. Needs espeak-ng, lame and sox; skipped where espeak-ng is absent.

#include "contentfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

namespace {

const groundwork::content::v1::Lesson *lessonById(const CompileResult &result, const char *id)
{
    for (const auto &lesson : result.pack.lessons())
        if (lesson.id() == id)
            return &lesson;
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// MP3 data starts with an ID3 tag or an MPEG audio frame sync (11 set bits).
bool looksLikeMp3(const QByteArray &bytes)
{
    return bytes.startsWith("ID3")
           || (bytes.size() > 2 && quint8(bytes[0]) == 0xff && (quint8(bytes[1]) & 0xe0) == 0xe0);
}

} // namespace

class TestContentNarration : public QObject
{
    Q_OBJECT

private:
    CompileResult compileWithNarration(const ContentFixture &content) const
    {
        CompileOptions options;
        options.sourceDir = content.root();
        options.narrate = true;
        options.outDir = m_out.path();
        options.narrationCacheDir = m_cache.path();
        return compileContent(options);
    }

    QTemporaryDir m_out;
    QTemporaryDir m_cache;

private slots:
    void initTestCase();
    void synthesisesShortText();
    void warmCacheDoesNotSynthesiseAgain();
    void recordedMp3BesideLessonIsShipped();
    void recordedWavBesideLessonIsEncoded();
    void missingToolIsReportedAtTheLesson();
};

void TestContentNarration::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
        QSKIP("espeak-ng is not installed");
}

void TestContentNarration::synthesisesShortText()
{
    ContentFixture content;
    const CompileResult result = compileWithNarration(content);
    QVERIFY2(!result.hasErrors(), qPrintable(allDiagnostics(result)));
    // A one-sentence narration is far below two minutes: a warning, not an error.
    EXPECT_DIAGNOSTIC(result, content.path(QStringLiteral("lessons/alpha.yaml")),
                      content.lineOf(QStringLiteral("lessons/alpha.yaml"), QStringLiteral("narration:")),
                      QStringLiteral("the narration of lesson 'alpha' lasts 1 s; aim for 2 to 4 "
                                     "minutes (120 to 240 s)"));
    const auto *alpha = lessonById(result, "alpha");
    QVERIFY(alpha);
    const auto &narration = alpha->narration();
    QCOMPARE(narration.file(), std::string("audio/alpha.mp3"));
    QCOMPARE(narration.mime_type(), std::string("audio/mpeg"));
    QVERIFY(!narration.recorded());
    QVERIFY2(narration.duration_ms() > 500 && narration.duration_ms() < 5000,
             qPrintable(QString::number(narration.duration_ms())));
    const QByteArray audio = readAll(m_out.filePath(QStringLiteral("audio/alpha.mp3")));
    QVERIFY(looksLikeMp3(audio));
    QCOMPARE(qsizetype(narration.size_bytes()), audio.size());
    // 32 kbit/s: about 4 kB per second of speech.
    QVERIFY(audio.size() < 4000 * (narration.duration_ms() / 1000 + 2));
    QVERIFY(readAll(m_out.filePath(QStringLiteral("content.qrc")))
                .contains("<file alias=\"audio/alpha.mp3\">audio/alpha.mp3</file>"));
}

void TestContentNarration::warmCacheDoesNotSynthesiseAgain()
{
    ContentFixture content;
    QVERIFY(!compileWithNarration(content).hasErrors());
    const QDir cache(m_cache.path());
    const QStringList before = cache.entryList(QDir::Files, QDir::Name);
    QMap<QString, QDateTime> modified;
    for (const QString &name : before)
        modified.insert(name, QFileInfo(cache.filePath(name)).lastModified());

    QElapsedTimer timer;
    timer.start();
    const CompileResult again = compileWithNarration(content);
    QVERIFY(!again.hasErrors());
    QCOMPARE(cache.entryList(QDir::Files, QDir::Name), before);
    for (const QString &name : before)
        QCOMPARE(QFileInfo(cache.filePath(name)).lastModified(), modified.value(name));
    QVERIFY(lessonById(again, "beta")->narration().duration_ms() > 0);
}

void TestContentNarration::recordedMp3BesideLessonIsShipped()
{
    ContentFixture content;
    QVERIFY(!compileWithNarration(content).hasErrors());
    const QByteArray recording = readAll(m_out.filePath(QStringLiteral("audio/alpha.mp3")));
    QVERIFY(!recording.isEmpty());
    QVERIFY(QFile::copy(m_out.filePath(QStringLiteral("audio/alpha.mp3")),
                        content.path(QStringLiteral("lessons/beta.mp3"))));

    const CompileResult result = compileWithNarration(content);
    QVERIFY2(!result.hasErrors(), qPrintable(allDiagnostics(result)));
    const auto *beta = lessonById(result, "beta");
    QVERIFY(beta->narration().recorded());
    QCOMPARE(readAll(m_out.filePath(QStringLiteral("audio/beta.mp3"))), recording);
    QVERIFY(!lessonById(result, "alpha")->narration().recorded());
}

void TestContentNarration::recordedWavBesideLessonIsEncoded()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sox")).isEmpty())
        QSKIP("sox is not installed");
    ContentFixture content;
    // A 3-second stereo 44.1 kHz tone stands in for a human recording.
    QCOMPARE(QProcess::execute(QStringLiteral("sox"),
                               {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("44100"),
                                QStringLiteral("-c"), QStringLiteral("2"),
                                content.path(QStringLiteral("lessons/beta.wav")),
                                QStringLiteral("synth"), QStringLiteral("3"), QStringLiteral("sine"),
                                QStringLiteral("440")}),
             0);
    const CompileResult result = compileWithNarration(content);
    QVERIFY2(!result.hasErrors(), qPrintable(allDiagnostics(result)));
    const auto &narration = lessonById(result, "beta")->narration();
    QVERIFY(narration.recorded());
    QVERIFY2(narration.duration_ms() > 2800 && narration.duration_ms() < 3300,
             qPrintable(QString::number(narration.duration_ms())));
    QVERIFY(looksLikeMp3(readAll(m_out.filePath(QStringLiteral("audio/beta.mp3")))));
}

void TestContentNarration::missingToolIsReportedAtTheLesson()
{
    ContentFixture content;
    QTemporaryDir emptyPath;
    QTemporaryDir freshCache;
    const QByteArray savedPath = qgetenv("PATH");
    qputenv("PATH", emptyPath.path().toLocal8Bit());
    CompileOptions options;
    options.sourceDir = content.root();
    options.narrate = true;
    options.narrationCacheDir = freshCache.path();
    const CompileResult result = compileContent(options);
    qputenv("PATH", savedPath);
    EXPECT_DIAGNOSTIC(result, content.path(QStringLiteral("lessons/alpha.yaml")),
                      content.lineOf(QStringLiteral("lessons/alpha.yaml"), QStringLiteral("narration:")),
                      QStringLiteral("cannot synthesise the narration of lesson 'alpha': the program "
                                     "'espeak-ng' is not installed"));
}

QTEST_GUILESS_MAIN(TestContentNarration)
#include "tst_contentnarration.moc"
