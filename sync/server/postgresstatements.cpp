#include "server/postgresstatements.h"

#include <QSqlDriver>
#include <QVariant>
#include <QtEndian>

#include <libpq-fe.h>

#include <bit>
#include <deque>
#include <memory>
#include <vector>

namespace groundwork::sync {

namespace {

// PostgreSQL's type oids (pg_type.h is a server header).
constexpr unsigned kByteaOid = 17;
constexpr unsigned kInt8Oid = 20;
constexpr unsigned kInt4Oid = 23;
constexpr unsigned kTextOid = 25;
constexpr int kBinary = 1;
constexpr std::size_t kMaxRowsPerInsert = 64;

// Statements are made for a few sizes only (powers of two); the rows or ids left over are
// sent as NULL and match nothing.
std::size_t paddedSize(std::size_t n)
{
    return std::size_t(1) << std::bit_width(n - 1);
}

} // namespace

// The values of one statement, each in PostgreSQL's binary form: text as UTF-8, integers big
// endian, bytea as is. Kept alive until the statement has run.
class PostgresStatements::Parameters
{
public:
    void text(const QString &value) { add(value.toUtf8()); }
    void bytes(const QByteArray &value) { add(value); }
    void int8(qint64 value)
    {
        QByteArray big(8, Qt::Uninitialized);
        qToBigEndian(value, big.data());
        add(std::move(big));
    }
    void int4(qint32 value)
    {
        QByteArray big(4, Qt::Uninitialized);
        qToBigEndian(value, big.data());
        add(std::move(big));
    }
    void null()
    {
        m_values.push_back(nullptr);
        m_lengths.push_back(0);
        m_formats.push_back(kBinary);
    }
    int count() const { return int(m_values.size()); }
    const char *const *values() const { return m_values.data(); }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    // Never a null pointer: libpq takes that as SQL NULL, and the columns are NOT NULL.
    void add(QByteArray value)
    {
        if (value.isNull())
            value = QByteArray("");
        const QByteArray &kept = m_storage.emplace_back(std::move(value));
        m_values.push_back(kept.constData());
        m_lengths.push_back(int(kept.size()));
        m_formats.push_back(kBinary);
    }
    std::deque<QByteArray> m_storage; // a deque never moves what it holds
    std::vector<const char *> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
};

namespace {

QString textAt(const PGresult *r, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

QByteArray bytesAt(const PGresult *r, int row, int column)
{
    return QByteArray(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

qint64 int8At(const PGresult *r, int row, int column)
{
    if (PQgetlength(r, row, column) != 8)
        throw StoreError("PostgreSQL answered a BIGINT column in an unexpected form");
    return qFromBigEndian<qint64>(PQgetvalue(r, row, column));
}

// The INSERT for `rows` events, fifteen values a row (account, device and arrival time first).
// A row of NULLs is padding. The rows the account holds are filtered out before the INSERT
// sees them, by a lookup per row (LATERAL ... LIMIT 1 keeps it an index probe whatever the
// table's statistics), except a sealed copy of one it holds readable, which the upsert then
// empties in place (the row keeps its seq and device). ON CONFLICT also settles an id that
// another process stored meanwhile.
QByteArray insertEventsSql(std::size_t rows)
{
    QByteArray sql =
        "INSERT INTO events (account_id, device_id, received_ms, event_id, device_time_ms, kind, content_version,"
        " payload, origin_device, utc_offset_min, epoch, sealed, coarse_kind, utc_day, public_track_id)"
        " SELECT v.* FROM (VALUES ";
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < 15; ++column)
            sql += (column == 0 ? "$" : ", $") + QByteArray::number(qulonglong(1 + row * 15 + std::size_t(column)));
        sql += ")";
    }
    sql += ") AS v (account_id, device_id, received_ms, event_id, device_time_ms, kind, content_version, payload,"
           " origin_device, utc_offset_min, epoch, sealed, coarse_kind, utc_day, public_track_id)"
           " LEFT JOIN LATERAL (SELECT e.epoch FROM events e WHERE e.account_id = v.account_id"
           " AND e.event_id = v.event_id LIMIT 1) AS held ON true"
           " WHERE v.account_id IS NOT NULL AND (held.epoch IS NULL OR (held.epoch = 0 AND v.epoch > 0))"
           " ON CONFLICT (account_id, event_id) DO UPDATE SET device_time_ms = excluded.device_time_ms,"
           " kind = excluded.kind, content_version = excluded.content_version, payload = excluded.payload,"
           " origin_device = excluded.origin_device, utc_offset_min = excluded.utc_offset_min,"
           " epoch = excluded.epoch, sealed = excluded.sealed, coarse_kind = excluded.coarse_kind,"
           " utc_day = excluded.utc_day, public_track_id = excluded.public_track_id"
           " WHERE events.epoch = 0 AND excluded.epoch > 0";
    return sql;
}

std::vector<unsigned> insertEventsTypes(std::size_t rows)
{
    std::vector<unsigned> types;
    for (std::size_t row = 0; row < rows; ++row)
        types.insert(types.end(), {kTextOid, kTextOid, kInt8Oid, kTextOid, kInt8Oid, kTextOid, kTextOid, kByteaOid,
                                   kTextOid, kInt4Oid, kInt8Oid, kByteaOid, kInt4Oid, kInt4Oid, kTextOid});
    return types;
}

} // namespace

PostgresStatements::PostgresStatements(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it: PGconn is libpq's typedef of pg_conn.
    const bool libpq = handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0
                                            || qstrcmp(handle.typeName(), "PGconn*") == 0);
    if (!libpq)
        throw StoreError("the PostgreSQL statements need an open PostgreSQL connection");
    m_conn = *static_cast<PGconn *const *>(handle.data());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        throw StoreError("the PostgreSQL connection is not open");
}

namespace {

// Throws away what a Qt SQL query left unread, which would make libpq refuse the next command
// (Qt's driver discards it the same way before each of its own).
void discardUnread(PGconn *conn)
{
    while (PGresult *left = PQgetResult(conn))
        PQclear(left);
}

} // namespace

void PostgresStatements::prepare(const QByteArray &name, const QByteArray &sql, const std::vector<unsigned> &types)
{
    discardUnread(m_conn);
    const Result made(PQprepare(m_conn, name.constData(), sql.constData(), int(types.size()), types.data()), &PQclear);
    if (PQresultStatus(made.get()) != PGRES_COMMAND_OK)
        throw StoreError("prepare failed: " + std::string(PQerrorMessage(m_conn)));
    m_prepared.insert(name);
}

PostgresStatements::Result PostgresStatements::execute(const QByteArray &name, const Parameters &parameters)
{
    discardUnread(m_conn);
    Result result(PQexecPrepared(m_conn, name.constData(), parameters.count(), parameters.values(),
                                 parameters.lengths(), parameters.formats(), kBinary),
                  &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        throw StoreError(name.toStdString() + " failed: " + std::string(PQerrorMessage(m_conn)));
    return result;
}

namespace {

constexpr const char *kDeviceColumns = "SELECT d.id, d.token_hash, a.id, a.cohort_id, a.role, a.display_name"
                                       " FROM devices d JOIN accounts a ON a.id = d.account_id";

// A row of kDeviceColumns; nullopt for a role this server does not know.
std::optional<AuthenticatedDevice> deviceAt(const PGresult *r, int row)
{
    const auto role = roleFromName(textAt(r, row, 4));
    if (!role)
        return std::nullopt;
    AuthenticatedDevice d;
    d.deviceId = textAt(r, row, 0);
    d.tokenHash = bytesAt(r, row, 1);
    d.account = Account{textAt(r, row, 2), PQgetisnull(r, row, 3) ? QString() : textAt(r, row, 3), *role,
                        textAt(r, row, 5)};
    return d;
}

} // namespace

std::optional<AuthenticatedDevice> PostgresStatements::deviceByToken(const QByteArray &tokenHash)
{
    Parameters p;
    p.bytes(tokenHash);
    static const QByteArray name = "gw_device_by_token";
    if (!m_prepared.contains(name))
        prepare(name, QByteArray(kDeviceColumns) + " WHERE d.token_hash = $1 AND d.revoked_ms IS NULL", {kByteaOid});
    const Result r = execute(name, p);
    if (PQntuples(r.get()) == 0)
        return std::nullopt;
    return deviceAt(r.get(), 0);
}

QHash<QByteArray, AuthenticatedDevice> PostgresStatements::devicesByToken(const QList<QByteArray> &tokenHashes)
{
    QHash<QByteArray, AuthenticatedDevice> devices;
    for (qsizetype from = 0; from < tokenHashes.size(); from += 256) {
        const QList<QByteArray> hashes = tokenHashes.mid(from, 256);
        const std::size_t size = paddedSize(std::size_t(hashes.size()));
        const QByteArray name = "gw_devices_by_token_" + QByteArray::number(qulonglong(size));
        if (!m_prepared.contains(name)) {
            QByteArray sql = QByteArray(kDeviceColumns) + " WHERE d.revoked_ms IS NULL AND d.token_hash IN (";
            for (std::size_t i = 0; i < size; ++i)
                sql += (i == 0 ? "$" : ", $") + QByteArray::number(qulonglong(i + 1));
            prepare(name, sql + ")", std::vector<unsigned>(size, kByteaOid));
        }
        Parameters p;
        for (const QByteArray &hash : hashes)
            p.bytes(hash);
        for (std::size_t i = std::size_t(hashes.size()); i < size; ++i)
            p.null();
        const Result r = execute(name, p);
        for (int row = 0; row < PQntuples(r.get()); ++row)
            if (auto device = deviceAt(r.get(), row))
                devices.insert(device->tokenHash, std::move(*device));
    }
    return devices;
}

std::optional<Store::AccountUsage> PostgresStatements::accountUsage(const QString &accountId, bool lock)
{
    Parameters p;
    p.text(accountId);
    static const QByteArray locking = "gw_usage_lock", reading = "gw_usage";
    const QByteArray &name = lock ? locking : reading;
    if (!m_prepared.contains(name))
        prepare(name,
                QByteArray("SELECT stored_events, stored_bytes FROM accounts WHERE id = $1") + (lock ? " FOR UPDATE" : ""),
                {kTextOid});
    const Result r = execute(name, p);
    if (PQntuples(r.get()) == 0)
        return std::nullopt;
    return Store::AccountUsage{quint64(int8At(r.get(), 0, 0)), quint64(int8At(r.get(), 0, 1))};
}

QHash<QString, Store::AccountUsage> PostgresStatements::lockAccounts(const QStringList &accountIds)
{
    QHash<QString, Store::AccountUsage> usage;
    for (qsizetype from = 0; from < accountIds.size(); from += 256) {
        const QStringList ids = accountIds.mid(from, 256);
        const std::size_t size = paddedSize(std::size_t(ids.size()));
        const QByteArray name = "gw_lock_accounts_" + QByteArray::number(qulonglong(size));
        if (!m_prepared.contains(name)) {
            // Locked in the order returned: by id, byte by byte, in every process.
            QByteArray sql = "SELECT id, stored_events, stored_bytes FROM accounts WHERE id IN (";
            for (std::size_t i = 0; i < size; ++i)
                sql += (i == 0 ? "$" : ", $") + QByteArray::number(qulonglong(i + 1));
            sql += ") ORDER BY id COLLATE \"C\" FOR UPDATE";
            prepare(name, sql, std::vector<unsigned>(size, kTextOid));
        }
        Parameters p;
        for (const QString &id : ids)
            p.text(id);
        for (std::size_t i = std::size_t(ids.size()); i < size; ++i)
            p.null();
        const Result r = execute(name, p);
        for (int row = 0; row < PQntuples(r.get()); ++row)
            usage.insert(textAt(r.get(), row, 0), {quint64(int8At(r.get(), row, 1)), quint64(int8At(r.get(), row, 2))});
    }
    return usage;
}

void PostgresStatements::holdEvents(const QString &accountId, const QString &deviceId,
                                    std::span<const WireEvent> events, qint64 nowMs)
{
    Q_ASSERT(!holds(accountId));
    if (events.empty())
        return;
    m_heldAccounts.insert(accountId);
    for (const WireEvent &e : events)
        m_held.append({accountId, deviceId, nowMs, e});
}

void PostgresStatements::discard()
{
    m_held.clear();
    m_heldAccounts.clear();
}

void PostgresStatements::flush()
{
    const QList<HeldEvent> rows = std::move(m_held);
    discard();
    const std::span<const HeldEvent> all(rows.constData(), std::size_t(rows.size()));
    for (std::size_t from = 0; from < all.size(); from += kMaxRowsPerInsert)
        insert(all.subspan(from, std::min(kMaxRowsPerInsert, all.size() - from)));
}

void PostgresStatements::insert(std::span<const HeldEvent> rows)
{
    const std::size_t size = paddedSize(rows.size());
    const QByteArray name = "gw_insert_events_" + QByteArray::number(qulonglong(size));
    if (!m_prepared.contains(name))
        prepare(name, insertEventsSql(size), insertEventsTypes(size));
    Parameters p;
    for (const HeldEvent &row : rows) {
        const WireEvent &e = row.event;
        p.text(row.accountId);
        p.text(row.deviceId);
        p.int8(row.nowMs);
        p.text(e.id);
        p.int8(e.deviceTimeMs);
        p.text(e.kind);
        p.text(e.contentVersion);
        p.bytes(e.payload);
        p.text(e.originDevice);
        p.int4(e.utcOffsetMinutes);
        p.int8(qint64(e.epoch));
        if (e.isSealed())
            p.bytes(e.sealed);
        else
            p.null();
        p.int4(e.coarseKind);
        p.int4(e.utcDay);
        p.text(e.publicTrackId);
    }
    for (std::size_t i = rows.size() * 15; i < size * 15; ++i)
        p.null();
    execute(name, p);
}

} // namespace groundwork::sync
