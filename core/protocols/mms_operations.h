// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"

namespace mieruka::protocols {

/// IEC 61850 / ISO 9506 MMS requests on TCP 102 (shared with S7comm: a COTP DT TPDU whose
/// user data starts with 0x32 or 0x72 is S7comm / S7comm-plus and yields nothing). Read:
/// TPKT → COTP DT → either MMS directly (as some stacks and test tools send it) or the common
/// ISO session "Give Tokens + Data" SPDUs (01 00 01 00) → presentation fully-encoded user data →
/// MMS PDU. A session CONNECT SPDU (which carries the ACSE AARQ and MMS initiate) counts as
/// Session "initiate-RequestPDU" without being unwrapped. confirmed-RequestPDU services are
/// named as in ISO 9506-2 ("read", "write", "start", "stop", "kill", "getNameList", …),
/// code = the ConfirmedServiceRequest tag; initiate/conclude/cancel requests are Session /
/// Other. Several TPKTs in one segment are all read; responses yield nothing.
/// Protocol "mms".
void decodeMmsOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
