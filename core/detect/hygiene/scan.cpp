// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan.h"

#include "alert_naming.h"
#include "conversation_sides.h"
#include "row_span.h"

#include "core/detect/host_index.h"
#include "core/detect/plant_host.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace mieruka::detect {

namespace {

using hygiene::ConversationSides;

constexpr std::int64_t kNsPerSecond = 1'000'000'000;
constexpr std::int64_t kMaxWindowSeconds = 366 * 24 * 3600; // keeps the nanoseconds in range

/// Every contact of one initiator with one target (or one port of it).
struct Contact {
    hygiene::RowSpan span;
    bool answered = false;

    void add(const analysis::ConversationRecord& row, const ConversationSides& sides)
    {
        span.add(row.firstNs, row.lastNs);
        answered = answered || sides.answered();
    }
    /// Its usual peer: answered, and talked to for longer than a scan takes.
    bool usual(std::int64_t windowNs) const { return answered && span.lastNs - span.firstNs > windowNs; }
};

struct Target {
    Contact all;
    std::map<int, Contact> ports;
};

using Initiators = std::map<std::string, std::map<std::string, Target>>; // ordered: deterministic output

/// The contact a row stands for, or nothing when it cannot be part of a scan.
bool contactOf(const analysis::ConversationRecord& row, const HostIndex& hosts, ConversationSides& sides)
{
    if (row.isLink)
        return false;
    sides = ConversationSides::of(row);
    const std::string& target = *sides.server;
    if (*sides.client == target || isGroupAddress(*sides.client) || isGroupAddress(target))
        return false;
    if (isPublicAddress(target)) {
        const DetectHost* host = hosts.find(target);
        if (!host || host->mac.empty() || host->isRouter)
            return false;
    }
    return true;
}

Initiators contactsOf(const DetectionInput& input)
{
    const HostIndex hosts(input.hosts);
    Initiators initiators;
    ConversationSides sides;
    for (const auto& row : input.conversations) {
        if (!contactOf(row, hosts, sides))
            continue;
        Target& target = initiators[*sides.client][*sides.server];
        target.all.add(row, sides);
        if (row.hasPorts)
            target.ports[sides.serverPort].add(row, sides);
    }
    return initiators;
}

/// What the sliding window found over one set of first contacts.
struct Burst {
    std::size_t peak = 0;
    std::vector<std::size_t> members; ///< indexes of the contacts inside a window that met the threshold
};

/// `times` sorted ascending; a window is [t, t + windowNs].
Burst findBurst(const std::vector<std::int64_t>& times, std::int64_t windowNs, std::size_t threshold)
{
    Burst burst;
    std::size_t left = 0, marked = 0;
    for (std::size_t right = 0; right < times.size(); ++right) {
        while (times[right] - times[left] > windowNs)
            ++left;
        const std::size_t count = right - left + 1;
        burst.peak = std::max(burst.peak, count);
        if (count < threshold)
            continue;
        for (std::size_t i = std::max(left, marked); i <= right; ++i)
            burst.members.push_back(i);
        marked = right + 1;
    }
    if (burst.members.empty())
        burst.peak = 0;
    return burst;
}

template <typename Key>
struct NewContact {
    std::int64_t firstNs = 0;
    Key key;
    const Contact* contact = nullptr;
    bool operator<(const NewContact& other) const { return std::tie(firstNs, key) < std::tie(other.firstNs, other.key); }
};

template <typename Key>
Burst burstOf(std::vector<NewContact<Key>>& contacts, std::int64_t windowNs, std::size_t threshold)
{
    std::sort(contacts.begin(), contacts.end());
    std::vector<std::int64_t> times;
    times.reserve(contacts.size());
    for (const auto& contact : contacts)
        times.push_back(contact.firstNs);
    return findBurst(times, windowNs, threshold);
}

struct Settings {
    std::int64_t windowNs = 0;
    std::int64_t windowSeconds = 0;
    std::size_t hosts = 0, ports = 0;
    const Initiators* known = nullptr; ///< contacts of a separate baseline survey
};

bool knownTarget(const Settings& settings, const std::string& initiator, const std::string& target, const int* port)
{
    if (!settings.known)
        return false;
    const auto it = settings.known->find(initiator);
    if (it == settings.known->end())
        return false;
    const auto found = it->second.find(target);
    return found != it->second.end() && (!port || found->second.ports.contains(*port));
}

void sweepAlert(const std::string& initiator, const std::map<std::string, Target>& targets, const Settings& settings,
                const HostIndex& hosts, AlertList& alerts)
{
    std::vector<NewContact<std::string>> contacts;
    for (const auto& [address, target] : targets)
        if (!target.all.usual(settings.windowNs) && !knownTarget(settings, initiator, address, nullptr))
            contacts.push_back({target.all.span.firstNs, address, &target.all});
    const Burst burst = burstOf(contacts, settings.windowNs, settings.hosts);
    if (burst.members.empty())
        return;
    hygiene::RowSpan span;
    std::set<std::string> examples;
    std::set<int> ports;
    for (const std::size_t i : burst.members) {
        span.add(contacts[i].contact->span);
        examples.insert(contacts[i].key);
        for (const auto& [port, contact] : targets.at(contacts[i].key).ports)
            ports.insert(port);
    }
    auto alert = makeAlert(AlertType::Scan, Severity::Medium, "host_sweep", span.firstNs, span.lastNs);
    hygiene::nameSource(alert, hosts, initiator);
    addField(alert, "targets", std::to_string(burst.peak));
    addField(alert, "total_targets", std::to_string(burst.members.size()));
    addField(alert, "ports", std::to_string(ports.size()));
    addField(alert, "window", std::to_string(settings.windowSeconds));
    addField(alert, "example_targets", hygiene::joinLimited(examples));
    alert.count = span.rows;
    alerts.push_back(std::move(alert));
}

void portScanAlert(const std::string& initiator, const std::string& address, const Target& target,
                   const Settings& settings, const HostIndex& hosts, AlertList& alerts)
{
    if (target.ports.size() < settings.ports)
        return;
    std::vector<NewContact<int>> contacts;
    for (const auto& [port, contact] : target.ports)
        if (!contact.usual(settings.windowNs) && !knownTarget(settings, initiator, address, &port))
            contacts.push_back({contact.span.firstNs, port, &contact});
    const Burst burst = burstOf(contacts, settings.windowNs, settings.ports);
    if (burst.members.empty())
        return;
    hygiene::RowSpan span;
    std::set<int> ports;
    for (const std::size_t i : burst.members) {
        span.add(contacts[i].contact->span);
        ports.insert(contacts[i].key);
    }
    auto alert = makeAlert(AlertType::Scan, Severity::Medium, "port_scan", span.firstNs, span.lastNs);
    hygiene::nameSource(alert, hosts, initiator);
    hygiene::nameDestination(alert, hosts, address);
    addField(alert, "ports", std::to_string(burst.peak));
    addField(alert, "total_ports", std::to_string(burst.members.size()));
    addField(alert, "window", std::to_string(settings.windowSeconds));
    addField(alert, "example_ports", hygiene::joinLimited(ports));
    alert.count = span.rows;
    alerts.push_back(std::move(alert));
}

} // namespace

void Scan::run(const DetectionContext& context, AlertList& alerts)
{
    Settings settings;
    settings.windowSeconds = std::clamp<std::int64_t>(context.options.scanWindowSeconds, 1, kMaxWindowSeconds);
    settings.windowNs = settings.windowSeconds * kNsPerSecond;
    // A threshold of one would call every first contact a scan.
    settings.hosts = std::max<std::size_t>(context.options.scanHosts, 2);
    settings.ports = std::max<std::size_t>(context.options.scanPorts, 2);

    const Initiators current = contactsOf(context.current);
    Initiators baseline;
    if (&context.baseline != &context.current) {
        baseline = contactsOf(context.baseline);
        settings.known = &baseline;
    }
    const HostIndex hosts(context.current.hosts);
    for (const auto& [initiator, targets] : current) {
        if (targets.size() >= settings.hosts)
            sweepAlert(initiator, targets, settings, hosts, alerts);
        for (const auto& [address, target] : targets)
            portScanAlert(initiator, address, target, settings, hosts, alerts);
    }
}

} // namespace mieruka::detect
