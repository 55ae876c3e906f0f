#pragma once

#include "narrationplayer.h"

#include <QStringList>

namespace groundwork::lesson {

// The file name of the Qt Multimedia player plugin, without the platform's prefix and suffix.
inline const QString kNarrationPluginName = QStringLiteral("groundwork_narration_qtmultimedia");

// Players from the narration plugin: one linked in statically (where the platform has no loadable
// plugins) or else the first `name` found in `dirs`. Nothing is loaded until the first player is
// asked for; the plugin then stays loaded. A plugin that is missing or does not load gives no
// player and an error naming where it was looked for.
NarrationPlayerFactory narrationPlayerFromPlugin(const QStringList &dirs,
                                                 const QString &name = kNarrationPluginName);

} // namespace groundwork::lesson
