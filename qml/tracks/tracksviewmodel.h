#pragma once

#include "content/contentpack.h"
#include "learner/payload.h"
#include "tracksmodels.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace groundwork::core {
class LearnerData;
class Preferences;
}

namespace groundwork::tracks {

// The tracks screen: every track, the items of the one being browsed with what is done, and
// the track's outcomes ("Is it for me?" ends with a choice, offered as equals). A chosen
// outcome is recorded as a reflection (prompt id "outcome", text = the outcome id), so it
// persists like any other answer and stays private in a private track.
class TracksViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell over the learner's data")
    Q_PROPERTY(groundwork::tracks::TracksModel *tracks READ tracks CONSTANT)
    Q_PROPERTY(groundwork::tracks::TrackItemsModel *items READ items CONSTANT)
    // The track being browsed (default: the track Today draws from)
    Q_PROPERTY(QString trackId READ trackId WRITE setTrackId NOTIFY trackChanged)
    Q_PROPERTY(QString trackTitle READ trackTitle NOTIFY trackChanged)
    Q_PROPERTY(QString trackSummary READ trackSummary NOTIFY trackChanged)
    Q_PROPERTY(bool trackIsPrivate READ trackIsPrivate NOTIFY trackChanged)
    // The track Today draws from
    Q_PROPERTY(QString activeTrackId READ activeTrackId NOTIFY activeTrackChanged)
    // [{outcomeId, label, closing (Markdown)}] of the browsed track, in authored order
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY trackChanged)
    Q_PROPERTY(QString chosenOutcome READ chosenOutcome NOTIFY changed)
    Q_PROPERTY(QString chosenOutcomeLabel READ chosenOutcomeLabel NOTIFY changed)
    Q_PROPERTY(QString chosenOutcomeClosing READ chosenOutcomeClosing NOTIFY changed)
    // The path the chosen outcome opens (empty when none is chosen or it has none), and the
    // track it leads on to ("" when none)
    Q_PROPERTY(groundwork::tracks::TrackItemsModel *pathItems READ pathItems CONSTANT)
    Q_PROPERTY(QString nextTrackId READ nextTrackId NOTIFY changed)
    Q_PROPERTY(QString nextTrackTitle READ nextTrackTitle NOTIFY changed)
    // The browsed track's closing step, after its last item: a title, Markdown text, its
    // reflection (closingItems: one reflection row, none without a closing step) and, when the
    // step shows it, the role the learner measures against (the Profile's choice).
    Q_PROPERTY(bool hasClosingStep READ hasClosingStep NOTIFY trackChanged)
    Q_PROPERTY(QString closingStepTitle READ closingStepTitle NOTIFY trackChanged)
    Q_PROPERTY(QString closingStepText READ closingStepText NOTIFY trackChanged)
    Q_PROPERTY(groundwork::tracks::TrackItemsModel *closingItems READ closingItems CONSTANT)
    Q_PROPERTY(bool closingShowsRole READ closingShowsRole NOTIFY trackChanged)
    Q_PROPERTY(QString roleTitle READ roleTitle NOTIFY changed)
    Q_PROPERTY(QString roleSummary READ roleSummary NOTIFY changed)
    // Empty, or why the last save did not reach the disk
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    static inline const char *const kOutcomePrompt = core::learner::kOutcomePromptId;

    // Which reflections hold text and each track's outcome are read from the learner's
    // derived state (LearnerState) at each change.
    // preferences (optional) keeps the followed track between runs.
    explicit TracksViewModel(core::LearnerData &data, core::Preferences *preferences = nullptr,
                             QObject *parent = nullptr);

    // The row models are filled when first asked for (the Tracks page, not Today's first frame,
    // needs them: filling them parses every lesson and drill of every track), then kept current.
    TracksModel *tracks() { return rowsWanted(&m_tracks); }
    TrackItemsModel *items() { return rowsWanted(&m_items); }
    TrackItemsModel *pathItems() { return rowsWanted(&m_pathItems); }
    TrackItemsModel *closingItems() { return rowsWanted(&m_closingItems); }
    QString trackId() const { return m_trackId; }
    void setTrackId(const QString &trackId);
    QString trackTitle() const;
    QString trackSummary() const;
    bool trackIsPrivate() const;
    QString activeTrackId() const;
    QVariantList outcomes() const;
    QString chosenOutcome() const;
    QString chosenOutcomeLabel() const;
    QString chosenOutcomeClosing() const;
    QString nextTrackId() const;
    QString nextTrackTitle() const;
    bool hasClosingStep() const;
    QString closingStepTitle() const;
    QString closingStepText() const;
    bool closingShowsRole() const;
    // The role the learner measures against: the Profile's choice, else the pack's first.
    QString roleTitle() const;
    QString roleSummary() const;
    QString lastError() const;

    // Records the outcome of the browsed track; false (lastError says why) if the save failed
    // or the id is not one of its outcomes.
    Q_INVOKABLE bool chooseOutcome(const QString &outcomeId);
    // Makes a track the one Today draws from.
    Q_INVOKABLE bool follow(const QString &trackId);
    // The latest answer saved to a reflection prompt of the browsed track, empty when none.
    Q_INVOKABLE QString reflectionText(const QString &promptId) const;
    // Saves an answer to a reflection prompt of the browsed track; false (lastError says why)
    // if it could not be saved.
    Q_INVOKABLE bool saveReflection(const QString &promptId, const QString &text);

    // "why are you moving back?" -> "Why are you moving back?": the first bold phrase of a
    // prompt, else its first sentence; public for tests.
    static QString reflectionTitle(const QString &prompt);

public slots:
    void refresh();

signals:
    void trackChanged();
    void activeTrackChanged();
    void changed();
    void lastErrorChanged();

private:
    TrackItemRow rowOf(const QString &trackId, const core::pb::TrackItem &item) const;
    QVector<TrackItemRow> rowsOf(const QString &trackId,
                                 const QList<const core::pb::TrackItem *> &items) const;
    // The track's items, then its closing reflection (a step of the track like the others).
    QVector<TrackItemRow> itemsOf(const QString &trackId) const;
    QVector<TrackItemRow> closingRowsOf(const QString &trackId) const;
    QVector<TrackItemRow> pathRowsOf(const QString &trackId) const;
    void showBrowsedTrack();
    void fillRows();
    template<typename Model>
    Model *rowsWanted(Model *model)
    {
        if (!m_rowsWanted) {
            m_rowsWanted = true;
            fillRows();
        }
        return model;
    }
    const core::pb::TrackOutcome *chosenOutcomeEntry() const;
    const core::pb::RoleTemplate *role() const;

    core::LearnerData &m_data;
    QPointer<core::Preferences> m_preferences;
    TracksModel m_tracks;
    TrackItemsModel m_items;
    TrackItemsModel m_pathItems;
    TrackItemsModel m_closingItems;
    QString m_trackId;
    bool m_rowsWanted = false;
};

} // namespace groundwork::tracks
