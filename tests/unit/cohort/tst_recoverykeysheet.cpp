#include "crypto/recoverykey.h"
#include "recoverykeysheet.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using groundwork::cohort::RecoveryKeySheet;
using groundwork::sync::crypto::RecoveryKey;

// The printable recovery key: a real one-page PDF holding the key's groups and nothing else of
// the account.
class TestRecoveryKeySheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void keyLinesHoldFourGroupsEach()
    {
        const QString key = RecoveryKey::generate().printable();
        const QStringList lines = RecoveryKeySheet(key, QDate(2026, 12, 6)).keyLines();
        QCOMPARE(lines.size(), 4); // 14 groups: 4, 4, 4, 2
        QCOMPARE(lines.last().split(QStringLiteral("  ")).size(), 2);
        QCOMPARE(lines.join(QStringLiteral("  ")).split(QStringLiteral("  ")).join(QLatin1Char('-')), key);
    }

    void writesOnePageWithTheKeysGroups()
    {
        QTemporaryDir dir;
        const QString key = RecoveryKey::generate().printable();
        const QString path = dir.filePath(QStringLiteral("key.pdf"));
        QCOMPARE(RecoveryKeySheet(key, QDate(2026, 12, 6)).writePdf(path), QString());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // The key is drawn as text, not as an image: it never appears in the file's bytes as
        // written (fonts are subset and re-encoded), so read it back as a viewer would.
        const QString text = extractedText(path);
        for (const QString &group : key.split(QLatin1Char('-')))
            QVERIFY2(text.contains(group), qPrintable(group + QStringLiteral(" not in:\n") + text));
        QVERIFY(text.contains(QStringLiteral("Groundwork recovery key")));
        QVERIFY(text.contains(QStringLiteral("6 December 2026")));
        QVERIFY(text.contains(QStringLiteral("cannot recover your private")));
        QCOMPARE(pageCount(path), 1);
    }

    void refusesAFolderThatDoesNotExist()
    {
        const QString path = QStringLiteral("/nonexistent-groundwork-folder/key.pdf");
        const QString problem = RecoveryKeySheet(RecoveryKey::generate().printable(), QDate(2026, 12, 6)).writePdf(path);
        QVERIFY(problem.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void refusesToWriteWithoutAKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.pdf"));
        QVERIFY(!RecoveryKeySheet(QString(), QDate(2026, 12, 6)).writePdf(path).isEmpty());
        QVERIFY(!QFile::exists(path));
    }

private:
    static QString run(const QString &program, const QStringList &arguments)
    {
        if (program.isEmpty())
            return {};
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QString extractedText(const QString &path)
    {
        const QString pdftotext = QStringLiteral(GROUNDWORK_PDFTOTEXT);
        if (pdftotext.isEmpty())
            QTest::qSkip("pdftotext (poppler-utils, scripts/deps.sh) is not installed: the text is not checked",
                         __FILE__, __LINE__);
        const QString text = run(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        return text.simplified();
    }

    static int pageCount(const QString &path)
    {
        const QString info = run(QStringLiteral(GROUNDWORK_PDFINFO), {path});
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return pages.hasMatch() ? pages.captured(1).toInt() : -1;
    }
};

QTEST_MAIN(TestRecoveryKeySheet)
#include "tst_recoverykeysheet.moc"
