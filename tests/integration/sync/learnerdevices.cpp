#include "learnerdevices.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>
#include <QUuid>

namespace groundwork::sync::testing {

using namespace groundwork::core::learner;

std::unique_ptr<LearnerStore> openLearnerStore(const QString &path)
{
    auto opened = LearnerStore::open(path);
    if (!opened.store)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opened.message));
    return std::move(opened.store);
}

Event makeEvent(const LearnerStore &store, EventKind kind, qint64 timeMs, QByteArray payload,
                bool isPrivate)
{
    Event e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = kind;
    e.timeMs = timeMs;
    e.utcOffsetMinutes = 60;
    e.deviceId = store.deviceId();
    e.contentVersion = kTestContentVersion;
    e.isPrivate = isPrivate;
    e.payload = std::move(payload);
    return e;
}

void practise(LearnerStore &store, qint64 t, const QString &lesson, const QString &drill)
{
    const QString track = QStringLiteral("ready-to-lead");
    QVERIFY(store.append(makeEvent(store, EventKind::LessonStarted, t, encodePayload(LessonPayload{track, lesson}))));
    QVERIFY(store.append(makeEvent(store, EventKind::LessonFinished, t + 1000, encodePayload(LessonPayload{track, lesson}))));
    QVERIFY(store.append(makeEvent(store, EventKind::QuickCheckAnswered, t + 2000,
                                   encodePayload(QuickCheckPayload{lesson, 1, true, -1, {}}))));
    const QString attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int i = 0; i < 2; ++i) {
        DecisionPayload d;
        d.attemptId = attempt;
        d.drillId = drill;
        d.decisionId = QStringLiteral("decision-%1").arg(i);
        d.optionId = QStringLiteral("option-%1").arg(i);
        d.confidencePercent = 80;
        d.best = i == 0;
        d.scores = {{QStringLiteral("delegation"), i == 0 ? 1.0 : 0.5}, {QStringLiteral("feedback"), 0.75}};
        QVERIFY(store.append(makeEvent(store, EventKind::DrillDecision, t + 10'000 + i * 1000, encodePayload(d))));
    }
}

// A profile as the Profile screen would hold it; `shift` moves every estimate a little.
ReadinessProfile profileFor(const QString &roleId, double shift)
{
    ReadinessProfile p;
    p.roleId = roleId;
    p.roleTitle = QStringLiteral("Engineering manager");
    const QStringList ids{QStringLiteral("delegation"), QStringLiteral("feedback"), QStringLiteral("prioritising")};
    for (int i = 0; i < ids.size(); ++i) {
        DimensionReadiness d;
        d.dimensionId = ids[i];
        d.name = ids[i];
        d.weight = 1.0 / 3;
        d.estimate.dimensionId = ids[i];
        d.estimate.mean = 0.5 + 0.1 * i + shift;
        d.estimate.low = d.estimate.mean - 0.2;
        d.estimate.high = d.estimate.mean + 0.2;
        d.estimate.evidence = 4 + i;
        d.estimate.trend = DimensionEstimate::Trend::Rising;
        p.dimensions << d;
    }
    p.overall = 0.6 + shift;
    p.overallLow = 0.45 + shift;
    p.overallHigh = 0.75 + shift;
    p.evidence = 15;
    p.calibration.verdict = Calibration::Verdict::OverConfident;
    return p;
}

bool useEnglishPluralForms()
{
    static QTranslator english;
    if (!english.isEmpty())
        return true;
    return english.load(QStringLiteral(":/i18n/groundwork_en.qm")) && QCoreApplication::installTranslator(&english);
}

} // namespace groundwork::sync::testing
