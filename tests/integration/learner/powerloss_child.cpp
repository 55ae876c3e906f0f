// Helper for tst_learner_powerloss: saves drill answers to the store in a loop and prints
// "ack <event id>" after each save has returned (committed), until it is killed.
#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "learner/recorder.h"
#include "testpack.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace groundwork::core::learner;

namespace {

void writeLine(const QByteArray &line)
{
    // Unbuffered: the line is in the pipe before the next save starts.
    const QByteArray out = line + '\n';
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, size_t(out.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <database>\n", argv[0]);
        return 2;
    }
    auto opened = LearnerStore::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.store) {
        writeLine("error " + opened.message.toUtf8());
        return 3;
    }
    SystemClock clock;
    Recorder recorder(*opened.store, testing::makeTestPack(), clock);
    const QString options[] = {QStringLiteral("own-bar"), QStringLiteral("role-bar"), QStringLiteral("no-bar")};
    writeLine("ready");
    for (int i = 0;; ++i) {
        const auto r = recorder.drillDecision(Recorder::newAttemptId(), QStringLiteral("bar"),
                                              QStringLiteral("b1"), options[i % 3], 80);
        if (!r.ok) {
            writeLine("error " + r.error.toUtf8());
            return 4;
        }
        writeLine("ack " + r.event.id.toUtf8());
    }
}
