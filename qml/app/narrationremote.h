#pragma once

#include "groundwork/platform/mediasession.h"
#include "narrationcontroller.h"

#include <QObject>

#include <memory>

namespace groundwork::app {

// Puts the lesson narration in the system's media controls (media keys, headsets, the desktop's
// media applet): tells the platform's media session what plays, and carries out what the learner
// asks for there through the same controller the narration bar uses.
class NarrationRemote : public QObject
{
    Q_OBJECT
public:
    NarrationRemote(lesson::NarrationController &narration,
                    std::unique_ptr<platform::MediaSession> session, QObject *parent = nullptr);

    // The narration now holds this lesson's audio; the title is what the system shows.
    void lessonLoaded(const QString &lessonId, const QString &title);

    platform::MediaSession &session() { return *m_session; }

private:
    void showPlayback();
    void skip(qint64 deltaMs);

    lesson::NarrationController &m_narration;
    std::unique_ptr<platform::MediaSession> m_session;
    QString m_lessonId;
    QString m_title;
};

} // namespace groundwork::app
