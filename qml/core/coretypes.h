#pragma once

// The core's types that screens name in QML, registered here so that core/ stays free of QML.

#include "content/lessoncontent.h"
#include "settings/preferences.h"

#include <QtQml/qqml.h> // QML_FOREIGN needs the registration internals, not only the macros

namespace groundwork::qmlcore {

// One lesson as the lesson screen shows it.
struct LessonContentForeign
{
    Q_GADGET
    QML_FOREIGN(groundwork::core::LessonContent)
    QML_NAMED_ELEMENT(LessonContent)
    QML_UNCREATABLE("Made by LessonViewModel")
};

// The device's settings, which the window, the first run and the settings screen bind to.
struct PreferencesForeign
{
    Q_GADGET
    QML_FOREIGN(groundwork::core::Preferences)
    QML_NAMED_ELEMENT(Preferences)
    QML_UNCREATABLE("Built by the app shell")
};

} // namespace groundwork::qmlcore
