// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsv_rows.h"

namespace mieruka::resources {

std::vector<std::vector<std::string_view>> tsvRows(std::string_view text)
{
    std::vector<std::vector<std::string_view>> rows;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (line.empty() || line.front() == '#')
            continue;
        std::vector<std::string_view> fields;
        for (std::size_t from = 0;;) {
            const std::size_t tab = line.find('\t', from);
            fields.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
            if (tab == std::string_view::npos)
                break;
            from = tab + 1;
        }
        rows.push_back(std::move(fields));
    }
    return rows;
}

} // namespace mieruka::resources
