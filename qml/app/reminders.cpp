#include "reminders.h"

#include <QTimeZone>

namespace groundwork::app {

namespace {

// The timer never waits longer than this before looking again, so that a changed time zone or a
// machine that slept (timers do not count sleep) moves the reminder to the right moment.
constexpr qint64 kLookAgainMs = 15 * 60 * 1000;

} // namespace

Reminders::Reminders(const core::LearnerSession &session, core::Preferences &preferences,
                     NotifierFactory makeNotifier, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_preferences(preferences)
    , m_makeNotifier(std::move(makeNotifier))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Reminders::onTimer);
    connect(&session, &core::LearnerSession::changed, this, &Reminders::reschedule);
    connect(&preferences, &core::Preferences::reminderChanged, this, &Reminders::reschedule);
    reschedule();
}

core::reminder::ReminderSettings Reminders::choice() const
{
    core::reminder::ReminderSettings choice;
    choice.enabled = m_preferences.reminderEnabled();
    choice.at = QTime::fromString(m_preferences.reminderTime(), QStringLiteral("HH:mm"));
    for (const QVariant &day : m_session.restDays())
        choice.restDays.append(day.toInt());
    return choice;
}

core::reminder::PracticeState Reminders::practice() const
{
    core::reminder::PracticeState state;
    state.today = m_session.today();
    state.practisedToday = m_session.practisedToday();
    state.weeklyGoalMet = m_session.weeklyTarget() > 0 &&
                          m_session.sessionsThisWeek() >= m_session.weeklyTarget();
    state.lastShown = m_preferences.reminderLastShown();
    return state;
}

QDateTime Reminders::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), Qt::UTC);
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

// An invitation, never a reproach: no streaks, nothing missed or lost.
void Reminders::show()
{
    const QString lesson = m_session.todayLessonTitle();
    const QString body = lesson.isEmpty()
                             ? tr("A short lesson and a drill are ready whenever you are.")
                             : tr("Today: %1, and a drill. Ready whenever you are.").arg(lesson);
    if (!m_notifier) {
        m_notifier = m_makeNotifier();
        connect(m_notifier.get(), &platform::Notifier::activated, this,
                &Reminders::openTodayRequested);
    }
    m_notifier->show(tr("Five minutes of practice?"), body, tr("Open Today"));
    m_preferences.setReminderLastShown(m_session.today());
}

} // namespace groundwork::app
