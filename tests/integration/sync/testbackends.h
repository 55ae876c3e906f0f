#pragma once

#include "server/clock.h"
#include "server/store.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace groundwork::sync::testing {

// The storage back ends every storage test runs on (as QTest data rows).
QStringList backendNames();
// In a test's _data function: a "backend" column with a row per back end.
void addBackendRows();

// A fresh, empty database of one back end. For PostgreSQL: a private schema in the test
// database (dropped again on destruction), so tests may run in parallel.
class FreshDatabase
{
public:
    FreshDatabase(const QString &backend, const QString &scratchDir);
    ~FreshDatabase();
    FreshDatabase(const FreshDatabase &) = delete;
    FreshDatabase &operator=(const FreshDatabase &) = delete;

    QString spec() const { return m_spec; }
    // Set when the back end cannot be used: skip (GROUNDWORK_NO_POSTGRES=1) or fail (CI).
    QString skipReason() const { return m_skip; }
    QString failReason() const { return m_fail; }

    std::unique_ptr<Store> open() const;

private:
    QString m_spec;
    QString m_schema;
    QString m_baseUrl;
    QString m_skip;
    QString m_fail;
};

// Every event id the account holds, in the order the server stored them, read through the
// Store interface (asked for a device the account does not have, so none is left out). A
// list, not a set, so a row stored twice would show.
QStringList eventIdsHeld(Store &store, const QString &accountId);

// The PostgreSQL URL the tests use: GROUNDWORK_TEST_POSTGRES_URL, else the fixed URL that
// scripts/services.sh prepares.
QString postgresBaseUrl();

// Runs one statement on a short-lived connection to the test database; the error, or empty.
QString execOnTestDatabase(const QString &baseUrl, const QString &sql);

class FakeClock final : public Clock
{
public:
    qint64 nowMs() const override { return now; }
    qint64 now = 1'700'000'000'000;
};

} // namespace groundwork::sync::testing

// Opens the back end of the current data row into `db`, skipping or failing as it must.
#define GW_REQUIRE_BACKEND(db)                                                                   \
    do {                                                                                          \
        if (!(db).skipReason().isEmpty())                                                         \
            QSKIP(qPrintable((db).skipReason()));                                                 \
        if (!(db).failReason().isEmpty())                                                         \
            QFAIL(qPrintable((db).failReason()));                                                 \
    } while (false)
