#include "core/tlinks/tlink_classifier.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/eval/point_algebra.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/timeml/tlink_relation.h"
#include "core/tlinks/tlink_features.h"

using namespace chronograph;
using namespace chronograph::core;
using namespace date;
using Kind = TlinkOutput::Kind;

namespace {

struct Models {
  Tokenizer tokenizer;
  MorphoSyntax syntax;
  TlinkClassifier tlinks;
};

const Models& models() {
  static const Models m = [] {
    const DataDir data = DataDir::locate();
    return Models{Tokenizer::load(data), MorphoSyntax::load(data), TlinkClassifier::load(data)};
  }();
  return m;
}

// A hand-written text, parsed, with its events and timexes given by their words.
struct Example {
  std::string text;
  TokenizedText tokens;
  TlinkInput input;

  Example(std::string t, std::optional<date::sys_days> dct) : text(std::move(t)) {
    tokens = models().tokenizer.tokenize(text);
    models().syntax.annotate(tokens);
    input.text = text;
    input.tokens = &tokens;
    input.dct = dct;
  }
  std::size_t token_of(std::string_view word) const {
    for (std::size_t i = 0; i < tokens.tokens.size(); ++i)
      if (tokens.tokens[i].text == word) return i;
    FAIL("no token " << word);
    return 0;
  }
  void event(std::string_view word, std::string cls, std::string tense, std::string pos = "VERB") {
    const std::size_t t = token_of(word);
    input.events.push_back({t, tokens.tokens[t].span, std::move(cls), std::move(tense), "NONE", "POS", std::move(pos)});
  }
  void timex(std::string_view words, std::string type, std::string value) {
    const std::size_t begin = text.find(words);
    REQUIRE(begin != std::string::npos);
    input.timexes.push_back({Span{begin, begin + words.size()}, std::move(type), std::move(value)});
  }
  // The relation found from `from` to `to`, read in that direction; "" when none.
  std::string relation(Kind fk, std::size_t from, Kind tk, std::size_t to) const {
    for (const auto& link : models().tlinks.classify(input)) {
      if (link.from_kind == fk && link.from == from && link.to_kind == tk && link.to == to) return link.rel_type;
      if (link.from_kind == tk && link.from == to && link.to_kind == fk && link.to == from)
        return invert_relation(link.rel_type);
    }
    return {};
  }
  // Whether the links found entail `from` `relation` `to` (TempEval-3's closure).
  bool entails(Kind fk, std::size_t from, Kind tk, std::size_t to, TlinkRelation relation) const {
    auto node = [&](Kind kind, std::size_t index) {
      if (kind == Kind::Event) return index;
      if (kind == Kind::Timex) return input.events.size() + index;
      return input.events.size() + input.timexes.size();
    };
    PointAlgebraGraph graph;
    for (const auto& link : models().tlinks.classify(input))
      graph.add(node(link.from_kind, link.from), node(link.to_kind, link.to), *parse_tlink_relation(link.rel_type));
    return graph.entails(node(fk, from), node(tk, to), relation);
  }
  // The source ("rule:...", "model:...") of the link between the two, "" when none.
  std::string source(Kind fk, std::size_t from, Kind tk, std::size_t to) const {
    for (const auto& link : models().tlinks.classify(input))
      if ((link.from_kind == fk && link.from == from && link.to_kind == tk && link.to == to) ||
          (link.from_kind == tk && link.from == to && link.to_kind == fk && link.to == from))
        return link.source;
    return {};
  }
};

const date::sys_days kSaturday = 2021_y / dec / 4;

std::filesystem::path write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

TEST_CASE("an event governing another through 'before' happens before it", "[tlinks]") {
  Example ex("He left before the meeting.", kSaturday);
  ex.event("left", "OCCURRENCE", "PAST");
  ex.event("meeting", "OCCURRENCE", "NONE", "NOUN");
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == "BEFORE");
}

TEST_CASE("'ahead of' and 'prior to' order an event before the one they govern, as 'before' does", "[tlinks]") {
  const auto [text, first, second] = GENERATE(table<std::string, std::string, std::string>({
      {"Police arrived ahead of the protest.", "arrived", "protest"},
      {"Shares fell sharply ahead of the election.", "fell", "election"},
      {"Prices rose prior to the vote.", "rose", "vote"},
      {"The troops withdrew prior to the ceasefire.", "withdrew", "ceasefire"},
  }));
  Example ex(text, kSaturday);
  ex.event(first, "OCCURRENCE", "PAST");
  ex.event(second, "OCCURRENCE", "NONE", "NOUN");
  CAPTURE(text);
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == "BEFORE");
  CHECK(ex.source(Kind::Event, 0, Kind::Event, 1).starts_with("rule:"));
}

TEST_CASE("what a negated verb of expecting governs is not ordered by its 'before' or 'after'", "[tlinks]") {
  for (const std::string signal : {"before", "after"}) {
    Example ex("The minister is not expected to resign " + signal + " the election.", kSaturday);
    ex.event("expected", "I_STATE", "PRESENT");
    ex.event("resign", "OCCURRENCE", "INFINITIVE");
    ex.event("election", "OCCURRENCE", "NONE", "NOUN");
    CAPTURE(signal);
    CHECK(ex.relation(Kind::Event, 1, Kind::Event, 2).empty());
  }
  // an expected one is
  Example expected("The minister is expected to resign before the election.", kSaturday);
  expected.event("expected", "I_STATE", "PRESENT");
  expected.event("resign", "OCCURRENCE", "INFINITIVE");
  expected.event("election", "OCCURRENCE", "NONE", "NOUN");
  CHECK(expected.relation(Kind::Event, 1, Kind::Event, 2) == "BEFORE");
}

TEST_CASE("an event negated until another happens after it, one not negated lasts until it", "[tlinks]") {
  auto [text, first, second, relation] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"We will not fly until we understand the data.", "fly", "understand", "AFTER"},
      {"The airline did not resume flights until the inquiry ended.", "resume", "ended", "AFTER"},
      {"The union won't end the strike until the company improves its offer.", "end", "improves", "AFTER"},
      {"Shops have never opened on Sundays until the law changed.", "opened", "changed", "AFTER"},
      {"The minister is not expected to resign until the inquiry reports.", "resign", "reports", "AFTER"},
      {"Crews waited until the storm passed.", "waited", "passed", "BEFORE"},
  }));
  Example ex(text, kSaturday);
  ex.event(first, "OCCURRENCE", "NONE");
  ex.event(second, "OCCURRENCE", "NONE");
  CAPTURE(text);
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == relation);
  CHECK(ex.source(Kind::Event, 0, Kind::Event, 1) == "rule:until");
}

TEST_CASE("an event the extractor is unsure of is not linked, a sure one is", "[tlinks]") {
  Example ex("He left before the meeting on Friday.", kSaturday);
  ex.event("left", "OCCURRENCE", "PAST");
  ex.event("meeting", "OCCURRENCE", "NONE", "NOUN");
  ex.timex("Friday", "DATE", "2021-12-03");
  ex.input.min_event_confidence = 0.5;
  ex.input.events[1].confidence = 0.45;
  const auto links = models().tlinks.classify(ex.input);
  const auto touches_meeting = [](const TlinkOutput& l) {
    return (l.from_kind == Kind::Event && l.from == 1) || (l.to_kind == Kind::Event && l.to == 1);
  };
  CHECK(std::none_of(links.begin(), links.end(), touches_meeting));
  ex.input.events[1].confidence = 0.55;
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == "BEFORE");
}

TEST_CASE("a clause that 'when' opens after a date is within it", "[tlinks]") {
  Example ex("Prices collapsed in 1999, when the crisis began.", kSaturday);
  ex.event("collapsed", "OCCURRENCE", "PAST");
  ex.event("began", "ASPECTUAL", "PAST");
  ex.timex("1999", "DATE", "1999");
  CHECK(ex.relation(Kind::Event, 1, Kind::Timex, 0) == "IS_INCLUDED");
  CHECK(ex.source(Kind::Event, 1, Kind::Timex, 0) == "rule:when");
  Example question("The ministry will announce on Monday when the border reopens.", kSaturday);
  question.event("announce", "OCCURRENCE", "FUTURE");
  question.event("reopens", "OCCURRENCE", "PRESENT");
  question.timex("Monday", "DATE", "2021-12-06");
  CHECK(question.source(Kind::Event, 1, Kind::Timex, 0) != "rule:when");
}

TEST_CASE("an event governing another through 'after' happens after it", "[tlinks]") {
  Example ex("The ministers signed the treaty after the vote.", kSaturday);
  ex.event("signed", "OCCURRENCE", "PAST");
  ex.event("vote", "OCCURRENCE", "NONE", "NOUN");
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == "AFTER");
}

// The gap the link between events 0 and 1 carries: the time expression's index, and whether it
// dates event 0; nullopt when there is no link or no gap.
std::optional<std::pair<std::size_t, bool>> gap_between(const Example& ex) {
  for (const auto& link : models().tlinks.classify(ex.input))
    if (link.from_kind == Kind::Event && link.to_kind == Kind::Event && link.from + link.to == 1 && link.gap)
      return std::pair{*link.gap, link.gap_dates_from == (link.from == 0)};
  return std::nullopt;
}

TEST_CASE("a duration in front of 'after' or 'before' orders two events and dates the one it modifies", "[tlinks]") {
  // Both shapes the parser gives: the event noun under the duration ("a week after the
  // summit"), and a clause the main verb governs ("three days after the talks ended").
  const auto [text, main, other, duration, relation] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      {"A week after the summit, the ministers signed a trade accord.", "signed", "summit", "A week", "AFTER"},
      {"The ministers signed the accord a week after the summit.", "signed", "summit", "a week", "AFTER"},
      {"Protesters marched through the capital two days before the vote.", "marched", "vote", "two days", "BEFORE"},
      {"The ministers signed the accord three days after the talks ended.", "signed", "ended", "three days", "AFTER"},
      {"Rescuers found the boy five hours after the earthquake.", "found", "earthquake", "five hours", "AFTER"},
      {"The bank raised its rates a month before the election.", "raised", "election", "a month", "BEFORE"}}));
  Example ex(text, kSaturday);
  ex.event(main, "OCCURRENCE", "PAST");
  ex.event(other, "OCCURRENCE", other == "ended" ? "PAST" : "NONE", other == "ended" ? "VERB" : "NOUN");
  ex.timex(duration, "DURATION", "P1W");
  INFO(text);
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == relation);
  const auto gap = gap_between(ex);
  REQUIRE(gap);
  CHECK(gap->first == 0);
  CHECK(gap->second);  // it dates the main event
}

TEST_CASE("a duration that does not stand right before the signal word is no gap", "[tlinks]") {
  Example ex("After the summit, the ministers signed a trade accord for five years.", kSaturday);
  ex.event("signed", "OCCURRENCE", "PAST");
  ex.event("summit", "OCCURRENCE", "NONE", "NOUN");
  ex.timex("five years", "DURATION", "P5Y");
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == "AFTER");
  CHECK_FALSE(gap_between(ex));
}

TEST_CASE("an event in a while, when or as clause happens at the time of the event it modifies", "[tlinks]") {
  const auto [text, main, clause] = GENERATE(table<std::string, std::string, std::string>({
      {"The mayor smiled as she opened the bridge.", "smiled", "opened"},
      {"The crowd cheered when the train arrived.", "cheered", "arrived"},
      {"Thieves broke in while the guards slept.", "broke", "slept"}}));
  Example ex(text, kSaturday);
  ex.event(main, "OCCURRENCE", "PAST");
  ex.event(clause, "OCCURRENCE", "PAST");
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == "SIMULTANEOUS");
  CHECK(ex.source(Kind::Event, 0, Kind::Event, 1).starts_with("rule:"));
}

TEST_CASE("a while or as clause in a present or with a modal of its own sets a contrast, no shared time", "[tlinks]") {
  const auto [text, main, clause, modal] = GENERATE(table<std::string, std::string, std::string, bool>({
      {"The window closed on Monday, while clubs in Turkey can sign players until Friday.", "closed", "sign", true},
      {"Shares fell sharply, while analysts expect a rebound next year.", "fell", "expect", false},
      {"The plant shut down, while the other factory will stay open.", "shut", "stay", true},
      {"Exports rose, as imports will fall further.", "rose", "fall", true}}));
  Example ex(text, kSaturday);
  ex.event(main, "OCCURRENCE", "PAST");
  ex.event(clause, "OCCURRENCE", modal ? "NONE" : "PRESENT");
  for (const std::string time : {"Monday", "Friday", "next year"})
    if (text.find(time) != std::string::npos) ex.timex(time, "DATE", time == "next year" ? "2022" : "2021-12-03");
  INFO(text);
  CHECK_FALSE(ex.source(Kind::Event, 0, Kind::Event, 1).starts_with("rule:"));
}

TEST_CASE("tester46 #28: a while clause dated apart from its host sets a contrast, no shared time", "[tlinks]") {
  const auto [text, main, clause, main_date, clause_date] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
      {"Samsung released its sixth generation in July, while Google launched its second foldable last month.",
       "released", "launched", "July", "last month"},
      {"The council approved the plan on Monday, while the mayor signed it on Friday.", "approved", "signed", "Monday",
       "Friday"},
      {"Exports fell in 2020, while imports rose sharply in 2021.", "fell", "rose", "2020", "2021"}}));
  Example ex(text, kSaturday);
  ex.event(main, "OCCURRENCE", "PAST");
  ex.event(clause, "OCCURRENCE", "PAST");
  const std::map<std::string, std::string> values{{"July", "2021-07"},       {"last month", "2021-11"},
                                                  {"Monday", "2021-11-29"}, {"Friday", "2021-12-03"},
                                                  {"2020", "2020"},         {"2021", "2021"}};
  ex.timex(main_date, "DATE", values.at(main_date));
  ex.timex(clause_date, "DATE", values.at(clause_date));
  INFO(text);
  CHECK_FALSE(ex.source(Kind::Event, 0, Kind::Event, 1).starts_with("rule:"));
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) != "SIMULTANEOUS");
}

TEST_CASE("tester46 #28: a while clause dated with its host, or not dated, still shares its time", "[tlinks]") {
  const auto [text, main, clause] = GENERATE(table<std::string, std::string, std::string>({
      {"Thieves broke in on Friday while the guards slept.", "broke", "slept"},
      {"The crowd cheered on Friday, while the band played on Friday.", "cheered", "played"}}));
  Example ex(text, kSaturday);
  ex.event(main, "OCCURRENCE", "PAST");
  ex.event(clause, "OCCURRENCE", "PAST");
  for (std::size_t at = text.find("Friday"); at != std::string::npos; at = text.find("Friday", at + 1))
    ex.input.timexes.push_back({Span{at, at + 6}, "DATE", "2021-12-03"});
  INFO(text);
  CHECK(ex.source(Kind::Event, 0, Kind::Event, 1) == "rule:while");
}

TEST_CASE("a while clause with a date deep inside it still shares its host's time", "[tlinks]") {
  const auto [text, main, clause] = GENERATE(table<std::string, std::string, std::string>({
      {"Thieves broke in while the guards slept after the party on Friday.", "broke", "slept"},
      {"Rebels advanced while the troops rested before the battle on Friday.", "advanced", "rested"}}));
  Example ex(text, kSaturday);
  ex.event(main, "OCCURRENCE", "PAST");
  ex.event(clause, "OCCURRENCE", "PAST");
  if (text.find("Friday") != std::string::npos) ex.timex("Friday", "DATE", "2021-12-03");
  INFO(text);
  CHECK(ex.source(Kind::Event, 0, Kind::Event, 1) == "rule:while");
}

TEST_CASE("an intention is before what it intends", "[tlinks]") {
  auto [text, intention, aim, pos] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The rebels plan to seize the airport.", "plan", "seize", "VERB"},
      {"The army began preparations for an attack on the port.", "preparations", "attack", "NOUN"},
      {"The company intends to close two factories.", "intends", "close", "VERB"},
      {"Preparations are under way for an attack on the port.", "Preparations", "attack", "NOUN"},
      {"The governor pledged to rebuild the bridge.", "pledged", "rebuild", "VERB"},
      {"The two clubs agreed to share the stadium.", "agreed", "share", "VERB"}}));
  Example ex(text, kSaturday);
  ex.event(intention, "I_ACTION", "PRESENT", pos == "NOUN" ? "NOUN" : "VERB");
  ex.event(aim, "OCCURRENCE", "NONE", pos);
  INFO(text);
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == "BEFORE");
  CHECK(ex.source(Kind::Event, 0, Kind::Event, 1) == "rule:intention");
}

TEST_CASE("a wish is not an intention rule", "[tlinks]") {
  Example ex("The rebels want to seize the airport.", kSaturday);
  ex.event("want", "I_STATE", "PRESENT");
  ex.event("seize", "OCCURRENCE", "NONE");
  CHECK(ex.source(Kind::Event, 0, Kind::Event, 1) != "rule:intention");
}

TEST_CASE("a past report of what would happen is before it", "[tlinks]") {
  Example ex("The lawyer said her client would appeal the verdict.", kSaturday);
  ex.event("said", "REPORTING", "PAST");
  ex.event("appeal", "OCCURRENCE", "NONE");
  CHECK(ex.relation(Kind::Event, 0, Kind::Event, 1) == "BEFORE");
  CHECK(ex.source(Kind::Event, 0, Kind::Event, 1) == "rule:reported-future");
  Example now("The lawyer says her client would appeal the verdict.", kSaturday);
  now.event("says", "REPORTING", "PRESENT");
  now.event("appeal", "OCCURRENCE", "NONE");
  CHECK(now.source(Kind::Event, 0, Kind::Event, 1) != "rule:reported-future");
}

// TBAQ links only some events to the DCT, so the model often says NONE (no link); when it
// links one, tense decides the relation.
TEST_CASE("the document-date model relates a past event as before and a future one as after", "[tlinks]") {
  auto [text, word, tense, expected] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The harbour authority closed the northern pier.", "closed", "PAST", "BEFORE"},
      {"The council will vote on the budget.", "vote", "FUTURE", "AFTER"}}));
  Example ex(text, kSaturday);
  ex.event(word, "OCCURRENCE", tense);
  const TlinkContext context(ex.input);
  const TlinkCandidate candidate{TlinkPairKind::EventDct, Kind::Event, Kind::Dct, 0, 0};
  const auto& model = models().tlinks.model(TlinkPairKind::EventDct);
  const auto best = model.choose(model.scores(tlink_features(context, candidate)), -1e9);  // NONE ruled out
  REQUIRE(best);
  CHECK(model.labels[*best] == expected);
}

TEST_CASE("an event 'on Tuesday' is included in Tuesday", "[tlinks]") {
  Example ex("The two leaders will talk on Tuesday.", kSaturday);
  ex.event("talk", "OCCURRENCE", "FUTURE");
  ex.timex("Tuesday", "DATE", "2021-12-07");
  CHECK(ex.relation(Kind::Event, 0, Kind::Timex, 0) == "IS_INCLUDED");
}

TEST_CASE("time expressions are ordered by their values", "[tlinks]") {
  Example ex("Prices rose in 2019 and fell in March 2020.", kSaturday);
  ex.timex("2019", "DATE", "2019");
  ex.timex("March 2020", "DATE", "2020-03");
  CHECK(ex.relation(Kind::Timex, 0, Kind::Timex, 1) == "BEFORE");
  Example nested("Sales peaked in 2021, on December 3.", kSaturday);
  nested.timex("2021", "DATE", "2021");
  nested.timex("December 3", "DATE", "2021-12-03");
  CHECK(nested.relation(Kind::Timex, 0, Kind::Timex, 1) == "INCLUDES");
}

TEST_CASE("the dates and the document date form one chain in calendar order", "[tlinks]") {
  Example ex("It happened in March 2020, and it ends in 2022; this week matters, today too.", kSaturday);
  ex.timex("March 2020", "DATE", "2020-03");
  ex.timex("2022", "DATE", "2022");
  ex.timex("this week", "DATE", "2021-W48");
  ex.timex("today", "DATE", "2021-12-04");
  const auto links = models().tlinks.classify(ex.input);
  const auto dated = std::count_if(links.begin(), links.end(), [](const TlinkOutput& l) { return l.source == "rule:value"; });
  CHECK(dated == 4);  // five dates (with the DCT), each linked to the next
  CHECK(ex.entails(Kind::Timex, 0, Kind::Dct, 0, TlinkRelation::Before));
  CHECK(ex.entails(Kind::Timex, 1, Kind::Dct, 0, TlinkRelation::After));
  CHECK(ex.entails(Kind::Timex, 2, Kind::Dct, 0, TlinkRelation::Includes));
  CHECK(ex.entails(Kind::Timex, 3, Kind::Dct, 0, TlinkRelation::Simultaneous));
  CHECK(ex.entails(Kind::Timex, 0, Kind::Timex, 1, TlinkRelation::Before));
}

TEST_CASE("links that contradict surer ones are left out", "[tlinks]") {
  using L = TlinkOutput;
  const std::vector<L> links = {{Kind::Event, Kind::Dct, 0, 0, "BEFORE", 0.9, "a"},
                                {Kind::Event, Kind::Event, 0, 1, "AFTER", 0.4, "b"},
                                {Kind::Event, Kind::Dct, 1, 0, "AFTER", 0.8, "c"},
                                {Kind::Timex, Kind::Dct, 0, 0, "BEFORE", 0.95, "d"}};
  const auto kept = consistent_links(links, 2, 1);
  std::vector<std::string> sources;
  for (const auto& l : kept) sources.push_back(l.source);
  // e0 < DCT < e1, so "e0 AFTER e1" cannot hold and, least sure, goes.
  CHECK(sources == std::vector<std::string>{"a", "c", "d"});
}

TEST_CASE("time expressions of different sentences are ordered too, and durations are not", "[tlinks]") {
  Example ex("Prices rose in 2019. They fell in March 2020. The fall lasted three weeks.", std::nullopt);
  ex.timex("2019", "DATE", "2019");
  ex.timex("March 2020", "DATE", "2020-03");
  ex.timex("three weeks", "DURATION", "P3W");
  CHECK(ex.relation(Kind::Timex, 0, Kind::Timex, 1) == "BEFORE");
  CHECK(ex.source(Kind::Timex, 2, Kind::Timex, 1).empty());
  CHECK(ex.source(Kind::Timex, 0, Kind::Timex, 2).empty());
}

TEST_CASE("without a document date there are no links to it", "[tlinks]") {
  Example ex("The harbour authority closed the northern pier.", std::nullopt);
  ex.event("closed", "OCCURRENCE", "PAST");
  for (const auto& link : models().tlinks.classify(ex.input)) CHECK(link.to_kind != Kind::Dct);
}

TEST_CASE("candidates pair events of one sentence and main events of consecutive ones", "[tlinks]") {
  Example ex("Troops arrived and fighting started. Officials later met.", kSaturday);
  ex.event("arrived", "OCCURRENCE", "PAST");
  ex.event("started", "OCCURRENCE", "PAST");
  ex.event("met", "OCCURRENCE", "PAST");
  const TlinkContext context(ex.input);
  const auto candidates = tlink_candidates(context);
  auto has = [&](TlinkPairKind kind, std::size_t a, std::size_t b) {
    return std::find(candidates.begin(), candidates.end(), TlinkCandidate{kind, Kind::Event, Kind::Event, a, b}) !=
           candidates.end();
  };
  CHECK(has(TlinkPairKind::EventEvent, 0, 1));
  CHECK(has(TlinkPairKind::CrossSentence, 0, 2));
  CHECK_FALSE(has(TlinkPairKind::EventEvent, 1, 2));
  CHECK(std::count_if(candidates.begin(), candidates.end(),
                      [](const TlinkCandidate& c) { return c.kind == TlinkPairKind::EventDct; }) == 3);
}

TEST_CASE("relations are reduced to the set the models predict", "[tlinks]") {
  auto [timeml, reduced] = GENERATE(table<std::string, std::string>({{"BEFORE", "BEFORE"},
                                                                      {"IBEFORE", "BEFORE"},
                                                                      {"IAFTER", "AFTER"},
                                                                      {"BEGINS", "IS_INCLUDED"},
                                                                      {"ENDED_BY", "INCLUDES"},
                                                                      {"DURING", "SIMULTANEOUS"},
                                                                      {"IDENTITY", "SIMULTANEOUS"},
                                                                      {"OVERLAP", ""}}));
  CHECK(reduce_relation(timeml) == reduced);
}

TEST_CASE("a missing model file is an input error naming it", "[tlinks]") {
  const auto missing = std::filesystem::temp_directory_path() / "no-such-dir" / "tlinks.bin";
  REQUIRE_THROWS_WITH(TlinkClassifier::load_file(missing),
                      fmt::format("{}: cannot read the TLINK model", missing.string()));
}

TEST_CASE("a model file that is not a TLINK model is rejected by name", "[tlinks]") {
  const auto path = write_temp("chronograph-tlinks-bad.bin", "chronograph-model events 1\n");
  REQUIRE_THROWS_WITH(TlinkClassifier::load_file(path),
                      fmt::format("{}:1: not a TLINK model (expected a first line 'chronograph-model tlinks 2')",
                                  path.string()));
}

TEST_CASE("a model file with a broken weight line says which line", "[tlinks]") {
  const std::string text =
      "chronograph-model tlinks 2\n"
      "kind event-dct emit 1 shift 0 labels NONE BEFORE\n"
      "features 1\n"
      "bias\t0.5\n";
  REQUIRE_THROWS_WITH(TlinkClassifier::parse(text, "m.bin"), "m.bin:4: 1 weights for 2 labels");
  REQUIRE_THROWS_WITH(TlinkClassifier::parse("chronograph-model tlinks 2\nkind event-dct emit 1 shift 0 labels NONE\nfeatures 2\nbias\t1\n", "m.bin"),
                      "m.bin:4: the file ends early");
}

TEST_CASE("a model written and read back classifies the same", "[tlinks]") {
  const TlinkClassifier copy = TlinkClassifier::parse(models().tlinks.serialize(), "copy.bin");
  CHECK(copy.serialize() == models().tlinks.serialize());
  Example ex("He left before the meeting, and later resigned.", kSaturday);
  ex.event("left", "OCCURRENCE", "PAST");
  ex.event("meeting", "OCCURRENCE", "NONE", "NOUN");
  ex.event("resigned", "OCCURRENCE", "PAST");
  const auto a = models().tlinks.classify(ex.input), b = copy.classify(ex.input);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].rel_type == b[i].rel_type);
}

namespace {

// A model that always prefers NONE by 0.5 to BEFORE, for every kind, with `shift` on event-dct.
std::string leaning_model(double shift) {
  std::string text = "chronograph-model tlinks 2\n";
  for (const char* kind : {"event-dct", "event-timex", "event-event", "cross-sentence", "prior-timex", "same-word"})
    text += fmt::format("kind {} emit 1 shift {} labels NONE BEFORE\nfeatures 1\nbias\t0.5 0\n", kind,
                        std::string_view(kind) == "event-dct" ? shift : 0.0);
  return text;
}

}  // namespace

TEST_CASE("a link given only for the recall shift is marked not sure", "[tlinks]") {
  Example ex("He left.", kSaturday);
  ex.event("left", "OCCURRENCE", "PAST");
  const auto shifted = TlinkClassifier::parse(leaning_model(-1), "m.bin").classify(ex.input);
  REQUIRE(shifted.size() == 1);
  CHECK(shifted[0].rel_type == "BEFORE");
  CHECK_FALSE(shifted[0].sure);
  CHECK(TlinkClassifier::parse(leaning_model(0), "m.bin").classify(ex.input).empty());
}
