#include "content/lessoncontent.h"

#include "content/shownorder.h"

namespace groundwork::core {

namespace {

QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

LessonContent::LessonContent(const pb::Lesson &lesson, TrackPlace place,
                             const QString &checkOrderSeed, QObject *parent)
    : QObject(parent),
      m_lesson(lesson),
      m_place(std::move(place)),
      m_checkOrder(shownOrder(lesson.check().options_size(), checkOrderSeed))
{
}

QString LessonContent::lessonId() const { return text(m_lesson.id()); }
QString LessonContent::title() const { return text(m_lesson.title()); }
QString LessonContent::summary() const { return text(m_lesson.summary()); }
QString LessonContent::takeaway() const { return text(m_lesson.takeaway()); }
QString LessonContent::tryIt() const { return text(m_lesson.try_it()); }
QString LessonContent::checkQuestion() const { return text(m_lesson.check().question()); }
QString LessonContent::checkExplanation() const { return text(m_lesson.check().explanation()); }
QString LessonContent::narrationFile() const { return text(m_lesson.narration().file()); }
int LessonContent::narrationDurationMs() const { return int(m_lesson.narration().duration_ms()); }

QStringList LessonContent::cards() const
{
    QStringList result;
    for (const auto &card : m_lesson.cards())
        result << text(card);
    return result;
}

QStringList LessonContent::checkOptions() const
{
    QStringList result;
    for (const int index : m_checkOrder)
        result << text(m_lesson.check().options(index).text());
    return result;
}

int LessonContent::checkCorrectIndex() const
{
    for (int shown = 0; shown < m_checkOrder.size(); ++shown)
        if (m_lesson.check().options(m_checkOrder[shown]).correct())
            return shown;
    return -1;
}

int LessonContent::checkOptionIndex(int shownPosition) const
{
    return shownPosition >= 0 && shownPosition < m_checkOrder.size() ? m_checkOrder[shownPosition]
                                                                     : -1;
}

} // namespace groundwork::core
