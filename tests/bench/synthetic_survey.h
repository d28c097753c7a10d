// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/survey_store.h"

namespace mieruka::bench {

/// A large plant written through the real store: `hosts` hosts in 10.x.y.0/24 networks,
/// `conversations` random TCP conversations over eight OT and IT services, `minutes` of series.
/// Deterministic (fixed seed), for the page and report benchmarks.
void writeSyntheticSurvey(store::SurveyStore& store, int hosts, int conversations, int minutes);

} // namespace mieruka::bench
