#pragma once

#include <QElapsedTimer>

namespace groundwork::app {

// Names where start-up time goes: each mark prints, to stderr, the milliseconds since the
// trace began (the top of main) and since the mark before. Silent unless enabled (the
// --startup-trace option or GROUNDWORK_STARTUP_TRACE=1), so a normal start pays only a clock read.
class StartupTrace
{
public:
    explicit StartupTrace(bool enabled);

    // Whether the command line or the environment asks for a trace; read before any
    // application object exists, so the first phases can be timed too.
    static bool requested(int argc, const char *const *argv);

    bool enabled() const { return m_enabled; }
    void mark(const char *phase);

private:
    bool m_enabled = false;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
};

} // namespace groundwork::app
