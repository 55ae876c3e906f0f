// Reads the JSON report of one module's qmllint target and fails on any warning, except:
//  * "Unqualified access" to an id of the same file. Qt 6.4's qmllint reports every id of the
//    enclosing file used inside a Component, a Loader's sourceComponent or a delegate, though
//    QML resolves it there (the component's context is the file's). Checked here rather than
//    by switching the `unqualified` category off, so that a role or property used unqualified
//    is still caught.
//  * warnings on source lines matching an --allow pattern given by the test (each one with its
//    reason in tests/qml/lint/CMakeLists.txt).
//
//   groundwork_qmllint_check <report.json> [--allow <regex>]...

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

namespace {

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// The identifier that starts at a 1-based column (qmllint counts UTF-16 code units, as QString).
QString identifierAt(const QString &line, int column)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_]\\w*"));
    return identifier.match(line.mid(column - 1)).captured();
}

bool isIdOfFile(const QStringList &lines, const QString &name)
{
    const QRegularExpression declaration(QStringLiteral("(^|[{;\\s])id:\\s*%1\\b")
                                             .arg(QRegularExpression::escape(name)));
    for (const QString &line : lines)
        if (declaration.match(line).hasMatch())
            return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        out << "usage: groundwork_qmllint_check <report.json> [--allow <regex>]...\n";
        return 2;
    }
    QList<QRegularExpression> allowed;
    for (int i = 1; i + 1 < args.size(); i += 2)
        if (args.at(i) == QLatin1String("--allow"))
            allowed << QRegularExpression(args.at(i + 1));

    QFile report(args.first());
    if (!report.open(QIODevice::ReadOnly)) {
        out << "no qmllint report at " << args.first() << " (did qmllint run?)\n";
        return 1;
    }
    const QJsonArray files = QJsonDocument::fromJson(report.readAll()).object().value(QLatin1String("files")).toArray();
    if (files.isEmpty()) {
        out << "the qmllint report " << args.first() << " lists no files\n";
        return 1;
    }
    int failures = 0, idsInComponents = 0, allowedCount = 0, infos = 0;
    for (const QJsonValue &fileValue : files) {
        const QJsonObject file = fileValue.toObject();
        const QString path = file.value(QLatin1String("filename")).toString();
        const QStringList lines = linesOf(path);
        for (const QJsonValue &warningValue : file.value(QLatin1String("warnings")).toArray()) {
            const QJsonObject warning = warningValue.toObject();
            const int line = warning.value(QLatin1String("line")).toInt();
            const int column = warning.value(QLatin1String("column")).toInt();
            const QString message = warning.value(QLatin1String("message")).toString();
            const QString type = warning.value(QLatin1String("type")).toString();
            const QString text = lines.value(line - 1);
            if (type == QLatin1String("info")) {
                ++infos;
                continue; // categories at "info" level advise, they do not fail
            }
            if (message == QLatin1String("Unqualified access")
                && isIdOfFile(lines, identifierAt(text, column))) {
                ++idsInComponents;
                continue;
            }
            const QString where = QStringLiteral("%1:%2: %3").arg(path.section(QLatin1Char('/'), -1)).arg(line).arg(text.trimmed());
            bool isAllowed = false;
            for (const QRegularExpression &pattern : std::as_const(allowed))
                isAllowed = isAllowed || pattern.match(where).hasMatch();
            if (isAllowed) {
                ++allowedCount;
                continue;
            }
            out << path << ':' << line << ':' << column << ": " << type << ": " << message << "\n    " << text.trimmed() << '\n';
            ++failures;
        }
    }
    out << files.size() << " files, " << failures << " warnings; not counted: " << idsInComponents
        << " ids used inside components (Qt 6.4 false positive), " << allowedCount << " allowed, "
        << infos << " infos\n";
    return failures == 0 ? 0 : 1;
}
