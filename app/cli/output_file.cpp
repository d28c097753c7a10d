// SPDX-License-Identifier: GPL-3.0-or-later
#include "output_file.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace mieruka::cli {

bool writeOutputFile(const QString& path, const QByteArray& data, QString& error)
{
    if (path == QStringLiteral("-")) {
        // stdout is buffered: a full disk or closed pipe may only show at fflush, so check both.
        errno = 0;
        bool written = std::fwrite(data.constData(), 1, static_cast<std::size_t>(data.size()), stdout)
                       == static_cast<std::size_t>(data.size());
        int failure = written ? 0 : errno;
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            written = false;
            if (failure == 0)
                failure = errno;
        }
        if (!written) {
            error = failure != 0 ? QStringLiteral("standard output: write failed (%1)")
                                       .arg(QString::fromLocal8Bit(std::strerror(failure)))
                                 : QStringLiteral("standard output: write failed");
        }
        return written;
    }
    // QSaveFile writes a temporary and renames it, so a full disk never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError || file.errorString().contains(QStringLiteral("space"));
        error = full ? QStringLiteral("%1: disk full").arg(path)
                     : QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mieruka::cli
