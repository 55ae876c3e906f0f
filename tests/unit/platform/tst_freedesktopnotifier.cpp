// The Linux notifier speaks the Desktop Notifications Specification: one Notify call per
// reminder, replacing its previous notification, and a click (the "default" action on its own
// notification) reported as activated().

#include "groundwork/platform/notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QtTest>

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

struct NotifyCall
{
    QString appName;
    uint replacesId;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

// Stands in for the desktop's notification daemon.
class FakeDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<NotifyCall> calls;
    static constexpr uint kId = 42;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        calls.append({appName, replacesId, summary, body, actions, hints});
        return kId;
    }
};

} // namespace

class TestFreedesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
        // The daemon has a connection of its own, so every call really crosses the bus.
        m_bus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("daemon")));
        QVERIFY(m_bus->registerObject(kPath, &m_daemon, QDBusConnection::ExportAllSlots));
        QVERIFY(m_bus->registerService(kService));
    }

    void showsAndReplaces()
    {
        auto notifier = groundwork::platform::createNotifier();
        notifier->show(QStringLiteral("Practice time"), QStringLiteral("Five minutes"),
                       QStringLiteral("Open"));
        QTRY_COMPARE(m_daemon.calls.size(), 1);
        const NotifyCall &first = m_daemon.calls.first();
        QCOMPARE(first.appName, QStringLiteral("Groundwork"));
        QCOMPARE(first.replacesId, 0u);
        QCOMPARE(first.summary, QStringLiteral("Practice time"));
        QCOMPARE(first.body, QStringLiteral("Five minutes"));
        QCOMPARE(first.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open")}));
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.groundwork.Groundwork"));

        // The reply (the daemon's id) arrives asynchronously; the next one replaces it.
        QTest::qWait(200);
        notifier->show(QStringLiteral("Practice time"), QStringLiteral("Again"), QStringLiteral("Open"));
        QTRY_COMPARE(m_daemon.calls.size(), 2);
        QCOMPARE(m_daemon.calls.at(1).replacesId, FakeDaemon::kId);
    }

    void aClickOnItsNotificationActivates()
    {
        auto notifier = groundwork::platform::createNotifier();
        notifier->show(QStringLiteral("Practice time"), QStringLiteral("Five minutes"),
                       QStringLiteral("Open"));
        QTRY_VERIFY(!m_daemon.calls.isEmpty());
        QTest::qWait(200); // the id reply
        QSignalSpy activated(notifier.get(), &groundwork::platform::Notifier::activated);

        invoke(7, QStringLiteral("default")); // another app's notification
        invoke(FakeDaemon::kId, QStringLiteral("other-action"));
        invoke(FakeDaemon::kId, QStringLiteral("default"));
        QTRY_COMPARE(activated.size(), 1);
        QTest::qWait(200);
        QCOMPARE(activated.size(), 1);
    }

private:
    void invoke(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
        signal << id << action;
        QVERIFY(m_bus->send(signal));
    }

    FakeDaemon m_daemon;
    std::unique_ptr<QDBusConnection> m_bus;
};

QTEST_GUILESS_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktopnotifier.moc"
