#pragma once

#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace groundwork::ui {

// The Material style's shadow under a raised button, drawn from the effect's own pixels
// rendered once (scripts/render-button-shadows.sh) as a nine-patch: the style renders it per
// button through two layers and four shader effects (ElevationEffect), which cost about 1 M
// instructions a button before the first frame and an offscreen pass whenever it is redrawn.
// The item covers the button's background and 24 pixels around it (where the shadow reaches).
class ButtonShadow : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    // The shadow of a pressed button (the style's elevation 8) instead of one at rest (2).
    Q_PROPERTY(bool raised READ raised WRITE setRaised NOTIFY raisedChanged)

public:
    // How far the picture reaches outside the background on each side.
    static constexpr int kReach = 24;

    explicit ButtonShadow(QQuickItem *parent = nullptr);

    bool raised() const { return m_raised; }
    void setRaised(bool raised);

signals:
    void raisedChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;

private:
    bool m_raised = false;
};

} // namespace groundwork::ui
