// A simple temporal network over event end points (Dechter, Meiri & Pearl 1991): each
// event has a start and an end day; dates, tense and links become difference constraints
//   x_j - x_i <= w   (in ticks of a day, so that "before" can be strict within one day)
// solved by shortest paths from a zero point. The tightest bounds any event can have are
// the shortest-path distances; a negative cycle is a set of constraints that cannot all
// hold, and its edges are reported with their evidence.
//
//   TemporalNetwork network;
//   auto a = network.add_event("summit"), b = network.add_event("video-call");
//   network.require_before(a, b, "summit -before-> video-call (doc 3)", Strength::Soft);
//   network.bound_end_before(a, day, "time expression 'June 2021'", Strength::Soft, {Basis::Date});
//   NetworkSolution solution = network.solve();
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "graph/model/day_gap.h"

namespace chronograph::graph {

// Soft constraints come from the text and may be dropped to restore consistency;
// hard ones come from the user's overrides and are never dropped.
enum class Strength { Soft, Hard };

// What a soft constraint rests on, from the least to the most trusted. When constraints cannot
// all hold, a link is given up before a date, and a date before what the tense says of the
// article's date: a link's cue may hang on the wrong verb, and a date may be resolved into the
// wrong year ("March 26" in a story of 1975), but a verb in the past happened before the article.
enum class Basis : std::uint8_t { Link, Date, Tense };

struct Trust {
  Basis basis = Basis::Link;
  double confidence = 1.0;  // within one basis, the least confident is given up first
};

struct Constraint {
  int from = 0, to = 0;   // variable indexes; 0 is the zero point (day 0 = 1970-01-01)
  std::int64_t weight = 0;  // x_to - x_from <= weight, in ticks (a day is 2^20 ticks)
  std::string label;       // evidence, shown in chains and conflicts
  Strength strength = Strength::Soft;
  Trust trust;
};

struct VariableBound {
  std::optional<date::sys_days> day;   // nullopt: unbounded on that side
  std::vector<std::string> chain;      // the labels of the constraints that give the bound, in order
};

struct EventBounds {
  VariableBound earliest_start;
  VariableBound latest_end;
};

struct NetworkConflict {
  std::vector<std::string> labels;  // the constraints of one negative cycle, in cycle order
  std::string dropped;              // the constraint dropped to go on (the least trusted soft one)
};

struct NetworkSolution {
  std::vector<EventBounds> events;  // by event index
  std::vector<NetworkConflict> conflicts;
  bool consistent() const { return conflicts.empty(); }
};

class TemporalNetwork {
 public:
  // Returns the event index (0-based); each event has a start and an end variable.
  int add_event(std::string name);
  std::size_t event_count() const { return names_.size(); }

  void bound_start_after(int event, date::sys_days day, std::string label, Strength strength, Trust trust = {});
  void bound_end_before(int event, date::sys_days day, std::string label, Strength strength, Trust trust = {});
  // The event is going on that day: it starts no later than the day's end and ends no earlier
  // than the day's start.
  void require_going_on(int event, date::sys_days day, std::string label, Strength strength, Trust trust = {});
  // a ends before b starts; both may fall on one day, but a cycle of befores is a conflict.
  void require_before(int a, int b, std::string label, Strength strength, Trust trust = {});
  // b starts gap.min..gap.max days after a ends, and the event the gap dates lies wholly within
  // that window ("a week after the summit" dates the signing, start and end).
  void require_gap(int a, int b, const DayGap& gap, std::string label, Strength strength, Trust trust = {});
  // a is over by the time b ends ("announced on Tuesday that it had cut 200 jobs").
  void require_over_by_end_of(int a, int b, std::string label, Strength strength, Trust trust = {});
  // a starts no later than b starts ("the storm caused floods": a cause may outlast its effect,
  // but it has begun by the time the effect does).
  void require_starts_by_start_of(int a, int b, std::string label, Strength strength, Trust trust = {});
  // b happens within a.
  void require_includes(int a, int b, std::string label, Strength strength, Trust trust = {});
  void require_simultaneous(int a, int b, std::string label, Strength strength, Trust trust = {});

  std::size_t constraint_count() const { return constraints_.size(); }

  // Finds the tightest bounds. On a negative cycle, records it, drops its least trusted soft
  // constraint and solves again, until consistent (or only hard constraints remain in a cycle,
  // which is then reported and cut anyway so that every event still gets bounds).
  NetworkSolution solve() const;

 private:
  int start_var(int event) const { return 1 + 2 * event; }
  int end_var(int event) const { return 2 + 2 * event; }
  void add(int from, int to, std::int64_t weight, std::string label, Strength strength, Trust trust);

  std::vector<std::string> names_;
  std::vector<Constraint> constraints_;
};

}  // namespace chronograph::graph
