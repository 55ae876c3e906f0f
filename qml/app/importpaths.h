#pragma once

#include <QStringList>

namespace groundwork::app {

// Where the engine looks for QML modules, given its default list and Qt's installed QML
// folder: the app's own modules (compiled in, under qrc:/qt/qml), then Qt's installed ones,
// then the rest of the defaults. Where Qt's modules are installed on disk (that folder holds
// QtQuick/qmldir), the copies of their qmldir files that Qt's libraries also carry in
// resources (qrc:/qt-project.org/imports, which static builds need) are left out of the
// search: every import was looked up in both, 1.5 M instructions before the first frame.
QStringList qmlImportPaths(const QStringList &defaults, const QString &installedQml);

} // namespace groundwork::app
