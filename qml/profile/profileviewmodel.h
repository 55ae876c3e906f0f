#pragma once

#include "assessmentmodel.h"
#include "learner/readiness.h"
#include "profilemodel.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <QtQml/qqmlregistration.h>

namespace groundwork::core {
class CohortRoleBook;
class LearnerData;
class Preferences;
}

namespace groundwork::profile {

// The readiness profile screen: the learner's judgment per dimension against a chosen role,
// how much evidence backs it, its trend, and calibration in plain words. Rebuilt whenever the
// session changes.
class ProfileViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell over the learner's data")
    Q_PROPERTY(groundwork::profile::ProfileModel *dimensions READ dimensions CONSTANT)
    // [{roleId, title, summary}]: the cohort's role first (when the lead set one), then the pack's
    Q_PROPERTY(QVariantList roles READ roles NOTIFY roleChanged)
    Q_PROPERTY(QString roleId READ roleId WRITE setRoleId NOTIFY roleChanged)
    Q_PROPERTY(QString roleTitle READ roleTitle NOTIFY roleChanged)
    Q_PROPERTY(QString roleSummary READ roleSummary NOTIFY roleChanged)
    Q_PROPERTY(double overall READ overall NOTIFY changed)
    Q_PROPERTY(double overallLow READ overallLow NOTIFY changed)
    Q_PROPERTY(double overallHigh READ overallHigh NOTIFY changed)
    // The overall estimate and its band in words
    Q_PROPERTY(QString overallText READ overallText NOTIFY changed)
    Q_PROPERTY(int evidence READ evidence NOTIFY changed)
    Q_PROPERTY(QString evidenceText READ evidenceText NOTIFY changed)
    // Says how many answers were scored by keys since rewritten (kept, not counted); empty if none
    Q_PROPERTY(QString retiredText READ retiredText NOTIFY changed)
    // Names of the dimensions most worth practising (empty while there is no evidence)
    Q_PROPERTY(QStringList focus READ focus NOTIFY changed)
    Q_PROPERTY(QString focusText READ focusText NOTIFY changed)
    Q_PROPERTY(CalibrationVerdict calibrationVerdict READ calibrationVerdict NOTIFY changed)
    Q_PROPERTY(QString calibrationText READ calibrationText NOTIFY changed)
    // One line per confidence level used, e.g. "When you say 80% sure you are right 62% of the time (14 decisions)"
    Q_PROPERTY(QStringList calibrationDetails READ calibrationDetails NOTIFY changed)
    Q_PROPERTY(int ratedDecisions READ ratedDecisions NOTIFY changed)
    // Weeks with evidence, oldest first, at most kSeriesWeeks:
    // [{weekStart: "2025-03-03", label: "3 Mar", score: 0..1 (role-weighted), decisions: n}]
    Q_PROPERTY(QVariantList weeklySeries READ weeklySeries NOTIFY changed)
    // The readiness assessment: each completed sitting, measured against the chosen role
    Q_PROPERTY(groundwork::profile::AssessmentModel *assessments READ assessments CONSTANT)
    // The change from the first sitting to the second (after minus before, 0..1 scale, 90%
    // interval); hasAssessmentChange is false until both forms are taken
    Q_PROPERTY(bool hasAssessmentChange READ hasAssessmentChange NOTIFY changed)
    Q_PROPERTY(double assessmentChange READ assessmentChange NOTIFY changed)
    Q_PROPERTY(double assessmentChangeLow READ assessmentChangeLow NOTIFY changed)
    Q_PROPERTY(double assessmentChangeHigh READ assessmentChangeHigh NOTIFY changed)
    // The interval excludes zero (otherwise: "no clear change yet")
    Q_PROPERTY(bool assessmentChangeClear READ assessmentChangeClear NOTIFY changed)
    Q_PROPERTY(QString assessmentChangeText READ assessmentChangeText NOTIFY changed)
    // Per dimension: [{dimensionId, name, text, clear}]
    Q_PROPERTY(QVariantList assessmentDimensionChanges READ assessmentDimensionChanges NOTIFY changed)
    // A sitting is open now (offered quietly here even after "Skip for now" on Today)
    Q_PROPERTY(bool assessmentAvailable READ assessmentAvailable NOTIFY changed)
    // What the assessment is and when the next sitting opens; empty when both are taken
    Q_PROPERTY(QString assessmentOfferText READ assessmentOfferText NOTIFY changed)
    // A one-time note that the cohort's lead set or changed the role the cohort trains for
    Q_PROPERTY(bool hasRoleNote READ hasRoleNote NOTIFY roleNoteChanged)
    Q_PROPERTY(QString roleNoteTitle READ roleNoteTitle NOTIFY roleNoteChanged)
    // What changed, one line each (empty for the first role: the title says it all)
    Q_PROPERTY(QStringList roleNoteLines READ roleNoteLines NOTIFY roleNoteChanged)
    Q_PROPERTY(QString roleNoteFooter READ roleNoteFooter NOTIFY roleNoteChanged)
    // Whether a shared profile carries these results (the learner's choice, off by default)
    Q_PROPERTY(bool shareAssessment READ shareAssessment WRITE setShareAssessment NOTIFY changed)

public:
    static constexpr int kSeriesWeeks = 12;

    // The same values as core::learner::Calibration::Verdict, which QML cannot name.
    enum class CalibrationVerdict { TooLittleEvidence, WellCalibrated, OverConfident, UnderConfident };
    Q_ENUM(CalibrationVerdict)

    // preferences (optional) keeps the chosen role between runs; cohortRole (optional) holds
    // the role the learner's cohort trains for, the default when the learner chose none.
    explicit ProfileViewModel(core::LearnerData &data, core::Preferences *preferences = nullptr,
                              core::CohortRoleBook *cohortRole = nullptr, QObject *parent = nullptr);

    ProfileModel *dimensions() { return &m_model; }
    QVariantList roles() const;
    QString roleId() const { return m_roleId; }
    // An empty or unknown id means "no role": every dimension weighs the same.
    void setRoleId(const QString &roleId);
    QString roleTitle() const;
    QString roleSummary() const;
    double overall() const { return m_profile.overall; }
    double overallLow() const { return m_profile.overallLow; }
    double overallHigh() const { return m_profile.overallHigh; }
    QString overallText() const;
    int evidence() const { return m_profile.evidence; }
    QString evidenceText() const;
    QString retiredText() const;
    QStringList focus() const;
    QString focusText() const;
    CalibrationVerdict calibrationVerdict() const;
    QString calibrationText() const;
    QStringList calibrationDetails() const;
    int ratedDecisions() const { return m_profile.calibration.rated; }
    QVariantList weeklySeries() const;

    // Plain words for a calibration; public for tests.
    static QString describeCalibration(const core::learner::Calibration &calibration);

    const core::learner::ReadinessProfile &profile() const { return m_profile; }

    AssessmentModel *assessments() { return &m_assessments; }
    bool hasAssessmentChange() const { return m_change.has_value(); }
    double assessmentChange() const { return m_change ? m_change->difference : 0.0; }
    double assessmentChangeLow() const { return m_change ? m_change->low : 0.0; }
    double assessmentChangeHigh() const { return m_change ? m_change->high : 0.0; }
    bool assessmentChangeClear() const { return m_change && m_change->clear(); }
    QString assessmentChangeText() const;
    QVariantList assessmentDimensionChanges() const;
    bool assessmentAvailable() const;
    QString assessmentOfferText() const;
    bool shareAssessment() const;
    void setShareAssessment(bool share);
    // The completed sittings against the chosen role, in the order taken (what may be shared).
    QVector<core::learner::AssessmentResult> assessmentResults() const;

    bool hasRoleNote() const;
    QString roleNoteTitle() const;
    QStringList roleNoteLines() const;
    QString roleNoteFooter() const;
    // The learner closed the note; it comes back only with the next version.
    Q_INVOKABLE void dismissRoleNote();

    // Plain words for a change between two sittings; public for tests.
    static QString describeChange(const core::learner::AssessmentChange &change);

public slots:
    void refresh();

signals:
    void changed();
    void roleChanged();
    void roleNoteChanged();

private:
    void adoptDeviceSharingChoice();
    core::learner::ReadinessProfile equalWeightProfile() const;
    QString chooseRole() const;
    bool measuresCohortRole() const;
    void cohortRoleArrived();
    QVariantList buildSeries() const;

    core::LearnerData &m_data;
    QPointer<core::Preferences> m_preferences;
    QPointer<core::CohortRoleBook> m_cohortRole;
    core::learner::ReadinessProfiler m_profiler;
    ProfileModel m_model;
    QString m_roleId;
    core::learner::ReadinessProfile m_profile;
    // Built when first read after a change: only the Profile page draws it, and Today shows
    // before anyone opens that page (0.5 M instructions with five years of weeks).
    mutable std::optional<QVariantList> m_series;
    AssessmentModel m_assessments;
    std::optional<core::learner::AssessmentChange> m_change;
};

} // namespace groundwork::profile
