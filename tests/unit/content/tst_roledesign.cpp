// A role template's job design ("make the job doable"): decisions the role does not own, span
// of control, support, meeting load, and whether authority matches accountability.

#include "contentfixture.h"

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

namespace {

const QString kRole = QStringLiteral("roles/lead.yaml");

QString withDesign(const QString &design)
{
    return QStringLiteral("id: lead\ntitle: Team lead\nsummary: Leads a small team.\n"
                          "decisions_owned:\n  - Sprint priorities\n"
                          "success_at_90_days:\n  - Team ships weekly\n"
                          "frequent_judgment_calls:\n  - When to step in\n"
                          "weights:\n  coaching: 2\n  trust: 1.5\n")
           + design;
}

} // namespace

class TestRoleDesign : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldIsCompiled()
    {
        ContentFixture content;
        QVERIFY(content.write(kRole, withDesign(QStringLiteral(
                                         "decisions_not_owned:\n  - Pay bands\n  - Headcount\n"
                                         "span_of_control: 6\n"
                                         "support:\n  - An HR partner\n"
                                         "meeting_hours_per_week: 12\n"
                                         "authority_matches_accountability: false\n"
                                         "authority_gap: Owns the dates, not the dependencies.\n"))));
        const CompileResult result = content.compile();
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
        QCOMPARE(result.pack.roles_size(), 1);
        const auto &role = result.pack.roles(0);
        QCOMPARE(role.decisions_not_owned_size(), 2);
        QCOMPARE(role.decisions_not_owned(1), std::string("Headcount"));
        QCOMPARE(role.span_of_control(), 6u);
        QCOMPARE(role.support_size(), 1);
        QCOMPARE(role.meeting_hours_per_week(), 12u);
        QCOMPARE(role.authority(), groundwork::content::v1::AUTHORITY_FALLS_SHORT);
        QCOMPARE(role.authority_gap(), std::string("Owns the dates, not the dependencies."));
    }

    void fieldsAreOptional()
    {
        ContentFixture content;
        const CompileResult result = content.compile();
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
        QCOMPARE(result.pack.roles(0).span_of_control(), 0u);
        QCOMPARE(result.pack.roles(0).authority(), groundwork::content::v1::AUTHORITY_UNSTATED);
    }

    void mistakesAreReported_data()
    {
        QTest::addColumn<QString>("design");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("message");
        QTest::newRow("span not a number")
            << QStringLiteral("span_of_control: many\n") << QStringLiteral("span_of_control")
            << QStringLiteral("'span_of_control' in role 'lead' should be a whole number of direct "
                              "reports from 1 to 100, but it is the text 'many'");
        QTest::newRow("meetings out of range")
            << QStringLiteral("meeting_hours_per_week: 80\n") << QStringLiteral("meeting_hours")
            << QStringLiteral("'meeting_hours_per_week' in role 'lead' should be a whole number of "
                              "hours from 0 to 60, but it is the text '80'");
        QTest::newRow("gap missing")
            << QStringLiteral("authority_matches_accountability: false\n")
            << QStringLiteral("authority_matches")
            << QStringLiteral("role 'lead' says authority does not match accountability; add "
                              "'authority_gap' saying where it falls short");
        QTest::newRow("gap contradicts")
            << QStringLiteral("authority_matches_accountability: true\nauthority_gap: Dates.\n")
            << QStringLiteral("authority_gap")
            << QStringLiteral("role 'lead' has an 'authority_gap' but says authority matches "
                              "accountability; remove one of them");
    }

    void mistakesAreReported()
    {
        QFETCH(QString, design);
        QFETCH(QString, marker);
        QFETCH(QString, message);
        ContentFixture content;
        QVERIFY(content.write(kRole, withDesign(design)));
        const CompileResult result = content.compile();
        EXPECT_EXACT_DIAGNOSTIC(result, content.path(kRole) + QLatin1Char(':')
                                            + QString::number(content.lineOf(kRole, marker))
                                            + QStringLiteral(": ") + message);
    }
};

QTEST_GUILESS_MAIN(TestRoleDesign)
#include "tst_roledesign.moc"
