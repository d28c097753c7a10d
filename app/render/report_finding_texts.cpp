// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_finding_texts.h"

#include "report_text.h"

namespace mieruka::render {

ReportFindingTexts::Texts ReportFindingTexts::forFinding(const survey::Finding& f)
{
    // %1 occurrences, %2 hosts involved, %3 incidents: every "observed" sentence carries numbers.
    const auto fill = [&](const QString& text) {
        return QString(text).replace(QLatin1String("%1"), ReportText::number(f.occurrences))
            .replace(QLatin1String("%2"), ReportText::number(f.hosts.size()))
            .replace(QLatin1String("%3"), ReportText::number(f.incidents));
    };
    const std::string& id = f.id;
    Texts t;
    if (id == "ot_command") {
        t = {tr("Industrial commands that change controllers"),
             tr("%1 write, program or run/stop operations were sent to controllers, in %3 incidents involving %2 hosts."),
             tr("A command that stops a PLC or downloads a program changes production directly. Anyone on the network who can send it can do the same."),
             tr("Confirm that every sender is an approved engineering station; restrict these operations to those stations with firewall rules or controller access protection, and log them.")};
    } else if (id == "new_device") {
        t = {tr("Devices that appeared after the learning period"),
             tr("%2 devices first appeared after the baseline was learnt (%3 incidents)."),
             tr("An unknown device on the control network may be a maintenance laptop, a replaced part or an intruder."),
             tr("Identify each new device with the owner of the line, add approved ones to the asset ledger and remove the rest; consider port security on the switches.")};
    } else if (id == "eol_os") {
        t = {tr("Operating systems past end of life"),
             tr("%2 hosts run an operating system that no longer receives security updates."),
             tr("Known vulnerabilities of these systems stay open for ever; malware spreading in IT networks reaches them first."),
             tr("Plan replacement or upgrade; until then isolate these hosts in their own zone, disable unused services and keep offline backups.")};
    } else if (id == "device_silent") {
        t = {tr("Devices that went silent"),
             tr("%2 devices stopped sending during the survey (%3 incidents)."),
             tr("A controller or sensor that stops talking can mean a failure, a cable fault or a device taken off the line."),
             tr("Check with production whether the silence was planned; monitor these devices for availability.")};
    } else if (id == "new_communication") {
        t = {tr("New communication paths"),
             tr("%3 communication paths appeared after the learning period, involving %2 hosts."),
             tr("Control networks are stable; a new path often means a configuration change or someone exploring the network."),
             tr("Review each new path with the system owner and allow only the documented ones in the zone conduits.")};
    } else if (id == "volume_band") {
        t = {tr("Traffic outside its usual volume"),
             tr("%3 communications moved much more or much less data than during learning (%1 occurrences)."),
             tr("Unusual volume can be a data copy, a misconfigured device or the start of a storm."),
             tr("Find out what caused the change; set volume alarms on the critical links.")};
    } else if (id == "signature") {
        t = {tr("Traffic matching attack signatures"),
             tr("%1 packets matched known attack or malware signatures, involving %2 hosts."),
             tr("A signature match points to malware, exploitation attempts or security tools running on the plant network."),
             tr("Investigate the source hosts at once, scan them for malware and find out who runs security tools on the plant network.")};
    } else if (id == "internet_exposure") {
        t = {tr("Communication with the internet"),
             tr("%2 hosts exchanged traffic with public internet addresses (%3 incidents)."),
             tr("Direct internet paths let attackers and malware reach plant devices without crossing a DMZ."),
             tr("Route all external access through a DMZ with a firewall and remote-access gateway; block direct paths.")};
    } else if (id == "cleartext_protocol") {
        t = {tr("Passwords and data in clear text"),
             tr("%1 sessions of clear-text protocols (Telnet, FTP, HTTP, …) were seen on %2 hosts."),
             tr("Anyone who can listen on the network reads the passwords and can reuse them."),
             tr("Replace them with encrypted equivalents (SSH, SFTP, HTTPS) or confine them to an isolated maintenance zone.")};
    } else if (id == "smbv1") {
        t = {tr("SMB version 1 in use"),
             tr("SMBv1 was used by %2 hosts (%1 sessions)."),
             tr("SMBv1 is the protocol that WannaCry and NotPetya used to spread through factories."),
             tr("Disable SMBv1 on every host; where an old device needs it, isolate that device.")};
    } else if (id == "opcua_no_security") {
        t = {tr("OPC UA without security"),
             tr("%1 OPC UA sessions used the security policy None, involving %2 hosts."),
             tr("Without signing and encryption, values and commands can be read and changed on the way."),
             tr("Configure OPC UA endpoints to require Sign or SignAndEncrypt and disable the None policy.")};
    } else if (id == "duplicate_ip") {
        t = {tr("Duplicate IP addresses"),
             tr("%3 addresses were claimed by more than one device (%2 hosts)."),
             tr("Two devices with one address cause intermittent communication loss that is hard to diagnose."),
             tr("Correct the address plan, keep it in the asset ledger and check new devices before connection.")};
    } else if (id == "arp_spoofing") {
        t = {tr("Possible ARP spoofing"),
             tr("%1 conflicting ARP replies were seen, involving %2 hosts."),
             tr("ARP spoofing lets a device put itself between a controller and its HMI to read or alter traffic."),
             tr("Find the device behind the conflicting MAC addresses; enable dynamic ARP inspection where the switches support it.")};
    } else if (id == "rogue_dhcp") {
        t = {tr("Unexpected DHCP servers"),
             tr("%2 hosts answered DHCP requests (%1 offers)."),
             tr("A second DHCP server hands out wrong addresses and gateways and can redirect traffic."),
             tr("Remove unapproved DHCP servers and enable DHCP snooping on the switches.")};
    } else if (id == "scan") {
        t = {tr("Network scanning"),
             tr("%2 hosts probed many addresses or ports (%3 incidents)."),
             tr("Scans map the network before an attack and can crash fragile controllers."),
             tr("Identify who scanned; allow scans only as planned work outside production hours.")};
    } else if (id == "broadcast_storm") {
        t = {tr("Broadcast storms and loops"),
             tr("%3 periods with abnormal broadcast or multicast traffic were seen (%1 frames)."),
             tr("A storm or a switching loop can stop controller communication across the whole segment and halt production."),
             tr("Find the loop or the flooding device; enable loop protection and storm control on the switches.")};
    } else if (id == "flat_network") {
        t = {tr("Flat network"),
             tr("Control devices and office devices share one network (%2 hosts involved)."),
             tr("In a flat network, one infected PC can reach every controller, and one fault can disturb all lines."),
             tr("Divide the network into zones (e.g. per line and a DMZ) with conduits that allow only the needed traffic.")};
    } else if (id == "bandwidth") {
        t = {tr("Bandwidth pressure"),
             tr("Links were close to their capacity in %3 periods (%1 occurrences)."),
             tr("A saturated link delays cyclic control traffic and can trip production equipment."),
             tr("Find the heavy senders (see Rankings), move bulk transfers off production hours or add capacity.")};
    } else {
        t = {tr("Finding: %4"), tr("%3 incidents involving %2 hosts (%1 occurrences)."), tr("See the evidence below."),
             tr("Review the evidence with the system owner.")};
        t.title = t.title.arg(ReportText::plain(id, 60));
    }
    t.observed = fill(t.observed);
    return t;
}

QString ReportFindingTexts::severityName(const std::string& severity)
{
    if (severity == "critical") return tr("Critical");
    if (severity == "high") return tr("High");
    if (severity == "medium") return tr("Medium");
    if (severity == "low") return tr("Low");
    return tr("Info");
}

QString ReportFindingTexts::ratingName(const std::string& rating)
{
    if (rating == "critical") return tr("Critical risk");
    if (rating == "high") return tr("High risk");
    if (rating == "medium") return tr("Medium risk");
    return tr("Low risk");
}

QString ReportFindingTexts::factorName(const std::string& factor)
{
    if (factor == "eol_share") return tr("Share of end-of-life systems");
    if (factor == "flat_network") return tr("No separation between zones");
    if (factor == "ot_critical_commands") return tr("Controller stop, program or firmware changes seen");
    survey::Finding probe;
    probe.id = factor;
    return forFinding(probe).title;
}

} // namespace mieruka::render
