import QtQuick
import Groundwork.Ui
import Groundwork.Tracks // own C++ types: Qt 6.4's implicit import holds only the QML files

// One lesson, drill or reflection: an item of a track, its closing reflection or a step of the
// path a chosen outcome opens. A delegate of a TrackItemsModel.
ChoiceCard {
    id: card
    required property int index
    required property int kind
    required property string itemId
    required title
    required summary
    required property string prompt
    required property string hint
    required property bool done
    // How screen readers name its place, e.g. "Lesson 3"
    property string placeName: qsTr("%1 %2").arg(kindLabel).arg(index + 1)
    readonly property string kindLabel: kind === TrackItem.Lesson ? qsTr("Lesson")
                                        : kind === TrackItem.Drill ? qsTr("Drill") : qsTr("Reflection")

    objectName: "item_" + itemId
    width: parent ? parent.width : 0
    selectable: false
    badge: done ? qsTr("✓ Done") : ""
    detail: kind !== TrackItem.Reflection ? kindLabel
            : done ? qsTr("Reflection · you have written here")
            : qsTr("Reflection · write when you are ready")
    Accessible.name: qsTr("%1: %2%3").arg(placeName).arg(title).arg(done ? qsTr(", done") : "")
}
