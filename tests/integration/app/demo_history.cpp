// Writes a believable six-week learner history into a data folder, so review screenshots show
// a profile with evidence, a trend and calibration.
// Usage: groundwork_demo_history <data-dir> [--assessments 0|1|2] [--try-it] [--days N]
//   --assessments 1: form A of the readiness assessment taken on the first day; 2: and form B
//                    today, six weeks later (a learner who improved in between)
//   --try-it:        a lesson with a "try it at work" assignment finished last Wednesday
//   --days N:        N days of history instead of 42 (1826: the start-up benchmark's 5 years)
#include "content/contentpack.h"
#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "learner/recorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QResource>
#include <QSettings>

#include <cstdio>

using namespace groundwork::core;
using namespace groundwork::core::learner;

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

// Plays one drill, choosing better options as the weeks go by (a learner who improves).
void playDrill(Recorder &recorder, ManualClock &clock, const pb::Drill &drill, double skill,
               QRandomGenerator &random)
{
    const QString attempt = Recorder::newAttemptId();
    QString decisionId = str(drill.start());
    while (!decisionId.isEmpty()) {
        const pb::Decision *decision = ContentPack::decision(drill, decisionId);
        if (!decision)
            return;
        int chosen = 0, bestSum = -1;
        for (int i = 0; i < decision->options_size(); ++i) {
            int sum = 0;
            for (const auto &[dimension, key] : decision->options(i).key())
                sum += int(key);
            const bool pickBest = random.generateDouble() < skill;
            if ((pickBest && sum > bestSum) || (!pickBest && bestSum < 0)) {
                bestSum = sum;
                chosen = i;
            }
        }
        if (random.generateDouble() > skill)
            chosen = int(random.bounded(decision->options_size()));
        const int confidence = kConfidenceLevels[random.bounded(int(kConfidenceLevels.size()))];
        const pb::Option &option = decision->options(chosen);
        recorder.drillDecision(attempt, str(drill.id()), decisionId, str(option.id()), confidence);
        decisionId = str(option.next());
        clock.advance(40 * 1000); // a decision takes the learner about forty seconds
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s <data-dir> [--assessments 0|1|2] [--try-it] [--days N]\n", argv[0]);
        return 2;
    }
    const qsizetype at = args.indexOf(QStringLiteral("--assessments"));
    const int sittings = at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 0;
    const bool tryIt = args.contains(QStringLiteral("--try-it"));
    const qsizetype daysAt = args.indexOf(QStringLiteral("--days"));
    const int days = daysAt > 0 && daysAt + 1 < args.size() ? qMax(1, args.at(daysAt + 1).toInt()) : 42;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    QResource::registerResource(QStringLiteral(GROUNDWORK_BINARY_DIR "/bin/groundwork-content.rcc"));
    auto loaded = ContentPack::fromFile(QStringLiteral(":/content/pack.bin"));
    if (!loaded.pack) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error));
        return 1;
    }
    auto opened = LearnerStore::open(dir.filePath(QStringLiteral("learner.sqlite")));
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ManualClock clock(now - days * day, 60);
    Recorder recorder(*opened.store, loaded.pack, clock);
    QRandomGenerator random(20261125);
    const QStringList lessonIds = loaded.pack->lessonIds();
    const QStringList practice = loaded.pack->practiceDrills();
    // The readiness assessment at the start, before any practice.
    const auto sit = [&](pb::AssessmentForm form, double skill) {
        for (const QString &id : loaded.pack->assessmentDrills(form))
            playDrill(recorder, clock, *loaded.pack->drill(id), skill, random);
    };
    if (sittings >= 1) {
        clock.set(now - days * day + 7 * 3600 * 1000);
        sit(pb::ASSESSMENT_FORM_A, 0.35);
    }
    int lesson = 0;
    // About eight lessons in six weeks, then on through the pack in a longer history.
    const int lessons = int(qMin<qsizetype>(lessonIds.size(), qMax(8, 8 * days / 42)));
    for (int d = 0; d < days; ++d) {
        clock.set(now - (days - d) * day + 8 * 3600 * 1000);
        if (random.bounded(7) >= 4)
            continue; // about four days a week
        if (lesson < lessons) {
            const QString id = lessonIds.at(lesson++);
            recorder.lessonStarted(QStringLiteral("ready-to-lead"), id);
            recorder.lessonFinished(QStringLiteral("ready-to-lead"), id);
        }
        clock.advance(5 * 60 * 1000);
        // Practice only: the readiness assessment's drills are never practised.
        // A long history practises twice on such days: about 2,000 attempts in five years.
        for (int i = 0; i < (days > 42 ? 2 : 1); ++i) {
            const QString drillId = practice.at(int(random.bounded(practice.size())));
            playDrill(recorder, clock, *loaded.pack->drill(drillId), qMin(0.9, 0.35 + d / 84.0), random);
        }
    }
    if (tryIt) {
        // Last week's Wednesday, local time (the clock's offset), a lesson with an assignment.
        const QDate today = QDateTime::fromMSecsSinceEpoch(now + 60 * 60 * 1000, Qt::UTC).date();
        const QDate wednesday = today.addDays(-(today.dayOfWeek() - 1) - 7 + 2);
        clock.set(QDateTime(wednesday, QTime(11, 0), Qt::UTC).toMSecsSinceEpoch());
        for (int i = lesson; i < lessonIds.size(); ++i)
            if (!loaded.pack->lesson(lessonIds.at(i))->try_it().empty()) {
                recorder.lessonStarted(QStringLiteral("ready-to-lead"), lessonIds.at(i));
                recorder.lessonFinished(QStringLiteral("ready-to-lead"), lessonIds.at(i));
                break;
            }
    }
    if (sittings >= 2) {
        clock.set(now - 30 * 60 * 1000);
        sit(pb::ASSESSMENT_FORM_B, 0.8);
    }
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("learning/firstRunDone"), true);
    settings.setValue(QStringLiteral("learning/roleId"), QStringLiteral("first-line-engineering-manager"));
    std::printf("%d events written to %s\n", opened.store->eventCount(), qPrintable(dir.path()));
    return 0;
}
