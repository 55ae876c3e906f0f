// The lesson narration over MPRIS, on a private session bus (dbus-run-session): what a desktop's
// media applet reads (identity, the lesson's title, the playback status) and what its buttons,
// media keys and headsets send, here with dbus-send as an outside program would, reach the
// narration controller the app's narration bar uses.
#include "content/contentpack.h"
#include "content/narrationfiles.h"
#include "content/narrationpositions.h"
#include "narrationcontroller.h"
#include "narrationplayerplugin.h"
#include "narrationremote.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QProcess>
#include <QResource>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace groundwork;

namespace {

const QString kService = QStringLiteral("org.mpris.MediaPlayer2.groundwork");
const QString kPath = QStringLiteral("/org/mpris/MediaPlayer2");
const QString kPlayer = QStringLiteral("org.mpris.MediaPlayer2.Player");

// The app's player: the Qt Multimedia plugin from the build tree.
lesson::NarrationPlayerFactory realPlayer()
{
    return lesson::narrationPlayerFromPlugin(
        {QStringLiteral(GROUNDWORK_BINARY_DIR "/bin/groundwork-plugins")});
}

// Calls a method of the player with dbus-send, the way a desktop's media keys do. The player
// lives in this process, so the event loop keeps running while dbus-send waits for its reply.
bool dbusSend(const QString &method, const QStringList &arguments = {})
{
    QProcess send;
    send.start(QStringLiteral("dbus-send"),
               QStringList{QStringLiteral("--session"), QStringLiteral("--print-reply"),
                           QStringLiteral("--dest=") + kService, kPath, kPlayer + u'.' + method} +
                   arguments);
    const bool finished =
        QTest::qWaitFor([&] { return send.state() == QProcess::NotRunning; }, 10000);
    if (!finished || send.exitStatus() != QProcess::NormalExit || send.exitCode() != 0) {
        qWarning() << "dbus-send" << method << "failed:" << send.readAllStandardError();
        return false;
    }
    return true;
}

// Reads a property of the player as another program on the bus would.
QVariant busProperty(const QString &interface, const QString &name)
{
    QDBusConnection reader =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("reader"));
    QDBusMessage get = QDBusMessage::createMethodCall(
        kService, kPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << interface << name;
    // Asynchronous, for the same reason as above.
    QDBusPendingReply<QDBusVariant> reply = reader.asyncCall(get);
    if (!QTest::qWaitFor([&] { return reply.isFinished(); }, 10000) || reply.isError())
        return {};
    return reply.value().variant();
}

QString playbackStatus()
{
    return busProperty(kPlayer, QStringLiteral("PlaybackStatus")).toString();
}

} // namespace

class TestMprisMediaSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QUrl m_audio;
    QString m_lessonId;
    QString m_title;
    qint64 m_durationMs = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
        const QString rcc = QStringLiteral(GROUNDWORK_BINARY_DIR "/bin/groundwork-content.rcc");
        QVERIFY2(QResource::registerResource(rcc), qPrintable(rcc));
        auto loaded = core::ContentPack::fromFile(QStringLiteral(":/content/pack.bin"));
        QVERIFY2(loaded.pack, qPrintable(loaded.error));
        const auto &lesson = *loaded.pack->lesson(loaded.pack->lessonIds().constFirst());
        m_lessonId = QString::fromStdString(lesson.id());
        m_title = QString::fromStdString(lesson.title());
        m_durationMs = lesson.narration().duration_ms();
        QVERIFY(m_durationMs > 60000); // long enough to skip around in
        core::NarrationFiles files(QStringLiteral(":/content"), m_cache.path(),
                                   loaded.pack->contentVersion());
        m_audio = files.playableUrl(QString::fromStdString(lesson.narration().file()));
    }

    // An app that has narrated nothing adds nothing to the desktop's media controls.
    void appearsOnlyWithALesson()
    {
        core::MemoryNarrationPositions positions;
        lesson::NarrationController narration(positions, realPlayer());
        app::NarrationRemote remote(narration, platform::createMediaSession());
        auto *bus = QDBusConnection::sessionBus().interface();
        QVERIFY(!bus->isServiceRegistered(kService).value());

        narration.load(m_lessonId, m_audio, m_durationMs);
        remote.lessonLoaded(m_lessonId, m_title);
        QVERIFY(bus->isServiceRegistered(kService).value());
        QCOMPARE(busProperty(QStringLiteral("org.mpris.MediaPlayer2"), QStringLiteral("Identity"))
                     .toString(),
                 QStringLiteral("Groundwork"));
        QCOMPARE(
            busProperty(QStringLiteral("org.mpris.MediaPlayer2"), QStringLiteral("DesktopEntry"))
                .toString(),
            QStringLiteral("org.groundwork.Groundwork"));
    }

    void showsTheLessonTitleAndLength()
    {
        core::MemoryNarrationPositions positions;
        lesson::NarrationController narration(positions, realPlayer());
        app::NarrationRemote remote(narration, platform::createMediaSession());
        narration.load(m_lessonId, m_audio, m_durationMs);
        remote.lessonLoaded(m_lessonId, m_title);

        const QVariant metadata = busProperty(kPlayer, QStringLiteral("Metadata"));
        const QVariantMap map = qdbus_cast<QVariantMap>(metadata);
        QCOMPARE(map.value(QStringLiteral("xesam:title")).toString(), m_title);
        QVERIFY(qAbs(map.value(QStringLiteral("mpris:length")).toLongLong() - m_durationMs * 1000) <
                1000000);
        const auto trackId =
            qdbus_cast<QDBusObjectPath>(map.value(QStringLiteral("mpris:trackid")));
        QVERIFY2(trackId.path().startsWith(QStringLiteral("/org/groundwork/Groundwork/lesson/")),
                 qPrintable(trackId.path()));
        QCOMPARE(playbackStatus(), QStringLiteral("Paused"));
    }

    void playPauseFromTheBusDrivesTheNarration()
    {
        core::MemoryNarrationPositions positions;
        lesson::NarrationController narration(positions, realPlayer());
        app::NarrationRemote remote(narration, platform::createMediaSession());
        narration.load(m_lessonId, m_audio, m_durationMs);
        remote.lessonLoaded(m_lessonId, m_title);
        QVERIFY(!narration.playing());

        QVERIFY(dbusSend(QStringLiteral("PlayPause")));
        QTRY_VERIFY_WITH_TIMEOUT(narration.playing(), 10000);
        QTRY_COMPARE(playbackStatus(), QStringLiteral("Playing"));

        QVERIFY(dbusSend(QStringLiteral("PlayPause")));
        QTRY_VERIFY_WITH_TIMEOUT(!narration.playing(), 10000);
        QTRY_COMPARE(playbackStatus(), QStringLiteral("Paused"));

        QVERIFY(dbusSend(QStringLiteral("Play")));
        QTRY_VERIFY_WITH_TIMEOUT(narration.playing(), 10000);
        QVERIFY(dbusSend(QStringLiteral("Pause")));
        QTRY_VERIFY_WITH_TIMEOUT(!narration.playing(), 10000);
    }

    // Next and Previous (a headset's double and triple press) skip 15 s; Seek moves by its offset.
    void nextPreviousAndSeekSkipWithinTheLesson()
    {
        core::MemoryNarrationPositions positions;
        positions.save(m_lessonId, 30000);
        lesson::NarrationController narration(positions, realPlayer());
        app::NarrationRemote remote(narration, platform::createMediaSession());
        narration.load(m_lessonId, m_audio, m_durationMs);
        remote.lessonLoaded(m_lessonId, m_title);
        QCOMPARE(narration.position(), 30000);

        QVERIFY(dbusSend(QStringLiteral("Next")));
        QTRY_COMPARE_WITH_TIMEOUT(narration.position(), 45000, 10000);
        QVERIFY(dbusSend(QStringLiteral("Previous")));
        QTRY_COMPARE_WITH_TIMEOUT(narration.position(), 30000, 10000);
        QVERIFY(dbusSend(QStringLiteral("Seek"), {QStringLiteral("int64:-15000000")}));
        QTRY_COMPARE_WITH_TIMEOUT(narration.position(), 15000, 10000);
        QTRY_COMPARE(busProperty(kPlayer, QStringLiteral("Position")).toLongLong(), 15000000LL);
    }
};

QTEST_MAIN(TestMprisMediaSession)
#include "tst_mprismediasession.moc"
