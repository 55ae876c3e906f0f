// The order options are shown in: a permutation drawn from the seed alone, the same on every
// platform (a learner resumes on another device), and spread evenly over the permutations.
#include "content/shownorder.h"

#include <QMap>
#include <QTest>

#include <algorithm>

using namespace groundwork::core;

class TestShownOrder : public QObject
{
    Q_OBJECT

private slots:
    void isAPermutationFromTheSeedAlone()
    {
        for (int count = 0; count <= 6; ++count)
            for (int seed = 0; seed < 50; ++seed) {
                const QString text = QStringLiteral("attempt-%1/decision").arg(seed);
                QList<int> order = shownOrder(count, text);
                QCOMPARE(order, shownOrder(count, text));
                std::sort(order.begin(), order.end());
                for (int i = 0; i < count; ++i)
                    QCOMPARE(order[i], i);
            }
    }

    // Pinned values: the algorithm is part of what devices share (an attempt resumed on another
    // device must show the same order), so changing it must be a deliberate act. The values were
    // worked out independently (Python's hashlib, the same Fisher-Yates over SHA-256).
    void isStableAcrossBuilds()
    {
        QCOMPARE(shownOrder(4, u"0b9f3c52-8a41-4d0e-9b7a-2c5e6f1d3a87/first-move"), (QList<int>{2, 1, 3, 0}));
        QCOMPARE(shownOrder(3, u"l1#0"), (QList<int>{1, 2, 0}));
    }

    // 24,000 seeds over the 24 orders of four options: each order about 1,000 times. The seeds
    // are fixed, so this is exact, not a flaky statistical test; the bounds are those of a fair
    // draw (a binomial standard deviation is about 31).
    void spreadsEvenly()
    {
        QMap<QList<int>, int> counts;
        for (int seed = 0; seed < 24000; ++seed)
            ++counts[shownOrder(4, QStringLiteral("seed %1").arg(seed))];
        QCOMPARE(counts.size(), 24);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() > 880 && it.value() < 1120, qPrintable(QString::number(it.value())));
    }
};

QTEST_GUILESS_MAIN(TestShownOrder)
#include "tst_shownorder.moc"
