// Graphs for the render tests and benchmarks, built by hand: one mirroring the sample article
// (test data only: the program never special-cases it) and seeded random ones.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <date/date.h>

#include "graph/model/graph_data.h"

namespace chronograph::test {

// Biden–Putin video call article, dated Saturday 2021-12-04: a planned call on 2021-12-07,
// the Geneva summit of June 2021, a possible offensive early 2022, an intelligence finding
// before 2021-12-04, Biden's statement 2021-12-03 and the Kremlin's 2021-12-04.
graph::GraphData sample_like_graph();

// `events` events with random days, ranges, one-sided bounds, undated ones, modalities,
// lanes and edges, all from `seed`; days between `first_year` and `last_year`.
graph::GraphData random_graph(std::size_t events, std::uint32_t seed, int first_year = 1990, int last_year = 2030);

// One event per actor ("NAME acts"), each actor an organisation with its name and aliases, in its
// own lane, a day apart from `first`.
graph::GraphData actors_graph(const std::vector<std::pair<std::string, std::vector<std::string>>>& actors,
                              date::sys_days first);

}  // namespace chronograph::test
