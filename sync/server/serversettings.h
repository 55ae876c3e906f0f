#pragma once

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace groundwork::sync {

// Where each `groundwork-server` setting comes from; the first that has it wins:
//   1. the command line (--name value)
//   2. the environment: GROUNDWORK_<NAME>, upper case with - as _ (GROUNDWORK_MAX_CONNECTIONS)
//   3. the configuration file named by --config or GROUNDWORK_CONFIG: INI (read by QSettings),
//      one `name = value` per line, the names of the long options
//   4. the option's default
// A service manager passes secrets through 2 or 3 (a root-only file, systemd's
// EnvironmentFile= or LoadCredential=), never through 1, which every user can read in `ps`.
class ServerSettings
{
public:
    ServerSettings(const QCommandLineParser &cli, QProcessEnvironment environment);

    // Reads the configuration file, if one is named. False, with `error`, when it cannot be read.
    bool loadFile(QString *error);

    QString value(const QString &name) const;
    // A repeatable option; in the environment or the file, one value separated by commas.
    QStringList values(const QString &name) const;
    // Given anywhere but as a default.
    bool isSet(const QString &name) const;
    // A switch: on the command line by its presence, elsewhere as true/yes/on/1.
    bool flag(const QString &name) const;
    // Where the value of `name` came from: "command line", "environment", "file", "default".
    QString source(const QString &name) const;

    static QString environmentName(const QString &name);

private:
    const QCommandLineParser &m_cli;
    QProcessEnvironment m_environment;
    std::unique_ptr<QSettings> m_file;
};

} // namespace groundwork::sync
