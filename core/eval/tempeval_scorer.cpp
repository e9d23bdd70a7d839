#include "core/eval/tempeval_scorer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "core/common/error.h"
#include "core/eval/point_algebra.h"
#include "core/timeml/tlink_relation.h"

namespace chronograph::core {

namespace fs = std::filesystem;

ExtentCounts& ExtentCounts::operator+=(const ExtentCounts& other) {
  gold += other.gold;
  system += other.system;
  strict += other.strict;
  relaxed += other.relaxed;
  for (std::size_t i = 0; i < attributes.size() && i < other.attributes.size(); ++i)
    attributes[i].correct += other.attributes[i].correct;
  return *this;
}

AwarenessCounts& AwarenessCounts::operator+=(const AwarenessCounts& other) {
  precision_verified += other.precision_verified;
  system_reduced += other.system_reduced;
  recall_verified += other.recall_verified;
  gold_reduced += other.gold_reduced;
  return *this;
}

TempevalCounts& TempevalCounts::operator+=(const TempevalCounts& other) {
  timex3 += other.timex3;
  event += other.event;
  tlink += other.tlink;
  return *this;
}

Prf prf(std::size_t correct_p, std::size_t total_p, std::size_t correct_r, std::size_t total_r,
        double if_empty) {
  if (total_p == 0 && total_r == 0) return {if_empty, if_empty, if_empty};
  // The same operations in the same order as te3score.py, so the doubles are identical.
  const double p = total_p ? static_cast<double>(correct_p) / static_cast<double>(total_p) : 0.0;
  const double r = total_r ? static_cast<double>(correct_r) / static_cast<double>(total_r) : 0.0;
  const double f = p + r != 0.0 ? 2 * p * r / (p + r) : 0.0;
  return {100 * p, 100 * r, 100 * f};
}

namespace {

// ---- extents --------------------------------------------------------------------------

// One-to-one relaxed alignment: aligned[system index] = gold index, or npos.
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::vector<std::size_t> text_order(const std::vector<Span>& spans) {
  std::vector<std::size_t> order(spans.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return spans[a] < spans[b]; });
  return order;
}

std::vector<std::size_t> align(const std::vector<Span>& gold, const std::vector<Span>& system) {
  std::vector<std::size_t> aligned(system.size(), kNone);
  const auto system_order = text_order(system);
  for (const std::size_t gi : text_order(gold)) {
    const Span g = gold[gi];
    for (const std::size_t si : system_order) {
      const Span s = system[si];
      if (s.begin >= g.end) break;
      if (aligned[si] == kNone && !s.empty() && !g.empty() && s.end > g.begin && s.begin < s.end) {
        aligned[si] = gi;
        break;
      }
    }
  }
  return aligned;
}

template <typename Entity, typename Attributes>
void count_extents(ExtentCounts& counts, const std::vector<Entity>& gold,
                   const std::vector<Entity>& system, const std::vector<std::size_t>& aligned,
                   Attributes attributes_of) {
  counts.gold += gold.size();
  counts.system += system.size();
  for (std::size_t si = 0; si < system.size(); ++si) {
    if (aligned[si] == kNone) continue;
    const Entity& g = gold[aligned[si]];
    const Entity& s = system[si];
    ++counts.relaxed;
    if (g.span == s.span) ++counts.strict;
    const auto gold_values = attributes_of(g), system_values = attributes_of(s);
    for (std::size_t a = 0; a < counts.attributes.size(); ++a)
      if (*gold_values[a] == *system_values[a]) ++counts.attributes[a].correct;
  }
}

template <typename Entity>
std::vector<Span> spans_of(const std::vector<Entity>& entities) {
  std::vector<Span> spans;
  spans.reserve(entities.size());
  for (const auto& entity : entities) spans.push_back(entity.span);
  return spans;
}

void check_same_text(const TimemlFile& gold, const TimemlFile& system, const std::string& name) {
  if (gold.text == system.text) return;
  const std::string& a = gold.text;
  const std::string& b = system.text;
  const auto [ia, ib] = std::mismatch(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(std::min(a.size(), b.size())), b.begin());
  const auto i = static_cast<std::size_t>(ia - a.begin());
  (void)ib;
  const auto around = [i](const std::string& s) {
    const std::size_t from = i >= 25 ? i - 25 : 0;  // te3score's window: [i - 25, i + 25)
    return s.substr(std::min(from, s.size()), i + 25 - from);
  };
  throw InputError(fmt::format("{}: the text of <TEXT> differs from the gold text at byte {} "
                               "(gold '{}' vs system '{}')",
                               name, i, around(a), around(b)),
                   "the system may add or change markup, never text; write TimeML from the gold "
                   "file's text");
}

// ---- temporal awareness ---------------------------------------------------------------

using Node = PointAlgebraGraph::Node;

struct Relation {
  Node x, y;
  TlinkRelation relation;  // one of the scored relations (see scored_as)
};

// Node names shared by the gold and system graphs of one document.
class NodeNames {
 public:
  Node operator()(const std::string& name) {
    const auto [it, added] = ids_.try_emplace(name, ids_.size());
    return it->second;
  }

 private:
  std::unordered_map<std::string, Node> ids_;
};

// The document's TLINKs over shared node names. `event_name(eid, k)` names the k-th instance
// of event eid, `timex_name(tid)` a TIMEX3; the DCT is always "dct".
template <typename EventName, typename TimexName>
std::vector<Relation> relations_of(const TimemlFile& doc, NodeNames& nodes, EventName event_name,
                                   TimexName timex_name, const std::string& doc_name) {
  std::unordered_map<std::string, std::string> instance_names;
  std::unordered_map<std::string, std::size_t> ordinal;
  for (const auto& instance : doc.annotations.instances)
    instance_names.try_emplace(instance.eiid, event_name(instance.event_id, ordinal[instance.event_id]++));
  std::unordered_set<std::string> tids;
  for (const auto& timex : doc.annotations.timexes) tids.insert(timex.tid);
  const std::string* dct_tid = doc.annotations.dct ? &doc.annotations.dct->tid : nullptr;

  const auto node = [&](const std::string& id, const std::string& lid) -> Node {
    if (const auto it = instance_names.find(id); it != instance_names.end()) return nodes(it->second);
    if (dct_tid && id == *dct_tid) return nodes("dct");
    if (tids.contains(id)) return nodes(timex_name(id));
    throw InputError(fmt::format("{}: TLINK {}: '{}' is no event instance or TIMEX3", doc_name,
                                 lid, id));
  };
  std::vector<Relation> out;
  out.reserve(doc.annotations.tlinks.size());
  for (const auto& tlink : doc.annotations.tlinks) {
    const auto relation = parse_tlink_relation(tlink.rel_type);
    if (!relation)
      throw InputError(fmt::format("{}: TLINK {}: relType '{}' is not a TimeML relation", doc_name,
                                   tlink.lid, tlink.rel_type));
    out.push_back({node(tlink.from, tlink.lid), node(tlink.to, tlink.lid), scored_as(*relation)});
  }
  return out;
}

// A side's links as TempEval-3 scores them: the reduced graph, the links as stated (both
// directions) and the closure of the reduced graph.
struct ScoredGraph {
  std::vector<Relation> reduced;
  std::set<std::tuple<Node, Node, TlinkRelation>> stated;
  PointAlgebraGraph closure;

  bool verifies(const Relation& r) const {
    return stated.contains({r.x, r.y, r.relation}) || closure.entails(r.x, r.y, r.relation);
  }
};

ScoredGraph build_graph(const std::vector<Relation>& relations) {
  ScoredGraph graph;
  std::set<std::tuple<Node, Node, TlinkRelation>> seen;
  for (const auto& r : relations) {
    graph.stated.insert({r.x, r.y, r.relation});
    graph.stated.insert({r.y, r.x, inverse(r.relation)});
    if (!seen.insert({r.x, r.y, r.relation}).second) continue;  // repeats an earlier link
    if (graph.closure.entails(r.x, r.y, r.relation)) continue;  // follows from earlier links
    graph.reduced.push_back(r);
    graph.closure.add(r.x, r.y, r.relation);  // a contradiction stays out of the closure
  }
  return graph;
}

AwarenessCounts awareness(const std::vector<Relation>& gold_relations,
                          const std::vector<Relation>& system_relations) {
  const ScoredGraph gold = build_graph(gold_relations), system = build_graph(system_relations);
  AwarenessCounts counts;
  for (const auto& r : system.reduced) counts.precision_verified += gold.verifies(r);
  counts.system_reduced = system.reduced.size();
  for (const auto& r : gold.reduced) counts.recall_verified += system.verifies(r);
  counts.gold_reduced = gold.reduced.size();
  return counts;
}

std::string event_key(const std::string& prefix, const std::string& eid, std::size_t k) {
  return fmt::format("{}\x1f{}\x1f{}", prefix, eid, k);
}

}  // namespace

TempevalCounts score_document(const TimemlFile& gold, const TimemlFile& system,
                              const std::string& system_name) {
  check_same_text(gold, system, system_name);
  const auto& g = gold.annotations;
  const auto& s = system.annotations;
  TempevalCounts counts;
  const auto event_pairs = align(spans_of(g.events), spans_of(s.events));
  const auto timex_pairs = align(spans_of(g.timexes), spans_of(s.timexes));
  count_extents(counts.event, g.events, s.events, event_pairs,
                [](const EventAnnotation& e) { return std::array<const std::string*, 1>{&e.event_class}; });
  count_extents(counts.timex3, g.timexes, s.timexes, timex_pairs, [](const TimexAnnotation& t) {
    return std::array<const std::string*, 2>{&t.type, &t.value};
  });

  // System entities aligned with gold ones take the gold names; the others stay apart.
  std::unordered_map<std::string, std::string> event_of, timex_of;
  for (std::size_t si = 0; si < s.events.size(); ++si)
    if (event_pairs[si] != kNone) event_of.emplace(s.events[si].eid, g.events[event_pairs[si]].eid);
  for (std::size_t si = 0; si < s.timexes.size(); ++si)
    if (timex_pairs[si] != kNone) timex_of.emplace(s.timexes[si].tid, g.timexes[timex_pairs[si]].tid);

  NodeNames nodes;
  const auto gold_relations = relations_of(
      gold, nodes, [](const std::string& eid, std::size_t k) { return event_key("event", eid, k); },
      [](const std::string& tid) { return "timex\x1f" + tid; }, "gold");
  const auto system_relations = relations_of(
      system, nodes,
      [&](const std::string& eid, std::size_t k) {
        const auto it = event_of.find(eid);
        return it != event_of.end() ? event_key("event", it->second, k) : event_key("system-event", eid, k);
      },
      [&](const std::string& tid) {
        const auto it = timex_of.find(tid);
        return it != timex_of.end() ? "timex\x1f" + it->second : "system-timex\x1f" + tid;
      },
      system_name);
  counts.tlink = awareness(gold_relations, system_relations);
  return counts;
}

namespace {

TimemlFile empty_like(const TimemlFile& gold) {
  TimemlFile empty;
  empty.doc_id = gold.doc_id;
  empty.text = gold.text;
  empty.dct = gold.dct;
  empty.annotations.dct = gold.annotations.dct;
  return empty;
}

}  // namespace

EvalResult score_gold_files(const std::vector<fs::path>& gold_files, const fs::path& system_dir,
                            const EvalOptions& options, Reporter& reporter) {
  std::error_code error;
  if (!fs::is_directory(system_dir, error))
    throw InputError(fmt::format("{}: no such folder", system_dir.string()),
                     "--system names the folder of system .tml files");
  EvalResult result;
  std::size_t done = 0;
  for (const auto& gold_path : gold_files) {
    const fs::path system_path = system_dir / gold_path.filename();
    const TimemlFile gold = read_timeml(gold_path);
    TimemlFile system;
    if (fs::is_regular_file(system_path, error)) {
      system = read_timeml(system_path);
    } else if (options.missing_as_empty) {
      system = empty_like(gold);
      reporter.warning(fmt::format("{}: missing, scored as an empty annotation", system_path.string()));
    } else {
      throw InputError(fmt::format("{}: no system file for this gold document", system_path.string()),
                       "use --missing-as-empty to score it as an empty annotation");
    }
    TempevalCounts counts = score_document(gold, system, system_path.string());
    result.total += counts;
    result.documents.push_back({gold_path.filename().string(), std::move(counts)});
    reporter.progress("scoring", ++done, gold_files.size());
  }
  return result;
}

EvalResult score_folders(const fs::path& gold_dir, const fs::path& system_dir,
                         const EvalOptions& options, Reporter& reporter) {
  std::error_code error;
  if (!fs::is_directory(gold_dir, error))
    throw InputError(fmt::format("{}: no such folder", gold_dir.string()),
                     "--gold names the folder of gold .tml files");
  std::vector<fs::path> gold_files;
  for (const auto& entry : fs::directory_iterator(gold_dir))
    if (entry.path().extension() == ".tml" && entry.is_regular_file()) gold_files.push_back(entry.path());
  std::sort(gold_files.begin(), gold_files.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
  if (gold_files.empty())
    throw InputError(fmt::format("{}: no gold files matching '*.tml'", gold_dir.string()));
  EvalResult result = score_gold_files(gold_files, system_dir, options, reporter);

  std::set<std::string> gold_names, extra;
  for (const auto& path : gold_files) gold_names.insert(path.filename().string());
  for (const auto& entry : fs::directory_iterator(system_dir))
    if (entry.path().extension() == ".tml" && !gold_names.contains(entry.path().filename().string()))
      extra.insert(entry.path().filename().string());
  if (!extra.empty()) {
    std::string names;
    std::size_t shown = 0;
    for (const auto& name : extra) {
      if (shown++ == 5) break;
      names += (names.empty() ? "" : ", ") + name;
    }
    reporter.warning(fmt::format("{}: {} system file(s) without a gold file, ignored: {}{}",
                                 system_dir.string(), extra.size(), names,
                                 extra.size() > 5 ? " ..." : ""));
  }
  return result;
}

}  // namespace chronograph::core
