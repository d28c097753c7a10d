// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/protocol/mirror_check.h"

namespace mieruka::capture::protocol {

namespace {
// An ordinary switch port delivers frames to or from its own MAC, broadcast and multicast, and now
// and then a unicast frame for another host that the switch floods because its MAC table has no
// entry yet (after ageing or a restart). Such flooding is rare and usually concerns one
// conversation at a time. A mirror port, by contrast, carries a steady stream of unicast between
// other hosts. So a handful of foreign unicast frames is not enough on its own: we want either many
// of them, or a few spread over more than one (source, destination) pair.
constexpr std::uint64_t kManyForeignFrames = 20;
constexpr std::uint64_t kSomeForeignFrames = 5;
constexpr std::uint32_t kSeveralPairs = 2;
} // namespace

MirrorVerdict judgeMirror(const InterfaceStats& sinceStart)
{
    if (!sinceStart.classified)
        return MirrorVerdict::NotApplicable;
    const std::uint64_t foreign = sinceStart.foreignUnicastFrames;
    if (sinceStart.ownFrames + sinceStart.groupFrames + foreign == 0)
        return MirrorVerdict::NoTraffic;
    if (foreign >= kManyForeignFrames || (foreign >= kSomeForeignFrames && sinceStart.foreignPairs >= kSeveralPairs))
        return MirrorVerdict::Mirrored;
    return MirrorVerdict::OwnTrafficOnly;
}

} // namespace mieruka::capture::protocol
