// Starts the app and a bare Qt Quick Controls window alternately, N times each, and reports
// the median time from process start to the first frame and the median peak memory (VmHWM),
// for three learners: a first run (an empty folder), an empty store (first run done, no
// history) and, when given, a copy of a store with years of history. The platform is the one
// QT_QPA_PLATFORM names (xcb under Xvfb, or offscreen).
// Usage: bench_startup [runs] [history-dir]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <chrono>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Sample
{
    double startupMs = 0;
    double peakMb = 0;
};

struct Series
{
    std::vector<double> ms, mb;
    void add(const Sample &s)
    {
        ms.push_back(s.startupMs);
        mb.push_back(s.peakMb);
    }
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// Peak resident memory of a running process, from the kernel's own accounting.
double peakMegabytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(status.readAll());
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(text);
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
}

bool runOnce(const QString &program, const QStringList &args, Sample *sample)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Microseconds on the monotonic clock (std::chrono::steady_clock), as the app prints them:
    // whole milliseconds made a 5-year store's 2 ms more read as anything from 1 to 4.
    const qint64 startedAt =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return false;
    QByteArray out;
    while (!out.contains("first-frame-us") && process.waitForReadyRead(30000))
        out += process.readAllStandardOutput();
    const auto match = QRegularExpression(QStringLiteral("first-frame-us (\\d+)")).match(QString::fromLatin1(out));
    if (!match.hasMatch())
        return false;
    sample->startupMs = double(match.captured(1).toLongLong() - startedAt) / 1000.0;
    sample->peakMb = peakMegabytes(process.processId());
    process.waitForFinished(10000);
    return true;
}

// A learner who has finished the first run, so the app opens on Today.
bool writeFirstRunDone(const QString &dir)
{
    QFile settings(QDir(dir).filePath(QStringLiteral("settings.ini")));
    return settings.open(QIODevice::WriteOnly) && settings.write("[learning]\nfirstRunDone=true\n") > 0;
}

bool copyFolder(const QString &from, const QString &to)
{
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    const QString historyDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const QString bin = QStringLiteral(GROUNDWORK_BIN_DIR);
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"));
    QTemporaryDir empty, history;
    if (!writeFirstRunDone(empty.path()))
        return 1;
    if (!historyDir.isEmpty() && !copyFolder(historyDir, history.path())) {
        std::fprintf(stderr, "cannot copy the store in %s\n", qPrintable(historyDir));
        return 1;
    }
    const auto appArgs = [](const QString &dir) {
        return QStringList{QStringLiteral("--report-first-frame"), QStringLiteral("--data-dir"), dir};
    };
    const QString loadBefore = loadAverage();
    Series firstRun, emptyStore, years, bare;
    for (int i = 0; i < runs + 1; ++i) {
        QTemporaryDir fresh; // a first run every time
        Sample f, e, y, b;
        const bool ok = runOnce(bin + QStringLiteral("/groundwork"), appArgs(fresh.path()), &f)
                        && runOnce(bin + QStringLiteral("/groundwork"), appArgs(empty.path()), &e)
                        && (historyDir.isEmpty()
                            || runOnce(bin + QStringLiteral("/groundwork"), appArgs(history.path()), &y))
                        && runOnce(bin + QStringLiteral("/bench_bare_window"), {}, &b);
        if (!ok) {
            std::fprintf(stderr, "a run did not report its first frame (is a display available?)\n");
            return 1;
        }
        if (i == 0)
            continue; // the first run warms the disk cache for all
        firstRun.add(f);
        emptyStore.add(e);
        years.add(y);
        bare.add(b);
    }
    const double tBare = median(bare.ms), mBare = median(bare.mb);
    std::printf("| startup, %s (%d runs each, medians; load %s -> %s) | Groundwork | bare window | ratio / difference | target |\n",
                qPrintable(platform), runs, qPrintable(loadBefore), qPrintable(loadAverage()));
    std::printf("|---|---|---|---|---|\n");
    const auto frameRow = [&](const char *name, const Series &s) {
        const double t = median(s.ms);
        std::printf("| first frame, %s | %.1f ms | %.1f ms | %.2fx | <= 1.3x |\n", name, t, tBare, t / tBare);
    };
    const auto memoryRow = [&](const char *name, const Series &s) {
        const double m = median(s.mb);
        std::printf("| peak memory (VmHWM), %s | %.1f MB | %.1f MB | +%.1f MB | <= +30 MB |\n", name, m, mBare, m - mBare);
    };
    frameRow("first run", firstRun);
    frameRow("empty store", emptyStore);
    if (!historyDir.isEmpty()) {
        frameRow("5-year store", years);
        const double tYears = median(years.ms), tEmpty = median(emptyStore.ms);
        std::printf("| first frame, 5-year store vs empty store | %.1f ms | %.1f ms (empty) | %.2fx | <= 1.05x |\n",
                    tYears, tEmpty, tYears / tEmpty);
    }
    memoryRow("empty store", emptyStore);
    if (!historyDir.isEmpty())
        memoryRow("5-year store", years);
    return 0;
}
