#include "viewmodelpack.h"

#include "settings/preferences.h"
#include "profileviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace groundwork::core;
using groundwork::profile::ProfileModel;
using groundwork::profile::ProfileViewModel;
using groundwork::core::testing::LearnerFixture;

namespace {

// The view-model pack under another content version, optionally with "handover" re-keyed.
std::shared_ptr<const ContentPack> packVersion(const char *version, const char *handoverKeyedSince)
{
    pb::ContentPack p = groundwork::core::testing::makeViewModelPackData();
    p.set_content_version(version);
    for (auto &drill : *p.mutable_drills())
        if (drill.id() == "handover")
            drill.set_keyed_since(handoverKeyedSince);
    std::string bytes;
    p.SerializeToString(&bytes);
    return ContentPack::fromBytes(QByteArray::fromStdString(bytes)).pack;
}

QVariant role(const ProfileModel &model, int row, const QByteArray &name)
{
    return model.data(model.index(row), model.roleNames().key(name));
}

int rowOf(const ProfileModel &model, const QString &dimensionId)
{
    for (int i = 0; i < model.rowCount(); ++i)
        if (role(model, i, "dimensionId").toString() == dimensionId)
            return i;
    return -1;
}

} // namespace

class TestProfileViewModel : public QObject
{
    Q_OBJECT

    QTranslator m_plurals;

private slots:
    // The English plural forms ("1 decision"), as the app installs them.
    void initTestCase()
    {
        QVERIFY(m_plurals.load(QStringLiteral(":/i18n/groundwork_en.qm")));
        QCoreApplication::installTranslator(&m_plurals);
    }

    void startsFromTheFirstRoleWithNoEvidence()
    {
        LearnerFixture f;
        MemoryPreferences prefs;
        ProfileViewModel vm(*f.data, &prefs);
        QAbstractItemModelTester tester(vm.dimensions(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        QCOMPARE(vm.roles().size(), 2);
        QCOMPARE(vm.roleId(), QStringLiteral("em"));
        QCOMPARE(vm.roleTitle(), QStringLiteral("Engineering manager"));
        const ProfileModel &model = *vm.dimensions();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(role(model, 0, "dimensionId").toString(), QStringLiteral("delegation"));
        QCOMPARE(role(model, 0, "definition").toString(), QStringLiteral("What delegation means."));
        double weights = 0;
        for (int i = 0; i < model.rowCount(); ++i) {
            weights += role(model, i, "weight").toDouble();
            QCOMPARE(role(model, i, "evidence").toInt(), 0);
            QCOMPARE(role(model, i, "trend").toInt(), int(ProfileModel::Trend::Unknown));
            QCOMPARE(role(model, i, "mean").toDouble(), 0.5);
            QVERIFY(role(model, i, "low").toDouble() < 0.1);
            QVERIFY(role(model, i, "high").toDouble() > 0.9);
            QCOMPARE(role(model, i, "isFocus").toBool(), false);
        }
        QVERIFY(qAbs(weights - 1.0) < 1e-9);
        QCOMPARE(vm.evidence(), 0);
        QCOMPARE(vm.evidenceText(), QStringLiteral("no evidence yet"));
        QVERIFY(vm.overallText().startsWith(QStringLiteral("No evidence yet")));
        QVERIFY(vm.focus().isEmpty());
        QCOMPARE(vm.calibrationVerdict(), ProfileViewModel::CalibrationVerdict::TooLittleEvidence);
        QCOMPARE(vm.calibrationText(),
                 QStringLiteral("Too little evidence yet: rate your confidence on 20 decisions to "
                                "see calibration."));
        QVERIFY(vm.weeklySeries().isEmpty());
    }

    // Answers scored by a key that has since been rewritten are kept and said to be kept, but
    // the profile no longer counts them.
    void answersUnderARetiredKeyAreNamedNotCounted()
    {
        LearnerFixture f;
        f.data = std::make_unique<LearnerData>(*f.store, packVersion("2026.11.0+aaaaaaaa", ""),
                                                     f.clock, QStringLiteral("ready-to-lead"));
        QVERIFY(f.playHandover(QStringLiteral("hand"), QStringLiteral("checkpoints"), 80));
        {
            ProfileViewModel before(*f.data);
            QCOMPARE(before.evidence(), 2);
            QCOMPARE(before.retiredText(), QString());
        }
        f.data = std::make_unique<LearnerData>(*f.store, packVersion("2026.12.0+bbbbbbbb", "2026.12.0"),
                                                     f.clock, QStringLiteral("ready-to-lead"));
        ProfileViewModel vm(*f.data);
        QCOMPARE(vm.evidence(), 0);
        QCOMPARE(vm.retiredText(),
                 QStringLiteral("2 earlier answers were scored by drill keys that have since been "
                                "rewritten. They stay in your history and your export, but no "
                                "longer count here."));
        QCOMPARE(f.store->eventCount(), 2); // nothing was deleted
        QVERIFY(f.playHandover(QStringLiteral("hand"), QStringLiteral("checkpoints"), 80));
        QCOMPARE(vm.evidence(), 2);         // the new key's answers count
    }

    void followsTheSessionAsEvidenceArrives()
    {
        LearnerFixture f;
        ProfileViewModel vm(*f.data);
        QAbstractItemModelTester tester(vm.dimensions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&vm, &ProfileViewModel::changed);
        QSignalSpy dataChanged(vm.dimensions(), &QAbstractItemModel::dataChanged);
        QVERIFY(vm.weeklySeries().isEmpty()); // built when read: read before the answers, then after

        QVERIFY(f.playHandover(QStringLiteral("hand"), QStringLiteral("checkpoints"), 80));
        QVERIFY(changed.count() >= 2);
        QVERIFY(dataChanged.count() >= 2);

        const ProfileModel &model = *vm.dimensions();
        const int delegation = rowOf(model, QStringLiteral("delegation"));
        QCOMPARE(role(model, delegation, "evidence").toInt(), 2);
        QVERIFY(role(model, delegation, "mean").toDouble() > 0.6);
        QVERIFY(role(model, delegation, "low").toDouble() < role(model, delegation, "mean").toDouble());
        QVERIFY(role(model, delegation, "high").toDouble() > role(model, delegation, "mean").toDouble());
        QCOMPARE(role(model, rowOf(model, QStringLiteral("standards")), "evidence").toInt(), 0);

        QCOMPARE(vm.evidence(), 2);
        QCOMPARE(vm.evidenceText(), QStringLiteral("2 decisions"));
        QVERIFY(vm.overallText().startsWith(QStringLiteral("About ")));
        QVERIFY(vm.overallLow() <= vm.overall() && vm.overall() <= vm.overallHigh());
        QCOMPARE(vm.focus().size(), 2);
        QVERIFY(!vm.focusText().isEmpty());
        QCOMPARE(vm.calibrationText(),
                 QStringLiteral("Too little evidence yet: rate your confidence on 18 more decisions "
                                "to see calibration."));

        const QVariantList series = vm.weeklySeries();
        QCOMPARE(series.size(), 1);
        const QVariantMap week = series.first().toMap();
        QCOMPARE(week.value(QStringLiteral("weekStart")).toString(), QStringLiteral("2025-03-03"));
        QCOMPARE(week.value(QStringLiteral("decisions")).toInt(), 2);
        QVERIFY(week.value(QStringLiteral("score")).toDouble() > 0.9);

        // Ten more attempts on the same role keep the rows in place (no reset).
        QSignalSpy reset(vm.dimensions(), &QAbstractItemModel::modelReset);
        for (int i = 0; i < 10; ++i)
            QVERIFY(f.playBar(QStringLiteral("role-bar")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(vm.evidence(), 12);
    }

    void roleChoiceChangesWeightsAndIsKept()
    {
        LearnerFixture f;
        MemoryPreferences prefs;
        {
            ProfileViewModel vm(*f.data, &prefs);
            QAbstractItemModelTester tester(vm.dimensions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
            QSignalSpy roleSpy(&vm, &ProfileViewModel::roleChanged);
            vm.setRoleId(QStringLiteral("nope"));
            QCOMPARE(vm.roleId(), QStringLiteral("em"));
            QCOMPARE(roleSpy.count(), 0);

            vm.setRoleId(QStringLiteral("ops"));
            QCOMPARE(roleSpy.count(), 1);
            QCOMPARE(vm.roleTitle(), QStringLiteral("Operations lead"));
            QCOMPARE(vm.dimensions()->rowCount(), 2);
            QCOMPARE(role(*vm.dimensions(), 0, "dimensionId").toString(), QStringLiteral("standards"));
            QVERIFY(qAbs(role(*vm.dimensions(), 0, "weight").toDouble() - 2.0 / 3.0) < 1e-9);
            QCOMPARE(prefs.roleId(), QStringLiteral("ops"));
            QVERIFY(f.playBar(QStringLiteral("own-bar")));
        }
        ProfileViewModel again(*f.data, &prefs);
        QCOMPARE(again.roleId(), QStringLiteral("ops"));
        QCOMPARE(again.evidence(), 1);
    }

    void calibrationInPlainWords_data()
    {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<double>("accuracy");
        QTest::addColumn<QString>("expected");
        using V = learner::Calibration::Verdict;
        QTest::newRow("over") << int(V::OverConfident) << 0.80 << 0.62
                              << "When you say you are 80% sure, you are right about 62% of the "
                                 "time: over-confident.";
        QTest::newRow("a little over") << int(V::OverConfident) << 0.80 << 0.71
                                       << "When you say you are 80% sure, you are right about 71% "
                                          "of the time: a little over-confident.";
        QTest::newRow("calibrated") << int(V::WellCalibrated) << 0.75 << 0.73
                                    << "When you say you are 75% sure, you are right about 73% of "
                                       "the time: well calibrated.";
        QTest::newRow("under") << int(V::UnderConfident) << 0.65 << 0.90
                               << "When you say you are 65% sure, you are right about 90% of the "
                                  "time: under-confident.";
    }

    void calibrationInPlainWords()
    {
        QFETCH(int, verdict);
        QFETCH(double, confidence);
        QFETCH(double, accuracy);
        QFETCH(QString, expected);
        learner::Calibration c;
        c.verdict = learner::Calibration::Verdict(verdict);
        c.rated = 30;
        c.meanConfidence = confidence;
        c.accuracy = accuracy;
        c.bias = confidence - accuracy;
        QCOMPARE(ProfileViewModel::describeCalibration(c), expected);
    }

    void calibrationFromRatedDecisions()
    {
        LearnerFixture f;
        ProfileViewModel vm(*f.data);
        for (int i = 0; i < learner::Calibration::kMinRated; ++i)
            QVERIFY(f.playBar(QStringLiteral("role-bar"), 65));
        QCOMPARE(vm.ratedDecisions(), 20);
        QCOMPARE(vm.calibrationVerdict(), ProfileViewModel::CalibrationVerdict::UnderConfident);
        QVERIFY2(vm.calibrationText().endsWith(QStringLiteral("under-confident.")),
                 qPrintable(vm.calibrationText()));
        QCOMPARE(vm.calibrationDetails(),
                 QStringList{QStringLiteral("When you say 65% sure you are right 100% of the time (20 decisions)")});
    }

    void weeklySeriesHasOnePointPerWeek()
    {
        LearnerFixture f;
        ProfileViewModel vm(*f.data);
        QVERIFY(f.playBar(QStringLiteral("own-bar")));
        f.clock.advance(7LL * 24 * 3600 * 1000);
        QVERIFY(f.playBar(QStringLiteral("role-bar")));
        QVERIFY(f.playBar(QStringLiteral("role-bar")));
        f.clock.advance(14LL * 24 * 3600 * 1000);
        QVERIFY(f.playHandover(QStringLiteral("hand"), QStringLiteral("checkpoints")));
        const QVariantList series = vm.weeklySeries();
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.at(0).toMap().value(QStringLiteral("weekStart")).toString(), QStringLiteral("2025-03-03"));
        QCOMPARE(series.at(1).toMap().value(QStringLiteral("weekStart")).toString(), QStringLiteral("2025-03-10"));
        QCOMPARE(series.at(2).toMap().value(QStringLiteral("weekStart")).toString(), QStringLiteral("2025-03-24"));
        QCOMPARE(series.at(1).toMap().value(QStringLiteral("decisions")).toInt(), 2);
        QVERIFY(series.at(0).toMap().value(QStringLiteral("score")).toDouble()
                < series.at(1).toMap().value(QStringLiteral("score")).toDouble());
    }
};

QTEST_GUILESS_MAIN(TestProfileViewModel)
#include "tst_profileviewmodel.moc"
