#pragma once

#include <QObject>

class QSocketNotifier;

namespace groundwork::sync {

// SIGTERM, SIGINT and SIGHUP as Qt signals. A POSIX signal handler may do almost nothing, so it
// only writes the signal's number to a socket pair; the event loop reads it and emits here,
// where it is safe to close listeners and the database (the self-pipe pattern from Qt's
// "Calling Qt Functions From Unix Signal Handlers").
class UnixSignals final : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminate(int signal); // SIGTERM or SIGINT: stop gracefully
    void hangUp();              // SIGHUP: reload the TLS certificate

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace groundwork::sync
