#include "buttonshadow.h"

#include <QFile>
#include <QImage>
#include <QQuickWindow>
#include <QSGImageNode>

#include <array>

namespace groundwork::ui {

namespace {

// The pictures: kSide pixels of each edge (the reach outside and where the shadow's fall-off
// ends inside) around one middle row and column that stretch to the button's size.
constexpr int kSide = 40;
constexpr int kSize = 2 * kSide + 1;

// Black with the rendered alpha, read from the module's resources (raw bytes: decoding a PNG
// would first scan Qt's image format plugins). Null if the file is missing or short.
QImage loadShadow(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return {};
    const QByteArray alpha = input.readAll();
    if (alpha.size() != kSize * kSize)
        return {};
    QImage image(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < kSize; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < kSize; ++x)
            line[x] = qRgba(0, 0, 0, static_cast<uchar>(alpha[y * kSize + x]));
    }
    return image;
}

// Each read the first time it is drawn: no button is pressed before the first frame.
const QImage &shadowImage(bool raised)
{
    if (raised) {
        static const QImage pressed = loadShadow(QStringLiteral(":/qt/qml/Groundwork/Ui/shadows/elevation-8.alpha"));
        return pressed;
    }
    static const QImage rest = loadShadow(QStringLiteral(":/qt/qml/Groundwork/Ui/shadows/elevation-2.alpha"));
    return rest;
}

// The nine patches' node, remembering which picture its texture holds.
class ShadowNode : public QSGNode
{
public:
    bool raised = false;
};

// Start and length of the three spans (edge, middle, edge) along one side of `length` pixels,
// in the item and in the picture.
struct Spans
{
    std::array<qreal, 3> start, length;
};
Spans itemSpans(qreal length)
{
    const qreal middle = qMax<qreal>(0, length - 2 * kSide);
    const qreal edge = (length - middle) / 2;
    return {{0, edge, edge + middle}, {edge, middle, edge}};
}
constexpr Spans kPictureSpans{{0, kSide, kSide + 1}, {kSide, 1, kSide}};

} // namespace

ButtonShadow::ButtonShadow(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

void ButtonShadow::setRaised(bool raised)
{
    if (raised == m_raised)
        return;
    m_raised = raised;
    emit raisedChanged();
    update();
}

QSGNode *ButtonShadow::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<ShadowNode *>(old);
    if (node && node->raised != m_raised) {
        delete node;
        node = nullptr;
    }
    const QImage &image = shadowImage(m_raised);
    if (image.isNull() || width() <= 0 || height() <= 0) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = new ShadowNode;
        node->raised = m_raised;
        QSGTexture *texture = window()->createTextureFromImage(image);
        for (int i = 0; i < 9; ++i) {
            QSGImageNode *patch = window()->createImageNode();
            patch->setTexture(texture);
            patch->setOwnsTexture(i == 0); // the nine share it; the first deletes it
            patch->setFiltering(QSGTexture::Linear);
            node->appendChildNode(patch);
        }
    }
    const Spans across = itemSpans(width());
    const Spans down = itemSpans(height());
    auto *patch = static_cast<QSGImageNode *>(node->firstChild());
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            patch->setRect(across.start[column], down.start[row], across.length[column], down.length[row]);
            patch->setSourceRect(kPictureSpans.start[column], kPictureSpans.start[row],
                                 kPictureSpans.length[column], kPictureSpans.length[row]);
            patch = static_cast<QSGImageNode *>(patch->nextSibling());
        }
    }
    return node;
}

} // namespace groundwork::ui
