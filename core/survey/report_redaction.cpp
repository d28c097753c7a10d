// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_redaction.h"

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>

namespace mieruka::survey {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::string numbered(const char* prefix, int number)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s-%04d", prefix, number);
    return buffer;
}

std::string fileName(const std::string& path)
{
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Attributes whose value names the device or the site rather than describing the product.
const std::set<std::string, std::less<>> kHostNameAttributes{"hostname", "station_address"};
const std::set<std::string, std::less<>> kOtherNameAttributes{"domain_name", "workgroup", "location", "plant_id",
                                                              "dhcp_client_id", "application_uri"};
// Product facts: a firmware "1.2.3.4" must not be mistaken for an address.
const std::set<std::string, std::less<>> kProductAttributes{
    "vendor_name", "vendor_id",   "product_name", "model_name",  "product_code",    "device_type",
    "firmware_version", "hardware_version", "os_name", "os_version", "os_family", "capabilities",
    "protocol_role", "tcp_fingerprint", "dhcp_fingerprint", "dhcp_vendor_class", "security_finding", "port_id"};
// Alert fields that describe the rule or the product, not the plant.
const std::set<std::string, std::less<>> kPlainAlertFields{"os",  "vendor", "role", "msg", "classtype", "references",
                                                           "sid", "rev",    "eol_date", "operation", "operation_class"};

/// The pseudonym table. Numbers are handed out in the order the snapshot is walked, so the
/// same snapshot always gets the same pseudonyms.
class Pseudonyms {
public:
    std::string address(const std::string& text)
    {
        if (text.empty())
            return text;
        if (auto known = m_addresses.find(text); known != m_addresses.end())
            return known->second;
        std::string result = text;
        if (auto ip = net::IpAddress::parse(text))
            result = ipPseudonym(*ip);
        else if (auto mac = net::MacAddress::parse(text))
            result = macPseudonym(*mac);
        m_addresses.emplace(text, result);
        return result;
    }

    std::string name(const std::string& text, const char* prefix)
    {
        if (text.empty())
            return text;
        auto [it, added] = m_names.try_emplace(lower(text));
        if (added)
            it->second = numbered(prefix, ++m_nameCount[prefix]);
        return it->second;
    }

    /// Free text (alert fields, descriptions): every address-like or known-name token is replaced.
    std::string text(const std::string& input)
    {
        auto isTokenChar = [](unsigned char c) { return std::isalnum(c) || c == '.' || c == ':' || c == '-' || c == '_'; };
        std::string output;
        std::size_t i = 0;
        while (i < input.size()) {
            if (!isTokenChar(static_cast<unsigned char>(input[i]))) {
                output += input[i++];
                continue;
            }
            std::size_t end = i;
            while (end < input.size() && isTokenChar(static_cast<unsigned char>(input[end])))
                ++end;
            const std::string token = input.substr(i, end - i);
            output += replaceToken(token);
            i = end;
        }
        return output;
    }

private:
    std::string replaceToken(const std::string& token)
    {
        if (auto known = m_names.find(lower(token)); known != m_names.end())
            return known->second;
        if (m_addresses.count(token) || net::IpAddress::parse(token) || net::MacAddress::parse(token))
            return address(token);
        // "10.0.0.1:502": an IPv4 address with its port.
        if (const auto colon = token.rfind(':'); colon != std::string::npos && token.find(':') == colon) {
            const auto host = token.substr(0, colon);
            if (auto ip = net::IpAddress::parse(host); ip && ip->isV4())
                return address(host) + token.substr(colon);
        }
        // "plc1.plant.local": a known host name with its domain.
        if (const auto dot = token.find('.'); dot != std::string::npos && dot > 0)
            if (auto known = m_names.find(lower(token.substr(0, dot))); known != m_names.end())
                return known->second + token.substr(dot);
        return token;
    }

    std::string ipPseudonym(const net::IpAddress& ip)
    {
        if (ip.isMulticast() || ip.isBroadcast() || ip.isUnspecified())
            return ip.toString();
        const auto& octets = ip.octets();
        if (ip.isV4()) {
            const std::uint32_t network = ip.v4Value() >> 8;
            auto [it, added] = m_networks.try_emplace(network, int(m_networks.size()) + 1);
            return "10." + std::to_string(it->second >> 8) + "." + std::to_string(it->second & 0xff) + "."
                   + std::to_string(octets[3]);
        }
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "2001:db8::%x", ++m_v6Count);
        return buffer;
    }

    std::string macPseudonym(const net::MacAddress& mac)
    {
        if (mac.isMulticast() || mac.isZero())
            return mac.toString();
        auto octets = mac.octets();
        ++m_macCount;
        octets[3] = std::uint8_t(m_macCount >> 16);
        octets[4] = std::uint8_t(m_macCount >> 8);
        octets[5] = std::uint8_t(m_macCount);
        return net::MacAddress(octets).toString();
    }

    std::map<std::string, std::string> m_addresses;
    std::map<std::string, std::string, std::less<>> m_names;
    std::map<std::string, int, std::less<>> m_nameCount;
    std::map<std::uint32_t, int> m_networks;
    int m_v6Count = 0;
    int m_macCount = 0;
};

void redactEvidence(Evidence& evidence, Pseudonyms& names)
{
    if (evidence.attribute == "ip" || evidence.attribute == "mac" || evidence.attribute == "management_address")
        evidence.value = names.address(evidence.value);
    else if (kHostNameAttributes.count(evidence.attribute))
        evidence.value = names.name(evidence.value, "host");
    else if (kOtherNameAttributes.count(evidence.attribute))
        evidence.value = names.name(evidence.value, "name");
    else if (!kProductAttributes.count(evidence.attribute))
        evidence.value = names.text(evidence.value);
    evidence.capture = fileName(evidence.capture);
}

void redactHost(LedgerHost& host, Pseudonyms& names)
{
    host.host.mac = names.address(host.host.mac);
    for (auto& ip : host.host.ips)
        ip = names.address(ip);
    host.host.viaRouterMac = names.address(host.host.viaRouterMac);
    host.hostname = names.name(host.hostname, "host");
    host.serial.clear();
    std::erase_if(host.evidence, [](const Evidence& evidence) { return evidence.attribute == "serial_number"; });
    for (auto& evidence : host.evidence)
        redactEvidence(evidence, names);
}

void redactConversation(analysis::ConversationRecord& conversation, Pseudonyms& names)
{
    conversation.lo = names.address(conversation.lo);
    conversation.hi = names.address(conversation.hi);
    if (conversation.hi < conversation.lo) { // keep the canonical order the rest of the code relies on
        std::swap(conversation.lo, conversation.hi);
        std::swap(conversation.loPort, conversation.hiPort);
        std::swap(conversation.packetsLoToHi, conversation.packetsHiToLo);
        std::swap(conversation.bytesLoToHi, conversation.bytesHiToLo);
        conversation.initiatorIsLo = !conversation.initiatorIsLo;
    }
}

void redactAlert(analysis::AlertRecord& alert, Pseudonyms& names)
{
    alert.src = names.address(alert.src);
    alert.dst = names.address(alert.dst);
    alert.srcMac = names.address(alert.srcMac);
    alert.dstMac = names.address(alert.dstMac);
    alert.rule = names.text(alert.rule);
    std::erase_if(alert.fields, [](const auto& field) { return field.first.find("serial") != std::string::npos; });
    for (auto& [key, value] : alert.fields) {
        if (key == "hostname")
            value = names.name(value, "host");
        else if (!kPlainAlertFields.count(key))
            value = names.text(value);
    }
}

} // namespace

SurveySnapshot redactSnapshot(const SurveySnapshot& snapshot)
{
    SurveySnapshot result = snapshot;
    Pseudonyms names;
    // Hosts first: their names must be known before free text elsewhere is scanned for them.
    for (auto& host : result.hosts)
        redactHost(host, names);
    for (auto& conversation : result.conversations)
        redactConversation(conversation, names);
    for (auto& endpoint : result.endpoints)
        endpoint.address = names.address(endpoint.address);
    for (auto& operation : result.operations) {
        operation.srcMac = names.address(operation.srcMac);
        operation.srcIp = names.address(operation.srcIp);
        operation.dstMac = names.address(operation.dstMac);
        operation.dstIp = names.address(operation.dstIp);
    }
    for (auto& alert : result.alerts)
        redactAlert(alert, names);
    for (auto& capture : result.captures) {
        capture.path = fileName(capture.path);
        capture.warning = names.text(capture.warning);
    }
    result.detection.baselineSurvey = fileName(result.detection.baselineSurvey);
    return result;
}

} // namespace mieruka::survey
