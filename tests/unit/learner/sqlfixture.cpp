#include "sqlfixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace groundwork::core::learner::testing {

namespace {

template<typename F>
auto withConnection(const QString &dbPath, F &&f)
{
    const QString name = QUuid::createUuid().toString();
    decltype(f(std::declval<QSqlDatabase &>())) result{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open())
            result = f(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

bool createDatabaseFromSql(const QString &dbPath, const QString &sqlPath, QString *error)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QString script;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            script += line + QLatin1Char('\n');
    return withConnection(dbPath, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        // A statement ends with ';' at the end of its line (a trigger has ';' inside).
        for (const QString &statement : script.split(QRegularExpression(QStringLiteral(";[ \\t]*\\n")))) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                *error = q.lastError().text() + QStringLiteral(" in: ") + statement;
                return false;
            }
        }
        return true;
    });
}

QString queryOne(const QString &dbPath, const QString &sql)
{
    return withConnection(dbPath, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return QStringLiteral("error: ") + q.lastError().text();
        return q.next() ? q.value(0).toString() : QString();
    });
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace groundwork::core::learner::testing
