#include "content/narrationpositions.h"

namespace groundwork::core {

namespace {
QString keyFor(const QString &lessonId)
{
    return QStringLiteral("narration/") + lessonId;
}
} // namespace

SettingsNarrationPositions::SettingsNarrationPositions(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
}

qint64 SettingsNarrationPositions::position(const QString &lessonId) const
{
    return m_settings.value(keyFor(lessonId), 0).toLongLong();
}

void SettingsNarrationPositions::save(const QString &lessonId, qint64 positionMs)
{
    m_settings.setValue(keyFor(lessonId), positionMs);
    m_settings.sync(); // written now, so a killed app still resumes close to where it was
}

} // namespace groundwork::core
