#include "graph/solver/temporal_network.h"

#include <random>

#include <catch2/catch.hpp>

using namespace date;
using chronograph::graph::Basis;
using chronograph::graph::NetworkSolution;
using chronograph::graph::Strength;
using chronograph::graph::TemporalNetwork;

namespace {
sys_days on(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / date::day{d}}; }
}  // namespace

TEST_CASE("a chain of links bounds an undated event from both sides", "[solver]") {
  TemporalNetwork network;
  const int summit = network.add_event("summit"), talks = network.add_event("talks"), call = network.add_event("call");
  network.bound_start_after(summit, on(2021, 6, 1), "summit in June", Strength::Soft);
  network.bound_end_before(summit, on(2021, 6, 30), "summit in June", Strength::Soft);
  network.bound_start_after(call, on(2021, 12, 7), "call on Tuesday", Strength::Soft);
  network.bound_end_before(call, on(2021, 12, 7), "call on Tuesday", Strength::Soft);
  network.require_before(summit, talks, "summit before talks", Strength::Soft);
  network.require_before(talks, call, "talks before call", Strength::Soft);
  const NetworkSolution solution = network.solve();
  REQUIRE(solution.consistent());
  const auto& bounds = solution.events[static_cast<std::size_t>(talks)];
  CHECK(bounds.earliest_start.day == on(2021, 6, 1));
  CHECK(bounds.latest_end.day == on(2021, 12, 7));
  CHECK(bounds.earliest_start.chain == std::vector<std::string>{"summit in June", "summit starts before it ends", "summit before talks"});
  CHECK(bounds.latest_end.chain == std::vector<std::string>{"call on Tuesday", "call starts before it ends", "talks before call"});
}

TEST_CASE("an event going on at a day bounds what comes before and after it, and clashes with an earlier event dated after it", "[solver]") {
  TemporalNetwork network;
  const int recall = network.add_event("recall"), fault = network.add_event("fault"), refund = network.add_event("refund");
  network.require_going_on(recall, on(2025, 3, 19), "recall going on at the article's date", Strength::Soft);
  network.require_before(fault, recall, "fault before recall", Strength::Soft);
  network.require_before(recall, refund, "recall before refund", Strength::Soft);
  auto solution = network.solve();
  REQUIRE(solution.consistent());
  CHECK(solution.events[static_cast<std::size_t>(fault)].latest_end.day == on(2025, 3, 19));
  CHECK(solution.events[static_cast<std::size_t>(refund)].earliest_start.day == on(2025, 3, 19));
  // the recall itself stays unbounded: it may have begun long before and go on long after
  CHECK_FALSE(solution.events[static_cast<std::size_t>(recall)].earliest_start.day);
  CHECK_FALSE(solution.events[static_cast<std::size_t>(recall)].latest_end.day);
  network.bound_start_after(fault, on(2025, 4, 2), "fault in April", Strength::Soft);
  solution = network.solve();
  CHECK_FALSE(solution.consistent());
}

TEST_CASE("an event with no constraint stays unbounded", "[solver]") {
  TemporalNetwork network;
  network.add_event("lonely");
  const auto solution = network.solve();
  CHECK_FALSE(solution.events[0].earliest_start.day);
  CHECK_FALSE(solution.events[0].latest_end.day);
}

TEST_CASE("a cycle of before links is reported with its links", "[solver]") {
  TemporalNetwork network;
  const int a = network.add_event("a"), b = network.add_event("b"), c = network.add_event("c");
  network.require_before(a, b, "a before b", Strength::Soft);
  network.require_before(b, c, "b before c", Strength::Soft, {Basis::Link, 0.5});
  network.require_before(c, a, "c before a", Strength::Soft);
  const auto solution = network.solve();
  REQUIRE(solution.conflicts.size() == 1);
  auto labels = solution.conflicts[0].labels;
  labels.erase(std::remove_if(labels.begin(), labels.end(), [](const std::string& l) { return l.find("starts before") != std::string::npos; }),
               labels.end());
  std::sort(labels.begin(), labels.end());
  CHECK(labels == std::vector<std::string>{"a before b", "b before c", "c before a"});
  CHECK(solution.conflicts[0].dropped == "b before c");  // the least sure one
}

TEST_CASE("two events on one day can still be ordered", "[solver]") {
  TemporalNetwork network;
  const int said = network.add_event("said"), left = network.add_event("left");
  for (int e : {said, left}) {
    network.bound_start_after(e, on(2021, 12, 3), "Friday", Strength::Soft);
    network.bound_end_before(e, on(2021, 12, 3), "Friday", Strength::Soft);
  }
  network.require_before(said, left, "said before leaving", Strength::Soft);
  CHECK(network.solve().consistent());
}

TEST_CASE("a user's date wins over a contradicting extracted link, and the conflict is reported", "[solver]") {
  TemporalNetwork network;
  const int summit = network.add_event("summit"), call = network.add_event("call");
  network.bound_start_after(call, on(2021, 12, 7), "call on Tuesday", Strength::Soft);
  network.bound_end_before(call, on(2021, 12, 7), "call on Tuesday", Strength::Soft);
  network.bound_start_after(summit, on(2021, 12, 10), "override: summit on 2021-12-10", Strength::Hard);
  network.bound_end_before(summit, on(2021, 12, 10), "override: summit on 2021-12-10", Strength::Hard);
  network.require_before(summit, call, "summit before call", Strength::Soft);
  const auto solution = network.solve();
  REQUIRE(solution.conflicts.size() == 1);
  CHECK(solution.conflicts[0].dropped == "summit before call");
  CHECK(solution.events[static_cast<std::size_t>(summit)].earliest_start.day == on(2021, 12, 10));
}

TEST_CASE("random consistent networks solve consistent, and one added contradiction is found", "[solver]") {
  std::mt19937 random(20211204);
  for (int round = 0; round < 1000; ++round) {
    TemporalNetwork network;
    const int n = 2 + static_cast<int>(random() % 30);
    std::vector<int> truth(static_cast<std::size_t>(n));  // a day for each event that satisfies everything
    for (int e = 0; e < n; ++e) {
      network.add_event("e" + std::to_string(e));
      truth[static_cast<std::size_t>(e)] = static_cast<int>(random() % 400);
    }
    const auto when = [&](int e) { return on(2021, 1, 1) + days{truth[static_cast<std::size_t>(e)]}; };
    for (int k = 0; k < n * 2; ++k) {
      const int a = static_cast<int>(random() % n), b = static_cast<int>(random() % n);
      if (truth[static_cast<std::size_t>(a)] < truth[static_cast<std::size_t>(b)]) network.require_before(a, b, "true before", Strength::Soft);
      if (random() % 4 == 0) network.bound_end_before(a, when(a) + days{static_cast<int>(random() % 5)}, "true bound", Strength::Soft);
      if (random() % 4 == 0) network.bound_start_after(a, when(a) - days{static_cast<int>(random() % 5)}, "true bound", Strength::Soft);
    }
    REQUIRE(network.solve().consistent());
    // A contradiction: the earliest-true event is said to come after the latest-true one, with dates.
    const int first = static_cast<int>(std::min_element(truth.begin(), truth.end()) - truth.begin());
    const int last = static_cast<int>(std::max_element(truth.begin(), truth.end()) - truth.begin());
    if (truth[static_cast<std::size_t>(first)] == truth[static_cast<std::size_t>(last)]) continue;
    network.bound_start_after(last, when(last), "last dated", Strength::Hard);
    network.bound_end_before(first, when(first), "first dated", Strength::Hard);
    network.require_before(last, first, "contradiction", Strength::Soft);
    const auto solution = network.solve();
    REQUIRE_FALSE(solution.consistent());
    CHECK(solution.conflicts[0].dropped == "contradiction");
  }
}
