// Starts the app and a bare Qt Quick Controls window alternately, N times each, and reports
// the median time from process start to the first frame and the median peak memory (VmHWM).
#include <QCoreApplication>
#include <QElapsedTimer>
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

bool runOnce(const QString &program, const QStringList &args, Sample *sample)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    const qint64 startedAt = clock.msecsSinceReference();
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return false;
    QByteArray out;
    while (!out.contains("first-frame-ms") && process.waitForReadyRead(30000))
        out += process.readAllStandardOutput();
    const auto match = QRegularExpression(QStringLiteral("first-frame-ms (\\d+)")).match(QString::fromLatin1(out));
    if (!match.hasMatch())
        return false;
    sample->startupMs = double(match.captured(1).toLongLong() - startedAt);
    sample->peakMb = peakMegabytes(process.processId());
    process.waitForFinished(10000);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    const QString bin = QStringLiteral(GROUNDWORK_BIN_DIR);
    // A learner with no history who has finished the first run, so the app opens on Today.
    QTemporaryDir data;
    QFile settings(data.filePath(QStringLiteral("settings.ini")));
    if (!settings.open(QIODevice::WriteOnly) || settings.write("[learning]\nfirstRunDone=true\n") < 0)
        return 1;
    settings.close();
    const QStringList appArgs{QStringLiteral("--report-first-frame"), QStringLiteral("--data-dir"), data.path()};

    std::vector<double> appMs, appMb, bareMs, bareMb;
    for (int i = 0; i < runs + 1; ++i) {
        Sample a, b;
        if (!runOnce(bin + QStringLiteral("/groundwork"), appArgs, &a) ||
            !runOnce(bin + QStringLiteral("/bench_bare_window"), {}, &b)) {
            std::fprintf(stderr, "a run did not report its first frame (is a display available?)\n");
            return 1;
        }
        if (i == 0)
            continue; // the first run warms the disk cache for both
        appMs.push_back(a.startupMs);
        appMb.push_back(a.peakMb);
        bareMs.push_back(b.startupMs);
        bareMb.push_back(b.peakMb);
    }
    const double tApp = median(appMs), tBare = median(bareMs);
    const double mApp = median(appMb), mBare = median(bareMb);
    std::printf("| startup (%d runs each, medians) | Groundwork | bare window | ratio / difference | target |\n", runs);
    std::printf("|---|---|---|---|---|\n");
    std::printf("| start to first frame | %.0f ms | %.0f ms | %.2fx | <= 1.3x |\n", tApp, tBare, tApp / tBare);
    std::printf("| peak memory (VmHWM) | %.1f MB | %.1f MB | +%.1f MB | <= +30 MB |\n", mApp, mBare, mApp - mBare);
    return 0;
}
