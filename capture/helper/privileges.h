// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace mieruka::capture::helper {

/// The helper's capabilities over its life (Linux; no-ops elsewhere). First, before any path is
/// looked at, restrictToCapture() leaves only what opening interfaces needs; once every handle is
/// active, dropAll() leaves nothing, so ring files are written with the user's rights alone.
class Privileges {
public:
    /// Leaves the real uid/gid and permitted = effective = {CAP_NET_RAW} (plus CAP_NET_ADMIN when
    /// built with MIERUKA_HELPER_NET_ADMIN), or less when we never had them; sets no_new_privs.
    /// Returns false with `error` set when a step that must not fail did (e.g. setresuid).
    static bool restrictToCapture(std::string& error);

    /// Empties every capability set. Returns false with `error` set on failure.
    static bool dropAll(std::string& error);

    /// The absolute path of this executable, for the setcap hint; empty when unknown.
    static std::string executablePath();
};

} // namespace mieruka::capture::helper
