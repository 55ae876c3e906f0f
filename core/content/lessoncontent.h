#pragma once

#include "content/contentpack.h"

#include <QObject>
#include <QStringList>

namespace groundwork::core {

// One lesson as the UI shows it: read-only properties over a lesson of the pack.
class LessonContent : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString lessonId READ lessonId CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString summary READ summary CONSTANT)
    Q_PROPERTY(QStringList cards READ cards CONSTANT)
    Q_PROPERTY(QString takeaway READ takeaway CONSTANT)
    // Markdown: a small assignment to try at work this week; empty when the lesson has none
    Q_PROPERTY(QString tryIt READ tryIt CONSTANT)
    Q_PROPERTY(QString checkQuestion READ checkQuestion CONSTANT)
    Q_PROPERTY(QStringList checkOptions READ checkOptions CONSTANT)
    Q_PROPERTY(int checkCorrectIndex READ checkCorrectIndex CONSTANT)
    Q_PROPERTY(QString checkExplanation READ checkExplanation CONSTANT)
    Q_PROPERTY(QString narrationFile READ narrationFile CONSTANT)
    Q_PROPERTY(int narrationDurationMs READ narrationDurationMs CONSTANT)
    Q_PROPERTY(QString trackTitle READ trackTitle CONSTANT)
    Q_PROPERTY(int positionInTrack READ positionInTrack CONSTANT)
    Q_PROPERTY(int lessonsInTrack READ lessonsInTrack CONSTANT)

public:
    struct TrackPlace
    {
        QString trackTitle;
        int position = 0; // 1-based among the track's lessons
        int lessonCount = 0;
    };

    // The quick check's options are shown in an order drawn from `checkOrderSeed` (see
    // shownorder.h); checkOptions and checkCorrectIndex are in that shown order.
    LessonContent(const pb::Lesson &lesson, TrackPlace place, const QString &checkOrderSeed,
                  QObject *parent = nullptr);

    QString lessonId() const;
    QString title() const;
    QString summary() const;
    QStringList cards() const;
    QString takeaway() const;
    QString tryIt() const;
    QString checkQuestion() const;
    QStringList checkOptions() const;
    int checkCorrectIndex() const;
    // The file index of the option shown at `shownPosition`; -1 when out of range.
    int checkOptionIndex(int shownPosition) const;
    QString checkExplanation() const;
    QString narrationFile() const;
    int narrationDurationMs() const;
    QString trackTitle() const { return m_place.trackTitle; }
    int positionInTrack() const { return m_place.position; }
    int lessonsInTrack() const { return m_place.lessonCount; }

private:
    pb::Lesson m_lesson;
    TrackPlace m_place;
    QList<int> m_checkOrder; // shown position -> file index
};

} // namespace groundwork::core
