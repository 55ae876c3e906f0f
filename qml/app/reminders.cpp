#include "reminders.h"

#include <QTimeZone>

namespace groundwork::app {

namespace {

// The timer never waits longer than this before looking again, so that a changed time zone or a
// machine that slept (timers do not count sleep) moves the reminder to the right moment.
constexpr qint64 kLookAgainMs = 15 * 60 * 1000;

// The name Android shows for the app's notification channel in its settings. The Android
// notifier (platforms/android) translates it in this context; it is listed here so that lupdate,
// which does not read platforms/, finds it.
[[maybe_unused]] constexpr const char *kChannelName =
    QT_TRANSLATE_NOOP("groundwork::app::Reminders", "Reminders");

} // namespace

Reminders::Reminders(const core::LearnerData &data, core::Preferences &preferences,
                     NotifierFactory makeNotifier, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_preferences(preferences)
    , m_makeNotifier(std::move(makeNotifier))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Reminders::onTimer);
    connect(&data, &core::LearnerData::changed, this, &Reminders::reschedule);
    connect(&preferences, &core::Preferences::reminderChanged, this, &Reminders::reschedule);
    reschedule();
}

core::reminder::ReminderSettings Reminders::choice() const
{
    core::reminder::ReminderSettings choice;
    choice.enabled = m_preferences.reminderEnabled();
    choice.at = QTime::fromString(m_preferences.reminderTime(), QStringLiteral("HH:mm"));
    choice.restDays = m_data.weeklyGoal().goal.restDays;
    return choice;
}

core::reminder::PracticeState Reminders::practice() const
{
    core::reminder::PracticeState state;
    const auto &week = m_data.weeklyGoal().thisWeek;
    state.today = m_data.today();
    state.practisedToday = m_data.plan().practisedToday;
    state.weeklyGoalMet = week.target > 0 && week.sessions >= week.target;
    state.lastShown = m_preferences.reminderLastShown();
    return state;
}

QDateTime Reminders::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_data.clock().nowMs(), Qt::UTC);
}

void Reminders::reschedule()
{
    m_timer.stop();
    const auto next = core::reminder::nextReminder(choice(), practice(), now(),
                                                   QTimeZone::systemTimeZone());
    if (!next)
        return; // off, or nothing to remind of: no timer at all
    m_timer.start(static_cast<int>(qBound<qint64>(0, now().msecsTo(*next), kLookAgainMs)));
}

void Reminders::onTimer()
{
    if (core::reminder::dueNow(choice(), practice(), now(), QTimeZone::systemTimeZone()))
        show();
    reschedule();
}

void Reminders::show()
{
    present();
    m_preferences.setReminderLastShown(m_data.today());
}

void Reminders::preview()
{
    present();
}

// An invitation, never a reproach: no streaks, nothing missed or lost.
void Reminders::present()
{
    const core::pb::Lesson *today = m_data.pack().lesson(m_data.plan().lessonId);
    const QString lesson = today ? core::toQString(today->title()) : QString();
    const QString body = lesson.isEmpty()
                             ? tr("A short lesson and a drill are ready whenever you are.")
                             : tr("Today: %1, and a drill. Ready whenever you are.").arg(lesson);
    if (!m_notifier) {
        m_notifier = m_makeNotifier();
        connect(m_notifier.get(), &platform::Notifier::activated, this,
                &Reminders::openTodayRequested);
    }
    m_notifier->show(tr("Five minutes of practice?"), body, tr("Open Today"));
}

} // namespace groundwork::app
