// The baseline for the startup benchmark: started and measured exactly like the app.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

// The app's twin (qml/app/appshell.cpp): bench.sh counts instructions up to it by name.
Q_NEVER_INLINE void firstFrameReported()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("first-frame-us %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(now).count()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Groundwork/Bench/Bare/BareWindow.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [connection] {
        QObject::disconnect(*connection);
        firstFrameReported();
        QTimer::singleShot(300, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    return app.exec();
}
