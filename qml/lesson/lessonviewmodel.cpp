#include "lessonviewmodel.h"

#include "session/learnerdata.h"

namespace groundwork::lesson {

LessonViewModel::LessonViewModel(core::LearnerData &data, QObject *parent)
    : QObject(parent), m_data(data)
{
    connect(&data, &core::LearnerData::lastErrorChanged, this, &LessonViewModel::lastErrorChanged);
    connect(this, &LessonViewModel::contentChanged, this, &LessonViewModel::tryItNoteChanged);
}

LessonViewModel::~LessonViewModel() = default;

QString LessonViewModel::lastError() const
{
    return m_data.lastError();
}

QString LessonViewModel::tryItNote() const
{
    return m_content ? m_data.tryItNote(m_content->lessonId()) : QString();
}

core::LessonContent::TrackPlace LessonViewModel::placeOf(const QString &lessonId) const
{
    core::LessonContent::TrackPlace place;
    const core::pb::Track *track = m_data.pack().track(m_data.trackId());
    if (!track)
        return place;
    place.trackTitle = core::toQString(track->title());
    for (const auto &item : track->items()) {
        if (!item.has_lesson())
            continue;
        ++place.lessonCount;
        if (core::toQString(item.lesson()) == lessonId)
            place.position = place.lessonCount;
    }
    return place;
}

bool LessonViewModel::open(const QString &lessonId)
{
    const core::pb::Lesson *lesson = m_data.pack().lesson(lessonId);
    if (!lesson)
        return false;
    if (!m_content || m_content->lessonId() != lessonId) {
        // A quick-check attempt ends when it is answered: until then, reopening the lesson
        // shows the same order; the next attempt (any check answered since) a new one.
        const QString orderSeed =
            QStringLiteral("%1#%2").arg(lessonId).arg(m_data.state().quickChecks);
        m_content = std::make_unique<core::LessonContent>(*lesson, placeOf(lessonId), orderSeed);
        emit contentChanged();
    }
    return m_data.startLesson(lessonId);
}

bool LessonViewModel::finish()
{
    return m_content && m_data.finishLesson(m_content->lessonId());
}

bool LessonViewModel::answerQuickCheck(int shownPosition)
{
    return m_content && m_data.answerQuickCheck(m_content->lessonId(),
                                                m_content->checkOptionIndex(shownPosition),
                                                shownPosition);
}

bool LessonViewModel::saveTryItNote(const QString &text)
{
    if (!m_content || !m_data.saveTryItNote(m_content->lessonId(), text))
        return false;
    emit tryItNoteChanged();
    return true;
}

} // namespace groundwork::lesson
