// Kills a process that is saving answers (SIGKILL, at random moments, 200+ times) and checks
// that every answer it acknowledged is in the store after a restart, and that the file always
// reopens cleanly. A SIGKILL loses the process, not the OS page cache; the fsync side of
// durability rests on synchronous=FULL on the store's connection, which tst_learner_learnerstore
// asserts; this test checks the acknowledged-then-present rule.
#include "learner/learnerstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace groundwork::core::learner;

class TestPowerLoss : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedAnswersSurviveKill();
};

void TestPowerLoss::acknowledgedAnswersSurviveKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("learner.db"));
    const int rounds = qEnvironmentVariableIntValue("GROUNDWORK_POWERLOSS_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("GROUNDWORK_POWERLOSS_ROUNDS")
                           : 200;
    QRandomGenerator rng(20260301);
    QSet<QString> acknowledged;
    int killedMidSave = 0;
    QElapsedTimer timer;
    timer.start();

    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(GROUNDWORK_POWERLOSS_CHILD));
        child.setArguments({db});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        // Wait until it is saving, then a random 0..40 ms more (a few saves at most).
        QByteArray out;
        QElapsedTimer wait;
        wait.start();
        while (!out.contains("ready\n") && wait.elapsed() < 5000) {
            child.waitForReadyRead(50);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("ready\n"), out.constData());
        QThread::usleep(rng.bounded(40'000));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        out += child.readAllStandardOutput();
        QVERIFY2(!out.contains("error"), out.constData());

        int acks = 0;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("ack ")) {
                acknowledged.insert(QString::fromLatin1(line.mid(4)));
                ++acks;
            }
        }
        if (acks > 0)
            ++killedMidSave;

        auto opened = LearnerStore::open(db);
        QVERIFY2(opened.store, qPrintable(opened.message));
        QSet<QString> stored;
        for (const auto &e : opened.store->events())
            stored.insert(e.id);
        for (const QString &id : std::as_const(acknowledged))
            if (!stored.contains(id))
                QFAIL(qPrintable(QStringLiteral("round %1: acknowledged answer %2 is missing").arg(round).arg(id)));
        QCOMPARE(opened.store->outbox().size(), stored.size());
    }
    qInfo("%d kills, %d after at least one acknowledged save, %lld answers acknowledged, %lld ms",
          rounds, killedMidSave, qlonglong(acknowledged.size()), qlonglong(timer.elapsed()));
    QVERIFY(killedMidSave > rounds / 2);
}

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
