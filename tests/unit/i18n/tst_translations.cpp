// The German translation is complete for the sources as they are now, and the build ships it.
//
// complete(): runs lupdate over the sources (the same list as scripts/update-translations.sh)
// into a temporary .ts and fails, listing every string, if one is missing from
// qml/i18n/groundwork_de.ts or has no finished translation there.
// The other cases check what a translator can get wrong (placeholders, plural forms), that every
// tr() context lupdate sees is the one the code uses at run time, and that the .qm embedded at
// :/i18n/groundwork_de.qm (qml/i18n/CMakeLists.txt) translates every finished message.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kSourceDir = QStringLiteral(GROUNDWORK_SOURCE_DIR);
const QString kLupdate = QStringLiteral(GROUNDWORK_LUPDATE);
const QString kGermanTs = QStringLiteral("qml/i18n/groundwork_de.ts");
const QString kSourceList = QStringLiteral("qml/i18n/lupdate-sources.lst");
const QString kFixHint = QStringLiteral(
    "Run `bash scripts/update-translations.sh`, translate the new or changed messages in "
    "qml/i18n/groundwork_de.ts (remove type=\"unfinished\" once a translation is right), and "
    "commit the .ts with your change.");

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation: part of the key, like the context
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or one entry per plural form
    QString where; // "file:line" of the first use, when the file gives it
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

QString keyOf(const Message &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

QString describe(const Message &m)
{
    QString text = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
    if (!m.comment.isEmpty())
        text += QStringLiteral(" (disambiguation \"%1\")").arg(m.comment);
    if (!m.where.isEmpty())
        text += QStringLiteral(" at %1").arg(m.where);
    return text;
}

// Reads a Qt Linguist .ts file. Locations are reported relative to the source folder.
TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    const QDir tsDir = QFileInfo(path).absoluteDir();
    const QDir sourceDir(kSourceDir);
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) { // only inside <context>
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                const auto child = xml.name();
                if (child == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (child == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (child == QLatin1String("location")) {
                    const auto attrs = xml.attributes();
                    const QString fileName = attrs.value(QLatin1String("filename")).toString();
                    if (m.where.isEmpty() && !fileName.isEmpty()) {
                        m.where = QStringLiteral("%1:%2").arg(
                            sourceDir.relativeFilePath(tsDir.absoluteFilePath(fileName)),
                            attrs.value(QLatin1String("line")).toString());
                    }
                    xml.skipCurrentElement();
                } else if (child == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                m.forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// What is wrong with a committed translation, or an empty string if it is finished.
QString problemWith(const Message &m)
{
    if (m.type == QLatin1String("unfinished"))
        return m.forms.join(QString()).trimmed().isEmpty()
            ? QStringLiteral("not translated")
            : QStringLiteral("translation not finished (type=\"unfinished\")");
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
        return QStringLiteral("marked %1").arg(m.type);
    if (m.forms.isEmpty())
        return QStringLiteral("no translation");
    for (qsizetype i = 0; i < m.forms.size(); ++i) {
        if (m.forms.at(i).trimmed().isEmpty())
            return m.numerus ? QStringLiteral("plural form %1 is empty").arg(i + 1)
                             : QStringLiteral("empty translation");
    }
    return QString();
}

// %1..%99 and %n, as a set: a translation may reorder or repeat them but not drop or add one.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString p = it.next().captured(0);
        found.insert(p.remove(QLatin1Char('L')));
    }
    return found;
}

QString joinSorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete();
    void placeholdersKept();
    void pluralForms();
    void contextsMatchTheCode();
    void compiledTranslationShips();
    void knownStrings_data();
    void knownStrings();

private:
    TsFile m_current; // lupdate over the sources now
    TsFile m_german; // the committed qml/i18n/groundwork_de.ts
    QString m_lupdateOutput;
    QTemporaryDir m_tmp;
};

void TstTranslations::initTestCase()
{
    QVERIFY2(QFileInfo(kLupdate).isExecutable(),
             qPrintable(QStringLiteral("lupdate not found at %1 (install qt6-l10n-tools)").arg(kLupdate)));
    QVERIFY(m_tmp.isValid());

    const QString currentTs = m_tmp.filePath(QStringLiteral("current_de.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // As scripts/update-translations.sh, with absolute line numbers for the failure messages.
    lupdate.start(kLupdate, {QStringLiteral("-locations"), QStringLiteral("absolute"),
                             QStringLiteral("-no-obsolete"),
                             QStringLiteral("-extensions"), QStringLiteral("qml,js,mjs,cpp,h"),
                             QStringLiteral("-source-language"), QStringLiteral("en"),
                             QStringLiteral("-target-language"), QStringLiteral("de"),
                             QLatin1Char('@') + kSourceList,
                             QStringLiteral("-ts"), currentTs});
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish within 2 minutes");
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QStringLiteral("lupdate failed:\n") + m_lupdateOutput));

    m_current = readTs(currentTs);
    QVERIFY2(m_current.error.isEmpty(), qPrintable(m_current.error));
    QVERIFY2(m_current.messages.size() > 100,
             qPrintable(QStringLiteral("lupdate found only %1 messages; is %2 right?")
                            .arg(m_current.messages.size())
                            .arg(kSourceList)));

    m_german = readTs(QDir(kSourceDir).filePath(kGermanTs));
    QVERIFY2(m_german.error.isEmpty(), qPrintable(m_german.error));
    QCOMPARE(m_german.language, QStringLiteral("de"));
}

void TstTranslations::complete()
{
    QHash<QString, Message> german;
    for (const Message &m : std::as_const(m_german.messages))
        german.insert(keyOf(m), m);

    QStringList problems;
    QSet<QString> used;
    for (const Message &m : std::as_const(m_current.messages)) {
        used.insert(keyOf(m));
        const auto it = german.constFind(keyOf(m));
        if (it == german.constEnd()) {
            problems << describe(m) + QStringLiteral(": missing from ") + kGermanTs;
            continue;
        }
        const QString problem = problemWith(*it);
        if (!problem.isEmpty())
            problems << describe(m) + QStringLiteral(": ") + problem;
    }
    // Entries the code no longer has do no harm (lrelease ships them, nobody asks for them);
    // the script drops them.
    int stale = 0;
    for (const Message &m : std::as_const(m_german.messages))
        stale += used.contains(keyOf(m)) ? 0 : 1;
    if (stale > 0)
        qInfo("%d message(s) in %s are no longer in the code; scripts/update-translations.sh drops them.",
              stale, qPrintable(kGermanTs));

    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QFAIL(qPrintable(QStringLiteral("%1 of %2 user-visible strings have no finished German "
                                        "translation (listed above). %3")
                             .arg(problems.size())
                             .arg(m_current.messages.size())
                             .arg(kFixHint)));
    }
    qInfo("%lld messages, all translated.", qlonglong(m_current.messages.size()));
}

void TstTranslations::placeholdersKept()
{
    QStringList problems;
    for (const Message &m : std::as_const(m_german.messages)) {
        if (!problemWith(m).isEmpty())
            continue; // complete() reports these
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            QSet<QString> got = placeholders(form);
            if (m.numerus && !expected.contains(QStringLiteral("%n")))
                got.remove(QStringLiteral("%n"));
            if (got != expected) {
                problems << QStringLiteral("%1: translation \"%2\" has placeholders {%3}, the source {%4}")
                                .arg(describe(m), form, joinSorted(got), joinSorted(expected));
            }
        }
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QFAIL(qPrintable(QStringLiteral("%1 translation(s) drop or add a placeholder (listed above).")
                             .arg(problems.size())));
    }
}

void TstTranslations::pluralForms()
{
    // German has two plural forms: one, and everything else.
    QStringList problems;
    for (const Message &m : std::as_const(m_german.messages)) {
        if (m.numerus && problemWith(m).isEmpty() && m.forms.size() != 2)
            problems << QStringLiteral("%1: %2 plural form(s), German needs 2 (singular, plural)")
                            .arg(describe(m))
                            .arg(m.forms.size());
    }
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(), "some %n messages do not have both German plural forms (listed above)");
}

void TstTranslations::contextsMatchTheCode()
{
    // When lupdate cannot find a class's declaration it guesses the tr() context without the
    // namespace, and those strings would never be translated at run time. The fix is an -I line
    // in qml/i18n/lupdate-sources.lst.
    QStringList problems;
    const QStringList lines = m_lupdateOutput.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("unknown namespace/class"))
            || line.contains(QLatin1String("Cannot invoke tr()")))
            problems << line.trimmed();
    }
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("lupdate could not tell the tr() context of some C++ strings "
                                       "(listed above); add the header's include folder to %1 as "
                                       "-I<folder>.")
                            .arg(kSourceList)));
}

void TstTranslations::compiledTranslationShips()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/groundwork_de.qm")),
             "the build did not embed :/i18n/groundwork_de.qm (groundwork_add_translations)");
    QCOMPARE(translator.language(), QStringLiteral("de"));

    QStringList problems;
    int checked = 0;
    for (const Message &m : std::as_const(m_german.messages)) {
        if (!problemWith(m).isEmpty())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (m.numerus) {
            const QString one = translator.translate(context, source, disambiguation, 1);
            const QString many = translator.translate(context, source, disambiguation, 5);
            if (one != m.forms.value(0) || many != m.forms.value(1))
                problems << describe(m);
        } else if (translator.translate(context, source, disambiguation) != m.forms.value(0)) {
            problems << describe(m);
        }
        ++checked;
    }
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << "not in the compiled .qm as in the .ts:" << p;
    QVERIFY2(problems.isEmpty(), "the embedded .qm is out of date with the .ts (listed above)");
    QVERIFY(checked > 100);
}

void TstTranslations::knownStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");

    QTest::newRow("QML section") << "Main" << "Today" << "Heute";
    QTest::newRow("QML button") << "SettingsView" << "Keep my data" << "Daten behalten";
    QTest::newRow("QML with placeholder") << "CardStepper" << "Card %1 of %2" << "Karte %1 von %2";
    QTest::newRow("C++ view model") << "groundwork::profile::ProfileViewModel" << "well calibrated"
                                    << "gut kalibriert";
    QTest::newRow("C++ cohort status") << "groundwork::cohort::SyncStatus" << "Up to date"
                                     << "Auf dem neuesten Stand";
}

void TstTranslations::knownStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/groundwork_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = QCoreApplication::translate(context.toUtf8().constData(),
                                                           source.toUtf8().constData());
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, german);
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
