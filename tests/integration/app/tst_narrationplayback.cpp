// Qt Multimedia on this platform decodes the shipped narration; the controller loads the player
// plugin from the build tree on the first play, and resumes a lesson where the learner stopped.
#include "content/contentpack.h"
#include "content/narrationfiles.h"
#include "content/narrationpositions.h"
#include "narrationcontroller.h"
#include "narrationplayerplugin.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QDir>
#include <QPluginLoader>
#include <QResource>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace groundwork;

namespace {

const QString kPluginDir = QStringLiteral(GROUNDWORK_BINARY_DIR "/bin/groundwork-plugins");

lesson::NarrationPlayerFactory realPlayer()
{
    return lesson::narrationPlayerFromPlugin({kPluginDir});
}

} // namespace

class TestNarrationPlayback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QUrl m_audio;
    qint64 m_packDurationMs = 0;

private slots:
    void initTestCase()
    {
        const QString rcc = QStringLiteral(GROUNDWORK_BINARY_DIR "/bin/groundwork-content.rcc");
        QVERIFY2(QResource::registerResource(rcc), qPrintable(rcc));
        auto loaded = core::ContentPack::fromFile(QStringLiteral(":/content/pack.bin"));
        QVERIFY2(loaded.pack, qPrintable(loaded.error));
        const auto &lesson = *loaded.pack->lesson(loaded.pack->lessonIds().constFirst());
        m_packDurationMs = lesson.narration().duration_ms();
        QVERIFY(m_packDurationMs > 0);
        core::NarrationFiles files(QStringLiteral(":/content"), m_cache.path(),
                                   loaded.pack->contentVersion());
        m_audio = files.playableUrl(QString::fromStdString(lesson.narration().file()));
        QVERIFY(m_audio.isLocalFile());
    }

    // Decoding alone, because test machines have no sound device for a player to open.
    void qtMultimediaDecodesTheShippedAudio()
    {
        QAudioDecoder decoder;
        decoder.setSource(m_audio);
        qint64 decodedUs = 0;
        connect(&decoder, &QAudioDecoder::bufferReady, this, [&] {
            const QAudioBuffer buffer = decoder.read();
            decodedUs = qMax(decodedUs, buffer.startTime() + buffer.duration());
        });
        QSignalSpy finished(&decoder, &QAudioDecoder::finished);
        QSignalSpy failed(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error));
        decoder.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(decoder.errorString()));
        // The decoded length matches what the build measured and recorded in the pack.
        QVERIFY2(qAbs(decodedUs / 1000 - m_packDurationMs) < 1000,
                 qPrintable(QStringLiteral("decoded %1 ms, pack says %2 ms")
                                .arg(decodedUs / 1000)
                                .arg(m_packDurationMs)));
    }

    // Runs first of the controller tests: until then nothing in this process has loaded it.
    void thePluginIsLoadedOnTheFirstPlay()
    {
        // Loaders of one file share its state: this one sees whether any has loaded it.
        QPluginLoader plugin(QDir(kPluginDir).filePath(lesson::kNarrationPluginName));
        core::MemoryNarrationPositions positions;
        lesson::NarrationController controller(positions, realPlayer());
        controller.load(QStringLiteral("lesson"), m_audio, m_packDurationMs);
        QVERIFY(!plugin.isLoaded());
        controller.play();
        QVERIFY2(controller.error().isEmpty(), qPrintable(controller.error()));
        QVERIFY(plugin.isLoaded());
        // The player opens the file: its own measure of the length replaces the pack's.
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(controller.duration() - m_packDurationMs) < 1000, 10000);
        controller.pause();
    }

    void resumesWhereTheLearnerStopped()
    {
        core::MemoryNarrationPositions positions;
        positions.save(QStringLiteral("lesson"), 42000);
        lesson::NarrationController controller(positions, realPlayer());
        controller.load(QStringLiteral("lesson"), m_audio, m_packDurationMs);
        QCOMPARE(controller.position(), 42000);
        controller.play();
        controller.pause();
        controller.skip(15000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.position(), 57000, 10000);
    }

    void speedStaysWithinTheOfferedRange()
    {
        core::MemoryNarrationPositions positions;
        lesson::NarrationController controller(positions, realPlayer());
        controller.setRate(5.0);
        QCOMPARE(controller.rate(), controller.rates().constLast());
        controller.setRate(0.1);
        QCOMPARE(controller.rate(), controller.rates().constFirst());
    }
};

QTEST_MAIN(TestNarrationPlayback)
#include "tst_narrationplayback.moc"
