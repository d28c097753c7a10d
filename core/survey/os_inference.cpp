// SPDX-License-Identifier: GPL-3.0-or-later
#include "os_inference.h"

#include "survey_snapshot.h"

#include "resources/embedded/embedded_resources.h"
#include "resources/embedded/tsv_rows.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>
#include <set>

namespace mieruka::survey {

namespace {

struct Candidate {
    std::string family, name, version, source;
    double confidence = 0;
};

std::vector<std::vector<std::string>> readTable(std::string_view tsv, std::size_t columns)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& fields : resources::tsvRows(tsv))
        if (fields.size() == columns)
            rows.emplace_back(fields.begin(), fields.end());
    return rows;
}

const std::vector<std::vector<std::string>>& bannerTable()
{
    static const auto table = readTable(resources::os_banners_tsv(), 6);
    return table;
}

const std::vector<std::vector<std::string>>& dhcpTable()
{
    static const auto table = readTable(resources::os_dhcp_fingerprints_tsv(), 5);
    return table;
}

const std::vector<std::vector<std::string>>& eolTable()
{
    static const auto table = readTable(resources::os_eol_tsv(), 5);
    return table;
}

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

/// "Windows 5.1", "Windows Server 2003 3790 Service Pack 2", "Windows 10 Enterprise 10586" → version.
std::string windowsVersionOf(std::string_view text)
{
    static const std::pair<std::string_view, std::string_view> kNames[] = {
        {"Windows 2000", "5.0"},   {"Windows XP", "5.1"},      {"Server 2003", "5.2"},   {"Windows Vista", "6.0"},
        {"Server 2008 R2", "6.1"}, {"Server 2008", "6.0"},     {"Windows 7", "6.1"},     {"Server 2012 R2", "6.3"},
        {"Windows 8.1", "6.3"},    {"Server 2012", "6.2"},     {"Windows 8", "6.2"},     {"Windows 10", "10.0"},
        {"Windows 11", "10.0"},    {"Server 2016", "10.0"},    {"Server 2019", "10.0"},  {"Server 2022", "10.0"},
    };
    for (const auto& [name, version] : kNames)
        if (contains(text, name))
            return std::string(version);
    // "Windows 5.1" / "Windows NT 6.1" / "10.0.19041"
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] >= '1' && text[i] <= '9' && (i == 0 || text[i - 1] == ' ')) {
            std::size_t j = i;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9')
                ++j;
            if (j + 1 < text.size() && text[j] == '.' && text[j + 1] >= '0' && text[j + 1] <= '9')
                return std::string(text.substr(i, j - i)) + '.' + text[j + 1];
        }
    }
    return {};
}

std::string familyOfText(std::string_view text)
{
    if (contains(text, "Windows"))
        return "windows";
    if (contains(text, "Linux") || contains(text, "Ubuntu") || contains(text, "Debian") || contains(text, "CentOS"))
        return "linux";
    if (contains(text, "Mac OS") || contains(text, "macOS") || contains(text, "Darwin"))
        return "macos";
    if (contains(text, "FreeBSD") || contains(text, "NetBSD") || contains(text, "OpenBSD"))
        return "bsd";
    if (contains(text, "VxWorks"))
        return "rtos";
    return {};
}

std::vector<Candidate> candidatesOf(const std::vector<Evidence>& evidence)
{
    std::vector<Candidate> candidates;
    // TCP signatures come as family/name/version rows of the same source: regroup them.
    std::map<std::string, Candidate> signatures;
    for (const auto& fact : evidence) {
        const bool fromTcp = fact.source == "tcp_syn" || fact.source == "tcp_synack";
        const bool osFact = fact.attribute == "os_family" || fact.attribute == "os_name" || fact.attribute == "os_version";
        if (fromTcp && !osFact)
            continue; // the raw fingerprint is certain about itself, not about the OS
        if (fromTcp) {
            Candidate& candidate = signatures[fact.source];
            candidate.source = fact.source;
            candidate.confidence = std::max(candidate.confidence, fact.confidence);
            if (fact.attribute == "os_family")
                candidate.family = fact.value;
            else if (fact.attribute == "os_name")
                candidate.name = fact.value;
            else if (fact.attribute == "os_version")
                candidate.version = fact.value;
            continue;
        }
        if (fact.attribute == "os_name" || fact.attribute == "os_version") {
            const std::string family = fact.attribute == "os_name" ? familyOfText(fact.value)
                                       : (fact.source == "cifs_browser" || fact.source == "smb") ? "windows" : "";
            if (family.empty())
                continue;
            Candidate candidate{family, fact.attribute == "os_name" ? fact.value : std::string(), std::string(), fact.source,
                                fact.confidence};
            if (family == "windows")
                candidate.version = windowsVersionOf(fact.value);
            // "Windows 5.1" from a browser announcement is a version, not a product name.
            if (candidate.name.starts_with("Windows ") && candidate.name.size() <= 12)
                candidate.name.clear();
            candidates.push_back(std::move(candidate));
            continue;
        }
        if (fact.attribute == "dhcp_fingerprint" && fact.source == "dhcp") {
            for (const auto& row : dhcpTable())
                if (row[0] == fact.value) {
                    candidates.push_back({row[1], row[2], row[3], "dhcp", std::stod(row[4])});
                    break;
                }
            continue;
        }
        for (const auto& row : bannerTable()) {
            if (row[0] != fact.attribute || !contains(fact.value, row[1]))
                continue;
            candidates.push_back({row[2], row[3], row[4], fact.source, std::stod(row[5])});
            break;
        }
    }
    for (auto& [source, candidate] : signatures)
        if (!candidate.family.empty())
            candidates.push_back(std::move(candidate));
    return candidates;
}

std::string dateOf(std::int64_t ns)
{
    const std::time_t seconds = static_cast<std::time_t>(ns / 1'000'000'000);
    std::tm parts{};
#ifdef _WIN32
    gmtime_s(&parts, &seconds);
#else
    gmtime_r(&seconds, &parts);
#endif
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
    return text;
}

/// `part` occurs in `name` as words: followed by the end or a space ("Windows 10 Pro" matches
/// "Windows 10"; the ambiguous "Windows 10/11" does not).
bool containsWords(std::string_view name, std::string_view part)
{
    for (std::size_t at = name.find(part); at != std::string_view::npos; at = name.find(part, at + 1)) {
        const std::size_t end = at + part.size();
        if (end == name.size() || name[end] == ' ')
            return true;
    }
    return false;
}

} // namespace

std::string OsInference::windowsName(std::string_view version)
{
    static const std::map<std::string_view, std::string_view> kNames{
        {"5.0", "Windows 2000"}, {"5.1", "Windows XP"}, {"5.2", "Windows XP x64 / Server 2003"},
        {"6.0", "Windows Vista / Server 2008"}, {"6.1", "Windows 7 / Server 2008 R2"}, {"6.2", "Windows 8 / Server 2012"},
        {"6.3", "Windows 8.1 / Server 2012 R2"}, {"10.0", "Windows 10/11 / Server 2016+"},
    };
    const auto it = kNames.find(version);
    return it == kNames.end() ? std::string() : std::string(it->second);
}

std::string OsInference::windowsServerName(std::string_view version)
{
    static const std::map<std::string_view, std::string_view> kNames{
        {"5.0", "Windows 2000 Server"}, {"5.2", "Windows Server 2003"}, {"6.0", "Windows Server 2008"},
        {"6.1", "Windows Server 2008 R2"}, {"6.2", "Windows Server 2012"}, {"6.3", "Windows Server 2012 R2"},
        {"10.0", "Windows Server 2016+"},
    };
    const auto it = kNames.find(version);
    return it == kNames.end() ? std::string() : std::string(it->second);
}

std::string OsInference::windowsWorkstationName(std::string_view version)
{
    static const std::map<std::string_view, std::string_view> kNames{
        {"5.0", "Windows 2000"}, {"5.1", "Windows XP"}, {"5.2", "Windows XP x64"}, {"6.0", "Windows Vista"},
        {"6.1", "Windows 7"},    {"6.2", "Windows 8"},  {"6.3", "Windows 8.1"},    {"10.0", "Windows 10/11"},
    };
    const auto it = kNames.find(version);
    return it == kNames.end() ? std::string() : std::string(it->second);
}

OsVerdict OsInference::infer(const std::vector<Evidence>& evidence, std::int64_t surveyEndNs)
{
    OsVerdict verdict;
    const auto candidates = candidatesOf(evidence);
    if (candidates.empty())
        return verdict;
    std::map<std::string, double> score;
    for (const auto& candidate : candidates)
        score[candidate.family] += candidate.confidence;
    const auto best = std::max_element(score.begin(), score.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    verdict.family = best->first;

    const Candidate* named = nullptr;
    const Candidate* versioned = nullptr;
    std::set<std::string> sources;
    double strongest = 0;
    for (const auto& candidate : candidates) {
        if (candidate.family != verdict.family)
            continue;
        sources.insert(candidate.source);
        strongest = std::max(strongest, candidate.confidence);
        if (!candidate.version.empty() && (!versioned || candidate.confidence > versioned->confidence))
            versioned = &candidate;
    }
    if (versioned)
        verdict.version = versioned->version;
    // A product name that agrees with the chosen version is the most specific thing to show;
    // names with a "/" ("Windows XP/2003") are a signature's shrug and come last.
    const Candidate* generic = nullptr;
    for (const auto& candidate : candidates) {
        if (candidate.family != verdict.family || candidate.name.empty())
            continue;
        const bool agrees = verdict.version.empty() || candidate.version.empty() || candidate.version == verdict.version;
        if (!agrees)
            continue;
        // "Windows" alone (DHCP vendor class) says less than the version the others agreed on.
        const bool vague = candidate.name.find('/') != std::string::npos
                           || (verdict.family == "windows" && candidate.version.empty() && !verdict.version.empty());
        const Candidate*& slot = vague ? generic : named;
        if (!slot || candidate.confidence > slot->confidence)
            slot = &candidate;
    }
    if (named)
        verdict.name = named->name;
    if (verdict.name.empty() && verdict.family == "windows") {
        const bool ntServer = std::any_of(evidence.begin(), evidence.end(), [](const Evidence& fact) {
            return fact.attribute == "capabilities" && fact.value.find("nt_server") != std::string::npos;
        });
        const bool workstation = std::any_of(evidence.begin(), evidence.end(), [](const Evidence& fact) {
            return fact.attribute == "capabilities" && fact.source == "cifs_browser";
        });
        verdict.name = ntServer ? windowsServerName(verdict.version)
                       : workstation ? windowsWorkstationName(verdict.version) : std::string();
    }
    if (verdict.name.empty() && generic)
        verdict.name = generic->name;
    if (verdict.name.empty() && verdict.family == "windows")
        verdict.name = windowsName(verdict.version);
    verdict.sources.assign(sources.begin(), sources.end());
    // Independent protocols that agree make the verdict firmer.
    verdict.confidence = std::min(1.0, strongest + 0.05 * static_cast<double>(sources.size() - 1));

    const std::string surveyDate = dateOf(surveyEndNs);
    for (const auto& row : eolTable()) {
        if (row[0] != verdict.family)
            continue;
        if (row[1] != "*" && row[1] != verdict.version)
            continue;
        if (row[2] != "*" && !containsWords(verdict.name, row[2]))
            continue;
        verdict.eolDate = row[3];
        verdict.eolSource = row[4];
        verdict.eol = row[3] < surveyDate;
        break;
    }
    return verdict;
}

} // namespace mieruka::survey
