// annalist/engine/synthetic.hpp — generated timelines for benchmarks and load tests.
//
// The one generator behind annalist-view --bench and bench/json_bench, so that their load
// figures describe the same files.
#pragma once

#include <annalist/engine/timeline.hpp>

#include <cstddef>

namespace annalist {

// A timeline of `count` events over 1950..2030 from 100 documents: ten types with their
// triggers, one or two actors and often a place from short lists of real names; 60 % days,
// 30 % months, 10 % years bounded "by" or "since". Ids are "s0", "s1", ...; the same `count`
// always gives the same timeline.
Timeline synthetic_timeline(std::size_t count);

}  // namespace annalist
