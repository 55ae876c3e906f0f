#pragma once

#include "content/lessoncontent.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace groundwork::core {
class LearnerData;
}

namespace groundwork::lesson {

// The lesson on screen (today's or one picked from a track): its content, and recording that
// it was started, read to the end and its quick check answered, and the private note on its
// "try it at work" assignment.
class LessonViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell over the learner's data")
    // Null until a lesson is opened
    Q_PROPERTY(groundwork::core::LessonContent *content READ content NOTIFY contentChanged)
    // The note saved so far on the lesson's "try it at work" assignment
    Q_PROPERTY(QString tryItNote READ tryItNote NOTIFY tryItNoteChanged)
    // Empty, or why the last record did not reach the disk
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit LessonViewModel(core::LearnerData &data, QObject *parent = nullptr);
    ~LessonViewModel() override;

    core::LessonContent *content() const { return m_content.get(); }
    QString tryItNote() const;
    QString lastError() const;

    // Shows a lesson and records that it started; false when the pack has no such lesson or
    // the record failed.
    Q_INVOKABLE bool open(const QString &lessonId);
    // The lesson's cards were read to the end.
    Q_INVOKABLE bool finish();
    // The quick-check answer at `shownPosition` in the order the lesson shows its options.
    Q_INVOKABLE bool answerQuickCheck(int shownPosition);
    Q_INVOKABLE bool saveTryItNote(const QString &text);

signals:
    void contentChanged();
    void tryItNoteChanged();
    void lastErrorChanged();

private:
    core::LessonContent::TrackPlace placeOf(const QString &lessonId) const;

    core::LearnerData &m_data;
    std::unique_ptr<core::LessonContent> m_content;
};

} // namespace groundwork::lesson
