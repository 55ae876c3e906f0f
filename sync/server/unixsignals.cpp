#include "server/unixsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

namespace groundwork::sync {

namespace {

int g_pipe[2] = {-1, -1};

extern "C" void forwardSignal(int signal)
{
    const unsigned char number = static_cast<unsigned char>(signal);
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &number, 1); // async-signal-safe
}

} // namespace

UnixSignals::UnixSignals(QObject *parent) : QObject(parent)
{
    if (g_pipe[0] != -1 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return; // one instance per process
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigset_t ours;
    sigemptyset(&ours);
    for (int signal : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signal, &action, nullptr);
        sigaddset(&ours, signal);
    }
    // A blocked signal stays blocked across exec; whoever started us may have blocked one.
    ::pthread_sigmask(SIG_UNBLOCK, &ours, nullptr);
}

UnixSignals::~UnixSignals()
{
    if (!m_notifier)
        return;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::signal(signal, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void UnixSignals::readSignal()
{
    unsigned char number = 0;
    if (::read(g_pipe[1], &number, 1) != 1)
        return;
    if (number == SIGHUP)
        emit hangUp();
    else
        emit terminate(number);
}

} // namespace groundwork::sync
