#include "core/links/occasion_references.h"

#include <map>
#include <optional>
#include <string_view>

#include "core/common/data_lines.h"
#include "core/events/lexicon.h"
#include "core/events/parse_view.h"

namespace chronograph::core {

namespace {

enum class Placement { Within, After, Before };

// What the word opening the phrase says of the event and the occasion; none for any other word.
std::optional<Placement> placement_of(std::string_view word) {
  if (word == "during" || word == "at" || word == "in" || word == "throughout") return Placement::Within;
  if (word == "after" || word == "following") return Placement::After;
  if (word == "before") return Placement::Before;
  return std::nullopt;
}

std::string lemma_at(const TokenizedText& tokens, std::size_t i) {
  const Token& t = tokens.tokens[i];
  return to_lower(t.lemma.empty() ? t.text : t.lemma);
}

// "the summit", "its launch", "the press conference": a noun made definite by "the" or a
// possessive pronoun, with nothing that tells of another occasion: an adjective or a number
// ("the next meeting", "the second round"), a date ("the meeting next week"), a phrase or a
// clause ("the meeting on Friday", "the meeting that ends today"), an owner named ("last
// year's summit").
bool refers_back(const TokenizedText& tokens, const ParseView& parse, std::size_t noun) {
  bool definite = false;
  for (const auto c : parse.children(noun)) {
    const std::string_view relation = parse.relation(c);
    if (relation == "det" && lemma_at(tokens, c) == "the") {
      definite = true;
    } else if (relation == "nmod:poss" && tokens.tokens[c].upos == "PRON") {
      definite = true;
    } else if (relation != "case" && relation != "punct" && relation != "compound") {
      return false;
    }
  }
  return definite;
}

// "seized the airport a week after the summit": a measure of time before the opener says how far
// apart the two are, which the temporal links tell (core/tlinks); this link would say less.
bool measured(const TokenizedText& tokens, const ParseView& parse, std::size_t opener) {
  if (opener == parse.begin()) return false;
  const std::string_view relation = parse.relation(opener - 1);
  return tokens.tokens[opener - 1].upos == "NOUN" &&
         (relation == "obl:unmarked" || relation == "obl:npmod" || relation == "obl:tmod");
}

// The words from the phrase's opener to its noun ("during the event"): the link's cue.
std::string cue_words(const TokenizedText& tokens, std::size_t opener, std::size_t noun) {
  std::string words;
  for (std::size_t k = opener; k <= noun; ++k) words += (k == opener ? "" : " ") + to_lower(tokens.tokens[k].text);
  return words;
}

class OccasionFinder {
 public:
  OccasionFinder(const TokenizedText& tokens, const DocumentEvents& events, const std::set<std::string>& general_nouns)
      : tokens_(tokens), events_(events), general_nouns_(general_nouns) {
    for (std::size_t m = 0; m < events.events.size(); ++m) mention_at_.emplace(events.events[m].token, m);
  }

  // The mention of the occasion the definite noun at `noun` (in sentence `sentence`) names,
  // told in an earlier sentence; none when none is.
  std::optional<std::size_t> named_before(std::size_t noun, int sentence) const {
    if (const auto own = mention_at_.find(noun); own != mention_at_.end())
      if (const auto earlier = earlier_of_its_event(own->second)) return with_its_maker(*earlier);
    const std::size_t first = tokens_.sentences[static_cast<std::size_t>(sentence)].first_token;
    if (const auto same = same_noun_before(noun, first)) return event_named_at(*same, mention_at_.contains(noun));
    if (general_nouns_.contains(lemma_at(tokens_, noun))) return last_occasion_before(sentence);
    return std::nullopt;
  }

 private:
  // The verb that makes the event the noun mention names, when it is the verb's object ("held a
  // rally on Monday": the holding, which the date is on), else the mention itself.
  std::size_t with_its_maker(std::size_t mention) const {
    const auto* sentence = sentence_containing(tokens_, events_.events[mention].token);
    if (!sentence) return mention;
    const ParseView parse(tokens_, *sentence);
    const std::size_t noun = events_.events[mention].token;
    const auto head = parse.head(noun);
    const auto verb = head && parse.relation_is(noun, "obj") ? mention_at_.find(*head) : mention_at_.end();
    return verb != mention_at_.end() && events_.events[verb->second].with_its_object ? verb->second : mention;
  }

  // The nearest mention of the same event (event coreference) in an earlier sentence.
  std::optional<std::size_t> earlier_of_its_event(std::size_t mention) const {
    const auto& told = events_.events[mention];
    std::optional<std::size_t> nearest;
    for (std::size_t m = 0; m < events_.events.size(); ++m) {
      const auto& other = events_.events[m];
      if (told.coref_group < 0 || other.coref_group != told.coref_group || other.sentence >= told.sentence) continue;
      if (!nearest || other.token > events_.events[*nearest].token) nearest = m;
    }
    return nearest;
  }

  // The nearest noun of the same lemma before token `first`.
  std::optional<std::size_t> same_noun_before(std::size_t noun, std::size_t first) const {
    const std::string lemma = lemma_at(tokens_, noun);
    for (std::size_t t = first; t-- > 0;)
      if (tokens_.tokens[t].upos == "NOUN" && lemma_at(tokens_, t) == lemma) return t;
    return std::nullopt;
  }

  // The event the noun at `t` is a mention of; or the one of a verb that makes it, whose object
  // it is ("staged a protest", "gave a keynote"); or else, when the noun referring back to it
  // names an event (`eventive`), the one it is the place of ("spoke at a rally on Monday": the
  // rally is when the speech was; not "gathered in the square").
  std::optional<std::size_t> event_named_at(std::size_t t, bool eventive) const {
    if (const auto own = mention_at_.find(t); own != mention_at_.end()) return with_its_maker(own->second);
    const Sentence* sentence = sentence_containing(tokens_, t);
    if (!sentence) return std::nullopt;
    const ParseView parse(tokens_, *sentence);
    const auto head = parse.head(t);
    const auto verb = head ? mention_at_.find(*head) : mention_at_.end();
    if (verb == mention_at_.end()) return std::nullopt;
    const bool made = parse.relation_is(t, "obj") && events_.events[verb->second].with_its_object;
    return made || (eventive && parse.relation_is(t, "obl")) ? std::optional(verb->second) : std::nullopt;
  }

  // The last noun event of the sentence before `sentence`, else that sentence's main event
  // ("The museum hosted a gala on Saturday. At the event, ..."); none when it has neither.
  std::optional<std::size_t> last_occasion_before(int sentence) const {
    const Sentence& before = tokens_.sentences[static_cast<std::size_t>(sentence - 1)];
    std::optional<std::size_t> main;
    for (std::size_t t = before.first_token + before.token_count; t-- > before.first_token;) {
      const auto m = mention_at_.find(t);
      if (m == mention_at_.end()) continue;
      if (events_.events[m->second].pos == "NOUN") return m->second;
      if (tokens_.tokens[t].head < 0) main = m->second;
    }
    return main;
  }

  const TokenizedText& tokens_;
  const DocumentEvents& events_;
  const std::set<std::string>& general_nouns_;
  std::map<std::size_t, std::size_t> mention_at_;  // trigger token -> mention
};

CueEdge placed(Placement placement, std::size_t event, std::size_t occasion, std::string cue, int sentence) {
  switch (placement) {
    case Placement::Within: return {event, occasion, "part_of", std::move(cue), sentence};
    case Placement::After: return {occasion, event, "before", std::move(cue), sentence};
    case Placement::Before: break;
  }
  return {event, occasion, "before", std::move(cue), sentence};
}

}  // namespace

OccasionNouns OccasionNouns::load_from(const std::filesystem::path& file) {
  OccasionNouns nouns;
  for_each_data_line(read_data_file(file), [&](const std::string& line, int) { nouns.nouns_.insert(to_lower(line)); });
  return nouns;
}

std::vector<CueEdge> OccasionNouns::link(const TokenizedText& tokens, const DocumentEvents& events) const {
  const OccasionFinder finder(tokens, events, nouns_);
  std::vector<CueEdge> edges;
  for (std::size_t m = 0; m < events.events.size(); ++m) {
    const auto& event = events.events[m];
    if (event.sentence <= 0 || static_cast<std::size_t>(event.sentence) >= tokens.sentences.size()) continue;
    const ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
    for (const auto noun : parse.children(event.token)) {
      if (!parse.relation_is(noun, "obl") || tokens.tokens[noun].upos != "NOUN") continue;
      const auto opener = parse.child(noun, "case");
      const auto placement = opener ? placement_of(lemma_at(tokens, *opener)) : std::nullopt;
      if (!placement || *opener > noun || measured(tokens, parse, *opener) || !refers_back(tokens, parse, noun)) continue;
      const auto occasion = finder.named_before(noun, event.sentence);
      if (occasion && *occasion != m)
        edges.push_back(placed(*placement, m, *occasion, cue_words(tokens, *opener, noun), event.sentence));
    }
  }
  return edges;
}

}  // namespace chronograph::core
