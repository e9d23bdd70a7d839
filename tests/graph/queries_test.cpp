#include "graph/queries/queries.h"

#include <cstdlib>
#include <filesystem>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/timeml/timeml_reader.h"
#include "graph/gold/gold_graph.h"
#include "graph/io/json_io.h"
#include "graph/io/text_listing.h"
#include "tests/graph/test_graphs.h"
#include "tests/support/shared_data.h"

using namespace chronograph;
using namespace chronograph::graph;
using namespace date;

TEST_CASE("deps prints the tree with each edge, date, title and evidence", "[queries]") {
  const GraphData data = test::diplomacy_graph();
  const EventGraph graph(data);
  CHECK(deps_text(graph, "video-call", {}) ==
        "video-call  2021-12-07  Leaders hold video call  [planned]\n"
        "  geneva-summit -before-> video-call  2021-06-16  Leaders met in Geneva  (cue \"since\", ukraine-call:3)\n"
        "  warning <-responds_to- video-call  2021-12-02  Washington warns Moscow  (cue \"in response to\", ukraine-call:2)\n"
        "    build-up -causes-> warning  2021-11-01..2021-11-30  Troops build up  (cue \"prompted\", ukraine-call:1, "
        "confidence 0.70)\n");
  CHECK(deps_text(graph, "video-call", {Direction::Down, 1, {}}) ==
        "video-call  2021-12-07  Leaders hold video call  [planned]\n"
        "  sanctions <-before- video-call  2021-12-08..  Sanctions follow\n"
        "  statement -reports-> video-call  undated  Kremlin issues statement  (cue \"said\", ukraine-call:4)\n");
}

TEST_CASE("evidence shows a confidence only when it rounds below 1.00", "[queries]") {
  CHECK(evidence_text(test::make_edge("a", "b", EdgeType::Before, "after", 2, 0.999)) == "(cue \"after\", ukraine-call:2)");
  CHECK(evidence_text(test::make_edge("a", "b", EdgeType::Before, "after", 2, 0.994)) ==
        "(cue \"after\", ukraine-call:2, confidence 0.99)");
  CHECK(evidence_text(test::make_edge("a", "b", EdgeType::Before, "", -1, 0.5)) == "(confidence 0.50)");
  CHECK(evidence_text(test::make_edge("a", "b", EdgeType::Before)).empty());
}

TEST_CASE("deps says when nothing is linked", "[queries]") {
  const GraphData data = test::diplomacy_graph();
  const EventGraph graph(data);
  CHECK(deps_text(graph, "geneva-summit", {Direction::Up, 3, {}}) ==
        "geneva-summit  2021-06-16  Leaders met in Geneva\n"
        "  (geneva-summit depends on nothing through any edge)\n");
  CHECK(deps_text(graph, "statement", {Direction::Down, 3, {EdgeType::Causes, EdgeType::Before}}) ==
        "statement  undated  Kremlin issues statement\n"
        "  (statement nothing depends on it through causes/before edges)\n");
}

TEST_CASE("an unknown event in a query lists the closest ids", "[queries]") {
  const GraphData data = test::diplomacy_graph();
  const EventGraph graph(data);
  REQUIRE_THROWS_WITH(deps_text(graph, "video-cal", {}), "no event 'video-cal'; did you mean 'video-call'?");
  REQUIRE_THROWS_WITH(why_text(graph, "sanction"), "no event 'sanction'; did you mean 'sanctions'?");
}

TEST_CASE("why names the time expression and rule that dated an event", "[queries]") {
  GraphData data = test::diplomacy_graph();
  data.timexes.push_back({"talks", "t4", 120, 127, "Tuesday", "DATE", "2021-12-07", "", "weekday-future",
                          Interval{sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}, Precision::Day}, "", ""});
  data.timexes.push_back({"talks", "t9", 900, 907, "Tuesday", "DATE", "2021-12-07", "", "weekday-future", std::nullopt, "", ""});
  data.events[3].tense = "FUTURE";
  data.events[3].mentions.push_back({"talks", 2, 100, 104, "call", "Leaders will hold a video call on Tuesday."});
  const EventGraph graph(data);
  CHECK(why_text(graph, "video-call") ==
        "video-call  Leaders hold video call\n"
        "  date: 2021-12-07 (day, explicit)\n"
        "    from the time expression \"Tuesday\" (t4 in talks, bytes 120..127): value 2021-12-07, rule weekday-future\n"
        "  tense FUTURE, aspect NONE, polarity POS, modality planned; document date 2021-12-04\n"
        "  mention: talks:2 \"call\" (bytes 100..104)\n"
        "    Leaders will hold a video call on Tuesday.\n"
        "  edges (4):\n"
        "    video-call <-before- geneva-summit  2021-06-16  Leaders met in Geneva  (cue \"since\", ukraine-call:3)\n"
        "    video-call -responds_to-> warning  2021-12-02  Washington warns Moscow  (cue \"in response to\", "
        "ukraine-call:2)\n"
        "    video-call <-reports- statement  undated  Kremlin issues statement  (cue \"said\", ukraine-call:4)\n"
        "    video-call -before-> sanctions  2021-12-08..  Sanctions follow\n");
}

TEST_CASE("why says when the overrides file set the date, with its value", "[queries]") {
  GraphData data = test::diplomacy_graph();
  EventTime& time = data.events[0].time;
  time.start = sys_days{2022_y / jan / 1};
  time.end = sys_days{2022_y / apr / 30};
  time.precision = Precision::Year;
  time.source = TimeSource::Override;
  time.value = "2022";
  time.mod = "START";
  const EventGraph graph(data);
  CHECK_THAT(why_text(graph, data.events[0].id),
             Catch::Contains("  date: 2022-01-01..2022-04-30 (year, override)\n"
                             "    set by the overrides file (value 2022)\n"
                             "    mod START\n"));
}

TEST_CASE("why shows the solver's bounds with the chain behind them", "[queries]") {
  const GraphData data = test::diplomacy_graph();
  const EventGraph graph(data);
  EventBounds bounds;
  bounds.earliest_start = {sys_days{2021_y / dec / 8}, {"video-call ends 2021-12-07", "video-call -before-> sanctions"}};
  const std::string text = why_text(graph, "sanctions", &bounds);
  CHECK(text.find("  date: 2021-12-08.. (unknown, dct)\n"
                  "    placed relative to the document date (none) (its tense: NONE)\n") != std::string::npos);
  CHECK(text.find("  solver bounds:\n"
                  "    earliest start: 2021-12-08\n"
                  "      because video-call ends 2021-12-07\n"
                  "      because video-call -before-> sanctions\n"
                  "    latest end: unbounded\n") != std::string::npos);
}

TEST_CASE("check lists conflicts, cycles, undated events and stale, unused and contradicting overrides", "[queries]") {
  GraphData data = test::diplomacy_graph();
  data.edges.push_back(test::make_edge("sanctions", "geneva-summit", EdgeType::Before, "after", 5));
  data.conflicts.push_back({{"sanctions -before-> geneva-summit"}, "sanctions (2021-12-08..) cannot end before "
                                                                   "geneva-summit (2021-06-16)"});
  const EventGraph graph(data);
  const CheckResult result =
      check_graph(graph, {{"overrides.yaml:7:3: 'red-line' no longer exists and \"red line\" matches no event"},
                          {"overrides.yaml:9:3: 'video-call' already has these values"},
                          {"overrides.yaml:4:3: warning: 'sanctions' set to 2021-05, but the text puts it after "
                           "'geneva-summit' (2021-06-16)"}});
  CHECK(result.text ==
        "conflicts: 1\n"
        "  sanctions (2021-12-08..) cannot end before geneva-summit (2021-06-16)\n"
        "    sanctions -before-> geneva-summit\n"
        "cycles in before: 1\n"
        "  geneva-summit -before-> video-call -before-> sanctions -before-> geneva-summit\n"
        "    geneva-summit -before-> video-call  (cue \"since\", ukraine-call:3)\n"
        "    sanctions -before-> geneva-summit  (cue \"after\", ukraine-call:5)\n"
        "dates against the document date: 0\n"
        "causal links from events that did not happen: 0\n"
        "events with no date: 1\n"
        "  statement  Kremlin issues statement\n"
        "stale overrides: 1\n"
        "  overrides.yaml:7:3: 'red-line' no longer exists and \"red line\" matches no event\n"
        "unused overrides: 1\n"
        "  overrides.yaml:9:3: 'video-call' already has these values\n"
        "override warnings: 1\n"
        "  overrides.yaml:4:3: warning: 'sanctions' set to 2021-05, but the text puts it after 'geneva-summit' "
        "(2021-06-16)\n"
        "problems found: 1 conflict, 1 cycle in before, 0 misdated events, 0 unreal causes, 1 undated event, 1 stale override, 1 "
        "unused, 1 override "
        "warning\n");
  CHECK(result.failed());
}

TEST_CASE("a stale override alone makes check fail, and unused ones and warnings do not", "[queries]") {
  const GraphData data = test::diplomacy_graph();
  const EventGraph graph(data);
  CHECK(check_graph(graph, {{"o.yaml:3:3: 'red-line' no longer exists"}, {}, {}}).failed());
  CHECK_FALSE(check_graph(graph, {{}, {"o.yaml:3:3: 'video-call' already has these values"}, {"o.yaml:4:3: warning: x"}})
                  .failed());
}

TEST_CASE("check passes a graph with no conflict and no cycle", "[queries]") {
  const GraphData data = test::diplomacy_graph();
  const EventGraph graph(data);
  const CheckResult result = check_graph(graph, {});
  CHECK_FALSE(result.failed());
  CHECK(result.undated == 1);
  CHECK(result.text.substr(result.text.rfind("ok:")) ==
        "ok: 0 conflicts, 0 cycles in before, 0 misdated events, 0 unreal causes, 1 undated event, 0 stale overrides, 0 unused, 0 "
        "override warnings\n");
}

namespace {

// One event of an article dated `dct`, with the given modality and tense.
GraphData one_event_article(Event event, std::optional<sys_days> dct) {
  GraphData data;
  data.documents.push_back({"article", "article.txt", "Article", dct});
  event.mentions.push_back({"article", 0, 0, 4, event.trigger, {}});
  data.events.push_back(std::move(event));
  return data;
}

Event dated_event(std::optional<sys_days> start, std::optional<sys_days> end, Modality modality, const std::string& tense,
                  Precision precision) {
  Event event = test::make_event("storm-dumps-snow", "Storm dumps snow", start, end);
  event.modality = modality;
  event.tense = tense;
  event.time.precision = precision;
  return event;
}

// The lines `check` gives under "dates against the document date", or "" when there are none.
std::string misdated_lines(const GraphData& data) {
  const EventGraph graph(data);
  const CheckResult result = check_graph(graph, {});
  const auto begin = result.text.find("dates against the document date: ");
  const auto end = result.text.find("causal links from events that did not happen:");
  const std::string section = result.text.substr(begin, end - begin);
  CHECK(result.failed() == (result.misdated > 0));
  return section.substr(section.find('\n') + 1);
}

}  // namespace

TEST_CASE("check reports an event whose interval ends before it starts", "[queries][check]") {
  const sys_days dct{2026_y / feb / 10};
  CHECK(misdated_lines(one_event_article(
            dated_event(sys_days{2026_y / feb / 12}, sys_days{2026_y / feb / 11}, Modality::Planned, "FUTURE", Precision::Day),
            dct)) == "  storm-dumps-snow  2026-02-12..2026-02-11  ends before it starts (document date 2026-02-10)\n");
  // Any precision, any modality, with or without a document date.
  CHECK(misdated_lines(one_event_article(
            dated_event(sys_days{2019_y / jan / 1}, sys_days{2018_y / dec / 31}, Modality::Actual, "PAST", Precision::Year),
            std::nullopt)) == "  storm-dumps-snow  2019-01-01..2018-12-31  ends before it starts (document date none)\n");
  CHECK(misdated_lines(one_event_article(
            dated_event(sys_days{2026_y / feb / 12}, sys_days{2026_y / feb / 12}, Modality::Planned, "FUTURE", Precision::Day),
            dct)) == "");
}

TEST_CASE("check reports a past-tense actual event dated after its document date", "[queries][check]") {
  const auto revenue = [](sys_days start, sys_days end, const std::string& tense, Modality modality) {
    return dated_event(start, end, modality, tense, Precision::Quarter);
  };
  // "Revenue for the first quarter of fiscal 2027 rose 6%", written 2026-11-04.
  CHECK(misdated_lines(one_event_article(revenue(sys_days{2027_y / jan / 1}, sys_days{2027_y / mar / 31}, "PAST",
                                                 Modality::Actual),
                                         sys_days{2026_y / nov / 4})) ==
        "  storm-dumps-snow  2027-01-01..2027-03-31  told as done (past tense) but starts after the document date "
        "(document date 2026-11-04)\n");
  // The day after the article, at day precision.
  CHECK_FALSE(misdated_lines(one_event_article(dated_event(sys_days{2021_y / dec / 5}, sys_days{2021_y / dec / 5},
                                                           Modality::Actual, "PAST", Precision::Day),
                                               sys_days{2021_y / dec / 4}))
                  .empty());
  // A quarter that holds the document date, a future tense, a plan, no document date: nothing to say.
  const sys_days q1_start{2027_y / jan / 1}, q1_end{2027_y / mar / 31};
  CHECK(misdated_lines(one_event_article(revenue(q1_start, q1_end, "PAST", Modality::Actual), sys_days{2027_y / feb / 1})) == "");
  CHECK(misdated_lines(one_event_article(revenue(q1_start, q1_end, "FUTURE", Modality::Actual), sys_days{2026_y / nov / 4})) == "");
  CHECK(misdated_lines(one_event_article(revenue(q1_start, q1_end, "PAST", Modality::Planned), sys_days{2026_y / nov / 4})) == "");
  CHECK(misdated_lines(one_event_article(revenue(q1_start, q1_end, "PAST", Modality::Actual), std::nullopt)) == "");
}

TEST_CASE("check reports a planned event over before its document date", "[queries][check]") {
  const sys_days dct{2026_y / feb / 10};
  // "A storm will dump snow from Thursday night": a Thursday night that fell before the article.
  CHECK(misdated_lines(one_event_article(
            dated_event(sys_days{2026_y / feb / 5}, std::nullopt, Modality::Planned, "INFINITIVE", Precision::Day), dct)) ==
        "  storm-dumps-snow  2026-02-05..  planned but over before the document date (document date 2026-02-10)\n");
  // A decade, a month, a bound that ends before the article.
  CHECK_FALSE(misdated_lines(one_event_article(dated_event(sys_days{1940_y / jan / 1}, sys_days{1949_y / dec / 31},
                                                           Modality::Planned, "INFINITIVE", Precision::Decade),
                                               dct))
                  .empty());
  CHECK_FALSE(misdated_lines(one_event_article(dated_event(sys_days{2026_y / jan / 1}, sys_days{2026_y / jan / 31},
                                                           Modality::Planned, "FUTURE", Precision::Month),
                                               dct))
                  .empty());
  CHECK_FALSE(misdated_lines(one_event_article(
                                 dated_event(std::nullopt, sys_days{2026_y / feb / 8}, Modality::Planned, "FUTURE", Precision::Day),
                                 dct))
                  .empty());
  // Planned for the article's own day, the night before it (which may run into it), later, or
  // open-ended at a coarse precision: nothing to say; nor of a done event before the article.
  for (const auto& [start, end, precision] :
       std::vector<std::tuple<std::optional<sys_days>, std::optional<sys_days>, Precision>>{
           {dct, dct, Precision::Day},
           {sys_days{2026_y / feb / 9}, std::nullopt, Precision::Instant},
           {sys_days{2026_y / feb / 12}, std::nullopt, Precision::Day},
           {sys_days{2026_y / jan / 1}, std::nullopt, Precision::Unknown},
           {std::nullopt, sys_days{2026_y / mar / 1}, Precision::Day}}) {
    CHECK(misdated_lines(one_event_article(dated_event(start, end, Modality::Planned, "FUTURE", precision), dct)) == "");
  }
  CHECK(misdated_lines(one_event_article(
            dated_event(sys_days{2026_y / feb / 5}, sys_days{2026_y / feb / 5}, Modality::Actual, "PAST", Precision::Day),
            dct)) == "");
}

namespace {

// Compares `actual` with tests/golden/queries/CASE/NAME byte for byte; rewrites the file
// instead when CHRONOGRAPH_UPDATE_GOLDEN=1 (then review `git diff tests/golden`).
void check_golden(const std::string& golden_case, const std::string& name, const std::string& actual) {
  const auto path = test::kSourceDir / "tests/golden/queries" / golden_case / name;
  const char* update = std::getenv("CHRONOGRAPH_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::filesystem::create_directories(path.parent_path());
    write_file_atomically(path, actual);
    WARN("rewrote " << path.string());
    return;
  }
  INFO("golden file " << path.string() << " (CHRONOGRAPH_UPDATE_GOLDEN=1 rewrites it)");
  REQUIRE(std::filesystem::exists(path));
  CHECK(read_file(path) == actual);
}

}  // namespace

TEST_CASE("deps, why and check on a TBAQ file's gold graph match the golden outputs", "[queries][golden][shared]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const auto file = core::read_timeml(shared / "data/timeml/tbaq/TimeBank/wsj_0670.tml");
  const GraphData data = gold_graph(file.doc_id, "wsj_0670.tml", file.text, file.dct, file.annotations);
  const EventGraph graph(data);
  check_golden("wsj_0670", "graph.json", write_graph_json(data));
  check_golden("wsj_0670", "listing.txt", write_text_listing(data));
  check_golden("wsj_0670", "deps-up.txt", deps_text(graph, "report-charge-million", {Direction::Up, 3, {}}));
  check_golden("wsj_0670", "deps-down.txt", deps_text(graph, "report-charge-million", {Direction::Down, -1, {}}));
  check_golden("wsj_0670", "why-dated.txt", why_text(graph, "tax-gain"));
  check_golden("wsj_0670", "why-linked.txt", why_text(graph, "said-expects"));
  check_golden("wsj_0670", "check.txt", check_graph(graph, {}).text);
}
