// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/survey_paths.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mieruka::capture::helper {
namespace {

constexpr const char* kSuffix = ".mieruka";
constexpr std::size_t kSuffixLength = 8;

} // namespace

bool SurveyPaths::setSurveyFile(const std::string& path, std::string& error)
{
    if (path.empty() || path.front() != '/') {
        error = "--survey needs an absolute path";
        return false;
    }
    if (path.size() <= kSuffixLength + 1 || path.compare(path.size() - kSuffixLength, kSuffixLength, kSuffix) != 0
        || path[path.size() - kSuffixLength - 1] == '/') {
        error = "--survey file name must end in .mieruka";
        return false;
    }
    if (path.size() >= PATH_MAX) {
        error = "--survey path is too long";
        return false;
    }
    char resolved[PATH_MAX];
    if (realpath(path.c_str(), resolved) == nullptr) {
        error = "--survey file " + path + ": " + std::strerror(errno);
        return false;
    }
    if (path != resolved) {
        error = "--survey path must name the file directly (no symbolic links, '.' or '..'): it resolves to "
            + std::string(resolved);
        return false;
    }
    struct stat info {};
    if (lstat(path.c_str(), &info) != 0) {
        error = "--survey file " + path + ": " + std::strerror(errno);
        return false;
    }
    if (!S_ISREG(info.st_mode)) {
        error = "--survey " + path + " is not a regular file";
        return false;
    }
    if (info.st_uid != getuid()) {
        error = "--survey file " + path + " is not owned by the invoking user";
        return false;
    }
    m_folder = path.substr(0, path.size() - kSuffixLength) + ".captures";
    return true;
}

int SurveyPaths::openFolder(std::string& error) const
{
    if (mkdir(m_folder.c_str(), 0700) != 0 && errno != EEXIST) {
        error = "cannot create " + m_folder + ": " + std::strerror(errno);
        return -1;
    }
    // O_NOFOLLOW refuses a symlink planted in the folder's place; the fd then pins the directory.
    const int fd = open(m_folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        error = "cannot open " + m_folder + " as a directory: " + std::strerror(errno);
        return -1;
    }
    struct stat info {};
    if (fstat(fd, &info) != 0 || !S_ISDIR(info.st_mode)) {
        error = m_folder + " is not a directory";
    } else if (info.st_uid != getuid()) {
        error = m_folder + " is not owned by the invoking user";
    } else if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        error = m_folder + " is writable by group or others";
    } else {
        return fd;
    }
    close(fd);
    return -1;
}

} // namespace mieruka::capture::helper
