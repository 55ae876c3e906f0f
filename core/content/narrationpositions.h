#pragma once

#include <QHash>
#include <QSettings>
#include <QString>

namespace groundwork::core {

// Where the learner stopped listening to each lesson, so narration resumes across restarts.
class NarrationPositions
{
public:
    virtual ~NarrationPositions() = default;
    virtual qint64 position(const QString &lessonId) const = 0;
    virtual void save(const QString &lessonId, qint64 positionMs) = 0;
};

// Keeps positions in a small settings file on the device; they are not learner events and
// never sync, because a listening position means nothing on another device.
class SettingsNarrationPositions : public NarrationPositions
{
public:
    explicit SettingsNarrationPositions(const QString &filePath);
    qint64 position(const QString &lessonId) const override;
    void save(const QString &lessonId, qint64 positionMs) override;

private:
    mutable QSettings m_settings;
};

// Keeps positions in memory only (tests, and the QML fixture's worlds).
class MemoryNarrationPositions final : public NarrationPositions
{
public:
    qint64 position(const QString &lessonId) const override { return m_saved.value(lessonId, 0); }
    void save(const QString &lessonId, qint64 positionMs) override { m_saved.insert(lessonId, positionMs); }

private:
    QHash<QString, qint64> m_saved;
};

} // namespace groundwork::core
