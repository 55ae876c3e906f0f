#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Groundwork_UiPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Groundwork_OnboardingPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(onboarding, Setup)

#include "main.moc"
