// The role the cohort trains for on the member's device: what changed between two versions
// (core::learner::roleChanges), the book that keeps it and what the member has seen
// (core::CohortRoleBook, across a reopened store), the default the profile measures against,
// and the one-time note on the Profile screen.
#include "viewmodelpack.h"

#include "learner/cohortrole.h"
#include "profileviewmodel.h"
#include "session/cohortrolebook.h"
#include "settings/preferences.h"

#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace groundwork::core;
using groundwork::core::learner::CohortRole;
using groundwork::core::learner::RoleChange;
using groundwork::core::testing::LearnerFixture;
using groundwork::profile::ProfileViewModel;

namespace {

CohortRole firstVersion()
{
    CohortRole r;
    r.templateId = QStringLiteral("em");
    r.title = QStringLiteral("Platform team lead");
    r.decisionsOwned = {QStringLiteral("Who works on what."), QStringLiteral("When to ship.")};
    r.decisionsNotOwned = {QStringLiteral("Salary bands.")};
    r.successAt90Days = {QStringLiteral("Two one-to-ones each.")};
    r.spanOfControl = 6;
    r.weights = {{QStringLiteral("delegation"), 1}, {QStringLiteral("trust"), 4}};
    r.version = 1;
    r.changedAtMs = 1'800'000'000'000;
    return r;
}

CohortRole secondVersion()
{
    CohortRole r = firstVersion();
    r.title = QStringLiteral("Platform lead");
    r.decisionsOwned = {QStringLiteral("Who works on what."), QStringLiteral("Who joins the team.")};
    r.spanOfControl = 8;
    r.weights = {{QStringLiteral("delegation"), 2}, {QStringLiteral("standards"), 3}};
    r.version = 2;
    r.changedAtMs += 86'400'000;
    return r;
}

} // namespace

class TestCohortRole : public QObject
{
    Q_OBJECT

    QTranslator m_plurals;

private slots:
    void initTestCase()
    {
        QVERIFY(m_plurals.load(QStringLiteral(":/i18n/groundwork_en.qm")));
        QCoreApplication::installTranslator(&m_plurals);
    }

    void changesListEveryFieldThatDiffers()
    {
        const QVector<RoleChange> changes = learner::roleChanges(firstVersion(), secondVersion());
        QCOMPARE(changes.size(), 6);
        QCOMPARE(changes[0].field, RoleChange::Field::Title);
        QCOMPARE(changes[0].afterText, QStringLiteral("Platform lead"));
        QCOMPARE(changes[1].field, RoleChange::Field::DecisionsOwned);
        QCOMPARE(changes[1].added, QStringList{QStringLiteral("Who joins the team.")});
        QCOMPARE(changes[1].removed, QStringList{QStringLiteral("When to ship.")});
        QCOMPARE(changes[2].field, RoleChange::Field::SpanOfControl);
        QCOMPARE(changes[2].before, 6.0);
        QCOMPARE(changes[2].after, 8.0);
        // Weights by dimension id: delegation 1 -> 2, standards 0 -> 3, trust 4 -> 0.
        QCOMPARE(changes[3].dimensionId, QStringLiteral("delegation"));
        QCOMPARE(changes[3].after, 2.0);
        QCOMPARE(changes[4].dimensionId, QStringLiteral("standards"));
        QCOMPARE(changes[4].before, 0.0);
        QCOMPARE(changes[5].dimensionId, QStringLiteral("trust"));
        QCOMPARE(changes[5].after, 0.0);
        CohortRole same = firstVersion();
        same.version = 5;
        QVERIFY(learner::roleChanges(firstVersion(), same).isEmpty());
    }

    void roleSurvivesJsonExactly()
    {
        const CohortRole r = secondVersion();
        QCOMPARE(CohortRole::fromJson(r.toJson()), std::optional(r));
        QVERIFY(!CohortRole::fromJson("{not json"));
        QVERIFY(!CohortRole::fromJson(QByteArray()));
    }

    void defaultIsTheCohortsRoleUnlessTheLearnerChose()
    {
        const auto packHas = [](const QString &id) { return id == u"em" || id == u"ops"; };
        using learner::effectiveRoleId;
        using learner::kCohortRoleId;
        QCOMPARE(effectiveRoleId(QString(), true, QStringLiteral("em"), packHas), kCohortRoleId);
        QCOMPARE(effectiveRoleId(QString(), false, QStringLiteral("em"), packHas), QStringLiteral("em"));
        QCOMPARE(effectiveRoleId(QStringLiteral("ops"), true, QStringLiteral("em"), packHas), QStringLiteral("ops"));
        QCOMPARE(effectiveRoleId(QStringLiteral("gone"), true, QStringLiteral("em"), packHas), kCohortRoleId);
        QCOMPARE(effectiveRoleId(kCohortRoleId, true, QStringLiteral("em"), packHas), kCohortRoleId);
        QCOMPARE(effectiveRoleId(kCohortRoleId, false, QStringLiteral("em"), packHas), QStringLiteral("em"));
    }

    // The book keeps the role and what was seen in the store: a reopened store knows both.
    void bookKeepsRoleAndWhatWasSeen()
    {
        LearnerFixture f;
        {
            CohortRoleBook book(*f.store);
            QSignalSpy changed(&book, &CohortRoleBook::changed);
            QVERIFY(!book.hasUnseenChange());
            QVERIFY(book.receive(firstVersion()));
            QVERIFY(!book.receive(firstVersion())); // the same again: nothing to tell
            QCOMPARE(changed.count(), 1);
            QVERIFY(book.hasUnseenChange());
            QVERIFY(book.unseenChanges().isEmpty()); // the first role: nothing to compare with
            book.acknowledge();
            QVERIFY(!book.hasUnseenChange());
            QVERIFY(book.receive(secondVersion()));
        }
        CohortRoleBook reopened(*f.store);
        QCOMPARE(reopened.role()->version, 2u);
        QCOMPARE(reopened.seen()->version, 1u);
        QVERIFY(reopened.hasUnseenChange());
        QCOMPARE(reopened.unseenChanges().size(), 6);
        reopened.acknowledge();
        CohortRoleBook again(*f.store);
        QVERIFY(!again.hasUnseenChange());
        again.forget();
        QVERIFY(!CohortRoleBook(*f.store).role());
    }

    // With no role chosen, the profile measures against the cohort's role, weighed by the
    // lead's weights; the learner can still pick a pack role, and that choice is kept.
    void profileDefaultsToTheCohortsRole()
    {
        LearnerFixture f;
        MemoryPreferences prefs;
        CohortRoleBook book(*f.store);
        ProfileViewModel vm(*f.data, &prefs, &book);
        QCOMPARE(vm.roleId(), QStringLiteral("em"));
        QCOMPARE(vm.roles().size(), 2);
        QVERIFY(!vm.hasRoleNote());

        QSignalSpy roleChanged(&vm, &ProfileViewModel::roleChanged);
        QVERIFY(book.receive(firstVersion()));
        QCOMPARE(roleChanged.count(), 1);
        QCOMPARE(vm.roleId(), learner::kCohortRoleId);
        QCOMPARE(vm.roleTitle(), QStringLiteral("Platform team lead"));
        QCOMPARE(vm.roles().size(), 3);
        QCOMPARE(vm.roles().first().toMap().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Platform team lead (your cohort)"));
        // The lead's weights: trust 4, delegation 1 (standards not weighed).
        QCOMPARE(vm.profile().dimensions.size(), 2);
        QCOMPARE(vm.profile().dimensions[0].dimensionId, QStringLiteral("trust"));
        QVERIFY(qAbs(vm.profile().dimensions[0].weight - 0.8) < 1e-9);
        QVERIFY(vm.roleSummary().contains(QStringLiteral("6 direct reports")));

        // The first role: a note saying the lead set it, nothing listed.
        QVERIFY(vm.hasRoleNote());
        QVERIFY(vm.roleNoteTitle().contains(QStringLiteral("Platform team lead")));
        QVERIFY(vm.roleNoteLines().isEmpty());
        QVERIFY(vm.roleNoteFooter().contains(QStringLiteral("now measures against it")));
        vm.dismissRoleNote();
        QVERIFY(!vm.hasRoleNote());

        // The learner compares against a pack role: kept when the cohort's role changes.
        vm.setRoleId(QStringLiteral("ops"));
        QCOMPARE(prefs.roleId(), QStringLiteral("ops"));
        QVERIFY(book.receive(secondVersion()));
        QCOMPARE(vm.roleId(), QStringLiteral("ops"));
        QVERIFY(vm.hasRoleNote());
        QCOMPARE(vm.roleNoteTitle(), QStringLiteral("Your cohort's role was updated (version 2)"));
        const QStringList lines = vm.roleNoteLines();
        QVERIFY2(lines.contains(QStringLiteral("Title: now “Platform lead” (was “Platform team lead”).")), qPrintable(lines.join(u'|')));
        QVERIFY(lines.contains(QStringLiteral("Decisions the manager owns, added: Who joins the team.")));
        QVERIFY(lines.contains(QStringLiteral("Decisions the manager owns, removed: When to ship.")));
        QVERIFY(lines.contains(QStringLiteral("Span of control: 8 direct reports (was 6).")));
        QVERIFY(lines.contains(QStringLiteral("Weight of Dimension delegation: 2 (was 1).")));
        QVERIFY(lines.contains(QStringLiteral("Dimension standards now counts for this role, with weight 3.")));
        QVERIFY(lines.contains(QStringLiteral("Dimension trust no longer counts for this role (its weight was 4).")));
        QVERIFY(vm.roleNoteFooter().contains(QStringLiteral("Platform lead (your cohort)")));

        // Back to the cohort's role by choice; the note goes once closed and stays gone.
        vm.setRoleId(learner::kCohortRoleId);
        QCOMPARE(vm.roleTitle(), QStringLiteral("Platform lead"));
        vm.dismissRoleNote();
        ProfileViewModel reopened(*f.data, &prefs, &book);
        QCOMPARE(reopened.roleId(), learner::kCohortRoleId);
        QVERIFY(!reopened.hasRoleNote());
    }
};

QTEST_GUILESS_MAIN(TestCohortRole)
#include "tst_cohortrole.moc"
