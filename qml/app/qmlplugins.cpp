// The feature modules are static libraries; importing their plugins here keeps main() tiny.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Groundwork_UiPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_LessonPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_TodayPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_DrillPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_TracksPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_ProfilePlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_OnboardingPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_CohortPlugin)
