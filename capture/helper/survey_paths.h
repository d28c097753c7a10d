// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace mieruka::capture::helper {

/// Where ring files go for `--survey FILE`: the folder `<FILE without .mieruka>.captures` next to
/// the survey. Every path is derived from a survey file the invoking user demonstrably owns, so the
/// helper cannot be pointed at somebody else's files.
class SurveyPaths {
public:
    /// Accepts an absolute path, equal to its realpath (no symlink, "..", "." or doubled "/"), of an
    /// existing regular file owned by the real uid and named "*.mieruka". False with `error` set.
    bool setSurveyFile(const std::string& path, std::string& error);

    const std::string& folder() const { return m_folder; }

    /// Creates the folder 0700 if missing and opens it; it must be a real directory owned by the
    /// real uid and not writable by group or others. Returns the directory fd (the caller closes
    /// it) or -1 with `error` set. Call after capture rights are dropped.
    int openFolder(std::string& error) const;

private:
    std::string m_folder;
};

} // namespace mieruka::capture::helper
