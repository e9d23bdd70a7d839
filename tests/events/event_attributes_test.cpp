#include "core/events/event_attributes.h"

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using chronograph::test::EventsFixture;
using chronograph::test::token_index;

namespace {

chronograph::core::EventAttributes attributes_of(const std::string& sentence, const std::string& word) {
  const auto& f = EventsFixture::get();
  const auto tokens = f.prepare(sentence);
  const std::size_t i = token_index(tokens, word);
  std::size_t s = 0;
  while (s + 1 < tokens.sentences.size() && tokens.sentences[s + 1].first_token <= i) ++s;
  const auto cues = chronograph::core::ClauseCues::of(tokens, tokens.sentences[s], f.extractor.lexicon());
  return chronograph::core::event_attributes(tokens, tokens.sentences[s], i, cues, f.extractor.lexicon());
}

}  // namespace

TEST_CASE("modality follows modal verbs, governors, negation and conditionals", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The harbour master resigned on Monday after the storm.", "resigned", "actual"},
      {"The bakery will open a second shop in the spring.", "open", "planned"},
      {"The governor plans to visit the flooded villages.", "visit", "planned"},
      {"The orchestra wants to discuss the new contract with its players.", "discuss", "planned"},
      {"Rebels could attack the northern garrison within days.", "attack", "possible"},
      {"Forecasters fear a possible collapse of the old dam.", "collapse", "possible"},
      {"If the dockers actually went on strike, the port would close.", "went", "hypothetical"},
      {"If the dockers actually went ahead with a strike, exports would suffer.", "strike", "hypothetical"},
      {"The club would sell its stadium for the right price.", "sell", "hypothetical"},
      {"The mayor did not sign the budget.", "sign", "negated"},
      {"The coach declined to comment on the transfer.", "comment", "negated"},
      {"The farmers may be unable to sell their crops.", "sell", "negated"},
      {"The army never withdrew its artillery.", "withdrew", "negated"},
      {"Analysts fear that an invasion would hurt trade.", "invasion", "hypothetical"},
      {"Talks could begin within days.", "Talks", "possible"},
      {"The strike will end on Friday.", "strike", "actual"},
      {"The war could last for years.", "war", "actual"},
      {"The summit will not take place.", "summit", "negated"},
      {"The summit will open on Monday.", "summit", "planned"},
      {"Under the accord, the rebels must withdraw from the towns.", "withdraw", "planned"},
      {"Nobody wants to strike, the union leader said.", "strike", "negated"},
      {"No party wanted to join the coalition.", "join", "negated"},
      {"The bank ruled out further increases.", "increases", "negated"},
      {"The bank is not ruling out further increases.", "increases", "possible"},
      {"The bank has never ruled out a sale of the unit.", "sale", "possible"},
      // a modal perfect: what did not happen, unless "may" or "might" doubts a past
      {"If the dam had held, the flooding could have been avoided.", "avoided", "hypothetical"},
      {"The senators said they would have voted against the bill if it had been put to a vote.", "voted", "hypothetical"},
      {"The council should have closed the road.", "closed", "hypothetical"},
      {"The firm may have paid a ransom.", "paid", "possible"},
      {"Experts say the virus could have spread undetected for weeks.", "spread", "possible"},
      {"The company said the upgrade would have been completed by June.", "completed", "planned"},
      {"The pilot must have known about the fault in February.", "known", "actual"},
      {"Otherwise the plant would have closed last year, the union said.", "closed", "hypothetical"},
      // what is not expected, what is unlikely, what nearly happened
      {"The agency said it did not expect budget cuts to affect the mission.", "affect", "possible"},
      {"The team did not expect to win the award.", "win", "possible"},
      {"The team does not expect to win the title.", "win", "possible"},
      {"The bridge is not expected to reopen until March.", "reopen", "planned"},
      {"The trial is not expected to start before 2026.", "start", "planned"},
      {"The minister did not agree to resign.", "resign", "negated"},
      // kept from happening, come close to it, or not seen
      {"Police prevented the protesters from entering the building.", "entering", "negated"},
      {"The court barred the senator from running for office.", "running", "negated"},
      {"The guards did not stop the prisoners from leaving.", "leaving", "actual"},
      {"Police failed to prevent the protesters from entering the parliament.", "entering", "actual"},
      {"Police managed to stop the protesters from entering the building.", "entering", "negated"},
      {"The lifeguard saved the boy from drowning.", "drowning", "negated"},
      {"The talks came close to collapsing in September.", "collapsing", "negated"},
      {"The bank came close to collapse in 2008.", "collapse", "negated"},
      {"Witnesses said they did not see the driver hit the cyclist.", "hit", "possible"},
      {"Neighbours did not hear the gunmen leave the house.", "leave", "possible"},
      {"Witnesses saw the driver hit the cyclist.", "hit", "actual"},
      // a claim's clause, or a denied one, is contested
      {"Prosecutors alleged that the mayor took bribes in 2019.", "took", "possible"},
      {"The union claimed the company had broken the law.", "broken", "possible"},
      {"The company denied that it had misled investors.", "misled", "possible"},
      {"Police accused the mayor of taking bribes.", "taking", "possible"},
      // so is the clause of a noun of claiming, whatever governs the noun, unless it is confirmed
      {"The minister denied reports on social media that the dam had been damaged.", "damaged", "possible"},
      {"The judge rejected the argument that a juror had read the coverage.", "read", "possible"},
      {"Prosecutors dismissed claims that the money had been repaid.", "repaid", "possible"},
      {"She dismissed rumours on Twitter that her deputy had resigned.", "resigned", "possible"},
      {"Police are investigating allegations that the guards had beaten a prisoner.", "beaten", "possible"},
      {"Officials confirmed reports that the bridge had collapsed.", "collapsed", "actual"},
      {"The report that the minister resigned was confirmed by his office.", "confirmed", "actual"},
      // acquitted or cleared of it, a deed is unproven
      {"The former mayor was acquitted on Friday of taking bribes.", "taking", "possible"},
      {"A jury acquitted the officer of assaulting a protester.", "assaulting", "possible"},
      {"The inquiry cleared the minister of breaking the rules.", "breaking", "possible"},
      {"The ministry published reports that showed a rise in crime.", "showed", "actual"},
      {"The company said it had misled investors.", "misled", "actual"},
      {"Analysts said an early election in May was unlikely.", "election", "possible"},
      {"The bank almost collapsed in 2008.", "collapsed", "negated"},
      {"The club was nearly relegated two years ago.", "relegated", "negated"},
      {"Nearly 200 people died in the fire.", "died", "actual"},
      {"Sales nearly doubled in 2023, the company said.", "doubled", "actual"},
      {"If the harvest does not improve by autumn, prices will rise.", "improve", "hypothetical"},
      {"Unless the dam holds, the valley will flood.", "holds", "hypothetical"},
      {"Demand was unlikely to recover before the summer.", "recover", "possible"},
      {"Prices are likely to rise again in the spring.", "rise", "possible"},
      {"The opposition called on the minister to resign.", "resign", "possible"},
      {"Unions urged the company to raise wages.", "raise", "possible"},
      {"The army forced the rebels to withdraw.", "withdraw", "actual"},
      // an aim is as planned, possible or denied as the verb it hangs on; what "without" opens did not happen
      {"The minister will travel to Paris on Monday to sign the treaty.", "sign", "planned"},
      {"The firm could cut jobs to save money.", "save", "possible"},
      {"The governor would not invoke emergency powers to force workers back.", "force", "negated"},
      {"Police used tear gas to disperse the crowd.", "disperse", "actual"},
      {"The city switched its water source without adding chemicals.", "adding", "negated"},
      {"The club sold the striker instead of renewing his contract.", "renewing", "negated"},
      // a present passive of scheduling for a time is planned, also for today
      {"A public meeting is scheduled for Thursday.", "scheduled", "planned"},
      {"The vote is set for Friday night.", "set", "planned"},
      {"The meeting was scheduled for Thursday.", "scheduled", "actual"},
      // beside a modal or negated verb it is a condition
      {"He cannot leave the country without notifying the court.", "notifying", "hypothetical"},
      {"The firm had switched suppliers without telling its customers.", "telling", "negated"},
      // what one expects of another is foretold, possible; one's own expected act is a plan
      {"The bank will publish forecasts in September, and economists expect growth to slow in the second half.", "slow",
       "possible"},
      {"Traders expected the harvest to fail.", "fail", "possible"},
      {"The carrier expects to resume flights in May.", "resume", "planned"},
      // a subject takes its own verb group's modal, not that of a verb before it
      {"Miners will stay home after talks collapsed on Monday.", "talks", "actual"},
      {"Miners will stay home until talks can begin.", "talks", "possible"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("a verb conjoined to one with a modal or a governor shares its modality", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The council will close the old bridge and build a new one next year.", "build", "planned"},
      {"The rebels could cut the road and attack the town.", "attack", "possible"},
      {"The club did not sell the stadium and move to the suburbs.", "move", "negated"},
      {"The council closed the old bridge and built a new one.", "built", "actual"},
      {"The council will close the old bridge, and residents rebuilt the ferry.", "rebuilt", "actual"},
      // an infinitive conjoined to a governed one shares its governor
      {"The mayor promised to repair the roads and to build a new school.", "build", "planned"},
      {"The rebels refused to free the hostages and to leave the town.", "leave", "negated"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("'would' after a past reporting verb is the future seen then, unless a condition hangs on it", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The union said the strike would last two days.", "last", "planned"},
      {"The ministry announced that the bridge would reopen in May.", "reopen", "planned"},
      {"Officials told reporters the convoy would leave at dawn.", "leave", "planned"},
      {"The union said the strike would last two days if talks failed.", "last", "hypothetical"},
      {"The union says the strike would hurt exports.", "hurt", "hypothetical"},
      {"The strike would hurt exports, the union said on Monday.", "hurt", "planned"},
      {"Critics said the mayor should resign.", "resign", "hypothetical"},
      {"Officials said the summit would open in May.", "summit", "planned"},
      {"The companies said they were disappointed and would consider an appeal.", "consider", "planned"},
      // the event noun a "would" verb takes, and other verbs that tell of the future
      {"The carrier said it would hold a briefing on Tuesday.", "briefing", "planned"},
      {"The pilots argued that members would walk out on Friday.", "walk", "planned"},
      {"Doctors cautioned that the results would be published next month.", "published", "planned"},
      // a condition after the reported clause is that clause's
      {"The ministry said the talks would resume if the ceasefire held.", "resume", "hypothetical"},
      {"The league said the season would restart unless cases rose.", "restart", "hypothetical"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("negation sets polarity NEG on verbs and on nouns after 'no'", "[events][polarity]") {
  CHECK(attributes_of("The mayor did not sign the budget.", "sign").polarity == "NEG");
  CHECK(attributes_of("The village saw no rescue for three days.", "rescue").polarity == "NEG");
  CHECK(attributes_of("The mayor signed the budget.", "signed").polarity == "POS");
  // "no" belongs to its own noun, not to a later one in another clause
  const auto verdict = attributes_of("The captain showed no emotion as the verdict was read.", "verdict");
  CHECK(verdict.polarity == "POS");
  CHECK(verdict.modality == "actual");
  CHECK(attributes_of("There was no immediate reply from the ministry.", "reply").polarity == "NEG");
}

TEST_CASE("tense and aspect come from the auxiliaries before the verb", "[events][tense]") {
  auto [sentence, word, tense, aspect] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The ferry company has cancelled every crossing.", "cancelled", "PRESENT", "PERFECTIVE"},
      {"The two chess players were resting when the lights failed.", "resting", "PAST", "PROGRESSIVE"},
      {"The museum will reopen its east wing.", "reopen", "FUTURE", "NONE"},
      {"The farmers hoped to harvest before the rain.", "harvest", "INFINITIVE", "NONE"},
      {"The farmers harvested the wheat early.", "harvested", "PAST", "NONE"},
      {"The committee had approved the plan before the vote.", "approved", "PAST", "PERFECTIVE"},
  }));
  CAPTURE(sentence, word);
  const auto a = attributes_of(sentence, word);
  CHECK(a.tense == tense);
  CHECK(a.aspect == aspect);
}

TEST_CASE("an event a verb calls off did not happen and one it puts off is still planned", "[events][modality][called-off]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The union called off the strike.", "strike", "negated"},
      {"Organisers cancelled the parade and the concert.", "concert", "negated"},
      {"The airline scrapped the merger.", "merger", "negated"},
      {"The festival was abandoned.", "festival", "negated"},
      {"The ministers postponed the summit.", "summit", "planned"},
      {"The league put off the match.", "match", "planned"},
      {"Organisers cancelled again the opening gala.", "gala", "negated"},
      // a thing put off from its own date is not held then
      {"The March 28 summit has been put off.", "summit", "negated"},
      {"Tuesday's vote was postponed.", "vote", "negated"},
      {"The 2026 election was postponed.", "election", "negated"},
      {"The talks were put off.", "talks", "planned"},
      // not called off: held, or only announced; "call" alone
      {"The union held the strike.", "strike", "actual"},
      {"The union announced the strike.", "strike", "actual"},
      {"The union called the strike.", "strike", "actual"},
      // a scheduling participle is the thing scheduled
      {"The vote, scheduled for Tuesday, has been cancelled.", "scheduled", "negated"},
      {"The strike planned for next week was called off.", "planned", "negated"},
      {"The summit, slated for May, was postponed.", "slated", "negated"},
      {"The vote, scheduled for Tuesday, is expected to pass.", "scheduled", "planned"},
      {"The summit, planned for June, was held in Geneva.", "planned", "actual"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("an infinitive after 'not' is negated and one a verb asks or orders of its object is possible", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"Smith promised not to raise taxes.", "raise", "negated"},
      {"The hospital warned employees not to open email attachments.", "open", "negated"},
      {"The senator decided not to run for re-election.", "run", "negated"},
      {"The club chose never to sell the ground.", "sell", "negated"},
      {"Smith promised to raise taxes.", "raise", "planned"},
      // a passive or perfect infinitive too, and one a noun with "no" governs
      {"The winners, who asked not to be named, came forward on Wednesday.", "named", "negated"},
      {"The witness chose not to have the statement read aloud.", "have", "negated"},
      {"The bridge is expected to be reopened on Friday.", "reopened", "planned"},
      {"The ministry said it had no plans to raise taxes next year.", "raise", "negated"},
      {"The agency has no immediate intention to change the schedule.", "change", "negated"},
      {"The ministry has plans to raise taxes next year.", "raise", "planned"},
      // "or not" is no negation of the infinitive; a copula's "not" is
      {"The board is deciding whether or not to sell the company.", "sell", "hypothetical"},
      {"The decision was not to prosecute the driver.", "prosecute", "negated"},
      // asked or told: the object may do it ("asked Boeing" parsed as an indirect object); ordered: it must
      {"The government asked Boeing to fix the door.", "fix", "possible"},
      {"The court ordered the firm to pay the fine by Friday.", "pay", "planned"},
      {"Officials told residents to leave their homes.", "leave", "possible"},
      {"The army forced the rebels to withdraw.", "withdraw", "actual"},
      // what is expected lies ahead, and may come if the expecting is denied
      {"Analysts expect a recession next year.", "recession", "planned"},
      {"Economists anticipate a sharp slowdown.", "slowdown", "planned"},
      {"Analysts did not expect a recession.", "recession", "possible"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("'whether or not to' leaves the infinitive's polarity alone", "[events][modality]") {
  CHECK(attributes_of("The board is deciding whether or not to sell the company.", "sell").polarity == "POS");
  CHECK(attributes_of("Smith promised not to raise taxes.", "raise").polarity == "NEG");
}


TEST_CASE("an infinitive after a passive of forecasting is possible, planned for one who acts on a plan", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"Temperatures are forecast to reach 40C by next week.", "reach", "possible"},
      {"Rain is expected to reach the coast.", "reach", "possible"},
      {"Prices were predicted to fall sharply in the autumn.", "fall", "possible"},
      {"The economy is projected to grow by two percent.", "grow", "possible"},
      {"Okafor is tipped to win the party leadership.", "win", "planned"},
      {"The ministry is expected to announce the new rules in May.", "announce", "planned"},
      {"The stadium is expected to be finished by August.", "finished", "planned"},
      {"The new terminal is set to open in July.", "open", "planned"},
      {"The inquiry is due to publish its findings.", "publish", "planned"},
      {"Coal demand is anticipated to peak within a decade.", "peak", "possible"},
      {"The river had been forecast to crest on Sunday.", "crest", "possible"},
      // a forecast denied only says that it is not foreseen
      {"The economy is not projected to recover this year.", "recover", "possible"},
      {"Okafor was not tipped to win the seat.", "win", "possible"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("an infinitive of a denied ability is negated, one of a denied likelihood possible", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"Crews have not yet been able to reach several neighbourhoods.", "reach", "negated"},
      {"Rescuers were not able to enter the mine on Tuesday.", "enter", "negated"},
      {"The firm has never been able to repay its debts.", "repay", "negated"},
      {"Nobody was able to reach the summit.", "reach", "negated"},
      {"Crews were unable to reach the village.", "reach", "negated"},
      {"Crews could not reach the village.", "reach", "negated"},
      {"The rebels did not try to flee.", "flee", "negated"},
      {"Crews may be able to reach the village.", "reach", "possible"},
      {"Demand is not likely to recover before the summer.", "recover", "possible"},
      {"Prices are not unlikely to rise again.", "rise", "possible"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("an event negated by its governor, its subject or its adverb has polarity NEG", "[events][polarity]") {
  auto [sentence, word] = GENERATE(table<std::string, std::string>({
      {"The board has failed to act for the past 18 months.", "act"},
      {"The coach declined to comment on the transfer.", "comment"},
      {"The ministry refused to release the figures.", "release"},
      {"Crews were unable to reach the village.", "reach"},
      {"Crews have not yet been able to reach several neighbourhoods.", "reach"},
      {"No party wanted to join the coalition.", "join"},
      {"Police prevented the protesters from entering the building.", "entering"},
      {"The bank almost collapsed in 2008.", "collapsed"},
      {"The city switched its water source without adding chemicals.", "adding"},
      {"The senator decided not to run for re-election.", "run"},
  }));
  CAPTURE(sentence, word);
  const auto a = attributes_of(sentence, word);
  CHECK(a.modality == "negated");
  CHECK(a.polarity == "NEG");
}

TEST_CASE("what a verb negated until a time or an event governs happens then, not never", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The airline did not resume flights until the inquiry ended.", "flights", "actual"},
      {"The airline will not resume flights until the inquiry ends.", "flights", "planned"},
      {"The museum did not reopen its galleries until March.", "galleries", "actual"},
      {"We will not fly until we understand the data.", "fly", "planned"},
      {"The airline did not resume flights.", "flights", "negated"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("a present tense negated only until a time or an event is still ahead", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"Officials are not lifting the order until the river drops.", "lifting", "planned"},
      {"Officials are not lifting the order until the river drops.", "drops", "hypothetical"},
      {"But we are not declaring victory until every hot spot is out.", "declaring", "planned"},
      {"The school is not reopening until the roof is repaired.", "reopening", "planned"},
      {"The club does not return to training until January.", "return", "planned"},
      {"He did not resign until Friday.", "resign", "actual"},
      {"Officials are not lifting the order.", "lifting", "negated"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("a plan or a present tense that an 'if' or 'unless' clause hangs on is hypothetical", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The mayor will resign if the vote fails.", "resign", "hypothetical"},
      {"If the vote fails, the mayor will resign.", "resign", "hypothetical"},
      {"The union will strike unless the offer improves.", "strike", "hypothetical"},
      {"Quinn has said she will resign if the bill is weakened in the Lords.", "resign", "hypothetical"},
      {"The festival goes ahead only if the rain stops.", "goes", "hypothetical"},
      {"The summit will open unless the talks fail.", "summit", "hypothetical"},
      {"Talks could begin if both sides agree.", "Talks", "possible"},
      {"The mayor will resign on Friday.", "resign", "planned"},
      {"It remains unclear if the mayor will resign.", "remains", "actual"},
      {"Prices will climb higher if the drought continues.", "climb", "hypothetical"},
      {"The ban will become permanent if parliament approves it.", "become", "hypothetical"},
      {"Officials asked if the talks would resume.", "asked", "actual"},
      {"The council will decide if the mayor stays.", "decide", "planned"},
      {"The mayor resigned after the vote failed.", "resigned", "actual"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("a 'would' clause the parser hangs on a past reporting verb or on a noun of its obliques is its future", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"Brennan told employees in a memo on Wednesday morning that the cuts would be completed by the end of the year.",
       "completed", "planned"},
      {"Brennan told employees in a memo on Wednesday morning that the plant would be closed by the end of the year.",
       "closed", "planned"},
      {"Brennan told employees in a memo on Wednesday that the cuts would be completed by the end of the year.",
       "completed", "planned"},
      {"Brennan told employees in a memo on Wednesday morning that the cuts would be finished by March.", "finished",
       "planned"},
      {"The governor told lawmakers in a speech on Thursday night that the budget would be balanced by 2026.",
       "balanced", "planned"},
      {"Harbor said in a letter on Monday that it would push for two board seats.", "push", "planned"},
      // a noun that takes a clause of its own keeps it
      {"The union agreed to the deal in the hope that wages would rise.", "rise", "hypothetical"},
      {"Officials acted in response to reports that the dam would burst.", "burst", "hypothetical"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("a headline's infinitive after its subject is planned also beside a clause of its own", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"Nimbus Systems to cut 1,800 jobs as cloud growth slows", "cut", "planned"},
      {"Veltra to close three plants as demand weakens", "close", "planned"},
      {"Mayor to step down after council rejects budget", "step", "planned"},
      {"Bank to raise rates while inflation stays high", "raise", "planned"},
      {"Nimbus to cut 1,800 jobs, CEO says", "cut", "planned"},
      // a finite verb above it makes it no headline's
      {"Nimbus Systems cut 1,800 jobs as cloud growth slows", "cut", "actual"},
      {"Crowds gathered in the square to watch the parade on Monday.", "watch", "actual"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("an infinitive of a purpose, a readiness or a reluctance is not told as done", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The lander was designed to touch down on the plain.", "touch", "planned"},
      {"The new terminal was meant to open in May.", "open", "planned"},
      {"The vaccine is supposed to protect older patients.", "protect", "planned"},
      {"Both sides are willing to extend the talks.", "extend", "planned"},
      {"Officials are ready to reopen the border.", "reopen", "planned"},
      {"The club was eager to sign the striker.", "sign", "planned"},
      {"The rebels seem determined to fight on.", "fight", "planned"},
      {"Lenders were poised to cut rates.", "cut", "planned"},
      {"The bank was reluctant to cut rates.", "cut", "possible"},
      {"The union is unwilling to end the strike.", "end", "negated"},
      // what is under way stays so when its end is only wanted or refused
      {"The union is unwilling to end the strike.", "strike", "actual"},
      {"The union refused to end the strike.", "strike", "actual"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("an infinitive a holder is given the time or the right for may be done", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The mediator gave both sides until Monday to accept the draft.", "accept", "possible"},
      {"Residents were given until Friday to leave their homes.", "leave", "possible"},
      {"The court gave the company 30 days to pay the fine.", "pay", "possible"},
      {"The firm has 18 months to comply with the rules.", "comply", "possible"},
      {"Athens won the right to host the games.", "host", "possible"},
      {"Tenants were not given time to respond.", "respond", "negated"},
      // time that was taken or waited tells what was done
      {"It took firefighters six hours to bring the fire under control.", "bring", "actual"},
      {"Crews waited until Monday to reopen the road.", "reopen", "actual"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("an infinitive a predicate with a modal governs, or a present evaluation with 'it', is not told as done",
          "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"It would be a mistake to keep policy tight.", "keep", "hypothetical"},
      {"It would be wise to wait for the data.", "wait", "hypothetical"},
      {"It is important to act quickly.", "act", "hypothetical"},
      {"Lower costs would help firms invest.", "invest", "hypothetical"},
      {"The rebate could help families pay their bills.", "pay", "possible"},
      {"The law will force companies to disclose their emissions.", "disclose", "planned"},
      // told of the past, they happened
      {"Lower costs helped firms invest.", "invest", "actual"},
      {"It was a mistake to invade.", "invade", "actual"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("a gerund advised, warned, argued, voted or decided against did not happen", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"An expert panel advised against lowering the age.", "lowering", "negated"},
      {"The council decided against building a new stadium.", "building", "negated"},
      {"The court ruled against extending the deadline.", "extending", "negated"},
      {"Economists have argued against raising the retirement age.", "raising", "negated"},
      {"Shareholders voted against selling the unit.", "selling", "negated"},
      {"Experts warned the government against cutting taxes.", "cutting", "negated"},
      // the counsel denied, it may yet be done; a protest does not undo what it is against
      {"The board did not vote against selling the unit.", "selling", "possible"},
      {"Students protested against raising fees.", "raising", "actual"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}

TEST_CASE("what an attempt, a bid or an effort is for is not known to have happened", "[events][modality]") {
  auto [sentence, word, modality] = GENERATE(table<std::string, std::string, std::string>({
      {"The senator made a final attempt to block the bill.", "block", "possible"},
      {"The attempt by the senator to block the bill was rejected.", "block", "possible"},
      {"Veltra launched a bid to buy the unit.", "buy", "possible"},
      {"Negotiators made every effort to save the deal.", "save", "possible"},
      {"Rebels attempted to seize the airport.", "seize", "possible"},
      {"Firms struggled to hire workers.", "hire", "possible"},
      {"The rebels tried to seize the airport.", "seize", "possible"},
  }));
  CAPTURE(sentence, word);
  CHECK(attributes_of(sentence, word).modality == modality);
}
