#include "core/events/event_extractor.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "core/events/language.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using chronograph::test::event_with_trigger;
using chronograph::test::EventsFixture;
using namespace date;

TEST_CASE("clear verbs and event nouns are found with their TimeML class", "[events][triggers]") {
  const auto found = EventsFixture::get().extract(
      "The old warehouse exploded on Tuesday night. Police said the blast injured two guards.");
  const auto* exploded = event_with_trigger(found, "exploded");
  REQUIRE(exploded);
  CHECK(exploded->event_class == "OCCURRENCE");
  const auto* said = event_with_trigger(found, "said");
  REQUIRE(said);
  CHECK(said->event_class == "REPORTING");
  CHECK(said->reporting_evidence);
  CHECK_FALSE(exploded->reporting_evidence);
  CHECK(event_with_trigger(found, "injured"));
  CHECK_FALSE(event_with_trigger(found, "warehouse"));
  for (const auto& e : found.events) {
    CHECK(e.confidence > 0.0);
    CHECK(e.confidence <= 1.0);
  }
}

TEST_CASE("conjoined subjects are all actors and lead the title", "[events][actors]") {
  const auto found = EventsFixture::get().extract("Anna Keller and Tomas Brandt signed the merger agreement on Monday.");
  const auto* signed_ = event_with_trigger(found, "signed");
  REQUIRE(signed_);
  const auto ids = found.actor_ids(*signed_);
  CHECK(std::find(ids.begin(), ids.end(), "anna-keller") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "tomas-brandt") != ids.end());
  CHECK(signed_->title.rfind("Keller and Brandt sign", 0) == 0);
}

TEST_CASE("a noun event held by a light verb takes the verb's subject in its title", "[events][titles]") {
  const auto found = EventsFixture::get().extract(
      "Olga Petrova and Hans Berg will hold a phone call on Thursday, officials said.");
  const auto* call = event_with_trigger(found, "call");
  REQUIRE(call);
  CHECK(call->title == "Petrova and Berg hold phone call");
  CHECK(call->modality == "planned");
}

TEST_CASE("later mentions of the same noun event share a coreference group", "[events][coreference]") {
  const auto found = EventsFixture::get().extract(
      "The two ministers held a long conversation on Friday. The conversation ended without a deal. "
      "Reporters waited outside during the conversation.");
  std::vector<int> groups;
  for (const auto& e : found.events)
    if (e.trigger == "conversation") groups.push_back(e.coref_group);
  REQUIRE(groups.size() >= 2);
  CHECK(std::all_of(groups.begin(), groups.end(), [&](int g) { return g == groups[0]; }));
}

TEST_CASE("one that may come, named with 'a', is not the one of its kind that happened", "[events][coreference]") {
  const auto found = EventsFixture::get().extract(
      "A strike ended on Monday. There could be a strike next week.");
  std::vector<int> groups;
  for (const auto& e : found.events)
    if (e.trigger == "strike") groups.push_back(e.coref_group);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0] != groups[1]);
  // a feared one named with "a" again and again stays one: "a possible strike ... a strike"
  const auto feared = EventsFixture::get().extract(
      "Unions warned of a possible strike in May. Employers said the unions could call a strike within weeks.");
  std::vector<int> strikes;
  for (const auto& e : feared.events)
    if (e.trigger == "strike") strikes.push_back(e.coref_group);
  REQUIRE(strikes.size() == 2);
  CHECK(strikes[0] == strikes[1]);
}

TEST_CASE("a text without events gives no events", "[events][bad-input]") {
  const auto& f = EventsFixture::get();
  CHECK(f.extract("").events.empty());
  CHECK(f.extract("42, 17, 3.5 ; -- !").events.empty());
}

TEST_CASE("one sentence of 5,000 tokens is processed without a crash", "[events][bad-input]") {
  std::string text;
  for (int k = 0; k < 500; ++k) text += "the farmers sold grain and Ivan Petrov bought the seeds , ";
  const auto found = EventsFixture::get().extract(text);
  CHECK(found.events.size() >= 500);
  CHECK_FALSE(found.entities.empty());
}

TEST_CASE("text in another language does not crash and is flagged as not English", "[events][bad-input][language]") {
  const std::string german =
      "Die Regierung hat am Montag neue Sanktionen gegen das Land beschlossen, teilte ein Sprecher mit.";
  CHECK_FALSE(chronograph::core::looks_english(german));
  CHECK_NOTHROW(EventsFixture::get().extract(german));
  CHECK(chronograph::core::looks_english("The government approved new sanctions against the country on Monday."));
  CHECK(chronograph::core::looks_english("Hello there"));  // too short to tell
  // a short text in another language shares a word with English ("in") but has its own
  CHECK_FALSE(chronograph::core::looks_english(
      "Die Polizei hat am Montag in Berlin drei Verdächtige festgenommen, teilte die Staatsanwaltschaft mit."));
  // headlines leave out most function words
  CHECK(chronograph::core::looks_english(
      "Forecasters expect heavy rain on Wednesday. Analysts expect higher prices next year. Forecasters expect more rain."));
}

TEST_CASE("an aspectual verb stays a mention of the event it dates, marked as support", "[events][coreference]") {
  const auto found = EventsFixture::get().extract("The dockers announced a strike that could begin within days.");
  const auto* strike = event_with_trigger(found, "strike");
  const auto* begin = event_with_trigger(found, "begin");
  REQUIRE(strike);
  REQUIRE(begin);  // TimeML keeps every mention: merging only shapes the graph
  CHECK(begin->support);
  CHECK_FALSE(strike->support);
  CHECK(begin->coref_group == strike->coref_group);
  CHECK(strike->modality == "possible");
}

TEST_CASE("the noun an aspectual verb is a phase of is an event, with the verb as its mention", "[events][coreference]") {
  auto [text, noun, verb] = GENERATE(table<std::string, std::string, std::string>({
      {"Farmers in the valley fear a possible flood that could begin as soon as March 2023.", "flood", "begin"},
      {"Residents of the island dread a long drought that may begin in the spring.", "drought", "begin"},
      {"The ferry crews expect a walkout that could start next week.", "walkout", "start"},
  }));
  const auto found = EventsFixture::get().extract(text);
  const auto* event = event_with_trigger(found, noun);
  const auto* phase = event_with_trigger(found, verb);
  REQUIRE(event);
  REQUIRE(phase);
  CHECK(phase->support);
  CHECK(phase->coref_group == event->coref_group);
}

TEST_CASE("a time an aspectual verb is said of is no event", "[events][coreference]") {
  const auto found = EventsFixture::get().extract("The new season that begins in May will be short.");
  CHECK_FALSE(event_with_trigger(found, "season"));
}

TEST_CASE("a reporting verb knows the clause it reports, before or after it", "[events][reporting]") {
  const auto found = EventsFixture::get().extract("The quay reopened, the harbour master said. Officials said the storm ended.");
  const auto* reopened = event_with_trigger(found, "reopened");
  const auto* ended = event_with_trigger(found, "ended");
  REQUIRE(reopened);
  REQUIRE(ended);
  std::vector<std::string> reported;
  for (const auto& e : found.events)
    if (e.reports >= 0) reported.push_back(found.events[static_cast<std::size_t>(e.reports)].trigger);
  CHECK(reported == std::vector<std::string>{"reopened", "ended"});
  int reporting = 0;
  for (const auto& e : found.events) {
    if (e.event_class != "REPORTING") continue;
    CHECK(e.reporting_evidence);  // no date, no named speaker
    ++reporting;
  }
  CHECK(reporting == 2);
}

TEST_CASE("a verb inside a hyphenated noun compound is no event", "[events]") {
  const auto found = EventsFixture::get().extract("Check-in systems failed at the airport, and a walk-in clinic closed.");
  for (const auto& e : found.events) {
    CAPTURE(e.trigger);
    CHECK(e.trigger != "Check");
    CHECK(e.trigger != "walk");
  }
  CHECK(std::any_of(found.events.begin(), found.events.end(), [](const auto& e) { return e.trigger == "failed"; }));
  // whatever the parse calls the particle after the hyphen
  for (const std::string text : {"The clinic offers walk-in vaccinations on weekends.", "The hotel added drive-through check-in desks.",
                                  "The city runs drop-in sessions for parents."}) {
    CAPTURE(text);
    for (const auto& e : EventsFixture::get().extract(text).events) {
      CAPTURE(e.trigger);
      CHECK(e.trigger != "walk");
      CHECK(e.trigger != "drive");
      CHECK(e.trigger != "drop");
    }
  }
}

TEST_CASE("a named speaker making an event public is an event of its own, not evidence", "[events][reporting]") {
  const auto [text, verb, title] = GENERATE(table<std::string, std::string, std::string>({
      {"Corvane Steel reported a loss of $40 million.", "reported", "Corvane Steel reports loss of $40 million"},
      {"Halbeck Group posted a sharp drop in profit for the quarter.", "posted", "Halbeck Group posts sharp drop in profit"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto* published = event_with_trigger(found, verb);
  REQUIRE(published);
  CHECK(published->event_class == "REPORTING");
  CHECK_FALSE(published->reporting_evidence);
  CHECK(published->title.starts_with(title));
}

TEST_CASE("a statement of a clause, to a listener, or by no one named stays evidence", "[events][reporting]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Officials reported a fire near the docks.", "reported"},
      {"Corvane Steel said the strike ended.", "said"},
      {"Corvane Steel told investors about the merger.", "told"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto* statement = event_with_trigger(found, verb);
  REQUIRE(statement);
  CHECK(statement->event_class == "REPORTING");
  CHECK(statement->reporting_evidence);
}

TEST_CASE("an infinitive with a subject that 'for' opens is supposed, not told as done", "[events][modality]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Biden pledged to make it very difficult for Mr Putin to take military action in Ukraine.", "take"},
      {"Residents waited for the floodwater to recede.", "recede"},
      {"It is rare for a central bank to cut rates twice in a month.", "cut"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto* event = event_with_trigger(found, trigger);
  REQUIRE(event);
  CHECK(event->modality == "hypothetical");
  // a time it took, or a time it was, tells what happened
  const auto took = EventsFixture::get().extract(
      "It took nearly six hours for firefighters to bring the blaze under control on Monday.");
  REQUIRE(event_with_trigger(took, "bring"));
  CHECK(event_with_trigger(took, "bring")->modality == "actual");
  // an infinitive without one keeps its governor's reading
  const auto* planned = event_with_trigger(EventsFixture::get().extract("The firm plans to cut 300 jobs."), "cut");
  REQUIRE(planned);
  CHECK(planned->modality == "planned");
}

TEST_CASE("a bare noun that a supposed act takes is not the act of its kind that happened", "[events][coreference]") {
  const auto found = EventsFixture::get().extract(
      "We are aware of Russia's actions. Biden pledged to make it difficult for Putin to take military action.");
  const auto* actions = event_with_trigger(found, "actions");
  const auto* action = event_with_trigger(found, "action");
  REQUIRE(actions);
  REQUIRE(action);
  CHECK(actions->coref_group != action->coref_group);
}

TEST_CASE("every mention whose modality is negated has polarity NEG", "[events][polarity]") {
  const auto found = EventsFixture::get().extract(
      "The board has failed to act for the past 18 months. The two sides did not hold talks on Monday. "
      "The minister declined to comment. Rescuers have not been able to reach the mine. "
      "The ministry has no plans to raise taxes.");
  std::size_t negated = 0;
  for (const auto& e : found.events) {
    CAPTURE(e.trigger, e.modality);
    CHECK((e.modality == "negated") == (e.polarity == "NEG"));
    negated += e.modality == "negated";
  }
  CHECK(negated >= 5);
}

TEST_CASE("a noun that modifies an event noun in a compound is no event, and the compound names it", "[events][triggers]") {
  auto [text, modifier, trigger, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"A drone strike hit the depot on Monday.", "drone", "hit", "Drone strike hits depot"},
      {"The army said a missile strike hit the port on Friday.", "missile", "hit", "Missile strike hits port"},
      {"A mortar strike hit the barracks, the army said.", "mortar", "hit", "Mortar strike hits barracks"},
      {"Officials blamed the drone strike for the outage.", "drone", "strike", "Drone strike"},
      {"Rescue efforts were halted after a rocket strike on the school.", "rocket", "strike", "Rocket strike on school"},
      // the model takes the modifier for the event: the compound's head is the one
      {"Spokesman Yuri Gremitskikh said the first group of 230 evacuees was assembling in Baghdad today, but "
       "evacuation plans were hampered by desert heat.", "evacuation", "plans", ""},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK_FALSE(event_with_trigger(found, modifier));
  const auto* event = event_with_trigger(found, trigger);
  REQUIRE(event);
  CHECK(event->title.starts_with(title));
}

TEST_CASE("who strikes or walks out is no event, what strikes may be, and a headline's noun with a clause is a noun", "[events][triggers]") {
  for (const std::string subject : {"Teachers", "Nurses", "Dockworkers", "Pilots"}) {
    const auto found = EventsFixture::get().extract(subject + " strike over pay\n\nThe union said talks had failed.");
    CAPTURE(subject);
    CHECK(event_with_trigger(found, "strike"));
    CHECK_FALSE(event_with_trigger(found, subject));
  }
  for (const std::string headline : {"Rail strike to go ahead", "Bus strike called off", "Port strike set to widen"}) {
    const auto found = EventsFixture::get().extract(headline + "\n\nThe union said talks had failed.");
    CAPTURE(headline);
    CHECK(event_with_trigger(found, "strike"));
    CHECK_FALSE(event_with_trigger(found, headline.substr(0, headline.find(' '))));
  }
  // (what strikes, erupts or takes place still is one)
  const auto events = EventsFixture::get().extract(
      "Tragedy struck the town on Monday. Fighting erupted at dawn. The summit will take place in May.");
  CHECK(event_with_trigger(events, "Tragedy"));
  CHECK(event_with_trigger(events, "Fighting"));
  CHECK(event_with_trigger(events, "summit"));
}

TEST_CASE("a noun a date owns is an event when it can name one, and the verb ahead of it comes before", "[events][triggers]") {
  const sys_days dct = 2025_y / nov / 22;  // a Saturday
  const auto [text, noun, verb, day] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"A faulty configuration file caused Thursday's outage.", "outage", "caused", 2025_y / nov / 20},
      {"Fans gathered ahead of Sunday's match.", "match", "gathered", 2025_y / nov / 16},
      {"Shares rose ahead of Thursday's results.", "results", "rose", 2025_y / nov / 20},
      {"Engineers traced Monday's blackout to a faulty cable.", "blackout", "traced", 2025_y / nov / 17},
  }));
  CAPTURE(text);
  const auto g = chronograph::test::graph_of_text(text, dct);
  chronograph::test::check_day(chronograph::test::event_with(g, noun), day);
  const auto& before = chronograph::test::event_with(g, verb);
  REQUIRE(before.time.end);
  CHECK(*before.time.end <= day);
  // (a thing a date owns is no event: "Thursday's newspaper", "this year's budget")
  const auto things = EventsFixture::get().extract("He read Thursday's newspaper. Officials discussed this year's budget.");
  CHECK_FALSE(event_with_trigger(things, "newspaper"));
  CHECK_FALSE(event_with_trigger(things, "budget"));
}
