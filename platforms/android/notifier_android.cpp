#include "groundwork/platform/notifier.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>
#include <QMetaObject>
#include <QSet>
#include <QtCore/qcoreapplication_platform.h>

#include <iterator>

// The reminder on Android through org.groundwork.platform.ReminderNotifications (package/src);
// a tap reaches GroundworkActivity.onNewIntent and comes back here. Not built on Linux.

namespace groundwork::platform {

namespace {

class AndroidNotifier final : public Notifier
{
public:
    explicit AndroidNotifier(QObject *parent) : Notifier(parent)
    {
        registerNatives();
        live().insert(this);
    }

    ~AndroidNotifier() override { live().remove(this); }

    void show(const QString &title, const QString &body, const QString &) override
    {
        const QJniObject activity(QNativeInterface::QAndroidApplication::context());
        QJniObject::callStaticMethod<void>(
            "org/groundwork/platform/ReminderNotifications", "show",
            "(Landroid/app/Activity;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V",
            activity.object(), QJniObject::fromString(title).object<jstring>(),
            QJniObject::fromString(body).object<jstring>(),
            // The channel's name in the system's notification settings (listed for translation in
            // qml/app/reminders.cpp).
            QJniObject::fromString(
                QCoreApplication::translate("groundwork::app::Reminders", "Reminders"))
                .object<jstring>());
    }

private:
    static QSet<AndroidNotifier *> &live()
    {
        static QSet<AndroidNotifier *> notifiers;
        return notifiers;
    }

    // Called on Android's main thread; handled on Qt's, where notifiers are made and deleted.
    static void JNICALL onReminderTapped(JNIEnv *, jclass)
    {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [] {
                for (AndroidNotifier *notifier : live())
                    emit notifier->activated();
            },
            Qt::QueuedConnection);
    }

    static void registerNatives()
    {
        static bool registered = false;
        if (registered)
            return;
        const JNINativeMethod methods[] = {
            {"reminderTapped", "()V", reinterpret_cast<void *>(onReminderTapped)},
        };
        QJniEnvironment env;
        registered = env.registerNativeMethods("org/groundwork/platform/GroundworkActivity",
                                               methods, std::size(methods));
    }
};

} // namespace

std::unique_ptr<Notifier> createNotifier(QObject *parent)
{
    return std::make_unique<AndroidNotifier>(parent);
}

} // namespace groundwork::platform
