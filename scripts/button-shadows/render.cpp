// Renders the Material style's elevation shadow (ElevationEffect) of a button's background and
// writes it as a small nine-patch of alpha bytes (81 x 81, row by row) for Groundwork.Ui's
// ButtonShadow, which draws them instead of rendering the effect (two layers and four shader
// effects per button). Raw bytes, not a PNG: decoding a picture costs the app a scan of Qt's
// image format plugins (2.9 M instructions) before Today's first frame.
// The shadow is drawn around a transparent rectangle on white, so each pixel's darkening is the
// shadow's alpha (the shadow is black): alpha = 255 - grey.
// Usage: render <elevation> <out.alpha>   (under a display with OpenGL, e.g. xvfb-run)
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTimer>

#include <cstdio>

namespace {

// The rectangle the shadow is made for: a button background's corner radius (2) and height (36);
// any width, as the middle of the picture is stretched.
constexpr int kWidth = 200;
constexpr int kHeight = 36;
constexpr int kRadius = 2;
constexpr int kMargin = 60;
// What the picture keeps of each side: kOutside pixels outside the rectangle (the widest
// shadow, elevation 8, reaches 22) and kInside inside it (where the shadow's fall-off ends;
// 14 at elevation 8), then one middle row and column to stretch.
constexpr int kOutside = 24;
constexpr int kInside = 16;

// The corners and edges of the shadow rendered on white, with one middle row and column between
// them, as alpha bytes.
QByteArray ninePatchAlpha(const QImage &onWhite)
{
    const int side = kOutside + kInside;
    const int size = 2 * side + 1;
    const auto source = [&](int p, int extent) { // patch coordinate -> rendered coordinate
        const int start = kMargin - kOutside;
        return p < side ? start + p : p == side ? kMargin + extent / 2 : kMargin + extent + kOutside - (size - p);
    };
    QByteArray alpha;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            alpha.append(char(255 - qRed(onWhite.pixel(source(x, kWidth), source(y, kHeight)))));
    return alpha;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <elevation> <out.alpha>\n", argv[0]);
        return 2;
    }
    const int elevation = QString::fromLocal8Bit(argv[1]).toInt();
    const QString out = QString::fromLocal8Bit(argv[2]);
    QQuickView view;
    view.setColor(Qt::white);
    QQmlComponent component(view.engine());
    component.setData(QStringLiteral("import QtQuick\nimport QtQuick.Controls.Material.impl\n"
                                     "Item { width: %1; height: %2\n"
                                     "  Rectangle { x: %3; y: %3; width: %4; height: %5; radius: %6\n"
                                     "    color: 'transparent'; layer.enabled: true\n"
                                     "    layer.effect: ElevationEffect { elevation: %7 } } }\n")
                          .arg(kWidth + 2 * kMargin).arg(kHeight + 2 * kMargin).arg(kMargin)
                          .arg(kWidth).arg(kHeight).arg(kRadius).arg(elevation).toUtf8(),
                      QUrl());
    auto *root = qobject_cast<QQuickItem *>(component.create());
    if (!root) {
        for (const QQmlError &error : component.errors())
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    view.setContent(QUrl(), &component, root);
    view.resize(kWidth + 2 * kMargin, kHeight + 2 * kMargin);
    view.show();
    int status = 0;
    QTimer::singleShot(1000, &app, [&] {
        const QImage grabbed = view.grabWindow().convertToFormat(QImage::Format_ARGB32);
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(ninePatchAlpha(grabbed)) != (2 * (kOutside + kInside) + 1) * (2 * (kOutside + kInside) + 1)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(out));
            status = 1;
        }
        app.quit();
    });
    app.exec();
    return status;
}
