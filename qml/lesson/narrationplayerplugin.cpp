#include "narrationplayerplugin.h"

#include <QDir>
#include <QPluginLoader>

namespace groundwork::lesson {

namespace {

NarrationPlayerPlugin *linkedInPlugin()
{
    const QObjectList instances = QPluginLoader::staticInstances();
    for (QObject *instance : instances)
        if (auto *plugin = qobject_cast<NarrationPlayerPlugin *>(instance))
            return plugin;
    return nullptr;
}

NarrationPlayerPlugin *loadPlugin(const QStringList &dirs, const QString &name, QString &error)
{
    QStringList tried;
    for (const QString &dir : dirs) {
        // QPluginLoader adds the platform's prefix and suffix (libX.so, X.dll) to the name.
        QPluginLoader loader(QDir(dir).absoluteFilePath(name));
        if (auto *plugin = qobject_cast<NarrationPlayerPlugin *>(loader.instance()))
            return plugin; // the loader's destruction leaves the library loaded
        tried << QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(dir),
                                                loader.isLoaded() ? QStringLiteral("not a narration player")
                                                                  : loader.errorString());
        loader.unload();
    }
    error = QStringLiteral("no narration player plugin %1 in %2").arg(name, tried.join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace

NarrationPlayerFactory narrationPlayerFromPlugin(const QStringList &dirs, const QString &name)
{
    return [dirs, name](NarrationPlayerEvents &events) -> NarrationPlayerMade {
        QString error;
        NarrationPlayerPlugin *plugin = linkedInPlugin();
        if (!plugin)
            plugin = loadPlugin(dirs, name, error);
        if (!plugin)
            return {nullptr, error};
        return {plugin->createPlayer(events), QString()};
    };
}

} // namespace groundwork::lesson
