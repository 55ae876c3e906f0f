#pragma once

#include "groundwork/platform/notifier.h"
#include "reminder/reminderschedule.h"
#include "session/learnerdata.h"
#include "settings/preferences.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace groundwork::app {

// The gentle reminder while the app runs: reads the learner's choice in Preferences (off unless
// they switched it on in Settings) and their progress, asks the schedule in core/reminder when it is due, and shows it through
// the platform's notifier. Clicking it asks the window to open Today.
class Reminders : public QObject
{
    Q_OBJECT
public:
    using NotifierFactory = std::function<std::unique_ptr<platform::Notifier>()>;

    // The notifier is made when the first reminder is shown: with the reminder off (the
    // default) the app never talks to the notification service at all.
    Reminders(const core::LearnerData &data, core::Preferences &preferences,
              NotifierFactory makeNotifier, QObject *parent = nullptr);

    // Looks again at the choice and the progress (after any change) and sets the timer.
    void reschedule();

    // Shows today's reminder now, as it would look at its time, without counting it as today's
    // (--preview-reminder: to see how the desktop shows it, whatever the schedule says).
    void preview();

signals:
    void openTodayRequested();

private:
    core::reminder::ReminderSettings choice() const;
    core::reminder::PracticeState practice() const;
    QDateTime now() const;
    void onTimer();
    void show();
    void present();

    const core::LearnerData &m_data;
    core::Preferences &m_preferences;
    NotifierFactory m_makeNotifier;
    std::unique_ptr<platform::Notifier> m_notifier;
    QTimer m_timer;
};

} // namespace groundwork::app
