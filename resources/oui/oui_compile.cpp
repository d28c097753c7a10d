// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: turns Debian's ieee-data CSVs into oui_data.cpp (sorted prefix arrays and one
// deduplicated name blob) so the app needs no data files at run time and lookups never allocate.
//
// Usage: mieruka_oui_compile <ieee-data dir> <output .cpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Record {
    std::uint64_t prefix = 0;
    std::string name;
};

// RFC 4180 quoted CSV: fields may hold commas, doubled quotes and line breaks inside quotes.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.push_back(c);
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\n') {
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
            rows.push_back(std::move(row));
            row.clear();
        } else if (c != '\r') {
            field.push_back(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

// Registry names carry stray padding and, for some (e.g. "Siemens AG,"), a trailing comma.
std::string cleanName(const std::string& raw)
{
    auto isJunk = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ','; };
    std::size_t begin = 0;
    while (begin < raw.size() && (raw[begin] == ' ' || raw[begin] == '\t'))
        ++begin;
    std::size_t end = raw.size();
    while (end > begin && isJunk(raw[end - 1]))
        --end;
    return raw.substr(begin, end - begin);
}

bool readFile(const std::string& path, std::string& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

// Appends the assignments of one CSV whose hex assignment has `digits` nibbles.
bool load(const std::string& path, std::size_t digits, bool required, std::vector<Record>& out)
{
    std::string text;
    if (!readFile(path, text)) {
        std::cerr << (required ? "error: " : "warning: ") << "cannot read " << path << '\n';
        return !required;
    }
    const auto rows = parseCsv(text);
    for (std::size_t r = 1; r < rows.size(); ++r) { // row 0 is the header
        const auto& row = rows[r];
        if (row.size() < 3 || row[1].size() != digits)
            continue;
        std::uint64_t prefix = 0;
        bool valid = true;
        for (char c : row[1]) {
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            if (digit < 0) {
                valid = false;
                break;
            }
            prefix = prefix << 4 | static_cast<std::uint64_t>(digit);
        }
        const std::string name = cleanName(row[2]);
        if (valid && !name.empty())
            out.push_back({prefix, name});
    }
    return true;
}

// Sorted by prefix; on a duplicate assignment the first one read wins (stable sort).
void sortUnique(std::vector<Record>& records)
{
    std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) { return a.prefix < b.prefix; });
    records.erase(std::unique(records.begin(), records.end(),
                              [](const Record& a, const Record& b) { return a.prefix == b.prefix; }),
                  records.end());
}

class NameBlob {
public:
    std::pair<std::uint32_t, std::uint16_t> add(const std::string& name)
    {
        const auto length = static_cast<std::uint16_t>(std::min<std::size_t>(name.size(), 0xffff));
        auto it = m_offsets.find(name);
        if (it != m_offsets.end())
            return {it->second, length};
        const auto offset = static_cast<std::uint32_t>(m_blob.size());
        m_blob.append(name, 0, length);
        m_offsets.emplace(name, offset);
        return {offset, length};
    }
    const std::string& blob() const { return m_blob; }

private:
    std::string m_blob;
    std::map<std::string, std::uint32_t> m_offsets;
};

void writeEntries(std::ostream& out, const char* name, const std::vector<Record>& records, NameBlob& blob)
{
    out << "const Entry " << name << "[] = {\n";
    for (const auto& record : records) {
        const auto [offset, length] = blob.add(record.name);
        out << "{0x" << std::hex << record.prefix << std::dec << "ull," << offset << "u," << length << "u},\n";
    }
    if (records.empty())
        out << "{0ull,0u,0u},\n";
    out << "};\n";
}

void writeBlob(std::ostream& out, const std::string& blob)
{
    // Split into short literals: keeps lines readable and stays far below compiler literal limits.
    out << "const char kNames[] =\n\"";
    std::size_t column = 0;
    for (unsigned char c : blob) {
        if (column >= 100) {
            out << "\"\n\"";
            column = 0;
        }
        if (c == '"' || c == '\\') {
            out << '\\' << c;
            column += 2;
        } else if (c < 0x20 || c >= 0x7f) {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\%03o", c);
            out << escaped;
            column += 4;
        } else {
            out << c;
            ++column;
        }
    }
    out << "\";\n";
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: " << argv[0] << " <ieee-data dir> <output.cpp>\n";
        return 2;
    }
    const std::string dir = argv[1];
    std::vector<Record> ma36, ma28, ma24;
    if (!load(dir + "/oui.csv", 6, true, ma24) || !load(dir + "/mam.csv", 7, false, ma28)
        || !load(dir + "/oui36.csv", 9, false, ma36) || !load(dir + "/iab.csv", 9, false, ma36))
        return 1;
    sortUnique(ma24);
    sortUnique(ma28);
    sortUnique(ma36);

    std::ostringstream out;
    out << "// SPDX-License-Identifier: GPL-3.0-or-later\n"
           "// Generated by mieruka_oui_compile from the IEEE registry (Debian ieee-data). Do not edit.\n"
           "#include \"core/net/oui_table.h\"\n\n"
           "namespace mieruka::net::detail::oui {\n\n";
    NameBlob blob;
    writeEntries(out, "kEntries36", ma36, blob);
    out << "const std::size_t kCount36 = " << ma36.size() << ";\n";
    writeEntries(out, "kEntries28", ma28, blob);
    out << "const std::size_t kCount28 = " << ma28.size() << ";\n";
    writeEntries(out, "kEntries24", ma24, blob);
    out << "const std::size_t kCount24 = " << ma24.size() << ";\n";
    writeBlob(out, blob.blob());
    out << "\n} // namespace mieruka::net::detail::oui\n";

    // Write only when changed so an unchanged registry does not trigger a rebuild.
    std::string existing;
    const std::string generated = out.str();
    if (readFile(argv[2], existing) && existing == generated)
        return 0;
    std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
    file << generated;
    if (!file) {
        std::cerr << "error: cannot write " << argv[2] << '\n';
        return 1;
    }
    return 0;
}
