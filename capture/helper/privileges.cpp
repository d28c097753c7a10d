// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/privileges.h"

#ifdef __linux__
#include <cerrno>
#include <cstring>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <cstdint>

namespace mieruka::capture::helper {

#ifdef __linux__
namespace {

// libcap would hide these two calls; the raw syscalls keep the helper's dependencies to libpcap.
struct CapabilitySets {
    std::uint64_t effective = 0, permitted = 0, inheritable = 0;
};

bool readCaps(CapabilitySets& sets)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    sets.effective = data[0].effective | (std::uint64_t{data[1].effective} << 32);
    sets.permitted = data[0].permitted | (std::uint64_t{data[1].permitted} << 32);
    sets.inheritable = data[0].inheritable | (std::uint64_t{data[1].inheritable} << 32);
    return true;
}

bool writeCaps(const CapabilitySets& sets)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    for (int i = 0; i < 2; ++i) {
        data[i].effective = static_cast<std::uint32_t>(sets.effective >> (32 * i));
        data[i].permitted = static_cast<std::uint32_t>(sets.permitted >> (32 * i));
        data[i].inheritable = static_cast<std::uint32_t>(sets.inheritable >> (32 * i));
    }
    return syscall(SYS_capset, &header, data) == 0;
}

constexpr std::uint64_t bit(int cap)
{
    return std::uint64_t{1} << cap;
}

constexpr std::uint64_t kWanted = bit(CAP_NET_RAW)
#ifdef MIERUKA_HELPER_NET_ADMIN
    | bit(CAP_NET_ADMIN)
#endif
    ;

std::string failure(const char* step)
{
    return std::string(step) + " failed: " + std::strerror(errno);
}

} // namespace

bool Privileges::restrictToCapture(std::string& error)
{
    CapabilitySets sets;
    if (!readCaps(sets)) {
        error = failure("capget");
        return false;
    }
    // The bounding set is what any later exec could regain; shrink it while CAP_SETPCAP is ours.
    if (sets.effective & bit(CAP_SETPCAP)) {
        for (int cap = 0; cap < 64; ++cap) {
            if (kWanted & bit(cap))
                continue;
            if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno == EINVAL)
                break; // past the kernel's last capability
        }
    }

    uid_t ruid = 0, euid = 0, suid = 0;
    gid_t rgid = 0, egid = 0, sgid = 0;
    getresuid(&ruid, &euid, &suid);
    getresgid(&rgid, &egid, &sgid);
    // Installed setuid-root: become the invoking user for good, keeping only the permitted set.
    if (euid == 0 && ruid != 0) {
        if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) != 0) {
            error = failure("prctl(PR_SET_KEEPCAPS)");
            return false;
        }
        if (setresgid(rgid, rgid, rgid) != 0) {
            error = failure("setresgid");
            return false;
        }
        if (setresuid(ruid, ruid, ruid) != 0) {
            error = failure("setresuid");
            return false;
        }
        prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0);
    } else if (egid != rgid && setresgid(rgid, rgid, rgid) != 0) {
        error = failure("setresgid");
        return false;
    }

    // Older kernels lack ambient capabilities (EINVAL); then there is nothing to clear.
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) {
        error = failure("prctl(PR_CAP_AMBIENT_CLEAR_ALL)");
        return false;
    }

    if (!readCaps(sets)) {
        error = failure("capget");
        return false;
    }
    // Without the capability in permitted (plain user, no setcap) we continue with none, so
    // pcap_activate reports the permission problem with its own words.
    CapabilitySets keep;
    keep.permitted = sets.permitted & kWanted;
    keep.effective = keep.permitted;
    if (!writeCaps(keep)) {
        error = failure("capset");
        return false;
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        error = failure("prctl(PR_SET_NO_NEW_PRIVS)");
        return false;
    }
    return true;
}

bool Privileges::dropAll(std::string& error)
{
    if (!writeCaps(CapabilitySets{})) {
        error = failure("capset");
        return false;
    }
    return true;
}

std::string Privileges::executablePath()
{
    char path[4096];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return {};
    return std::string(path, static_cast<std::size_t>(length));
}

#else

bool Privileges::restrictToCapture(std::string&)
{
    return true;
}

bool Privileges::dropAll(std::string&)
{
    return true;
}

std::string Privileges::executablePath()
{
    return {};
}

#endif

} // namespace mieruka::capture::helper
