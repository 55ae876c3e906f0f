#pragma once

#include <QString>
#include <QUrl>

namespace groundwork::core {

// Makes a lesson's narration playable as a plain file. The audio ships inside the app's content
// resources; media back ends (GStreamer, Media Foundation, ...) differ in whether they can read
// Qt resources, so each file is copied once into a cache folder keyed by content version.
class NarrationFiles
{
public:
    // `resourceRoot` is where the pack's audio lives (":/content"), `cacheDir` a writable folder.
    NarrationFiles(QString resourceRoot, QString cacheDir, QString contentVersion);

    // A file:// URL for the pack-relative audio path ("audio/<lesson>.mp3"), or an empty URL
    // when the audio is missing or cannot be copied.
    QUrl playableUrl(const QString &packRelativeFile) const;

private:
    QString m_resourceRoot;
    QString m_cacheDir;
};

} // namespace groundwork::core
