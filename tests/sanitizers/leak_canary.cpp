// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the sanitized suite would notice a leak of ours: LeakSanitizer is switched on in
// tests/run_sanitized_tests.sh and lsan.supp hides nothing allocated from our own code.
#include <cstdio>

namespace {
int* volatile lastAllocation = nullptr;
}

int main()
{
    lastAllocation = new int[16]{};
    lastAllocation = nullptr; // the only pointer to the block is gone
    std::puts("leaked 64 bytes on purpose");
    return 0;
}
