// The feature modules are static libraries, linked into the executable. Their QML plugins are not
// imported: Qt 6.4 parses the metadata of every static plugin again at each import of a module
// with a plugin and at each plugin factory lookup (the platform, SQL drivers, accessibility),
// which cost the first frame some 7 M instructions with eleven of them. A module's qmldir names
// its plugin as optional, so the engine instead calls the module's type registration, which
// registers itself (QQmlModuleRegistration) once its object file is linked; the references
// below link each of them.
using QmlTypeRegistration = void (*)();

void qml_register_types_Groundwork_Core();
void qml_register_types_Groundwork_Ui();
void qml_register_types_Groundwork_Lesson();
void qml_register_types_Groundwork_Today();
void qml_register_types_Groundwork_Drill();
void qml_register_types_Groundwork_Tracks();
void qml_register_types_Groundwork_Profile();
void qml_register_types_Groundwork_Settings();
void qml_register_types_Groundwork_Onboarding();
void qml_register_types_Groundwork_Cohort();
void qml_register_types_Groundwork_Lead();

extern const QmlTypeRegistration groundworkQmlModules[];
const QmlTypeRegistration groundworkQmlModules[] = {
    &qml_register_types_Groundwork_Core,     &qml_register_types_Groundwork_Ui,
    &qml_register_types_Groundwork_Lesson,   &qml_register_types_Groundwork_Today,
    &qml_register_types_Groundwork_Drill,    &qml_register_types_Groundwork_Tracks,
    &qml_register_types_Groundwork_Profile,  &qml_register_types_Groundwork_Settings,
    &qml_register_types_Groundwork_Onboarding, &qml_register_types_Groundwork_Cohort,
    &qml_register_types_Groundwork_Lead,
};
