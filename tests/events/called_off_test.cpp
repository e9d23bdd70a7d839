// Events called off or put off, and things scheduled for a time: "The vote, scheduled for next
// Tuesday, has been cancelled" is a cancelling before the article and a scheduled vote that
// will not be held on Tuesday; "the union called off the strike" is a strike that did not
// happen. Checked for every scheduling participle, every verb of calling off and both the
// passive and the active voice, with the date from date arithmetic.
#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

const graph::Event* scheduled_event(const graph::GraphData& g) {
  for (const auto& event : g.events)
    if (event.title.starts_with("Scheduled ") || event.title.starts_with("Planned ")) return &event;
  return nullptr;
}

std::string all_titles(const graph::GraphData& g) {
  std::string titles;
  for (const auto& event : g.events) titles += "\n  " + event.title + " [" + std::string(to_string(event.modality)) + "]";
  return titles;
}

// Checks that the graph has a scheduled event titled by `noun`, negated, on `day`, and returns it.
const graph::Event* check_scheduled_not_held(const graph::GraphData& g, const std::string& noun, sys_days day) {
  INFO(all_titles(g));
  const graph::Event* scheduled = scheduled_event(g);
  REQUIRE(scheduled != nullptr);
  CHECK(scheduled->title.ends_with(noun));
  CHECK(scheduled->modality == graph::Modality::Negated);
  check_day(*scheduled, day);
  return scheduled;
}

}  // namespace

TEST_CASE("a thing scheduled for a day and called off does not happen that day", "[events][called-off]") {
  const std::string participle = GENERATE("scheduled", "planned", "slated", "set");
  const std::string called_off = GENERATE("cancelled", "called off", "scrapped", "postponed", "put off", "abandoned");
  const std::string noun = GENERATE("vote", "concert", "summit");
  const sys_days dct = 2025_y / March / 14;  // a Friday
  const std::string text = fmt::format("The {}, {} for next Tuesday, has been {}.", noun, participle, called_off);
  INFO(text);
  const auto g = graph_of_text(text, dct);
  const graph::Event* scheduled = check_scheduled_not_held(g, noun, dct + days{4});
  const auto& calling_off = event_with(g, called_off.substr(0, called_off.find(' ')));
  CHECK(calling_off.id != scheduled->id);
  CHECK(calling_off.modality == graph::Modality::Actual);
}

TEST_CASE("a scheduled thing the verb's object calls off is one event with the object", "[events][called-off]") {
  const std::string verb = GENERATE("called off", "cancelled", "scrapped", "postponed");
  const std::string participle = GENERATE("planned", "scheduled");
  const sys_days dct = 2024_y / October / 9;
  const std::string text = fmt::format("The government {} the strike {} for next week.", verb, participle);
  INFO(text);
  const auto g = graph_of_text(text, dct);
  INFO(all_titles(g));
  CHECK(events_with_mention(g, "strike") == 1);
  const auto& strike = event_with(g, "strike");
  CHECK(strike.modality == graph::Modality::Negated);
  CHECK(strike.title == (participle == "planned" ? "Planned strike" : "Scheduled strike"));
  // calling off reports nothing, though "call" may: the event is drawn
  const auto& calling_off = event_with(g, verb.substr(0, verb.find(' ')), "Government");
  CHECK(calling_off.event_class == "OCCURRENCE");
}

TEST_CASE("a thing scheduled ahead and not called off is planned and one held as planned happened", "[events][called-off]") {
  const sys_days dct = 2023_y / June / 7;  // a Wednesday
  SECTION("ahead") {
    const std::string weekday = GENERATE("Monday", "Thursday", "Saturday");
    const std::string text = fmt::format("The vote, scheduled for next {}, is expected to pass.", weekday);
    INFO(text);
    const auto g = graph_of_text(text, dct);
    INFO(all_titles(g));
    const graph::Event* scheduled = scheduled_event(g);
    REQUIRE(scheduled != nullptr);
    CHECK(scheduled->modality == graph::Modality::Planned);
  }
  SECTION("told as past: held, or done, as planned") {
    const std::string text = GENERATE("The summit, planned for May, was held in Geneva.",
                                      "The strike, planned for Monday, has shut every school.",
                                      "The operation planned for Tuesday was a success.");
    INFO(text);
    const auto g = graph_of_text(text, dct);
    INFO(all_titles(g));
    for (const auto& event : g.events) CHECK(event.modality == graph::Modality::Actual);
  }
  SECTION("no scheduling: no time, a length, no event, or a finite verb") {
    const std::string text = GENERATE("The world record set in 2019 still stands.",
                                      "The raid, planned by the army, has left 20 dead.",
                                      "The heist, planned for months, is now the subject of a film.",
                                      "About 300 workers scheduled for layoffs protested.",
                                      "The report showed the firm planned to cut 500 jobs.");
    INFO(text);
    const auto g = graph_of_text(text, dct);
    INFO(all_titles(g));
    CHECK(scheduled_event(g) == nullptr);
  }
}

TEST_CASE("a launch set for a clock time and scrubbed is dated by that time and its scrubbing is not", "[events][called-off]") {
  const std::string participle = GENERATE("scheduled", "set");
  const std::string clock = GENERATE("9 a.m.", "6:30 p.m.", "11 a.m.");
  const sys_days dct = 2025_y / March / 14;
  const std::string text = fmt::format("The launch, {} for {} on Tuesday, was scrubbed because of high winds.", participle, clock);
  INFO(text);
  const auto g = graph_of_text(text, dct);
  INFO(all_titles(g));
  const auto& scrubbed = event_with(g, "scrubbed", "Launch scrubbed");
  CHECK(scrubbed.modality == graph::Modality::Actual);
  CHECK_FALSE(scrubbed.time.start);  // no date of its own: the time is the launch's
  const graph::Event* scheduled = scheduled_event(g);
  REQUIRE(scheduled != nullptr);
  CHECK(scheduled->modality == graph::Modality::Negated);
  REQUIRE(scheduled->time.start);
}

TEST_CASE("a date before a called-off noun is no part of the title of its calling off", "[events][called-off]") {
  auto [text, trigger, title] = GENERATE(table<std::string, std::string, std::string>({
      {"The March 28 summit has been put off.", "put", "Summit put off"},
      {"The April 4 concert has been cancelled, organisers said.", "cancelled", "Concert cancelled"},
      {"The Sept. 12 hearing was moved to October.", "moved", "Hearing moved"},
      // a hyphenated duration is: the six-week trial
      {"The six-week trial gripped the town.", "gripped", "Six-week trial grips"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / March / 12);
  INFO(all_titles(g));
  CHECK(event_with(g, trigger).title.starts_with(title));
}

TEST_CASE("a calling off that is denied or only possible or that ends what had been going on negates nothing", "[events][called-off]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"The union did not call off the strike.", "strike"},
      {"The union may call off the strike next week.", "strike"},
      {"The union has threatened to call off the talks.", "talks"},
      {"Rescuers called off the search after three days.", "search"},
      {"Rescuers called off the search after finding no survivors.", "search"},
      {"Prisoners called off their three-week strike.", "strike"},
      {"The network axed the long-running show.", "show"},
      {"Troops pushed back the assault on the town.", "assault"},
  }));
  INFO(text);
  const auto g = graph_of_text(text, 2025_y / March / 12);
  INFO(all_titles(g));
  for (const auto& event : g.events)
    if (has_mention(event, noun)) CHECK(event.modality != graph::Modality::Negated);
  // a reason after "after" is no run: the election did not take place
  const auto cancelled = graph_of_text("Officials cancelled Sunday's election after violence erupted.", 2025_y / March / 12);
  CHECK(event_with(cancelled, "election").modality == graph::Modality::Negated);
}

TEST_CASE("a thing a relative clause schedules for a day and that is called off does not happen that day", "[events][called-off]") {
  const std::string participle = GENERATE("scheduled", "planned", "set");
  const std::string clause = GENERATE("that had been", "which was", "that was");
  const std::string noun = GENERATE("vote", "concert", "hearing");
  const sys_days dct = 2025_y / March / 14;  // a Friday
  const std::string text = fmt::format("The {} {} {} for next Tuesday was cancelled.", noun, clause, participle);
  INFO(text);
  check_scheduled_not_held(graph_of_text(text, dct), noun, dct + days{4});
  // a relative clause of its own subject schedules nothing: "the vote that officials set for Tuesday"
  // is still the officials' setting
  const auto own = graph_of_text("The " + noun + " that officials " + participle + " for next Tuesday was cancelled.", dct);
  CHECK(scheduled_event(own) == nullptr);
}
