#include "startuptrace.h"

#include <QtGlobal>

#include <cstdio>
#include <cstring>

namespace groundwork::app {

StartupTrace::StartupTrace(bool enabled) : m_enabled(enabled)
{
    m_clock.start();
    if (m_enabled) {
        // The monotonic clock at the start, so a benchmark that noted when it started the
        // process can add the time before main (loading libraries) to the trace.
        std::fprintf(stderr, "startup-trace main-at-monotonic-ms %lld\n",
                     static_cast<long long>(m_clock.msecsSinceReference()));
    }
}

bool StartupTrace::requested(int argc, const char *const *argv)
{
    if (qEnvironmentVariableIntValue("GROUNDWORK_STARTUP_TRACE") != 0)
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--startup-trace") == 0)
            return true;
    }
    return false;
}

void StartupTrace::mark(const char *phase)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    std::fprintf(stderr, "startup-trace %8.1f ms  +%7.1f ms  %s\n", now / 1e6, (now - m_lastNs) / 1e6, phase);
    std::fflush(stderr);
    m_lastNs = now;
}

} // namespace groundwork::app
