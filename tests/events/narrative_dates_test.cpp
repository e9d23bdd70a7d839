// Dates the text gives by reference to another: a time of day on the day the story is at, not on
// the day someone reported it, and "nine hours later" counted from that time.
#include <algorithm>
#include <functional>
#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/timex/timex.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

TEST_CASE("a time of day stays on the day of the story, not the day it was reported", "[events][anchors]") {
  const sys_days dct = 2023_y / feb / 8;  // a Wednesday
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"A strong earthquake struck the coast on Monday, officials said on Tuesday. The quake hit at 4:17 a.m.", "hit"},
      {"The ferry sank near the island on Monday, the coast guard told reporters Tuesday. It went down at noon.", "went"},
      {"Two banks merged on Monday, the chairman told investors on Tuesday. The deal closed at 9 p.m.", "closed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == sys_days{2023_y / feb / 6});
}

TEST_CASE("a time of day alone after a flashback in the past perfect is back on the story's day", "[events][anchors]") {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2024_y / oct / 12;  // a Saturday
  for (unsigned w = 1; w < 6; ++w) {  // the story's day, Monday to Friday; the flashback the day before
    const std::string story = kDays[w], before = kDays[w - 1];
    const sys_days day = dct - days{6 - w};
    const std::string opening = "The storm made landfall at 3 a.m. on " + story + ". Officials had ordered evacuations on " + before + ". ";
    CAPTURE(opening);
    CHECK(timex_value_in(opening + "It weakened by 11 a.m.", "11 a.m.", dct) == fmt::format("{}T11:00", format("%F", day)));
    // (a time told in the flashback's own past perfect is the flashback's)
    CHECK(timex_value_in(opening + "They had opened shelters at 6 p.m.", "6 p.m.", dct) ==
          fmt::format("{}T18:00", format("%F", day - days{1})));
  }
  // (with no flashback, the last day told)
  CHECK(timex_value_in("Officials ordered evacuations on Wednesday. The storm weakened by 11 a.m.", "11 a.m.", dct) ==
        "2024-10-09T11:00");
}

TEST_CASE("a report's date is still the story's day when the text has given no other, or is news itself", "[events][anchors]") {
  const auto g = graph_of_text("Officials said on Monday that the gate opened at 9 a.m.", 2023_y / feb / 8);
  const auto& opened = event_with(g, "opened");
  REQUIRE(opened.time.start);
  CHECK(*opened.time.start == sys_days{2023_y / feb / 6});
  const auto news = graph_of_text(
      "The dispute began in 2014. In February, the minister announced that the country would leave the pact. "
      "The neighbours left it a day later.",
      2023_y / aug / 3);
  const auto& left = event_with(news, "left");
  REQUIRE(left.time.start);
  CHECK(*left.time.start >= sys_days{2023_y / feb / 1});
}

TEST_CASE("hours later counts from the last time of day, across midnight too", "[events][anchors]") {
  const auto [text, day] = GENERATE(table<std::string, sys_days>({
      {"The first quake struck at 4:17 a.m. on Monday. A second quake struck nine hours later.", 2023_y / feb / 6},
      {"The first quake struck at 11 p.m. on Monday. A second quake struck three hours later.", 2023_y / feb / 7},
      {"The first quake struck on Monday. A second quake struck nine hours later.", 2023_y / feb / 6},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / feb / 10);
  const auto& second = event_with(g, "quake", "Second");
  REQUIRE(second.time.start);
  CHECK(*second.time.start == day);
}

TEST_CASE("another word for an event's kind names the same event, and 'a second' one is another", "[events][coreference]") {
  const auto [text, first, again] = GENERATE(table<std::string, std::string, std::string>({
      {"A strong earthquake struck the island on Monday. The quake hit at 4 a.m.", "earthquake", "quake"},
      {"Dockworkers began a strike on Tuesday. The walkout took place at three ports.", "strike", "walkout"},
      {"An explosion shook the plant on Friday. The blast injured nine workers.", "explosion", "blast"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / feb / 10);
  CHECK(has_mention(event_with(g, first), again));
  const auto two = graph_of_text("The first quake struck at dawn on Monday. A second quake struck at noon.", 2023_y / feb / 10);
  CHECK_FALSE(has_mention(event_with(two, "quake", "First"), "second"));
  CHECK(events_with_mention(two, "quake") == 2);
}

TEST_CASE("a participle clause after a dated verb happened then, unless a word opens it", "[events][anchors]") {
  const auto g = graph_of_text(
      "A strong storm struck the coast on Monday, toppling thousands of trees and killing more than 40 people.", 2023_y / feb / 10);
  for (const char* participle : {"toppling", "killing"}) {
    INFO(participle);
    check_day(event_with(g, participle), 2023_y / feb / 6);
  }
  const auto opened = graph_of_text("The minister resigned on Monday after criticising the budget.", 2023_y / feb / 10);
  CHECK_FALSE(event_with(opened, "criticising").time.start == sys_days{2023_y / feb / 6});
}

TEST_CASE("a headline verb is the lead's participle of the same kind when the lead's verb has the same subject", "[events][coreference]") {
  const std::string text =
      "Storm kills dozens in coastal towns\n\n"
      "A powerful storm struck the coast on Monday, toppling thousands of trees and killing at least 40 people, officials said.";
  const auto g = graph_of_text(text, 2023_y / feb / 10);
  CHECK(events_with_mention(g, "kills") == 1);
  CHECK(has_mention(event_with(g, "kills"), "killing"));
}

TEST_CASE("the date of an event's end dates the end, not the whole event", "[events][anchors]") {
  const auto g = graph_of_text("A jury on Thursday convicted the mayor of fraud, ending a six-week trial.", 2023_y / feb / 10);
  const auto& trial = event_with(g, "trial");
  REQUIRE(trial.time.end);
  CHECK(*trial.time.end == sys_days{2023_y / feb / 9});
  CHECK_FALSE(trial.time.start == sys_days{2023_y / feb / 9});
}

TEST_CASE("a bare participle of starting is a phase of its verb and dates it", "[events][aspectual]") {
  const auto g = graph_of_text("The study enrolled 1,795 patients in Europe and Asia starting in 2019.", 2022_y / sep / 28);
  const auto& enrolled = event_with(g, "enrolled");
  CHECK(has_mention(enrolled, "starting"));
  REQUIRE(enrolled.time.start);
  CHECK(*enrolled.time.start == sys_days{2019_y / jan / 1});
  CHECK(events_with_mention(g, "starting") == 1);
  // one with an object of its own is an event of its own
  const auto kept = graph_of_text("Matos scored in the 89th minute, keeping alive the club's hopes of a double.", 2024_y / may / 13);
  CHECK_FALSE(has_mention(event_with(kept, "scored"), "keeping"));
}

TEST_CASE("a month of a verb's event-noun object dates the verb too, unless the verb plans", "[events][anchors]") {
  const auto g = graph_of_text("The board approved the sale of two old factories in July.", 2024_y / sep / 10);
  const auto& approved = event_with(g, "approved");
  REQUIRE(approved.time.start);
  CHECK(*approved.time.start == sys_days{2024_y / jul / 1});
  CHECK(approved.time.source == chronograph::graph::TimeSource::Explicit);  // its own date, not one inferred
  const auto plan = graph_of_text("The ministers planned a summit of NATO leaders in June.", 2024_y / sep / 10);
  CHECK_FALSE(event_with(plan, "planned").time.start == sys_days{2024_y / jun / 1});
}

TEST_CASE("a verb acting again on the definite noun an earlier one acted on is that event again", "[events][coreference]") {
  const auto [text, verb, first_day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Ministers will review the reforms adopted at their Lisbon meeting in May. Officials said the reforms adopted in "
       "Lisbon are the first item.",
       "adopted", 2023_y / may / 1},
      {"Police arrested a man on Tuesday near the station. The man arrested by officers was released later.", "arrested",
       2023_y / jun / 6},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / jun / 10);
  CHECK(events_with_mention(g, verb) == 1);
  REQUIRE(event_with(g, verb).time.start);
  CHECK(*event_with(g, verb).time.start == first_day);
  // another agent's act on the same kind of thing, or an act done "again", is another event
  const auto other = graph_of_text(
      "Police in Lyon arrested a man on Tuesday. Soldiers in Nice arrested the man on Friday.", 2023_y / feb / 10);
  CHECK(events_with_mention(other, "arrested") == 2);
  const auto again = graph_of_text("Police arrested a man on Tuesday. They arrested the man again on Friday.", 2023_y / feb / 10);
  CHECK(events_with_mention(again, "arrested") == 2);
}

TEST_CASE("a weekday in a 'would' clause is ahead even when a past verb is conjoined after it", "[events][anchors]") {
  // DCT Monday 2023-11-27; every weekday (Monday itself is the DCT, as AP style names today)
  const auto [weekday, day] = GENERATE(table<std::string, sys_days>({
      {"Monday", 2023_y / nov / 27}, {"Tuesday", 2023_y / nov / 28}, {"Wednesday", 2023_y / nov / 29},
      {"Thursday", 2023_y / nov / 30}, {"Friday", 2023_y / dec / 1}, {"Saturday", 2023_y / dec / 2},
      {"Sunday", 2023_y / dec / 3},
  }));
  const std::string text = "The minister said he would meet the union leaders again on " + weekday +
                           " and hoped to reach an agreement before Christmas.";
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, 2023_y / nov / 27), "meet"), day);
}

TEST_CASE("a line that only gives the article's date tells of no event and parts no headline from its lead", "[events][coreference]") {
  const auto g = graph_of_text(
      "Farmers block highways in third week of protests\n\nPublished: 2023-11-27\n\nThousands of farmers blocked "
      "highways around Lyon on Monday, police said.",
      2023_y / nov / 27);
  CHECK(events_with_mention(g, "Published") == 0);
  // without a colon too, and with "Updated" and a time
  const auto plain = graph_of_text(
      "Published Monday, November 27, 2023\n\nUpdated on 10:45 a.m. Nov. 27, 2023\n\nFarmers blocked highways on Monday.",
      2023_y / nov / 27);
  CHECK(events_with_mention(plain, "Published") == 0);
  CHECK(events_with_mention(plain, "Updated") == 0);
  const auto& blocked = event_with(g, "blocked");
  CHECK(has_mention(blocked, "block"));
  check_day(blocked, 2023_y / nov / 27);
}

TEST_CASE("a date the parse gives an event beats one the nearest-event guess gave it", "[events][anchors]") {
  const auto g = graph_of_text(
      "Winds of up to 120 km/h ripped part of the roof from the terminal late on Tuesday, and engineers inspected "
      "the building on Wednesday morning.",
      2024_y / mar / 14);
  check_day(event_with(g, "inspected"), 2024_y / mar / 13);
}

TEST_CASE("'no earlier than' a day bounds an event's start, 'no later than' its end", "[events][anchors]") {
  const auto g = graph_of_text("The ferry line will reopen no earlier than Saturday, the operator said.", 2024_y / mar / 14);
  const auto& reopen = event_with(g, "reopen");
  REQUIRE(reopen.time.start);
  CHECK(*reopen.time.start == sys_days{2024_y / mar / 16});
  CHECK_FALSE(reopen.time.end);
  const auto by = graph_of_text("The council must approve the budget no later than June 30.", 2024_y / mar / 14);
  const auto& approve = event_with(by, "approve");
  REQUIRE(approve.time.end);
  CHECK(*approve.time.end == sys_days{2024_y / jun / 30});
  CHECK_FALSE(approve.time.start == approve.time.end);
}

TEST_CASE("of two dates in a clause, the one the parse hangs on the event dates it", "[events][anchors]") {
  const auto g = graph_of_text("The court will publish its calendar for the autumn session next month.", 2025_y / jun / 12);
  const auto& publish = event_with(g, "publish");
  REQUIRE(publish.time.start);
  CHECK(*publish.time.start == sys_days{2025_y / jul / 1});
  const auto fronted = graph_of_text("Next month the court will publish its calendar for the autumn session.", 2025_y / jun / 12);
  REQUIRE(event_with(fronted, "publish").time.start);
  CHECK(*event_with(fronted, "publish").time.start == sys_days{2025_y / jul / 1});
}

TEST_CASE("the n-th or last weekday of a month dates an event", "[events][anchors]") {
  const auto [text, day] = GENERATE(table<std::string, sys_days>({
      {"The new term begins on the first Monday in October.", 2025_y / oct / 6},
      {"The vote was held on the second Tuesday of March.", 2025_y / mar / 11},
      {"The parade took place on the last Sunday in May.", 2025_y / may / 25},
      {"Voters will go to the polls on the third Thursday in November 2026.", 2026_y / nov / 19},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jun / 12);
  REQUIRE_FALSE(g.events.empty());
  const auto dated = std::find_if(g.events.begin(), g.events.end(), [](const auto& e) { return e.time.start.has_value(); });
  REQUIRE(dated != g.events.end());
  check_day(*dated, day);
}

TEST_CASE("'Born in X in 1950, Name moved ...': the name is the subject of the verb and of its purpose", "[events][actors]") {
  const auto g = graph_of_text(
      "Born in Tampere, Finland, in 1950, Aino Lahti moved to Canada in 1975 to work at the Halvard Institute for "
      "Ocean Research.",
      2024_y / nov / 20);
  CHECK(has_actor(event_with(g, "moved"), "aino-lahti"));
  CHECK(has_actor(event_with(g, "work"), "aino-lahti"));
  CHECK_FALSE(has_actor(event_with(g, "work"), "canada"));
}

TEST_CASE("places after 'into' or 'around', and names conjoined to them, are where a verb happens", "[events][actors]") {
  const auto g = graph_of_text(
      "Thousands of farmers blocked highways around Lyon and Toulouse on Monday. About 200 tractors drove into central "
      "Paris on Tuesday.",
      2023_y / nov / 27);
  const auto& blocked = event_with(g, "blocked");
  CHECK(blocked.actors.empty());
  CHECK(event_with(g, "drove").actors.empty());
  // a name that is the object of the verb stays its actor
  const auto object = graph_of_text("Farmers blocked Varden Logistics on Monday.", 2023_y / nov / 27);
  CHECK_FALSE(event_with(object, "blocked").actors.empty());
}

TEST_CASE("a lower and an upper bound of one event from two expressions make its interval", "[events][anchors]") {
  const auto g = graph_of_text(
      "The agency said the next launch attempt would come no earlier than Friday, and possibly not until next week.",
      2025_y / feb / 18);
  const auto& attempt = event_with(g, "come");
  REQUIRE(attempt.time.start);
  REQUIRE(attempt.time.end);
  CHECK(*attempt.time.start == sys_days{2025_y / feb / 21});
  CHECK(*attempt.time.end == sys_days{2025_y / mar / 2});
  CHECK(attempt.title.find("earlier") == std::string::npos);
}

TEST_CASE("'for the first time since 2019' bounds a comparison, and the day dates the event", "[events][anchors]") {
  const auto g = graph_of_text(
      "Valencia reached the cup final for the first time since 2019 on Wednesday night, beating Getafe.", 2025_y / apr / 3);
  check_day(event_with(g, "reached"), 2025_y / apr / 2);
}

TEST_CASE("'an earlier attempt' and 'the next attempt' are two events, not one time", "[events][coreference]") {
  const auto g = graph_of_text(
      "An earlier attempt on Feb. 11 was scrubbed because of high winds. The agency said the next attempt would come no "
      "earlier than Friday.",
      2025_y / feb / 18);
  const auto& next = event_with(g, "come", "Next");
  REQUIRE(next.time.start);
  CHECK(*next.time.start == sys_days{2025_y / feb / 21});
}

TEST_CASE("'a winter storm' names a kind of storm, and a day on the verb's object dates the verb", "[events][anchors]") {
  const auto g = graph_of_text(
      "The ferry operator suspended all crossings between Tallinn and Helsinki on Wednesday after a winter storm damaged "
      "its terminal.",
      2024_y / mar / 14);
  check_day(event_with(g, "suspended"), 2024_y / mar / 13);
  for (const auto& timex : g.timexes) CHECK(timex.text != "winter");
}

TEST_CASE("a name used as the adjective of a verb's object noun is no actor of the verb", "[events][actors]") {
  const auto g = graph_of_text("The ferry operator Nordlink suspended all Baltic crossings on Wednesday.", 2024_y / mar / 14);
  const auto& suspended = event_with(g, "suspended");
  CHECK(has_actor(suspended, "nordlink"));
  CHECK_FALSE(has_actor(suspended, "baltic"));
  // a group named by its country stays: the troops are Russian
  const auto troops = graph_of_text("Ukraine repelled Russian troops near the border on Monday.", 2024_y / mar / 14);
  CHECK(has_actor(event_with(troops, "repelled"), "russian-troops"));
}

TEST_CASE("two dates joined by 'and' or 'or' after 'on' or 'in' span the event", "[events][anchors]") {
  const auto [text, verb, first, last] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Schools across the region were closed on Thursday and Friday.", "closed", 2023_y / may / 25, 2023_y / may / 26},
      {"The museum will reopen in June or July, its director said.", "reopen", 2023_y / jun / 1, 2023_y / jul / 31},
      {"Voters went to the polls on May 7 and May 21.", "went", 2023_y / may / 7, 2023_y / may / 21},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / may / 25);  // a Thursday
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == first);
  CHECK(*event.time.end == last);
}

TEST_CASE("two joined dates out of order, or after 'since', are no span", "[events][anchors]") {
  check_day(event_with(graph_of_text("Voters went to the polls on May 21 and May 7.", 2023_y / may / 25), "went"),
            2023_y / may / 21);
  const auto since = graph_of_text("Prices have risen since March and April.", 2023_y / may / 25);
  const auto& risen = event_with(since, "risen");
  REQUIRE(risen.time.start);
  CHECK(*risen.time.start == sys_days{2023_y / mar / 1});
}

TEST_CASE("a headline's present tense tells what has happened by the article's date", "[events][anchors]") {
  const sys_days dct = 2025_y / mar / 23;
  for (const auto& [headline, trigger] : std::vector<std::pair<std::string, std::string>>{
           {"Cholera cases surge in port city", "surge"},
           {"Ferry operator suspends crossings after storm", "suspends"},
           {"Drugmaker wins approval for Alzheimer's pill", "wins"}}) {
    CAPTURE(headline);
    const auto g = graph_of_text(headline + "\n\nOfficials gave no figures for the region.\n", dct);
    const auto& event = event_with(g, trigger);
    REQUIRE(event.time.end);
    CHECK(*event.time.end == dct);
  }
  // the same words in the body stay undated, and a planned headline is not the past
  const auto body = graph_of_text("Officials gave no figures.\n\nCholera cases surge in the port city.\n", dct);
  CHECK_FALSE(event_with(body, "surge").time.known());
  const auto planned = graph_of_text("Leaders to sign trade pact\n\nNo date was given.\n", dct);
  const auto& sign = event_with(planned, "sign");
  CHECK_FALSE(sign.time.end);
}

TEST_CASE("one title with dates that cannot both hold is two events, but a definite noun stays one", "[events][coreference]") {
  const auto g = graph_of_text(
      "Sarah Pembroke, who took over in April 2022, said trading had weakened. The bakery, which Pembroke took over in "
      "April, said sales fell.",
      2023_y / nov / 14);
  CHECK(events_with_mention(g, "took") == 2);
  const auto election = graph_of_text(
      "The Alliance won Sunday's snap election. Prime Minister Tomas Berger called the election in April.", 2025_y / jun / 2);
  const auto& won = event_with(election, "election");
  CHECK(won.mentions.size() == 2);
  check_day(won, 2025_y / jun / 1);
}

TEST_CASE("before or after a time of day is that day, and a participle's infinitive shares its date", "[events][anchors]") {
  const sys_days dct = 2024_y / mar / 26;
  const auto g = graph_of_text(
      "The bridge collapsed at 1:28 a.m. Two workers were rescued shortly after 2 a.m., and the port closed before 6 a.m.",
      dct);
  check_day(event_with(g, "rescued"), dct);
  const auto& closed = event_with(g, "closed");
  REQUIRE(closed.time.end);
  CHECK(*closed.time.end == dct);
  const auto storm = graph_of_text(
      "The typhoon slammed into Okinawa on Thursday, forcing airlines to cancel hundreds of flights.", 2023_y / may / 25);
  check_day(event_with(storm, "cancel"), 2023_y / may / 25);
}

TEST_CASE("an event noun's year dates the verb it is the subject of", "[events][anchors]") {
  const auto g = graph_of_text("A fire in 1996 closed the tunnel for six months.", 2024_y / jun / 1);
  const auto& closed = event_with(g, "closed");
  REQUIRE(closed.time.start);
  CHECK(*closed.time.start == sys_days{1996_y / jan / 1});
}

TEST_CASE("a past verb of a relative clause on a dated event noun happened then too", "[events][anchors]") {
  const sys_days dct = 2025_y / mar / 23;
  const auto g = graph_of_text("The city suffered a similar outbreak in 2017, which lasted five months and killed 300 people.", dct);
  for (const char* verb : {"lasted", "killed"}) {  // ("five months" is no subject of "killed")
    CAPTURE(verb);
    const auto& event = event_with(g, verb);
    REQUIRE(event.time.start);
    CHECK(*event.time.start == sys_days{2017_y / jan / 1});
  }
  // a verb not in the past is no part of that time: the crisis in 2008, which will shape policy for years
  const auto shapes = graph_of_text("Officials recalled the crisis in 2008, which will shape policy for years.", dct);
  const auto& shape = event_with(shapes, "shape");
  CHECK_FALSE((shape.time.start && *shape.time.start == sys_days{2008_y / jan / 1}));
}

TEST_CASE("a date after 'to' is where a verb sends an event, not when the verb happened", "[events][anchors]") {
  const sys_days dct = 2024_y / jun / 12;  // a Wednesday
  const auto [text, verb, noun, target] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"The vote was postponed to Friday after a long debate.", "postponed", "vote", 2024_y / jun / 14},
      {"The summit has been pushed back to March, officials said.", "pushed", "summit", 2025_y / mar / 1},
      {"Organisers moved the election to next Saturday.", "moved", "election", 2024_y / jun / 22},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& sending = event_with(g, verb);
  CHECK_FALSE((sending.time.start && *sending.time.start == target));
  const auto& sent = event_with(g, noun);
  REQUIRE(sent.time.start);
  CHECK(*sent.time.start == target);
  // "up to" is "until": an end, not a place the cut is sent to
  const auto until = graph_of_text("The company will cut jobs up to 2026.", dct);
  const auto& cut = event_with(until, "cut");
  REQUIRE(cut.time.end);
  CHECK(*cut.time.end == sys_days{2026_y / dec / 31});
}

TEST_CASE("an event not told in the past whose own date lies after the article's is planned", "[events][modality]") {
  const sys_days dct = 2024_y / jun / 12;
  const auto ahead = graph_of_text("The agency says the launch of the probe in October is on schedule.", dct);
  CHECK(event_with(ahead, "launch").modality == chronograph::graph::Modality::Planned);
  const auto done = graph_of_text("The agency says the launch of the probe in March went well.", dct);
  CHECK(event_with(done, "launch").modality == chronograph::graph::Modality::Actual);
}

TEST_CASE("a day closing its sentence on an event inside the object dates the undated main verb too", "[events][anchors]") {
  const sys_days dct = 2025_y / apr / 30;  // a Wednesday
  const auto [text, trigger, weekday] = GENERATE(table<std::string, std::string, date::weekday>({
      {"Ellen Harlow was declared the winner of the mayoral election on Tuesday night.", "declared", date::Tuesday},
      {"Officials lifted evacuation orders for the two towns threatened by the fire on Monday.", "lifted", date::Monday},
      {"The council approved funding for the repairs to the damaged bridge on Friday.", "approved", date::Friday},
  }));
  CAPTURE(text);
  const sys_days day = dct - (date::Wednesday - weekday);
  const auto& event = event_with(graph_of_text(text, dct), trigger);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
  // not a verb whose object the date is the time of
  const auto moved = graph_of_text("Organisers moved the final of the tournament to Saturday.", dct);
  CHECK_FALSE((event_with(moved, "moved").time.start && *event_with(moved, "moved").time.start > dct));
}

TEST_CASE("a weekday after an attempt that 'after' opens in a past clause is a past day, for every weekday", "[events][tense]") {
  const sys_days dct = 2026_y / jan / 2;  // a Friday
  const char* const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday"};
  const char* const frames[] = {"Orlandia finished second after failing to beat Ostrava on {}.",
                                "The bill died after failing to pass on {}.",
                                "He resigned before trying to win the vote on {}."};
  for (unsigned w = 0; w < 4; ++w) {
    const sys_days day = dct - (date::Friday - date::weekday{w + 1});
    for (const std::string frame : frames) {
      const std::string text = fmt::format(fmt::runtime(frame), weekdays[w]);
      INFO(text);
      const auto g = graph_of_text(text, dct);
      bool dated_that_day = false;
      for (const auto& e : g.events) dated_that_day = dated_that_day || (e.time.start && *e.time.start == day && e.time.end == e.time.start);
      CHECK(dated_that_day);
    }
  }
}

TEST_CASE("the event that is a passive verb's agent dates the verb", "[events][anchors]") {
  const sys_days dct = 2025_y / nov / 7;
  const auto [text, trigger, first] = GENERATE(table<std::string, std::string, sys_days>({
      {"The bridge had been flagged as unsafe by two inspections in the 1990s.", "flagged", 1990_y / jan / 1},
      {"The village was flooded by a storm in March 2019.", "flooded", 2019_y / mar / 1},
      {"Two shops were destroyed by a fire on 4 June 2021.", "destroyed", 2021_y / jun / 4},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), trigger);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == first);
}

TEST_CASE("a phase verb conjoined after a dated verb keeps the date of the activity it starts or stops", "[events][anchors]") {
  const sys_days dct = 2025_y / may / 15;
  const auto [text, trigger, first, last] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Kestrel learned of the problem in January and stopped selling the models on Feb. 28.", "stopped",
       2025_y / feb / 28, 2025_y / feb / 28},
      {"The band formed in 2010 and started touring in 2012.", "touring", 2012_y / jan / 1, 2012_y / dec / 31},
      {"The airline cut its fares in March and stopped flying to Oslo on April 3.", "stopped", 2025_y / apr / 3,
       2025_y / apr / 3},
      {"The mine closed in 2015 and resumed production in 2021.", "production", 2021_y / jan / 1, 2021_y / dec / 31},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), trigger);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == first);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == last);
}

TEST_CASE("a date right after a deadline that 'by' or 'after' opens bounds the verb, however the parser hangs it",
          "[events][anchors]") {
  const sys_days dct = 2021_y / dec / 5;  // a Sunday
  const auto [text, trigger, weekday] = GENERATE(table<std::string, std::string, date::weekday>({
      {"Lawmakers must pass the budget by the deadline on Monday.", "pass", date::Monday},
      {"The union will file its claim by the deadline on Thursday.", "file", date::Thursday},
      {"Dealers must sell the shares by the close on Friday.", "sell", date::Friday},
  }));
  CAPTURE(text);
  const sys_days day = dct + (weekday - date::Sunday);
  const auto& event = event_with(graph_of_text(text, dct), trigger);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == day);
  CHECK_FALSE((event.time.start && *event.time.start == day));
  const auto after = graph_of_text("Talks resumed after the deadline on Tuesday.", dct);
  const auto& resumed = event_with(after, "resumed");
  REQUIRE(resumed.time.start);
  CHECK(*resumed.time.start == sys_days{2021_y / dec / 1});  // the day after Tuesday, November 30
}

TEST_CASE("a past participle opening a sentence with its own date is an event, said in the passive of the clause's subject",
          "[events][anchors][titles]") {
  const sys_days dct = 2025_y / mar / 11;
  const auto [text, participle, title, year] = GENERATE(table<std::string, std::string, std::string, int>({
      {"Born in Oslo in 1941, Berg moved to Paris in 1960.", "Born", "Berg born in Oslo", 1941},
      {"Founded in 1887, the orchestra toured Asia in 1990.", "Founded", "Orchestra founded", 1887},
      {"Elected in 2006, the mayor resigned in 2011.", "Elected", "Mayor elected", 2006},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, participle);
  CHECK(event.title == title);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == sys_days{year_month_day{date::year{year}, jan, day{1}}});
}

TEST_CASE("a date inside a phrase that 'until' or 'after' opens bounds the verb as that word says", "[events][anchors]") {
  const sys_days dct = 2025_y / mar / 13;  // a Thursday
  // (the retirement is an event of 1998, and the post held until it ends by 1998's end)
  const auto held = solved_graph_of_text(
      "In 1986 she became the first woman to direct the museum, a post she held until her retirement in 1998.", dct);
  const auto& post = event_with(held, "held");
  REQUIRE(post.time.end);
  CHECK(*post.time.end == sys_days{1998_y / dec / 31});
  CHECK_FALSE((post.time.start && *post.time.start == sys_days{1998_y / jan / 1}));
  const auto jumped = graph_of_text("Prices jumped after the closure of the mine on Tuesday.", dct);
  const auto& jump = event_with(jumped, "jumped");
  REQUIRE(jump.time.start);
  CHECK(*jump.time.start == sys_days{2025_y / mar / 12});  // the day after Tuesday
  check_day(event_with(jumped, "closure"), 2025_y / mar / 11);
  // the parser may hang the date beside the phrase "since" opens, not inside it
  const auto seen = graph_of_text("Residents have not seen a flood like this since Hurricane Orla in 2017.", dct);
  const auto& see = event_with(seen, "seen");
  REQUIRE(see.time.start);
  CHECK(*see.time.start == sys_days{2017_y / jan / 1});
  REQUIRE(see.time.end);
  CHECK(*see.time.end == dct);
  // a date on the head of a "since" phrase, whatever the tagger makes of that head
  for (const auto& [text, trigger] : std::vector<std::pair<std::string, std::string>>{
           {"They have not lost a knockout match since the 2019 semi-final.", "lost"},
           {"The club has not won a trophy since the 2019 final.", "won"},
           {"Attendance has grown since the 2015 season.", "grown"}}) {
    INFO(text);
    const auto& since = event_with(graph_of_text(text, dct), trigger);
    REQUIRE(since.time.end);
    CHECK(*since.time.end == dct);
  }
  // "after" a thing in a year is some time that year, not after it
  const auto raised = graph_of_text("Insurers raised premiums after Hurricane Orla in 2022.", dct);
  CHECK_FALSE((event_with(raised, "raised").time.start && *event_with(raised, "raised").time.start > sys_days{2022_y / dec / 31}));
  const auto stayed = graph_of_text("Rates stayed at 5 percent until the central bank's review in June 2024.", dct);
  const auto& stay = event_with(stayed, "stayed");
  REQUIRE(stay.time.end);
  CHECK(*stay.time.end == sys_days{2024_y / jun / 30});
  // "through" a date is until its end
  const auto through = graph_of_text("The firm said demand for its chips would remain strong through 2027.", dct);
  const auto& remain = event_with(through, "remain");
  REQUIRE(remain.time.end);
  CHECK(*remain.time.end == sys_days{2027_y / dec / 31});
  CHECK_FALSE((remain.time.start && *remain.time.start == sys_days{2027_y / jan / 1}));
  CHECK(remain.title.starts_with("Demand"));
  // a date on the amount a comparison starts from is when that amount held
  const auto baseline = graph_of_text("Revenue rose to $2.4 billion, from $1.1 billion a year earlier.", dct);
  const auto& rose = event_with(baseline, "rose");
  CHECK_FALSE((rose.time.start && *rose.time.start < sys_days{2025_y / jan / 1}));
  REQUIRE(rose.time.end);
  CHECK(*rose.time.end == dct);  // told in the past: by the article's date
  // "through" a way is no time
  const auto tunnel = graph_of_text("The rebels entered the city through a 2015 tunnel.", dct);
  CHECK_FALSE((event_with(tunnel, "entered").time.end && *event_with(tunnel, "entered").time.end < dct));
}

TEST_CASE("a gerund right after a noun's 'of' is done by no one the clause names", "[events][titles]") {
  const auto g = graph_of_text(
      "A ceasefire between Kaldor and Tessin will take effect on Wednesday, ending more than 14 months of fighting "
      "along the northern border.",
      2024_y / nov / 26);
  CHECK(event_with(g, "fighting").title == "Fighting along northern border");
}

TEST_CASE("'it' does not stand for a noun that names its own verb's act", "[events][titles]") {
  const sys_days dct = 2024_y / nov / 26;
  const auto strike = graph_of_text("The strike is the union's second this year. In May it struck for two days.", dct);
  CHECK(event_with(strike, "struck").title.rfind("Strike", 0) != 0);
  const auto storm = graph_of_text("The storm is the third this year. It struck the coast on Monday.", dct);
  CHECK(event_with(storm, "struck").title == "Storm strikes coast");
}

TEST_CASE("a year that only says which thing a noun is dates no event", "[events][anchors]") {
  const sys_days dct = 2025_y / jun / 6;
  const auto fine = graph_of_text("The court upheld a fine imposed on the firm for a 2021 leak of oil.", dct);
  const auto& imposed = event_with(fine, "imposed");
  CHECK_FALSE((imposed.time.start && *imposed.time.start == sys_days{2021_y / jan / 1}));
  // a time preposition before the phrase still dates the verb: "won in the 2021 season"
  const auto season = graph_of_text("The club won the title in the 2021 season.", dct);
  const auto& won = event_with(season, "won");
  REQUIRE(won.time.start);
  CHECK(*won.time.start == sys_days{2021_y / jan / 1});
}

TEST_CASE("an actual event told in the present progressive, or beside 'now', is going on at the article's date",
          "[events][anchors]") {
  const sys_days dct = 2025_y / mar / 19;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Harlow Foods is recalling 40,000 jars of peanut butter.", "recalling"},
      {"Firefighters are battling a blaze on the northern ridge.", "battling"},
      {"The union now represents 12,000 nurses.", "represents"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  CHECK(event.time.going_on());
  CHECK(event.time.source == chronograph::graph::TimeSource::Dct);
  CHECK_FALSE(event.time.known());  // no bound of its own: it may have begun long before
}

TEST_CASE("other tenses, a negation and a date of its own are not 'going on'", "[events][anchors]") {
  const sys_days dct = 2025_y / mar / 19;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Firefighters were battling a blaze on the northern ridge.", "battling"},
      {"Firefighters will be battling the blaze for days.", "battling"},
      {"Harlow Foods recalled 40,000 jars of peanut butter.", "recalled"},
      {"The union represents 12,000 nurses.", "represents"},
      {"Harlow Foods is not recalling its peanut butter.", "recalling"},
      {"The council has now approved the budget.", "approved"},
      {"The ministers are meeting in Geneva on Friday.", "meeting"},
  }));
  CAPTURE(text);
  CHECK_FALSE(event_with(graph_of_text(text, dct), trigger).time.going_on());
}

TEST_CASE("a verb's object event is not dated by the verb's date, unless the verb is part of it", "[events][anchors]") {
  const sys_days dct = 2025_y / mar / 19;
  const auto fault = graph_of_text("Inspectors found the fault in February. Engineers said the fault was serious.", dct);
  CHECK(event_with(fault, "found").time.start == sys_days{2025_y / feb / 1});
  CHECK_FALSE(event_with(fault, "fault", "Fault").time.known());
  const auto outbreak = graph_of_text("Health officials reported the outbreak on Monday.", dct);
  CHECK_FALSE(event_with(outbreak, "outbreak").time.known());
  // a verb that happens with its object dates it ("launched an offensive", "held talks")
  const auto offensive = graph_of_text("Rebels launched an offensive in February.", dct);
  CHECK(event_with(offensive, "offensive").time.start == sys_days{2025_y / feb / 1});
  // the noun of a phrase the date follows happened then ("at the summit in June")
  const auto summit = graph_of_text("The leaders signed the accord at their Lisbon summit in June.", dct);
  CHECK(event_with(summit, "summit").time.start == sys_days{2024_y / jun / 1});
}

TEST_CASE("a time after 'due' dates the noun before it, not the clause's verb", "[events][anchors]") {
  const sys_days dct = 2025_y / nov / 7;
  const auto g = graph_of_text("The scandal has shaken the party ahead of a general election due next spring.", dct);
  const auto& shaken = event_with(g, "shaken");
  CHECK_FALSE(shaken.time.start);
  CHECK(shaken.title.find("due") == std::string::npos);
  const auto& election = event_with(g, "election");
  REQUIRE(election.time.start);
  CHECK(*election.time.start == sys_days{2026_y / mar / 1});
}

namespace {

// The value of the month `m` (1-12) that `text_of` writes into a text dated `dct`.
std::string month_value_in(unsigned m, const std::function<std::string(const std::string&)>& text_of, sys_days dct) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  const std::string name = kMonths[m - 1];
  const auto g = graph_of_text(text_of(name), dct);
  const auto found = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text == name; });
  return found == g.timexes.end() ? std::string("none") : found->value;
}

std::string month_in(int year, unsigned m) { return fmt::format("{}-{:02}", year, m); }

}  // namespace

TEST_CASE("a month hung on a simple past that is no verb of saying is the last one begun", "[events][anchors]") {
  for (unsigned m = 1; m <= 12; ++m) {
    INFO(m);
    const auto trial = [](const std::string& name) { return "The trial, which began in " + name + ", heard 63 witnesses."; };
    CHECK(month_value_in(m, trial, 2025_y / nov / 7) == month_in(m <= 11 ? 2025 : 2024, m));
  }
}

TEST_CASE("a month hung on a noun a simple past takes is that verb's, the last one begun", "[events][anchors]") {
  const auto quit = [](const std::string& name) { return "The country withdrew from the agreement in " + name + "."; };
  const auto relative = [](const std::string& name) {
    return "The United States, which withdrew from the Paris Agreement in " + name + ", sent no delegation.";
  };
  for (unsigned m = 1; m <= 12; ++m) {
    INFO(m);
    const std::string expected = month_in(m <= 11 ? 2025 : 2024, m);
    CHECK(month_value_in(m, quit, 2025_y / nov / 23) == expected);
    CHECK(month_value_in(m, relative, 2025_y / nov / 23) == expected);
  }
  // a thing held on a date may lie ahead: agreed (in November) to a summit in January; so may a
  // verb's object or a farther noun ("priced in a rate cut in December", "took bookings for the
  // holidays in December")
  const auto summit = [](const std::string& name) { return "The sides agreed to a summit in " + name + "."; };
  CHECK(month_value_in(1, summit, 2025_y / nov / 23) == "2026-01");
  const auto priced = [](const std::string& name) { return "Investors priced in a rate cut in " + name + "."; };
  CHECK(month_value_in(12, priced, 2025_y / nov / 20) == "2025-12");
  const auto bookings = [](const std::string& name) { return "The hotel took bookings for the holidays in " + name + "."; };
  CHECK(month_value_in(12, bookings, 2025_y / nov / 20) == "2025-12");
}

TEST_CASE("a season an infinitive asked of someone names is the next one to come", "[events][anchors]") {
  const sys_days dct = 2023_y / mar / 15;
  const auto season_of = [&](const std::string& text) {
    const auto g = graph_of_text(text, dct);
    const auto found = std::find_if(g.timexes.begin(), g.timexes.end(), [](const auto& t) { return t.text == "the summer"; });
    return found == g.timexes.end() ? std::string("none") : found->value;
  };
  CHECK(season_of("Investigators urged the railroad to inspect the rail before the summer.") == "2023-SU");
  CHECK(season_of("Regulators asked the owners of the dam to repair it before the summer.") == "2023-SU");
  CHECK(season_of("The railroad inspected the rail in the summer.") == "2022-SU");
  // what a verb of causing brought about has happened: "forced airlines to cancel flights"
  const auto g = graph_of_text("The storm forced airlines to cancel flights on Tuesday.", 2025_y / nov / 19);
  const auto& cancel = event_with(g, "cancel");
  REQUIRE(cancel.time.start);
  CHECK(*cancel.time.start == sys_days{2025_y / nov / 18});
}

TEST_CASE("a month hung on a verb with 'will' is the next one to come", "[events][anchors]") {
  const auto summit = [](const std::string& name) { return "The summit will take place in " + name + "."; };
  const auto plant = [](const std::string& name) { return "The plant will close in " + name + "."; };
  for (unsigned m = 1; m <= 12; ++m) {
    INFO(m);
    const std::string expected = month_in(m >= 6 ? 2025 : 2026, m);
    CHECK(month_value_in(m, summit, 2025_y / jun / 7) == expected);
    CHECK(month_value_in(m, plant, 2025_y / jun / 7) == expected);
  }
  // one end of a span or one of two choices keeps its year with the other's
  const auto g = graph_of_text("The vote will be held between May and July. The minister will decide in May or June.",
                               2024_y / jun / 8);
  for (const char* trigger : {"held", "decide"}) {
    const auto& event = event_with(g, trigger);
    REQUIRE(event.time.start);
    CHECK(*event.time.start == sys_days{2024_y / may / 1});
  }
}

TEST_CASE("a month hung on a possibility ahead is the next one to come, but not a past ability or a past report's", "[events][anchors]") {
  const sys_days dct = 2025_y / may / 15;
  for (const std::string modal : {"may", "might", "could"}) {
    const auto possible = [&](const std::string& name) { return "Mortgage rates " + modal + " fall in " + name + "."; };
    const auto back_by = [&](const std::string& name) { return "The striker " + modal + " be back in training by " + name + "."; };
    for (unsigned m = 1; m <= 12; ++m) {
      INFO(modal << " " << m);
      const std::string expected = month_in(m >= 5 ? 2025 : 2026, m);
      CHECK(month_value_in(m, possible, dct) == expected);
      CHECK(month_value_in(m, back_by, dct) == expected);
    }
  }
  // "could not", "could have" and a possibility reported in the past keep the month slack back
  for (const std::string text : {"He could not sign the deal in ", "He could have signed the deal in ",
                                  "He said last year that he could close the plant in ",
                                  "Back then, farmers could sell their crops in ", "Until last year, fans could buy tickets in "}) {
    CAPTURE(text);
    CHECK(month_value_in(3, [&](const std::string& name) { return text + name + "."; }, dct) == "2025-03");
  }
}

TEST_CASE("a month in an -ing clause takes the tense of the verb the clause hangs on", "[events][anchors]") {
  // the -ing clause alone has no tense: the month follows the main verb, as in a clause of its own
  const auto past_ing = [](const std::string& name) { return "The index closed at a record, climbing 40% from a low in " + name + "."; };
  const auto past = [](const std::string& name) { return "The index climbed 40% from a low in " + name + "."; };
  const auto future_ing = [](const std::string& name) { return "The plant will close soon, laying off 300 workers in " + name + "."; };
  const auto future = [](const std::string& name) { return "The plant will lay off 300 workers in " + name + "."; };
  for (unsigned m = 1; m <= 12; ++m) {
    INFO(m);
    for (const sys_days dct : {sys_days{2025_y / jun / 15}, sys_days{2025_y / nov / 7}}) {
      CHECK(month_value_in(m, past_ing, dct) == month_value_in(m, past, dct));
      CHECK(month_value_in(m, future_ing, dct) == month_value_in(m, future, dct));
    }
  }
  CHECK(month_value_in(10, past_ing, 2025_y / jun / 15) == "2024-10");
  CHECK(month_value_in(2, future_ing, 2025_y / jun / 15) == "2026-02");
  // (the month hangs on the workers laid off, and they are laid off when the verb ahead is)
  CHECK(month_value_in(4, future, 2025_y / jun / 15) == "2026-04");
  CHECK(month_value_in(9, future, 2025_y / nov / 7) == "2026-09");
}

TEST_CASE("an event in a span counted from the article's date lies in that span", "[events][anchors]") {
  const sys_days dct = 2024_y / mar / 14;
  const auto g = graph_of_text(
      "The regulator will rule on the tariff in the coming weeks. Grain prices doubled over the past three years. "
      "Bread prices rose in recent days after the mill closed.", dct);
  const auto& rule = event_with(g, "rule");
  REQUIRE(rule.time.start);
  REQUIRE(rule.time.end);
  CHECK(*rule.time.start == dct);
  CHECK(*rule.time.end == dct + date::days{56});
  const auto& doubled = event_with(g, "doubled");
  REQUIRE(doubled.time.start);
  CHECK(*doubled.time.start == sys_days{2021_y / mar / 14});
  const auto& rose = event_with(g, "rose");
  REQUIRE(rose.time.start);
  CHECK(*rose.time.start == dct - date::days{14});
  // the closing came before the rise, not necessarily within those days
  const auto& closed = event_with(g, "closed");
  CHECK_FALSE(closed.time.start);
}

TEST_CASE("'before the end of' a period bounds an event by the period's last day", "[events][anchors]") {
  const sys_days dct = 2025_y / jan / 15;
  const auto g = graph_of_text("The mine must close before the end of the month. The fund opened before the start of the year.", dct);
  const auto& close = event_with(g, "close");
  REQUIRE(close.time.end);
  CHECK(*close.time.end == sys_days{2025_y / jan / 31});
  const auto& opened = event_with(g, "opened");
  REQUIRE(opened.time.end);
  CHECK(*opened.time.end == sys_days{2024_y / dec / 31});
}

TEST_CASE("a state a verb of staying keeps is part of that event, not one of its own", "[events][coreference]") {
  const auto g = graph_of_text("Schools in the district will stay closed until at least Thursday.", 2023_y / oct / 16);
  const auto& stay = event_with(g, "stay");
  CHECK(stay.title == "Schools stay closed");
  REQUIRE(events_with_mention(g, "closed") == 1);  // the model finds the state
  CHECK(has_mention(stay, "closed"));
}

TEST_CASE("'the following weeks' count from the story, and 'before late June' ends before June's last third", "[events][anchors]") {
  const sys_days dct = 2024_y / mar / 14;
  const auto g = graph_of_text(
      "The quake struck in 2019, and aftershocks continued over the following weeks. The port closed before late June.", dct);
  const auto& continued = event_with(g, "continued");
  CHECK_FALSE(continued.time.start == dct);
  const auto& closed = event_with(g, "closed");
  REQUIRE(closed.time.end);
  CHECK(*closed.time.end < sys_days{2023_y / jun / 30});
}

TEST_CASE("a date after 'for' on an active verb with an object is the object's time", "[events][anchors]") {
  const sys_days dct = 2025_y / oct / 23;  // a Thursday
  const auto raised = graph_of_text("The company raised its outlook for 2026.", dct);
  const auto& raise = event_with(raised, "raised");
  CHECK_FALSE((raise.time.start && *raise.time.start == sys_days{2026_y / jan / 1}));
  CHECK(raise.title == "Company raises outlook");
  // the object that is an event takes the date
  const auto scheduled = graph_of_text("Officials scheduled the vote for Friday.", dct);
  check_day(event_with(scheduled, "vote"), 2025_y / oct / 24);
  CHECK_FALSE(event_with(scheduled, "scheduled").time.start.has_value());
  // "the rest of the year": the title leaves the part out with its preposition
  const auto rest = graph_of_text("The company raised its outlook for the rest of the year.", dct);
  const auto& raised_rest = event_with(rest, "raised");
  CHECK(raised_rest.title == "Company raises outlook");
  CHECK_FALSE(raised_rest.time.start.has_value());
  REQUIRE(raised_rest.time.end);
  CHECK(*raised_rest.time.end == dct);
  // a passive verb keeps it: the setting names when the meeting is
  const auto set = graph_of_text("The hearing was scheduled for 2026.", dct);
  const auto& hearing = event_with(set, "scheduled");
  REQUIRE(hearing.time.start);
  CHECK(*hearing.time.start == sys_days{2026_y / jan / 1});
}

TEST_CASE("a comparison's standard is no event, and a date in its clause dates the event compared", "[events][anchors]") {
  const sys_days dct = 2021_y / dec / 4;  // a Saturday
  const auto [text, verb, standard, first] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"Exports fell less than analysts had expected in April.", "fell", "expected", 2021_y / apr / 1},
      {"Prices climbed faster than forecast in May.", "climbed", "forecast", 2021_y / may / 1},
      {"Sales rose more than expected in March, the company said.", "rose", "expected", 2021_y / mar / 1},
      {"As expected, the central bank raised rates on Thursday.", "raised", "expected", 2021_y / dec / 2},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& compared = event_with(g, verb);
  REQUIRE(compared.time.start);
  CHECK(*compared.time.start == first);
  CHECK(events_with_mention(g, standard) == 0);
}

TEST_CASE("a verb of expecting with its own object stays an event", "[events][anchors]") {
  const auto g = graph_of_text("Investors expected a rate cut in May.", 2021_y / dec / 4);
  CHECK(event_with(g, "expected").title == "Investors expect rate cut");
  // so does one with what it hopes for, and one after "such as"
  const auto hoped = graph_of_text("Stocks rallied on Monday as traders hoped for a rate cut.", 2021_y / dec / 4);
  CHECK(event_with(hoped, "hoped").title == "Traders hope for rate cut");
}

TEST_CASE("a date on what a past verb aimed at ('sued to stop the deal in February') dates the verb, not the aim's object", "[events][anchors]") {
  const sys_days dct = 2026_y / oct / 14;
  const auto sued = graph_of_text("The regulator sued to stop the merger in February. The merger was announced last year.", dct);
  const auto& suit = event_with(sued, "sued");
  CHECK(suit.time.start == sys_days{2026_y / feb / 1});
  CHECK(suit.time.end == sys_days{2026_y / feb / 28});
  CHECK(has_mention(suit, "stop"));
  const auto& merger = event_with(sued, "merger", "Merger");
  CHECK_FALSE(merger.time.start == sys_days{2026_y / feb / 1});
  CHECK(merger.modality == chronograph::graph::Modality::Actual);
  // an end that is only aimed at does not end its object then
  const auto vote = graph_of_text("The union threatened to end the strike. Workers voted to end the strike on Friday.", dct);
  CHECK(event_with(vote, "voted").time.start == sys_days{2026_y / oct / 9});
  CHECK_FALSE(event_with(vote, "strike", "Strike").time.end == sys_days{2026_y / oct / 9});
  // an end that happened still ends its event by the date
  const auto ended = graph_of_text("The strike ended on Friday.", dct);
  CHECK(event_with(ended, "ended").time.end == sys_days{2026_y / oct / 9});
  CHECK_FALSE(event_with(ended, "ended").time.start);
}

TEST_CASE("an event dated by its start runs to the date its end gives, and the end's modality stays the end's", "[events][anchors]") {
  const sys_days dct = 2026_y / sep / 17;  // a Thursday
  const auto [text, noun, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The walkout began on Monday and will end on Saturday.", "walkout", 2026_y / sep / 14, 2026_y / sep / 19},
      // not to end until a day is to end that day
      {"The walkout began on Monday and will not end until Saturday.", "walkout", 2026_y / sep / 14, 2026_y / sep / 19},
      {"The blockade started on August 3 and ended on September 1.", "blockade", 2026_y / aug / 3, 2026_y / sep / 1},
      {"The protests began in June and ended in late August.", "protests", 2026_y / jun / 1, 2026_y / aug / 31},
      // carried on until a time, it ends then
      {"The strike began in February and continued until May.", "strike", 2026_y / feb / 1, 2026_y / may / 31},
      {"The blockade began in March and continued until July.", "blockade", 2026_y / mar / 1, 2026_y / jul / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, noun);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == start);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == end);
  CHECK(event.modality == chronograph::graph::Modality::Actual);
  // a possible end of an event going on leaves the event actual
  const auto ending = graph_of_text("The strike could end on Friday.", dct);
  CHECK(event_with(ending, "strike").modality == chronograph::graph::Modality::Actual);
  // but a completion is where the event happens at all
  const auto completing = graph_of_text("The two grocers could complete the merger in March.", dct);
  CHECK(event_with(completing, "merger").modality == chronograph::graph::Modality::Possible);
  // a possible end, a negated one, or a stop put to something else ends nothing
  for (const char* other : {"The walkout began on Monday and could end on Saturday.",
                            "The walkout began on Monday and will not end on Saturday.",
                            "The storm began on Monday and stopped traffic on Wednesday."}) {
    CAPTURE(other);
    const auto g2 = graph_of_text(other, dct);
    const auto& first = event_with(g2, other[4] == 'w' ? "walkout" : "storm");
    CHECK(first.time.end == sys_days{2026_y / sep / 14});
  }
  // an end before the start says nothing of this event's span
  const auto odd = graph_of_text("The ceasefire began on Monday. The war had ended in 2019.", dct);
  CHECK(event_with(odd, "ceasefire").time.end == sys_days{2026_y / sep / 14});
}

TEST_CASE("a date said before the word that opens a clause dates the clause's host, not the clause", "[events][anchors]") {
  const sys_days dct = 2026_y / oct / 14;  // a Wednesday
  const auto g = graph_of_text(
      "Firefighters evacuated more than 2,000 people from villages along the Orla river overnight after it burst its banks "
      "late on Sunday, officials said.",
      dct);
  check_day(event_with(g, "burst"), 2026_y / oct / 11);
  const auto& moved = event_with(g, "evacuated");
  REQUIRE(moved.time.start);
  CHECK(*moved.time.start == sys_days{2026_y / oct / 13});
}

TEST_CASE("an event shortly before or after a time of day is on that day", "[events][anchors]") {
  const sys_days dct = 2023_y / mar / 15;
  for (const std::string close : {"shortly", "soon", "just", "minutes"}) {
    for (const std::string side : {"after", "before"}) {
      INFO(close << " " << side);
      const auto g = graph_of_text("The train left the tracks " + close + " " + side + " 9 p.m. on February 11.", dct);
      const auto& left = event_with(g, "left");
      REQUIRE(left.time.start);
      REQUIRE(left.time.end);
      CHECK(*left.time.start == sys_days{2023_y / feb / 11});
      CHECK(*left.time.end == sys_days{2023_y / feb / 11});
    }
  }
  // without such a word, "after" leaves the end open
  const auto open = graph_of_text("The crew arrived after 9 p.m. on February 12.", dct);
  const auto& arrived = event_with(open, "arrived");
  REQUIRE(arrived.time.start);
  CHECK(*arrived.time.start == sys_days{2023_y / feb / 12});
  CHECK(arrived.time.end != arrived.time.start);
}

TEST_CASE("a day that closes a reporting period dates the period, not the report of it", "[events][anchors]") {
  const auto [period, closer] = GENERATE(table<std::string, std::string>({
      {"the three months", "ended"}, {"the quarter", "ended"}, {"the nine months", "ending"}, {"the quarter", "ended on"}}));
  const std::string text = "Halden Freight reported a net loss of $85 million for " + period + " " + closer +
                           " September 30, compared with a profit a year earlier.";
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / nov / 14);
  const auto& reported = event_with(g, "reported");
  CHECK_FALSE(reported.time.start == sys_days{2023_y / sep / 30});
  const auto& loss = event_with(g, "loss");
  REQUIRE(loss.time.end);
  CHECK(*loss.time.end == sys_days{2023_y / sep / 30});
}

TEST_CASE("a verb with a date of its own is an event, the model's or not", "[events][triggers]") {
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Lopez said the team would replace the sensor overnight and run a full check on Friday morning.", "run",
       2024_y / mar / 8},
      {"The crew will paint the hull on Monday and fit new engines on Tuesday.", "fit", 2024_y / mar / 12},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / mar / 7);  // a Thursday
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
  // "there was" says that its noun happened then
  const auto there = graph_of_text("There was a fire on Monday.", 2024_y / mar / 7);
  CHECK(events_with_mention(there, "was") == 0);
  const auto& fire = event_with(there, "fire");
  REQUIRE(fire.time.start);
  CHECK(*fire.time.start == sys_days{2024_y / mar / 4});
}

TEST_CASE("the event noun a dated 'have' takes is an event, negated by its 'no' or not", "[events][triggers]") {
  const auto [text, trigger, polarity] = GENERATE(table<std::string, std::string, std::string>({
      {"The region had no rain for six weeks.", "rain", "NEG"},
      {"The valley has had no rain since March.", "rain", "NEG"},
      {"The city had heavy snow in January.", "snow", "POS"},
      {"Farmers in the north had a drought in 2022.", "drought", "POS"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jun / 14);
  CHECK(event_with(g, trigger).polarity == polarity);
}

TEST_CASE("what a 'have' takes is no event when it names none or has no date", "[events][triggers]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"The company had 300 staff in 2019.", "staff"},
      {"The firm had no comment on Monday.", "comment"},
      {"The region had no rain.", "rain"},
  }));
  CAPTURE(text);
  CHECK(events_with_mention(graph_of_text(text, 2025_y / jun / 14), noun) == 0);
}

TEST_CASE("a change from an amount at one date to an amount at another spans the two dates", "[events][anchors]") {
  const auto [text, trigger, first, last] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Vaccination rates had fallen from 95 percent in 2019 to 86 percent last year.", "fallen", 2019_y / jan / 1,
       2023_y / dec / 31},
      {"Unemployment rose from 4.1 percent in January to 6 percent in June.", "rose", 2024_y / jan / 1, 2024_y / jun / 30},
      {"The company grew from 3,000 workers in 2015 to 12,000 workers in 2022.", "grew", 2015_y / jan / 1, 2022_y / dec / 31},
      // a noun naming the first amount
      {"Cases fell from a peak of 61 in March to 19 in June.", "fell", 2024_y / mar / 1, 2024_y / jun / 30},
      {"Unemployment dropped from a record high of 9.4 percent in 2020 to 5 percent in 2023.", "dropped",
       2020_y / jan / 1, 2023_y / dec / 31},
      {"Output climbed from a low of 40 tonnes in February to 75 tonnes in May.", "climbed", 2024_y / feb / 1,
       2024_y / may / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / aug / 26);
  const auto& change = event_with(g, trigger);
  REQUIRE(change.time.start);
  REQUIRE(change.time.end);
  CHECK(*change.time.start == first);
  CHECK(*change.time.end == last);
  // two dates of two amounts that no "from" opens are no span
  const auto apart = graph_of_text("Sales were 5 million in 2019 and profits fell to 2 million in 2022.", 2024_y / aug / 26);
  const auto& fell = event_with(apart, "fell");
  REQUIRE(fell.time.start);
  CHECK(*fell.time.start == sys_days{2022_y / jan / 1});
  // nor a "from" on another word than the amount's name ("returned from a trip of 10 days")
  const auto trip = graph_of_text("She returned from a trip of 10 days in March to a meeting in June.", 2024_y / aug / 26);
  const auto& returned = event_with(trip, "returned");
  REQUIRE(returned.time.start);
  CHECK(*returned.time.start == sys_days{2024_y / mar / 1});
  CHECK(*returned.time.end == sys_days{2024_y / mar / 31});
}

TEST_CASE("a day on a ranked thing dates the verb, and a 'since' date bounds the ranking", "[events][anchors]") {
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Varga led the first round on March 24.", "led", 2024_y / mar / 24},
      {"Hollo won the last debate on Friday.", "won", 2024_y / apr / 5},
      {"The team played its final match on Sunday.", "played", 2024_y / apr / 7},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / apr / 8);  // a Monday
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
  // "the highest level since 1982": no date of the reaching
  const auto since = graph_of_text("Inflation reached its highest level since 1982.", 2024_y / apr / 8);
  CHECK_FALSE(event_with(since, "reached").time.start == sys_days{1982_y / jan / 1});
}

TEST_CASE("a period's own verb 'ended' keeps its date", "[events][anchors]") {
  const auto g = graph_of_text("The hunting season ended on Sunday.", 2024_y / mar / 20);  // a Wednesday
  const auto& ended = event_with(g, "ended");
  REQUIRE(ended.time.start);
  CHECK(*ended.time.start == sys_days{2024_y / mar / 17});
}

TEST_CASE("a past perfect's month or day a little after the article's date is the one before it", "[events][anchors]") {
  static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
  const auto [verb, sentence] = GENERATE(table<std::string, std::string>({
      {"received", "The company had received complaints in {}."},
      {"warned", "The firm had warned investors in {}."},
      {"warned", "Investors had been warned in {}."},
      {"visited", "She had visited the plant on {} 20."},
  }));
  for (unsigned dct_month = 1; dct_month <= 12; ++dct_month) {
    const year_month_day dct{2024_y / month{dct_month} / 15};
    for (unsigned ahead = 1; ahead <= 2; ++ahead) {
      const year_month target = year_month{dct.year(), dct.month()} + months{ahead} - years{1};
      const std::string text = fmt::format(fmt::runtime(sentence), kMonths[static_cast<unsigned>(target.month()) - 1]);
      CAPTURE(text, dct);
      const auto g = graph_of_text(text, sys_days{dct});
      const auto& event = event_with(g, verb);
      REQUIRE(event.time.start);
      CHECK(year_month_day{*event.time.start}.year() == target.year());
      CHECK(year_month_day{*event.time.start}.month() == target.month());
    }
  }
  // a present perfect takes no past time of its own: the time is what it governs, which may lie ahead
  const sys_days march_1 = 2024_y / mar / 1;
  const auto ceremony = graph_of_text("Albright has invited the ministers to a ceremony on March 12.", march_1);
  REQUIRE(event_with(ceremony, "ceremony").time.start);
  CHECK(*event_with(ceremony, "ceremony").time.start == sys_days{2024_y / mar / 12});
  // a past perfect's "until" names where it ends, which may be ahead
  const auto adjourned = graph_of_text("The judge had adjourned the case until March 12.", march_1);
  REQUIRE(event_with(adjourned, "adjourned").time.end);
  CHECK(*event_with(adjourned, "adjourned").time.end == sys_days{2024_y / mar / 12});
  const auto action = graph_of_text("The union has not ruled out further action in April.", march_1);
  REQUIRE(event_with(action, "ruled").time.start);
  CHECK(*event_with(action, "ruled").time.start == sys_days{2024_y / apr / 1});
}

TEST_CASE("a weekday before a possessive dates its noun and the preposition before it is the noun's", "[events][anchors]") {
  static const char* kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2021_y / dec / 4;  // a Saturday
  for (unsigned back = 1; back <= 6; ++back) {
    const sys_days day = dct - days{back};
    const std::string name = kDays[weekday{day}.c_encoding()];
    const std::string text = "The minister resigned a day after " + name + "'s vote.";
    CAPTURE(text);
    const auto g = graph_of_text(text, dct);
    const auto& vote = event_with(g, "vote");
    REQUIRE(vote.time.start);
    CHECK(*vote.time.start == day);
    REQUIRE(vote.time.end);
    CHECK(*vote.time.end == day);
  }
}

TEST_CASE("a date on the calendar beside 'now' dates the event and 'now' does not", "[events][anchors]") {
  const sys_days dct = 2024_y / mar / 14;  // a Thursday
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The election will now be held on May 2.", "held", 2024_y / may / 2},
      {"The match will now be played on Sunday.", "played", 2024_y / mar / 17},
      {"She said the march would now take place on Saturday, March 23.", "take", 2024_y / mar / 23},
      {"The final will now take place on Tuesday.", "take", 2024_y / mar / 19},
      {"The final is now scheduled for Tuesday.", "scheduled", 2024_y / mar / 19},
      {"The election is now set for May 2.", "set", 2024_y / may / 2},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
  CHECK_FALSE(event.time.going_on());
  // beside the present, a date is a comparison's, and "now" still dates the event
  const auto shares = graph_of_text("Shares are now trading at $5, down from $10 in March.", dct);
  CHECK(event_with(shares, "trading").time.going_on());
}

TEST_CASE("a stop named with its activity titles the event and says how it stands", "[events][aspectual]") {
  const sys_days dct = 2024_y / sep / 17;
  const auto [text, trigger, title, modality] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The airline stopped flying to Moscow in March.", "stopped", "Airline stops flying to Moscow", "actual"},
      {"The bank ceased trading on Friday.", "ceased", "Bank ceases trading", "actual"},
      {"The mill halted operations at the plant in May.", "halted", "Mill halts operations at plant", "actual"},
      // (not "Customers should stop using the kettles": advice to readers is no event, advice.h)
      {"The regulator said the company should stop selling the kettles.", "stop", "Company should stop selling kettles",
       "hypothetical"},
      // a stop negated until a time is the activity's, which went on till then
      {"The company did not stop selling the product until March.", "selling", "Company sells product", "actual"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  CHECK(event.title == title);
  CHECK(chronograph::graph::to_string(event.modality) == modality);
}

TEST_CASE("a time after a noun that 'after' opens is that noun's when the verb has a time of its own", "[events][anchors]") {
  const sys_days dct = 2024_y / jun / 20;  // a Thursday
  const auto [text, verb, noun, verb_day, noun_start, noun_end] =
      GENERATE(table<std::string, std::string, std::string, sys_days, sys_days, sys_days>({
          {"The council closed the bridge on Wednesday after an inspection last week.", "closed", "inspection",
           2024_y / jun / 19, 2024_y / jun / 10, 2024_y / jun / 16},
          {"The council closed the road on Wednesday after a flood last week.", "closed", "flood", 2024_y / jun / 19,
           2024_y / jun / 10, 2024_y / jun / 16},
          {"Blackford Rovers sacked manager Tom Dale on Monday after a home defeat at the weekend.", "sacked", "defeat",
           2024_y / jun / 17, 2024_y / jun / 15, 2024_y / jun / 16},
          {"Police arrested two men on Tuesday following a robbery in May.", "arrested", "robbery", 2024_y / jun / 18,
           2024_y / may / 1, 2024_y / may / 31},
      }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& dated = event_with(g, verb);
  REQUIRE(dated.time.start);
  CHECK(*dated.time.start == verb_day);
  const auto& earlier = event_with(g, noun);
  REQUIRE(earlier.time.start);
  CHECK(*earlier.time.start == noun_start);
  CHECK(*earlier.time.end == noun_end);
}

TEST_CASE("a weekday in a past-tense condition on a modal clause lies ahead", "[events][anchors]") {
  static const char* kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2024_y / dec / 4;  // a Wednesday
  for (unsigned ahead = 0; ahead < 7; ++ahead) {  // (the DCT's own weekday is the DCT)
    const sys_days day = dct + days{ahead};
    const std::string name = kDays[weekday{day}.c_encoding()];
    for (const std::string& text : {"The strike could be called off if the union accepted the offer on " + name + ".",
                                   "The strike would go ahead unless the firms made a new offer on " + name + "."}) {
      CAPTURE(text);
      const auto g = graph_of_text(text, dct);
      const auto& condition = event_with(g, text.find("accepted") != std::string::npos ? "accepted" : "made");
      REQUIRE(condition.time.start);
      CHECK(*condition.time.start == day);
    }
  }
  // a counterfactual ("had accepted ... would have") tells of a day gone by
  const auto past = graph_of_text("If the union had accepted the offer on Friday, the strike would have been avoided.", dct);
  REQUIRE(event_with(past, "accepted").time.start);
  CHECK(*event_with(past, "accepted").time.start == sys_days{2024_y / nov / 29});
}

TEST_CASE("a date after the object of a verb of promising dates the promised thing ahead", "[events][anchors]") {
  const sys_days dct = 2024_y / dec / 4;
  const auto [text, verb, thing, start, end] = GENERATE(table<std::string, std::string, std::string, sys_days, sys_days>({
      {"The president promised a referendum next year.", "promised", "referendum", 2025_y / jan / 1, 2025_y / dec / 31},
      {"The union threatened further strikes in January.", "threatened", "strikes", 2025_y / jan / 1, 2025_y / jan / 31},
      {"The minister promised reforms in March.", "promised", "reforms", 2025_y / mar / 1, 2025_y / mar / 31},
      {"The rebels vowed an offensive in the spring.", "vowed", "offensive", 2025_y / mar / 1, 2025_y / may / 31},
      {"The council threatened a vote in February.", "threatened", "vote", 2025_y / feb / 1, 2025_y / feb / 28},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& promised = event_with(g, thing);
  REQUIRE(promised.time.start);
  REQUIRE(promised.time.end);
  CHECK(*promised.time.start == start);
  CHECK(*promised.time.end == end);
  CHECK_FALSE(event_with(g, verb).time.start);  // the promise is no later than the article
  // a time counted back, a year or a day is the promise's, and a proposal is often a plain past
  const auto last_month = graph_of_text("The union threatened strikes last month.", dct);
  REQUIRE(event_with(last_month, "threatened").time.start);
  CHECK(*event_with(last_month, "threatened").time.start == sys_days{2024_y / nov / 1});
  const auto proposed = graph_of_text("The Commission proposed the law in April.", dct);
  REQUIRE(event_with(proposed, "proposed").time.start);
  CHECK(*event_with(proposed, "proposed").time.start == sys_days{2024_y / apr / 1});
  const auto monday = graph_of_text("The union threatened strikes on Monday.", dct);
  REQUIRE(event_with(monday, "threatened").time.start);
  CHECK(*event_with(monday, "threatened").time.start == sys_days{2024_y / dec / 2});
}

TEST_CASE("an event told as done in the period that holds the article's date ends by that date", "[events][anchors]") {
  struct Case {
    std::string text;
    bool done;
  };
  const Case c = GENERATE(values<Case>({
      {"Sales fell sharply this month.", true},
      {"The company cut 300 jobs this year.", true},
      {"Prices have risen this year.", true},
      {"Profits fell this quarter.", true},
      {"The company will cut 300 jobs this year.", false},
      {"Sales are expected to fall this month.", false},
  }));
  // every month of a year, each on a day inside it
  const unsigned month = GENERATE(1u, 2u, 3u, 6u, 11u, 12u);
  const sys_days dct = 2025_y / date::month{month} / 14;
  CAPTURE(c.text, month);
  const auto g = graph_of_text(c.text, dct);
  const graph::Event* dated = nullptr;
  for (const auto& e : g.events)
    if (e.time.end && e.time.start) dated = &e;
  REQUIRE(dated != nullptr);
  CHECK(*dated->time.start <= dct);
  if (c.done) CHECK(*dated->time.end == dct);
  else CHECK(*dated->time.end > dct);
}

TEST_CASE("'since last month' starts the event then: the date's own 'last' compares nothing", "[events][anchors]") {
  const sys_days dct = 2025_y / March / 12;  // a Wednesday
  const auto [text, verb, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"Prices have risen since last month.", "risen", 2025_y / feb / 1},
      {"The road has been closed since last Monday.", "closed", 2025_y / mar / 3},
      {"The company has cut 500 jobs since last year.", "cut", 2024_y / jan / 1},
      {"Sales have fallen since last spring.", "fallen", 2024_y / mar / 1},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == start);
  // a superlative does compare: the date bounds the comparison, not the event
  const auto record = graph_of_text("Shares hit their highest level since last March.", dct);
  CHECK_FALSE(event_with(record, "hit").time.start);
}

TEST_CASE("of two dates one inside the other the narrower dates the event and 'by' an amount bounds nothing", "[events][anchors]") {
  const sys_days dct = 2024_y / December / 11;  // a Wednesday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The bank cut its main interest rate on Wednesday, its third reduction this year.", "cut", 2024_y / dec / 11},
      {"Earlier this year, the bank cut rates on March 3.", "cut", 2024_y / mar / 3},
      {"Shares jumped by 10 percent on Tuesday.", "jumped", 2024_y / dec / 10},
      {"Prices rose by 3 points on Monday.", "rose", 2024_y / dec / 9},
      {"Sales fell by 300 units on Monday.", "fell", 2024_y / dec / 9},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, verb), day);
}

TEST_CASE("a time after what a verb of expecting expects is the expected thing's", "[events][anchors]") {
  const sys_days dct = 2024_y / December / 11;
  const auto [text, noun, verb, start] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"Analysts expect a recession next year.", "recession", "expect", 2025_y / jan / 1},
      {"Economists expect an election in March.", "election", "expect", 2025_y / mar / 1},
      {"Unions anticipate a strike in the second half of next year.", "strike", "anticipate", 2025_y / jul / 1},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& expected = event_with(g, noun);
  REQUIRE(expected.time.start);
  CHECK(*expected.time.start == start);
  CHECK(expected.modality == graph::Modality::Planned);
  for (const auto& e : g.events)  // the expecting, where drawn, is no event of that time
    if (e.id != expected.id && has_mention(e, verb)) CHECK_FALSE((e.time.start && *e.time.start >= start));
}

TEST_CASE("a date of the next clause after 'and' is no end of the first clause's span", "[events][anchors]") {
  const sys_days dct = 2025_y / March / 12;
  for (int year : {1998, 2010, 2016}) {
    const std::string text = fmt::format("The firm was founded in {} and five years later it went public.", year);
    CAPTURE(text);
    const auto g = graph_of_text(text, dct);
    const auto& founded = event_with(g, "founded");
    REQUIRE(founded.time.end);
    CHECK(*founded.time.end == sys_days{date::year{year} / dec / 31});
    const auto& public_ = event_with(g, "went");
    REQUIRE(public_.time.start);
    CHECK(*public_.time.start == sys_days{date::year{year + 5} / jan / 1});
  }
}

TEST_CASE("a weekday before a plan or expectation in the simple past is when it was planned, one after it the planned time", "[events][anchors]") {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2025_y / sep / 1} + days{d};  // Monday .. Sunday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kDays[w];
      if (date::weekday{dct} == date::weekday{w}) continue;  // (the day itself is today's either way)
      INFO("DCT " << chronograph::format_iso_day(dct) << ", " << name);
      sys_days back = dct, ahead = dct;
      while (date::weekday{back} != date::weekday{w}) back -= days{1};
      while (date::weekday{ahead} != date::weekday{w}) ahead += days{1};
      CHECK(timex_value_in("On " + name + ", the government planned to distribute food in the north.", name, dct) ==
            chronograph::format_iso_day(back));
      CHECK(timex_value_in("On " + name + ", analysts expected the bank to hold rates.", name, dct) ==
            chronograph::format_iso_day(back));
      // "by" makes the day a deadline, ahead
      CHECK(timex_value_in("By " + name + ", officials expected to have restored power.", name, dct) ==
            chronograph::format_iso_day(ahead));
      // the plan's own time lies ahead, and so does a time a plan is passively given
      CHECK(timex_value_in("The protesters planned a large rally on " + name + ".", name, dct) ==
            chronograph::format_iso_day(ahead));
      CHECK(timex_value_in("On " + name + ", a large rally is planned in the capital.", name, dct) ==
            chronograph::format_iso_day(ahead));
    }
  }
}

TEST_CASE("a day after on or in that dates a simple past is the last one before the DCT", "[events][anchors]") {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  const sys_days dct = 2025_y / jan / 12;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string day = std::string(kMonths[m - 1]) + " 4";
    INFO(day);
    // (January 4 is eight days back; every later month's 4th lies ahead, so it was last year's)
    const int year = m == 1 ? 2025 : 2024;
    CHECK(timex_value_in("The mayor posted the results online on " + day + ".", day, dct) == fmt::format("{}-{:02}-04", year, m));
    CHECK(timex_value_in("Officials said the factory reopened on " + day + ".", day, dct) == fmt::format("{}-{:02}-04", year, m));
    // what will be lies ahead (January 4 of next year, eight days back being past)
    CHECK(timex_value_in("The factory will reopen on " + day + ".", day, dct) == fmt::format("{}-{:02}-04", m == 1 ? 2026 : 2025, m));
  }
  // a noun's date and a deadline are no time of the verb: "payable Dec. 15"
  CHECK(timex_value_in("The company declared a dividend, payable Feb. 15 to holders of record.", "Feb. 15", dct) == "2025-02-15");
  // a simple past passive is dated so too, and a day or two on the wrong side is a late report
  CHECK(timex_value_in("The results were posted online on March 4.", "March 4", dct) == "2024-03-04");
  CHECK(timex_value_in("The museum reopened on January 14.", "January 14", dct) == "2025-01-14");
  CHECK(timex_value_in("The store will reopen on January 10.", "January 10", dct) == "2025-01-10");
}

TEST_CASE("a headline's infinitive after its subject and a noun 'set for' a day look ahead", "[events][anchors]") {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2024_y / jun / 20;  // a Thursday
  for (unsigned w = 0; w < 7; ++w) {
    const std::string name = kDays[w];
    INFO(name);
    sys_days ahead = dct;
    while (date::weekday{ahead} != date::weekday{w}) ahead += days{1};
    const auto vote = graph_of_text("Council to vote on budget on " + name + "\n\nThe council will meet in the town hall.", dct);
    const auto& voting = event_with(vote, "vote");
    CHECK(voting.modality == chronograph::graph::Modality::Planned);
    check_day(voting, ahead);
    // (a day right after the infinitive's named object too: "Snow to hit Denver Thursday night")
    CHECK(timex_value_in("Snow to hit Denver " + name + " night into the next day.", name + " night", dct) ==
          chronograph::format_iso_day(ahead) + "TNI");
    const auto recount = graph_of_text("Recount set for " + name + "\n\nOfficials said the count would start soon.", dct);
    const auto found = std::find_if(recount.timexes.begin(), recount.timexes.end(), [&](const auto& t) { return t.text == name; });
    REQUIRE(found != recount.timexes.end());
    CHECK(found->value == chronograph::format_iso_day(ahead));
  }
  // a weekday that names a noun's thing is not the infinitive's: "after Monday's vote" is past
  const auto vote_before = graph_of_text("Mayor to resign after Monday's vote\n\nThe council voted to censure the mayor.", dct);
  const auto monday = std::find_if(vote_before.timexes.begin(), vote_before.timexes.end(), [](const auto& t) { return t.text == "Monday"; });
  REQUIRE(monday != vote_before.timexes.end());
  CHECK(monday->value == "2024-06-17");
  // a sentence with a finite verb keeps its tense: the noun's infinitive is no headline's
  const auto rally = graph_of_text("Crowds gathered in the square to watch the parade on Monday.", dct);
  CHECK(event_with(rally, "gathered").modality == chronograph::graph::Modality::Actual);
}

TEST_CASE("a headline's infinitive looks ahead also beside a clause of its own", "[events][anchors]") {
  const sys_days dct = 2024_y / jun / 12;  // a Wednesday
  const auto plants = graph_of_text("Veltra to close three plants on Tuesday as demand weakens\n\nThe firm employs 900 people.", dct);
  check_day(event_with(plants, "close"), 2024_y / jun / 18);
  const auto talks = graph_of_text("Unions to strike on Monday unless talks resume\n\nThe unions represent 900 workers.", dct);
  check_day(event_with(talks, "strike"), 2024_y / jun / 17);
}

TEST_CASE("a date after an amount that 'up from' or 'compared with' opens dates the amount, not the event", "[events][anchors]") {
  const sys_days dct = 2023_y / nov / 8;
  for (const std::string& baseline : std::vector<std::string>{"four years ago", "in 2019", "a year earlier", "last year"}) {
    for (const std::string& text : {"The mayor won 52 percent of the vote, up from 38 percent " + baseline + ".",
                                    "Revenue rose to 20 billion dollars, up from 17 billion " + baseline + ".",
                                    "Exports fell to 3 million tonnes, down from 4 million tonnes " + baseline + ".",
                                    "Profit rose 5 percent, compared with 2 percent " + baseline + "."}) {
      CAPTURE(text);
      const auto g = graph_of_text(text, dct);
      const auto& event = g.events.front();
      CHECK_FALSE((event.time.start && *event.time.start < sys_days{2023_y / jan / 1}));
    }
  }
  // a change from one dated amount to another spans the two dates
  const auto span = graph_of_text("Unemployment rose from 4.1 percent in January to 6 percent in June.", dct);
  REQUIRE(event_with(span, "rose").time.start);
  CHECK(*event_with(span, "rose").time.start == sys_days{2023_y / jan / 1});
}

TEST_CASE("a date on an event noun measured in time dates the verb the measure is the object of", "[events][anchors]") {
  const sys_days dct = 2026_y / jan / 9;  // a Friday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Negotiators from Iran and Europe ended two days of talks in Geneva on Monday.", "ended", 2026_y / jan / 5},
      {"The parties began three days of negotiations in Oslo on Tuesday.", "began", 2026_y / jan / 6},
      {"Officials held hours of talks with the rebels on Wednesday.", "held", 2026_y / jan / 7},
      {"Farmers staged a week of protests in the capital on Thursday.", "staged", 2026_y / jan / 8},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("a date of an infinitive of purpose bounds the past verb it serves, not a verb with will", "[events][anchors]") {
  const sys_days dct = 2025_y / jan / 3;  // a Friday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Halvern paid $2.3 million to settle the lawsuit on Monday.", "paid", 2024_y / dec / 30},
      {"The minister flew to Paris to meet the president on Tuesday.", "flew", 2024_y / dec / 31},
      {"Rebels stormed the town to free their leader on Thursday.", "stormed", 2025_y / jan / 2},
  }));
  CAPTURE(text);
  const auto& host = event_with(graph_of_text(text, dct), verb);
  REQUIRE(host.time.end);
  CHECK(*host.time.end == day);  // (done by then: the paying, the flight, the sale, the storming)
  // (the hiring came before the trial, by Monday at the latest)
  const auto trial = graph_of_text("The company hired lawyers to defend itself at the trial on Monday.", dct);
  REQUIRE(event_with(trial, "hired").time.end);
  CHECK(*event_with(trial, "hired").time.end <= sys_days{2024_y / dec / 30});
  // (a verb with "will" is not the infinitive's time: it may come first)
  const auto ahead = graph_of_text("The firm will sell two plants to cut its debt on Tuesday.", dct);
  CHECK(event_with(ahead, "sell").time.value.empty());
}

TEST_CASE("a year before a compound noun in a phrase of time dates the event, and a season written 2023-24 runs across the year end", "[events][anchors]") {
  const sys_days dct = 2025_y / jan / 3;
  for (int first = 1998; first <= 2023; first += 5) {
    const std::string next2 = fmt::format("{:02}", (first + 1) % 100);
    for (const std::string phrase : {"school year", "football season", "season", "financial year"}) {
      const std::string text = fmt::format("Enrolment fell in the {}-{} {}.", first, next2, phrase);
      CAPTURE(text);
      const auto& fell = event_with(graph_of_text(text, dct), "fell");
      REQUIRE(fell.time.start);
      REQUIRE(fell.time.end);
      // (a season from April at the earliest to June at the latest; a school year September to
      // August, a financial year April to March: tx64)
      const bool school = phrase == "school year", accounts = phrase == "financial year";
      CHECK(*fell.time.start == sys_days{year{first} / (school ? sep : apr) / 1});
      CHECK(*fell.time.end == sys_days{year{first + 1} / (school ? aug : accounts ? mar : jun) / last});
    }
    const auto& one = event_with(graph_of_text(fmt::format("Enrolment fell in the {} school year.", first), dct), "fell");
    REQUIRE(one.time.end);
    CHECK(*one.time.end == sys_days{year{first} / dec / 31});
  }
  // (a year that names a thing still dates nothing: "a fine for a 2021 chemical spill")
  const auto& paid = event_with(graph_of_text("The firm paid a fine for a 2021 chemical spill.", dct), "paid");
  CHECK_FALSE((paid.time.start && *paid.time.start < sys_days{2022_y / jan / 1}));
}

TEST_CASE("what a verb does through or during an event noun lasts the noun's time", "[events][anchors]") {
  const sys_days dct = 2025_y / dec / 30;
  const auto [text, verb, first, last] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Iwasaki joined the company in 2017 and led it through a difficult restructuring between 2019 and 2021.", "led",
       2019_y / jan / 1, 2021_y / dec / 31},
      {"The mayor steered the city through the floods from 2010 to 2012.", "steered", 2010_y / jan / 1, 2012_y / dec / 31},
      {"He ran the hospital throughout the epidemic in 2014.", "ran", 2014_y / jan / 1, 2014_y / dec / 31},
      {"She kept the shop open during the strike in May 2019.", "kept", 2019_y / may / 1, 2019_y / may / 31},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == first);
  CHECK(*event.time.end == last);
}

TEST_CASE("a stretch of time counted from a date starts the event there, no amount compared from it", "[events][anchors]") {
  const sys_days dct = 2025_y / jun / 14;  // a Saturday
  const auto [text, verb, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"Rail workers will strike for 48 hours from Tuesday.", "strike", 2025_y / jun / 17},
      {"Nurses walked out for three days from Monday.", "walked", 2025_y / jun / 9},
      {"The airport will close for two weeks from July 1.", "close", 2025_y / jul / 1},
      {"Doctors stopped work for 10 days from May 12.", "stopped", 2025_y / may / 12},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == start);
  // (an amount still compares: "rose 4 percent from a year earlier" is no start of the rising)
  const auto rose = graph_of_text("Sales rose 4 percent from a year earlier.", dct);
  CHECK_FALSE((event_with(rose, "rose").time.start && *event_with(rose, "rose").time.start < sys_days{2025_y / jan / 1}));
}

TEST_CASE("a weekday right after what is forecast is that thing's and one right after the verb is the forecast's", "[events][anchors]") {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2024_y / jan / 6;  // a Saturday
  for (unsigned w = 0; w < 6; ++w) {  // (Saturday itself is the DCT either way)
    const std::string name = kDays[w];
    INFO(name);
    sys_days ahead = dct, back = dct;
    while (date::weekday{ahead} != date::weekday{w}) ahead += days{1};
    while (date::weekday{back} != date::weekday{w}) back -= days{1};
    CHECK(timex_value_in("Forecasters warned of more heavy rain on " + name + ".", name, dct) == chronograph::format_iso_day(ahead));
    CHECK(timex_value_in("The weather service forecast heavy rain on " + name + ".", name, dct) == chronograph::format_iso_day(ahead));
    CHECK(timex_value_in("Hydrologists predicted a second peak late on " + name + ".", name, dct) == chronograph::format_iso_day(ahead));
    CHECK(timex_value_in("The weather service predicted on " + name + " that the river would rise.", name, dct) ==
          chronograph::format_iso_day(back));
    CHECK(timex_value_in("Police warned residents on " + name + " to stay indoors.", name, dct) == chronograph::format_iso_day(back));
    // the forecasting itself is no later than the article: the forecast thing takes the date
    for (const std::string& text : std::vector<std::string>{"Forecasters predicted heavy rain on " + name + ".",
                                                            "The weather service warned of flooding on " + name + "."}) {
      CAPTURE(text);
      const auto g = graph_of_text(text, dct);
      const auto& forecast = g.events.front();
      CHECK_FALSE((forecast.time.start && *forecast.time.start > dct));
    }
  }
}

TEST_CASE("a weekday after a warning for a hazard is the hazard's and one after a warning for people is open", "[events][anchors]") {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2026_y / nov / 25;  // a Wednesday
  for (unsigned w = 0; w < 7; ++w) {
    if (w == 3) continue;  // (the DCT's own weekday is the DCT either way)
    const std::string name = kDays[w], next = kDays[(w + 1) % 7];
    INFO(name);
    sys_days ahead = dct, back = dct;
    while (date::weekday{ahead} != date::weekday{w}) ahead += days{1};
    while (date::weekday{back} != date::weekday{w}) back -= days{1};
    for (const std::string& verb : std::vector<std::string>{"has issued", "issued"}) {
      CHECK(timex_value_in("The Met Office " + verb + " a yellow warning for snow on " + name + ".", name, dct) ==
            chronograph::format_iso_day(ahead));
      CHECK(timex_value_in("Forecasters " + verb + " a flood alert for heavy rain from " + name + " until " + next + ".", name,
                           dct) == chronograph::format_iso_day(ahead));
      CHECK(timex_value_in("The agency " + verb + " warnings of strikes on " + name + ".", name, dct) ==
            chronograph::format_iso_day(ahead));
    }
    CHECK(timex_value_in("Police issued a warning for drivers on " + name + ".", name, dct) == chronograph::format_iso_day(back));
  }
}

TEST_CASE("a weekday after 'until' that closes a span from another weekday is the first such day after it", "[events][anchors]") {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2026_y / nov / 25;  // a Wednesday
  for (unsigned w = 0; w < 7; ++w) {
    for (unsigned gap = 1; gap <= 3; ++gap) {
      const std::string first = kDays[w], second = kDays[(w + gap) % 7];
      const std::string text = "The road was closed from " + first + " until " + second + " evening.";
      CAPTURE(text);
      const auto g = graph_of_text(text, dct);
      const auto opens = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text == first; });
      const auto closes = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text.starts_with(second); });
      REQUIRE(opens != g.timexes.end());
      REQUIRE(closes != g.timexes.end());
      const auto start = chronograph::core::interval_of_value(opens->value, "");
      const auto end = chronograph::core::interval_of_value(closes->value, "");
      REQUIRE(start);
      REQUIRE(end);
      CHECK(end->start == start->start + days{gap});
    }
  }
}

TEST_CASE("a clause that 'that' opens after a date, or a main verb whose subject's relative clause holds it, has its own tense", "[events][anchors]") {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2026_y / nov / 25;  // a Wednesday
  for (unsigned w = 0; w < 7; ++w) {
    if (w == 3) continue;
    const std::string name = kDays[w];
    INFO(name);
    sys_days back = dct;
    while (date::weekday{back} != date::weekday{w}) back -= days{1};
    const std::string day = chronograph::format_iso_day(back);
    CHECK(timex_value_in("Officers recovered a glove on " + name + " morning that they believe belongs to her.", name + " morning",
                         dct) == day + "TMO");
    CHECK(timex_value_in("Anyone who was in the area on " + name + " is asked to call police.", name, dct) == day);
    CHECK(timex_value_in("People who travelled on " + name + " are advised to get tested.", name, dct) == day);
    CHECK(timex_value_in("Anyone who was in the area between 9 a.m. and 5 p.m. on " + name + " is asked to call.",
                         "5 p.m. on " + name, dct) == day + "T17:00");
  }
}

TEST_CASE("a clause a subordinator opens after a date has its own tense and the date keeps its clause's", "[events][anchors]") {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const sys_days dct = 2024_y / oct / 2;  // a Wednesday
  for (unsigned w = 0; w < 7; ++w) {
    const std::string name = kDays[w];
    INFO(name);
    sys_days ahead = dct;
    while (date::weekday{ahead} != date::weekday{w}) ahead += days{1};
    for (const std::string& opener : std::vector<std::string>{"after", "because", "although"}) {
      const auto g = graph_of_text("The union will stay off the job on " + name + " " + opener + " talks collapsed.", dct);
      const auto found = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text == name; });
      REQUIRE(found != g.timexes.end());
      CHECK(found->value == chronograph::format_iso_day(ahead));
    }
  }
}

TEST_CASE("a verb that tells how its subject event ended is one event with it", "[events][coreference]") {
  for (const std::string& verb : std::vector<std::string>{"failed", "collapsed", "stalled"}) {
    for (const std::string& noun : std::vector<std::string>{"negotiations", "talks"}) {
      const std::string text = "The union walked out after the " + noun + " " + verb + " on Monday.";
      CAPTURE(text);
      const auto g = graph_of_text(text, 2024_y / oct / 4);
      std::string capitalised = noun;
      capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
      int with_noun = 0;
      for (const auto& event : g.events)
        if (event.title.starts_with(capitalised)) ++with_noun;
      CHECK(with_noun == 1);
      const auto& ended = event_with(g, verb);
      CHECK(ended.title.find(verb.substr(0, verb.size() - 3)) != std::string::npos);
    }
  }
  // a verb whose subject is no event stays an event of its own
  const auto exam = graph_of_text("The student failed the exam on Monday.", 2024_y / oct / 4);
  CHECK(event_with(exam, "failed").title == "Student fails exam");
}

const char* const kWeekdayNamesForQuotes[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

TEST_CASE("a time inside a quotation dates no event outside it", "[events][anchors]") {
  const sys_days dct = 2025_y / dec / 14;  // a Sunday
  for (const std::string time : {"a year ago", "last month", "in 2019", "two weeks ago", "last season"}) {
    for (const std::string quote : {"\"", "\u201c"}) {
      const std::string close = quote == "\"" ? "\"" : "\u201d";
      INFO(time << " " << quote);
      const auto g = graph_of_text(quote + "We were nowhere " + time + "," + close + " Lindqvist said on Saturday.", dct);
      check_day(event_with(g, "said"), 2025_y / dec / 13);
      // (without a date of its own the saying is not dated by the quote's; it may be no event at all)
      const auto g2 = graph_of_text(quote + "We were nowhere " + time + "," + close + " Lindqvist said.", dct);
      if (events_with_mention(g2, "said") > 0) CHECK(event_with(g2, "said").time.source != chronograph::graph::TimeSource::Explicit);
    }
  }
  // words in scare quotes between a verb and its date leave both outside any quotation
  for (unsigned w = 0; w < 7; ++w) {
    const std::string name = kWeekdayNamesForQuotes[w];
    INFO(name);
    const auto g = graph_of_text("The ministry condemned the \"terrorist attack\" on " + name + ".", dct);
    check_day(event_with(g, "condemned"), weekday_before(dct + days{1}, w));
  }
}

TEST_CASE("a capitalised word that labels a grade by its number is no event, and the verb keeps its date", "[events]") {
  for (const std::string label : {"Level 3", "Phase 2", "Stage 4", "Category 5", "Level Three"}) {
    INFO(label);
    const auto g = graph_of_text("Officials raised the alert to " + label + " on Tuesday.", 2025_y / jun / 11);
    const std::string word = label.substr(0, label.find(' '));
    CHECK(events_with_mention(g, word) == 0);
    const auto& raised = event_with(g, "raised");
    REQUIRE(raised.time.start);
    CHECK(*raised.time.start == sys_days{2025_y / jun / 10});
  }
  // (the verb "level" stays an event)
  const auto g = graph_of_text("Crews will level the site on Tuesday.", 2025_y / jun / 11);
  CHECK(events_with_mention(g, "level") == 1);
}
