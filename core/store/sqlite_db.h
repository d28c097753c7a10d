// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace mieruka::store {

/// A failure of the survey file, with a one-line message that names the file.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SqliteDb;

/// A prepared statement; binds are 1-based like SQLite's. Throws StoreError on failure.
class SqliteStatement {
public:
    SqliteStatement(SqliteDb& db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, std::int64_t value);
    /// The text is not copied: it must stay alive until the statement has been stepped.
    SqliteStatement& bind(int index, std::string_view value);
    SqliteStatement& bindNull(int index);
    SqliteStatement& bindReal(int index, double value);
    /// Returns true while a row is available.
    bool step();
    /// Runs to completion and resets for the next use.
    void execute();
    void reset();

    std::int64_t columnInt(int index) const;
    std::string columnText(int index) const;
    double columnDouble(int index) const;
    bool columnIsNull(int index) const;

private:
    SqliteDb& m_db;
    sqlite3_stmt* m_statement = nullptr;
};

/// Owns one sqlite3 connection. Error messages are prefixed with the file name.
class SqliteDb {
public:
    SqliteDb(const std::string& path, bool create);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    void execute(std::string_view sql);
    std::int64_t queryInt(std::string_view sql);
    std::string queryText(std::string_view sql);
    [[noreturn]] void fail(int code, std::string_view what) const;

    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    sqlite3* m_db = nullptr;
};

/// RAII transaction: commits on commit(), rolls back if destroyed without it.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDb& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

private:
    SqliteDb& m_db;
    bool m_open = true;
};

} // namespace mieruka::store
