#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace groundwork::platform {

// Shows the app's notifications the way the system does: the freedesktop notification service
// on Linux; nothing yet elsewhere. The app shows at most one at a time, so each replaces the last.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `openLabel` names the action of opening the app from it (some desktops show it as a button);
    // the caller passes translated text, as for the rest.
    virtual void show(const QString &title, const QString &body, const QString &openLabel) = 0;

signals:
    // The learner clicked the notification (the app opens Today).
    void activated();
};

// The platform's notifier.
std::unique_ptr<Notifier> createNotifier(QObject *parent = nullptr);

// A notifier for tests: remembers what it was asked to show; click() plays the learner.
class RecordingNotifier final : public Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;
    struct Shown
    {
        QString title;
        QString body;
    };
    void show(const QString &title, const QString &body, const QString &) override
    {
        m_shown.append({title, body});
    }
    const QList<Shown> &shown() const { return m_shown; }
    void click() { emit activated(); }

private:
    QList<Shown> m_shown;
};

} // namespace groundwork::platform
