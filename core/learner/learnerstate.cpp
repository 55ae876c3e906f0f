#include "learner/derivation.h"

#include <QStringList>

namespace groundwork::core::learner {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QString decisionLine(const ScoredDecision &d)
{
    QString line = QStringLiteral("decision %1 %2 %3 %4/%5/%6/%7 c%8 b%9")
                       .arg(d.eventId)
                       .arg(d.day)
                       .arg(d.contentVersion, d.decision.attemptId, d.decision.drillId,
                            d.decision.decisionId, d.decision.optionId)
                       .arg(d.decision.confidencePercent)
                       .arg(int(d.decision.best));
    for (const auto &s : d.decision.scores)
        line += QStringLiteral(" %1=%2").arg(s.dimensionId, num(s.score));
    line += QStringLiteral(" shown%1 t%2").arg(d.decision.shownPosition).arg(d.timeMs);
    if (d.retired)
        line += QStringLiteral(" retired");
    if (d.isAssessment())
        line += QStringLiteral(" form%1").arg(d.assessmentForm);
    return line;
}

} // namespace

QString LearnerState::reflectionText(const QString &trackId, const QString &promptId) const
{
    if (promptId == QLatin1String(kOutcomePromptId))
        return outcomeTexts.value(trackId);
    if (const auto lesson = tryItLessonId(trackId, promptId))
        return tryItNote(*lesson);
    return reflectionTexts.value({trackId, promptId});
}

QString LearnerState::fingerprint() const
{
    QStringList out;
    out << QStringLiteral("events %1").arg(eventCount);
    out << QStringLiteral("started %1").arg(sorted(startedLessons).join(QLatin1Char(',')));
    out << QStringLiteral("finished %1").arg(sorted(finishedLessons).join(QLatin1Char(',')));
    for (auto it = lessonFinishedDays.cbegin(); it != lessonFinishedDays.cend(); ++it)
        out << QStringLiteral("finished %1 on %2").arg(it.key()).arg(it.value());
    out << QStringLiteral("checks %1/%2 reflections %3 retired %4")
               .arg(quickChecksCorrect).arg(quickChecks).arg(reflections).arg(retiredDecisions)
        + QStringLiteral(" assessment %1").arg(assessmentDecisions);
    out << QStringLiteral("decisions %1 evidence %2 versions %3")
               .arg(decisions)
               .arg(evidenceDecisions)
               .arg(evidenceVersions.join(QLatin1Char(',')));
    for (auto it = evidenceWeeks.cbegin(); it != evidenceWeeks.cend(); ++it)
        out << QStringLiteral("evidence week %1 n%2").arg(it.key()).arg(it.value());
    out << QStringLiteral("tried %1").arg(sorted(triedDrills).join(QLatin1Char(',')));
    QStringList recentDrills(recentAttempts.keyBegin(), recentAttempts.keyEnd());
    recentDrills.sort();
    for (const QString &drill : std::as_const(recentDrills))
        for (const auto &d : recentAttempts.value(drill))
            out << QStringLiteral("recent ") + decisionLine(d);
    for (const auto &d : assessmentAnswers)
        out << QStringLiteral("assessment ") + decisionLine(d);
    for (auto it = drills.cbegin(); it != drills.cend(); ++it)
        out << QStringLiteral("drill %1 S%2 D%3 last%4 due%5 n%6 lapses%7 g%8 j%9")
                   .arg(it.key(), num(it->memory.stability), num(it->memory.difficulty))
                   .arg(it->lastReviewDay)
                   .arg(it->dueDay)
                   .arg(it->reviews)
                   .arg(it->lapses)
                   .arg(int(it->lastGrade))
                   .arg(num(it->lastJudgment));
    for (auto it = dimensions.cbegin(); it != dimensions.cend(); ++it) {
        QString line = QStringLiteral("dimension %1 %2 [%3, %4] n%5 trend%6 %7 v%8")
                           .arg(it.key(), num(it->mean), num(it->low), num(it->high))
                           .arg(it->evidence)
                           .arg(int(it->trend))
                           .arg(num(it->trendPerWeek), it->contentVersions.join(QLatin1Char(',')));
        for (const auto &w : it->weeks)
            line += QStringLiteral(" w%1:%2:%3").arg(w.weekStartDay).arg(num(w.mean)).arg(w.count);
        out << line;
    }
    out << QStringLiteral("calibration n%1 brier%2 ece%3 bias%4 confidence%5 accuracy%6 verdict%7")
               .arg(calibration.rated)
               .arg(num(calibration.brier), num(calibration.ece), num(calibration.bias),
                    num(calibration.meanConfidence), num(calibration.accuracy))
               .arg(int(calibration.verdict));
    for (const auto &b : calibration.bins)
        out << QStringLiteral("bin %1 n%2 correct%3 accuracy%4").arg(b.confidencePercent).arg(b.count).arg(b.correct).arg(num(b.accuracy));
    const auto goalText = [](const GoalPayload &g) {
        QStringList rest;
        for (int d : g.restDays)
            rest << QString::number(d);
        return QStringLiteral("%1 rest %2").arg(g.sessionsPerWeek).arg(rest.join(QLatin1Char(',')));
    };
    for (const auto &g : goalChanges)
        out << QStringLiteral("goal %1 %2").arg(g.day).arg(goalText(g.goal));
    out << QStringLiteral("goal now %1").arg(goalText(goal));
    if (assessmentSharingChoices > 0) // absent when never chosen, as in stores from before it
        out << QStringLiteral("assessment sharing %1 of %2 at %3")
                   .arg(shareAssessmentResults)
                   .arg(assessmentSharingChoices)
                   .arg(assessmentSharingChosenAtMs);
    // Texts as Base64: they may hold new lines.
    const auto text = [](const QString &t) { return QString::fromLatin1(t.toUtf8().toBase64()); };
    for (auto it = reflectionTexts.cbegin(); it != reflectionTexts.cend(); ++it)
        out << QStringLiteral("reflection %1 %2 %3").arg(it.key().first, it.key().second, text(*it));
    for (auto it = tryItNotes.cbegin(); it != tryItNotes.cend(); ++it)
        out << QStringLiteral("try-it %1 %2").arg(it.key(), text(*it));
    for (auto it = outcomeTexts.cbegin(); it != outcomeTexts.cend(); ++it)
        out << QStringLiteral("outcome %1 %2").arg(it.key(), text(*it));
    QStringList days;
    for (qint64 d : practiceDays)
        days << QString::number(d);
    out << QStringLiteral("practice %1").arg(days.join(QLatin1Char(',')));
    return out.join(QLatin1Char('\n'));
}

} // namespace groundwork::core::learner
