#include "server/serversettings.h"

#include <QFileInfo>

namespace groundwork::sync {

ServerSettings::ServerSettings(const QCommandLineParser &cli, QProcessEnvironment environment)
    : m_cli(cli), m_environment(std::move(environment))
{
}

QString ServerSettings::environmentName(const QString &name)
{
    return QStringLiteral("GROUNDWORK_") + QString(name).toUpper().replace(u'-', u'_');
}

bool ServerSettings::loadFile(QString *error)
{
    const QString path = m_cli.isSet(QStringLiteral("config")) ? m_cli.value(QStringLiteral("config"))
                                                               : m_environment.value(QStringLiteral("GROUNDWORK_CONFIG"));
    if (path.isEmpty())
        return true;
    if (!QFileInfo(path).isReadable()) {
        *error = QStringLiteral("cannot read the configuration file %1").arg(path);
        return false;
    }
    m_file = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (m_file->status() != QSettings::NoError) {
        *error = QStringLiteral("%1 is not a valid configuration file (INI: name = value per line)").arg(path);
        return false;
    }
    return true;
}

QString ServerSettings::source(const QString &name) const
{
    if (m_cli.isSet(name))
        return QStringLiteral("command line");
    if (m_environment.contains(environmentName(name)))
        return QStringLiteral("environment");
    if (m_file && m_file->contains(name))
        return QStringLiteral("file");
    return QStringLiteral("default");
}

bool ServerSettings::isSet(const QString &name) const
{
    return source(name) != u"default";
}

QString ServerSettings::value(const QString &name) const
{
    if (m_cli.isSet(name))
        return m_cli.value(name);
    if (m_environment.contains(environmentName(name)))
        return m_environment.value(environmentName(name));
    if (m_file && m_file->contains(name)) {
        // QSettings reads an unquoted value with commas as a list; a setting is one text.
        const QVariant v = m_file->value(name);
        return v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString();
    }
    return m_cli.value(name); // the default
}

QStringList ServerSettings::values(const QString &name) const
{
    if (m_cli.isSet(name))
        return m_cli.values(name);
    QStringList out;
    for (const QString &part : value(name).split(u',', Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

bool ServerSettings::flag(const QString &name) const
{
    if (m_cli.isSet(name))
        return true;
    const QString v = value(name).trimmed().toLower();
    return v == u"1" || v == u"true" || v == u"yes" || v == u"on";
}

} // namespace groundwork::sync
