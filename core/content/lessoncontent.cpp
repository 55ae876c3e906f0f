#include "content/lessoncontent.h"

namespace groundwork::core {

namespace {

QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int lessonCount(const pb::Track &track)
{
    int count = 0;
    for (const auto &item : track.items())
        count += item.has_lesson() ? 1 : 0;
    return count;
}

} // namespace

LessonContent::LessonContent(const pb::Lesson &lesson, TrackPlace place, QObject *parent)
    : QObject(parent), m_lesson(lesson), m_place(std::move(place))
{
}

QString LessonContent::lessonId() const { return text(m_lesson.id()); }
QString LessonContent::title() const { return text(m_lesson.title()); }
QString LessonContent::summary() const { return text(m_lesson.summary()); }
QString LessonContent::takeaway() const { return text(m_lesson.takeaway()); }
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
    for (const auto &option : m_lesson.check().options())
        result << text(option.text());
    return result;
}

int LessonContent::checkCorrectIndex() const
{
    const auto &options = m_lesson.check().options();
    for (int i = 0; i < options.size(); ++i)
        if (options.Get(i).correct())
            return i;
    return -1;
}

std::unique_ptr<LessonContent> firstLessonOfTrack(const ContentPack &pack, const QString &trackId,
                                                  QString *error)
{
    const pb::Track *track = pack.track(trackId);
    if (!track) {
        *error = QStringLiteral("the content pack has no track '%1'").arg(trackId);
        return nullptr;
    }
    for (const auto &item : track->items()) {
        if (!item.has_lesson())
            continue;
        const pb::Lesson *lesson = pack.lesson(text(item.lesson()));
        if (!lesson)
            break;
        return std::make_unique<LessonContent>(
            *lesson, LessonContent::TrackPlace{text(track->title()), 1, lessonCount(*track)});
    }
    *error = QStringLiteral("the track '%1' has no lesson").arg(trackId);
    return nullptr;
}

} // namespace groundwork::core
