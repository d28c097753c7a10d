// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_db.h"

#include <sqlite3.h>

namespace mieruka::store {

namespace {
std::string describe(int code, sqlite3* db)
{
    switch (code & 0xff) {
    case SQLITE_FULL: return "disk full while writing the survey";
    case SQLITE_NOTADB: return "not a Mieruka survey file (not an SQLite database)";
    case SQLITE_CORRUPT: return "survey file is corrupt";
    case SQLITE_READONLY: return "survey file is read-only";
    case SQLITE_CANTOPEN: return "cannot open the survey file (missing folder or no permission)";
    case SQLITE_PERM: case SQLITE_AUTH: return "permission denied";
    case SQLITE_IOERR: return std::string("I/O error: ") + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    case SQLITE_BUSY: case SQLITE_LOCKED: return "survey file is in use by another program";
    default: return db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    }
}
} // namespace

SqliteDb::SqliteDb(const std::string& path, bool create) : m_path(path)
{
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_path + ": " + describe(rc, m_db);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

SqliteDb::~SqliteDb()
{
    sqlite3_close_v2(m_db);
}

void SqliteDb::fail(int code, std::string_view what) const
{
    std::string message = m_path + ": " + describe(code, m_db);
    if (!what.empty() && (code & 0xff) != SQLITE_FULL && (code & 0xff) != SQLITE_NOTADB)
        message += " (" + std::string(what) + ")";
    throw StoreError(message);
}

void SqliteDb::execute(std::string_view sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        fail(rc, sql.substr(0, 60));
}

std::int64_t SqliteDb::queryInt(std::string_view sql)
{
    SqliteStatement statement(*this, sql);
    return statement.step() ? statement.columnInt(0) : 0;
}

std::string SqliteDb::queryText(std::string_view sql)
{
    SqliteStatement statement(*this, sql);
    return statement.step() ? statement.columnText(0) : std::string();
}

SqliteStatement::SqliteStatement(SqliteDb& db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, sql.substr(0, 60));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view value)
{
    // SQLITE_STATIC: callers keep the text alive until the statement has stepped (execute()).
    sqlite3_bind_text(m_statement, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

double SqliteStatement::columnDouble(int index) const
{
    return sqlite3_column_double(m_statement, index);
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail(rc, sqlite3_sql(m_statement) ? std::string_view(sqlite3_sql(m_statement)).substr(0, 60) : "");
}

void SqliteStatement::execute()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t SqliteStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

std::string SqliteStatement::columnText(int index) const
{
    const auto* text = sqlite3_column_text(m_statement, index);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(m_statement, index)))
                : std::string();
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteDb& db) : m_db(db)
{
    m_db.execute("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_db.execute("COMMIT");
    m_open = false;
}

} // namespace mieruka::store
