// Event merging and modality misreadings found on tester round 48 (obituary, trial, launch,
// transfer, bill, outbreak, strike and merger articles), each tested on the sentence it was
// found on, on variants the fix was not written for, and on a case that must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

bool dated(const graph::Event& event) { return event.time.start.has_value() || event.time.end.has_value(); }

}  // namespace

TEST_CASE("issue 34: a completion only supposed is no event of the deal told before", "[events][coreference]") {
  const auto [text, noun, phase] = GENERATE(table<std::string, std::string, std::string>({
      {"The deal could push up fares. Skylink may need more money if the deal is not completed by the end of the year.",
       "deal", "completed"},
      {"The takeover has angered unions. The buyer could walk away if the takeover is not finished by March.", "takeover",
       "finished"},
      {"The sale has angered unions. Shareholders could sue if the sale is not completed by June.", "sale", "completed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2020_y / jul / 16);
  const auto& told = event_with(g, noun);
  CHECK(told.modality == graph::Modality::Actual);
  CHECK_FALSE(has_mention(told, phase));
  CHECK_FALSE((dated(told) && told.time.source == graph::TimeSource::Explicit));
  const auto& completion = event_with(g, phase);
  CHECK(completion.modality == graph::Modality::Hypothetical);
  CHECK(completion.time.source == graph::TimeSource::Explicit);
}

TEST_CASE("issue 25: a hoped-for completion is not the merger the headline names", "[events][coreference]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"Regulator opens probe into NorthAir-Skylink merger\n\nThe two airlines had hoped to complete the merger in the "
       "third quarter of 2020.",
       "merger"},
      {"Watchdog examines Harbour-Quay takeover\n\nThe two firms expect to complete the takeover in the autumn.",
       "takeover"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2020_y / jul / 16);
  const auto& named = event_with(g, noun);
  CHECK_FALSE(has_mention(named, "complete"));
  CHECK(named.time.source != graph::TimeSource::Explicit);
  CHECK(event_with(g, "complete").modality == graph::Modality::Planned);
}

TEST_CASE("a completion of an event told only once still dates it", "[events][coreference]") {
  // nothing else tells of the merger: the completion is its phase, as before
  const auto g = graph_of_text("The two airlines could complete the merger in the third quarter of 2020.", 2020_y / jul / 16);
  const auto& merger = event_with(g, "merger");
  CHECK(has_mention(merger, "complete"));
  CHECK(merger.modality == graph::Modality::Possible);
  // and a completion told as done is the event's own end
  const auto done = graph_of_text("The deal angered unions. The deal was completed on Friday.", 2020_y / jul / 16);
  CHECK(has_mention(event_with(done, "deal"), "completed"));
}

TEST_CASE("issue 24: a second strike and one averted years before are not the walkout", "[events][coreference]") {
  const auto g = graph_of_text("The walkout would last through Sunday, Dec. 1, and would be followed by a second 72-hour "
                               "strike the following week. A threatened walkout in 2016 was averted hours before the deadline.",
                               2019_y / nov / 24);
  CHECK(events_with_mention(g, "walkout") == 2);
  const auto& second = event_with(g, "strike");
  CHECK_FALSE(has_mention(second, "walkout"));
  REQUIRE(second.time.start);
  CHECK(*second.time.start == 2019_y / dec / 2);
  for (const auto& event : g.events)
    if (has_mention(event, "walkout") && event.time.start && *event.time.start == 2016_y / jan / 1)
      CHECK(event.modality == graph::Modality::Actual);
}

TEST_CASE("another of a kind named with a participle or a rank starts an event of its own", "[events][coreference]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"The walkout would end on Friday and would be followed by a second walkout the next week.", "walkout"},
      {"Nurses will strike on Monday. A planned strike in 2018 was called off at the last minute.", "strike"},
      {"The blockade will begin on Monday. A threatened blockade in 2015 was lifted after talks.", "blockade"},
  }));
  CAPTURE(text);
  CHECK(events_with_mention(graph_of_text(text, 2019_y / nov / 24), noun) == 2);
  // the same strike told twice stays one
  const auto g = graph_of_text("Nurses began a strike on Monday. The strike closed three wards.", 2019_y / nov / 24);
  CHECK(events_with_mention(g, "strike") == 1);
}

TEST_CASE("issue 26: what was done and what is to come are two events of one verb", "[events][coreference]") {
  const auto [text, done, ahead] = GENERATE(table<std::string, std::string, std::string>({
      {"The committee meets every Thursday. It met twice a week during the crisis and will meet again on Thursday.", "met",
       "meet"},
      {"The board votes on budgets in June. It voted twice during the crisis and will vote again on Monday.", "voted", "vote"},
      {"The panel met in March. The panel will meet on Thursday.", "met", "meet"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / may / 10);
  const auto& later = event_with(g, ahead);
  CHECK_FALSE(has_mention(later, done));
  CHECK(later.modality == graph::Modality::Planned);
  CHECK(event_with(g, done).modality == graph::Modality::Actual);
}

TEST_CASE("issue 35: what a denied verb of letting or making lets happen did not happen", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"\"She never let a young scientist fail alone,\" said Professor Anil Rao.", "fail"},
      {"The coach never let his players give up.", "give"},
      {"Nobody made the workers leave.", "leave"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / mar / 14), verb).modality == graph::Modality::Negated);
  // what one lets happen, told as done, happened
  const auto g = graph_of_text("She let the children play outside.", 2025_y / mar / 14);
  CHECK(event_with(g, "play").modality == graph::Modality::Actual);
}

TEST_CASE("issue 35: what is set after 'than' against a preference is not done", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"\"We would rather stand down for two days than lose a lander we spent six years building,\" said launch "
       "director Carla Nunez.",
       "lose"},
      {"He would rather pay the fine than go to court.", "go"},
      {"They would sooner resign than apologise to the council.", "apologise"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2026_y / feb / 11), verb).modality == graph::Modality::Hypothetical);
  // a comparison with "than" and no preference is told as it is
  const auto g = graph_of_text("The firm sold more cars than it built last year.", 2026_y / feb / 11);
  CHECK(event_with(g, "built").modality == graph::Modality::Actual);
}

TEST_CASE("issue 35: what a verb does not rule out may happen", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Defense attorney Laura Becker did not rule out asking for a change of venue.", "asking"},
      {"The minister has not ruled out closing the border.", "closing"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2024_y / dec / 3), verb).modality == graph::Modality::Possible);
  // the denied ruling out itself stays negated
  const auto g = graph_of_text("The minister has not ruled out closing the border.", 2024_y / dec / 3);
  CHECK(event_with(g, "ruled").modality == graph::Modality::Negated);
}

TEST_CASE("issue 36: what a vote or a choice decides is still to be done", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"County commissioners voted last month to hire an outside auditor.", "hire"},
      {"The council voted to close the library.", "close"},
      {"Members of Local 85 voted to strike.", "strike"},
      {"Members voted 91 percent in favor of strike action in a ballot that closed on Nov. 15.", "action"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2024_y / dec / 3), verb).modality == graph::Modality::Planned);
  // the vote itself was held
  const auto g = graph_of_text("The council voted to close the library.", 2024_y / dec / 3);
  CHECK(event_with(g, "voted").modality == graph::Modality::Actual);
}

TEST_CASE("issue 36: an event named with 'a' after 'after' is awaited as its clause is", "[events][modality]") {
  const auto [text, noun, modality] = GENERATE(table<std::string, std::string, graph::Modality>({
      {"Sentencing would be set for a date at least 60 days after a verdict, Okafor said.", "verdict",
       graph::Modality::Hypothetical},
      {"Talks would resume only after a ceasefire.", "ceasefire", graph::Modality::Hypothetical},
      {"The defendant will be sentenced after a trial, the judge said.", "trial", graph::Modality::Planned},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2024_y / dec / 3), noun).modality == modality);
  // after one told as done, it was done
  const auto g = graph_of_text("The defendant was sentenced after a trial that lasted two weeks.", 2024_y / dec / 3);
  CHECK(event_with(g, "trial").modality == graph::Modality::Actual);
}

TEST_CASE("issue 36: a thing scheduled in the present is one planned event with its scheduling", "[events][coreference]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"A pretrial hearing is scheduled for Friday, Dec. 20.", "hearing"},
      {"A second meeting is scheduled for March.", "meeting"},
      {"The vote is set for next Tuesday.", "vote"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / dec / 3);
  const auto& planned = event_with(g, noun);
  CHECK(planned.modality == graph::Modality::Planned);
  CHECK(events_with_mention(g, noun) == 1);
  CHECK(planned.time.source == graph::TimeSource::Explicit);
}

TEST_CASE("issue 36: a clause 'until' opens after one not done has not happened", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Supporters said they would continue to hold monthly meetings with the owners until a new stadium plan is "
       "published.",
       "published"},
      {"The ban will stay in place until the river is cleaned.", "cleaned"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2023_y / sep / 4), verb).modality == graph::Modality::Hypothetical);
  // after one told as done, it was done
  const auto g = graph_of_text("The shop stayed open until the police arrived.", 2023_y / sep / 4);
  CHECK(event_with(g, "arrived").modality == graph::Modality::Actual);
}

TEST_CASE("issue 37: a plan in the past perfect that is then undone did not take place", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The mission had been scheduled to lift off at 0614 UTC on Wednesday. The countdown was halted at T-minus 4 "
       "hours.",
       "lift"},
      {"Ellison had been due to receive an honorary degree from the University of Exeter next month, but she died on "
       "Tuesday.",
       "receive"},
      {"The talks had been due to resume on Monday. They were postponed after the minister fell ill.", "resume"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2026_y / feb / 11), verb).modality == graph::Modality::Negated);
  // a plan in the past perfect that nothing undoes stays a plan
  const auto g = graph_of_text("The ship had been scheduled to dock on Friday. It arrived a day early.", 2026_y / feb / 11);
  CHECK(event_with(g, "dock").modality == graph::Modality::Planned);
  // and one told in the present with a later stop is still planned
  const auto now = graph_of_text("The mission is scheduled to lift off on Friday. The countdown was halted on Monday.",
                                 2026_y / feb / 11);
  CHECK(event_with(now, "lift").modality == graph::Modality::Planned);
}

TEST_CASE("issue 28: one person's death told twice is one event, dated where the text dates it", "[events][coreference]") {
  const auto [text, day] = GENERATE(table<std::string, date::sys_days>({
      {"Margaret Ellison, the marine biologist, has died. She was 88. Her family said she died at her home on Tuesday.",
       2025_y / mar / 11},
      {"Tom Baker, the actor, has died. He was 90. His agent said he died in hospital on Sunday.", 2025_y / mar / 9},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / mar / 14);
  CHECK(events_with_mention(g, "died") == 1);
  check_day(event_with(g, "died"), day);
  // two people's deaths stay two
  const auto two = graph_of_text("Margaret Ellison met the oceanographer David Ellison in Plymouth. He died in 2011. "
                                 "Margaret Ellison died on Tuesday.",
                                 2025_y / mar / 14);
  CHECK(events_with_mention(two, "died") == 2);
}

TEST_CASE("issue 40: a decision on whether to act that will be made is planned", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"A decision on whether to extend the deadline will be made in September.", "made"},
      {"A ruling on whether to lift the ban will be issued next month.", "issued"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2020_y / jul / 16);
  CHECK(event_with(g, verb).modality == graph::Modality::Planned);
  // the act the question is about stays open
  CHECK(event_with(g, verb == "made" ? "extend" : "lift").modality == graph::Modality::Hypothetical);
}
