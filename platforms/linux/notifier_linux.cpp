#include "groundwork/platform/notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace groundwork::platform {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default"); // a click on the notification itself

// The freedesktop notification service over the session bus (the Desktop Notifications
// Specification, which GNOME, KDE and most notification daemons implement).
class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent)
        : Notifier(parent)
    {
        QDBusConnection::sessionBus().connect(kService, kPath, kInterface,
                                              QStringLiteral("ActionInvoked"), this,
                                              SLOT(onActionInvoked(uint, QString)));
    }

    void show(const QString &title, const QString &body, const QString &openLabel) override
    {
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                           QStringLiteral("Notify"));
        // The desktop entry lets the desktop show the app's name and icon, and group it.
        const QVariantMap hints{{QStringLiteral("desktop-entry"),
                                 QStringLiteral("org.groundwork.Groundwork")}};
        call << QStringLiteral("Groundwork") << m_lastId
             << QStringLiteral("org.groundwork.Groundwork") << title << body
             << QStringList{kDefaultAction, openLabel} << hints << -1;
        // Asynchronous: a missing or slow notification daemon never holds up the app.
        auto *watcher = new QDBusPendingCallWatcher(
            QDBusConnection::sessionBus().asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
            const QDBusPendingReply<uint> reply = *w;
            if (!reply.isError())
                m_lastId = reply.value();
            w->deleteLater();
        });
    }

private slots:
    void onActionInvoked(uint id, const QString &action)
    {
        if (id == m_lastId && action == kDefaultAction)
            emit activated();
    }

private:
    uint m_lastId = 0; // replaces our previous notification rather than stacking a new one
};

} // namespace

std::unique_ptr<Notifier> createNotifier(QObject *parent)
{
    return std::make_unique<FreedesktopNotifier>(parent);
}

} // namespace groundwork::platform

#include "notifier_linux.moc"
