#include "graph/solver/temporal_network.h"

#include <algorithm>
#include <deque>
#include <limits>

namespace chronograph::graph {

namespace {

constexpr std::int64_t kUnbounded = std::numeric_limits<std::int64_t>::max() / 4;

// Variables count ticks, not days: a day is kTicks ticks, so two events on one day can still
// be ordered ("before" is strict by one tick), and a cycle of "before" links is a negative
// cycle. kTicks is far above any chain length, so ticks never add up to a whole day.
constexpr std::int64_t kTicks = std::int64_t{1} << 20;
std::int64_t first_tick(date::sys_days day) { return day.time_since_epoch().count() * kTicks; }
std::int64_t last_tick(date::sys_days day) { return first_tick(day) + kTicks - 1; }
std::int64_t day_of(std::int64_t tick) { return tick >= 0 ? tick / kTicks : -((-tick + kTicks - 1) / kTicks); }

// Out-edges of every variable, as constraint indexes, in one of the two directions.
struct Adjacency {
  std::vector<std::size_t> offsets;
  std::vector<std::size_t> edges;
};

Adjacency build_adjacency(const std::vector<Constraint>& constraints, const std::vector<char>& dropped,
                          int variables, bool reversed) {
  Adjacency adjacency;
  adjacency.offsets.assign(static_cast<std::size_t>(variables) + 1, 0);
  for (std::size_t i = 0; i < constraints.size(); ++i)
    if (!dropped[i]) ++adjacency.offsets[static_cast<std::size_t>(reversed ? constraints[i].to : constraints[i].from) + 1];
  for (std::size_t v = 1; v < adjacency.offsets.size(); ++v) adjacency.offsets[v] += adjacency.offsets[v - 1];
  adjacency.edges.resize(adjacency.offsets.back());
  std::vector<std::size_t> fill(adjacency.offsets.begin(), adjacency.offsets.end() - 1);
  for (std::size_t i = 0; i < constraints.size(); ++i)
    if (!dropped[i]) adjacency.edges[fill[static_cast<std::size_t>(reversed ? constraints[i].to : constraints[i].from)]++] = i;
  return adjacency;
}

struct ShortestPaths {
  std::vector<std::int64_t> distance;
  std::vector<std::size_t> via;  // constraint index that last improved the variable
  std::vector<std::size_t> cycle;  // constraint indexes of a negative cycle, if one was found
};

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// The constraints on the negative cycle that `start` leads into, following `via` backwards.
std::vector<std::size_t> extract_cycle(const ShortestPaths& paths, const std::vector<Constraint>& constraints,
                                       int start, int variables, bool reversed) {
  auto previous = [&](int v) {
    const auto& c = constraints[paths.via[static_cast<std::size_t>(v)]];
    return reversed ? c.to : c.from;
  };
  int v = start;
  for (int i = 0; i < variables; ++i) v = previous(v);  // now surely on the cycle
  std::vector<std::size_t> cycle;
  int u = v;
  do {
    cycle.push_back(paths.via[static_cast<std::size_t>(u)]);
    u = previous(u);
  } while (u != v && cycle.size() <= static_cast<std::size_t>(variables));
  std::reverse(cycle.begin(), cycle.end());
  return cycle;
}

// Queue-based Bellman-Ford; stops at the first negative cycle. From the zero point it gives
// bounds; from every variable at once (a virtual source) it finds cycles that no date reaches.
enum class Sources { ZeroPoint, All };

ShortestPaths shortest_paths(const std::vector<Constraint>& constraints, const Adjacency& adjacency,
                             int variables, bool reversed, Sources sources = Sources::ZeroPoint) {
  const auto n = static_cast<std::size_t>(variables);
  ShortestPaths paths{std::vector<std::int64_t>(n, kUnbounded), std::vector<std::size_t>(n, kNone), {}};
  std::vector<int> length(n, 0);
  std::vector<char> queued(n, 0);
  std::deque<int> queue;
  for (int v = 0; v < (sources == Sources::All ? variables : 1); ++v) {
    paths.distance[static_cast<std::size_t>(v)] = 0;
    queued[static_cast<std::size_t>(v)] = 1;
    queue.push_back(v);
  }
  while (!queue.empty()) {
    const int u = queue.front();
    queue.pop_front();
    queued[static_cast<std::size_t>(u)] = 0;
    const auto du = paths.distance[static_cast<std::size_t>(u)];
    for (std::size_t k = adjacency.offsets[static_cast<std::size_t>(u)]; k < adjacency.offsets[static_cast<std::size_t>(u) + 1]; ++k) {
      const std::size_t index = adjacency.edges[k];
      const Constraint& c = constraints[index];
      const int v = reversed ? c.from : c.to;
      const auto sv = static_cast<std::size_t>(v);
      if (du + c.weight >= paths.distance[sv]) continue;
      paths.distance[sv] = du + c.weight;
      paths.via[sv] = index;
      length[sv] = length[static_cast<std::size_t>(u)] + 1;
      if (length[sv] >= variables) {
        paths.cycle = extract_cycle(paths, constraints, v, variables, reversed);
        return paths;
      }
      if (!queued[sv]) {
        queued[sv] = 1;
        queue.push_back(v);
      }
    }
  }
  return paths;
}

std::vector<std::string> chain_to(const ShortestPaths& paths, const std::vector<Constraint>& constraints, int v,
                                  bool reversed) {
  std::vector<std::string> chain;
  while (v != 0 && paths.via[static_cast<std::size_t>(v)] != kNone) {
    const Constraint& c = constraints[paths.via[static_cast<std::size_t>(v)]];
    chain.push_back(c.label);
    v = reversed ? c.to : c.from;
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

// The constraint of a cycle to give up: soft before hard, then the least trusted basis, then the
// least confident, then the latest added.
std::size_t weakest(const std::vector<Constraint>& constraints, const std::vector<std::size_t>& cycle) {
  return *std::min_element(cycle.begin(), cycle.end(), [&](std::size_t a, std::size_t b) {
    const auto key = [&](std::size_t i) {
      const Constraint& c = constraints[i];
      return std::make_tuple(c.strength == Strength::Hard, c.trust.basis, c.trust.confidence, -static_cast<long long>(i));
    };
    return key(a) < key(b);
  });
}

VariableBound to_bound(std::int64_t distance, bool negate, std::vector<std::string> chain) {
  if (distance >= kUnbounded) return {};
  const std::int64_t tick = negate ? -distance : distance;
  return {date::sys_days{date::days{day_of(tick)}}, std::move(chain)};
}

}  // namespace

int TemporalNetwork::add_event(std::string name) {
  names_.push_back(std::move(name));
  const int event = static_cast<int>(names_.size()) - 1;
  add(end_var(event), start_var(event), 0, names_.back() + " starts before it ends", Strength::Hard, {});
  return event;
}

void TemporalNetwork::add(int from, int to, std::int64_t weight, std::string label, Strength strength,
                          Trust trust) {
  constraints_.push_back({from, to, weight, std::move(label), strength, trust});
}

void TemporalNetwork::bound_start_after(int event, date::sys_days day, std::string label, Strength strength,
                                        Trust trust) {
  add(start_var(event), 0, -first_tick(day), std::move(label), strength, trust);
}

void TemporalNetwork::bound_end_before(int event, date::sys_days day, std::string label, Strength strength,
                                       Trust trust) {
  add(0, end_var(event), last_tick(day), std::move(label), strength, trust);
}

void TemporalNetwork::require_going_on(int event, date::sys_days day, std::string label, Strength strength,
                                       Trust trust) {
  add(0, start_var(event), last_tick(day), label, strength, trust);
  add(end_var(event), 0, -first_tick(day), std::move(label), strength, trust);
}

void TemporalNetwork::require_before(int a, int b, std::string label, Strength strength, Trust trust) {
  add(start_var(b), end_var(a), -1, std::move(label), strength, trust);
}

// Whole days of ticks keep the bounds on day boundaries: a one-day summit on the 16th and
// "a week after" give the 23rd, not the 22nd..24th.
void TemporalNetwork::require_gap(int a, int b, const DayGap& gap, std::string label, Strength strength,
                                  Trust trust) {
  add(start_var(b), end_var(a), -std::max<std::int64_t>(gap.min * kTicks, 1), label, strength, trust);  // (before: strict)
  if (!gap.max) return;
  if (gap.dates == GapDates::To) add(end_var(a), end_var(b), *gap.max * kTicks, std::move(label), strength, trust);
  else add(start_var(a), start_var(b), *gap.max * kTicks, std::move(label), strength, trust);
}

void TemporalNetwork::require_over_by_end_of(int a, int b, std::string label, Strength strength, Trust trust) {
  add(end_var(b), end_var(a), 0, std::move(label), strength, trust);
}

void TemporalNetwork::require_starts_by_start_of(int a, int b, std::string label, Strength strength,
                                                 Trust trust) {
  add(start_var(b), start_var(a), 0, std::move(label), strength, trust);
}

void TemporalNetwork::require_includes(int a, int b, std::string label, Strength strength, Trust trust) {
  add(start_var(b), start_var(a), 0, label, strength, trust);
  add(end_var(a), end_var(b), 0, std::move(label), strength, trust);
}

void TemporalNetwork::require_simultaneous(int a, int b, std::string label, Strength strength, Trust trust) {
  add(start_var(a), start_var(b), 0, label, strength, trust);
  add(start_var(b), start_var(a), 0, label, strength, trust);
  add(end_var(a), end_var(b), 0, label, strength, trust);
  add(end_var(b), end_var(a), 0, std::move(label), strength, trust);
}

NetworkSolution TemporalNetwork::solve() const {
  const int variables = 1 + 2 * static_cast<int>(names_.size());
  std::vector<char> dropped(constraints_.size(), 0);
  NetworkSolution solution;
  for (;;) {
    const auto adjacency = build_adjacency(constraints_, dropped, variables, false);
    const auto cycle = shortest_paths(constraints_, adjacency, variables, false, Sources::All).cycle;
    if (!cycle.empty()) {
      NetworkConflict conflict;
      for (const auto index : cycle) conflict.labels.push_back(constraints_[index].label);
      const std::size_t give_up = weakest(constraints_, cycle);
      conflict.dropped = constraints_[give_up].label;
      // One link can be several constraints (simultaneous is four): set them all aside at once.
      for (std::size_t i = 0; i < constraints_.size(); ++i)
        if (constraints_[i].label == conflict.dropped) dropped[i] = 1;
      solution.conflicts.push_back(std::move(conflict));
      continue;
    }
    // Upper bounds: distances from the zero point. Lower bounds: distances to it (reversed graph).
    const auto forward = shortest_paths(constraints_, adjacency, variables, false);
    const auto backward =
        shortest_paths(constraints_, build_adjacency(constraints_, dropped, variables, true), variables, true);
    solution.events.resize(names_.size());
    for (int e = 0; e < static_cast<int>(names_.size()); ++e) {
      auto& bounds = solution.events[static_cast<std::size_t>(e)];
      const auto end = static_cast<std::size_t>(end_var(e));
      const auto start = static_cast<std::size_t>(start_var(e));
      bounds.latest_end = to_bound(forward.distance[end], false, chain_to(forward, constraints_, end_var(e), false));
      bounds.earliest_start =
          to_bound(backward.distance[start], true, chain_to(backward, constraints_, start_var(e), true));
    }
    return solution;
  }
}

}  // namespace chronograph::graph
