#include "core/events/title_noun_phrases.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/events/parse_view.h"
#include "core/events/quote_speakers.h"
#include "core/events/title_actors.h"
#include "core/events/title_complements.h"
#include "core/events/title_words.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"

namespace chronograph::core::titles {

namespace {

// A noun's modifiers and the noun ("possible Russian offensive"); `phrase_start` gets the first.
// A tagged word that cannot modify a noun from the left: "off" in "broke off talks", a verb.
bool not_a_modifier(const Token& t) {
  static const std::set<std::string> kNever = {"VERB", "ADP", "ADV", "PART", "SCONJ", "CCONJ", "PRON", "AUX"};
  return kNever.count(t.upos) > 0;
}

// "discussed the proposal at length", "in part", "on time": a preposition and a bare singular
// noun after an object say how the verb went, not what the noun is.
bool adverbial_idiom(const Doc& d, std::size_t preposition, std::size_t end) {
  const std::string w = lower_at(d, preposition);
  if ((w != "at" && w != "in" && w != "on" && w != "by") || preposition + 1 >= end) return false;
  const Token& noun = d.tokens.tokens[preposition + 1];
  const bool closes = preposition + 2 >= end || is_punctuation(lower_at(d, preposition + 2));
  return noun.xpos == "NN" && d.mention_at[preposition + 1] < 0 && closes;
}

// What follows an event noun and belongs to it: a prepositional phrase ("offensive into
// Ukraine", "trip to Camp David") or a participle ("sanctions threatened by the West").
Words noun_complement(const Doc& d, const Sentence& s, std::size_t i) {
  const std::size_t end = s.first_token + s.token_count;
  if (i + 1 >= end) return {};
  const std::string next = lower_at(d, i + 1);
  if (!title_preposition(next) && next != "to" && d.tokens.tokens[i + 1].xpos != "VBN") return {};
  if (adverbial_idiom(d, i + 1, end)) return {};
  return complement_words(d, s, i, true);
}

// The verb event a noun is an argument of: its head in the parse, else the nearest verb event
// before it in the sentence.
std::optional<std::size_t> governing_event(const Doc& d, const ParseView& parse, std::size_t noun) {
  if (const auto head = parse.head(noun); head && d.event_at[*head] >= 0) return static_cast<std::size_t>(d.event_at[*head]);
  for (std::size_t j = noun; j > parse.begin() && noun - j < 6;) {
    --j;
    if (d.event_at[j] >= 0 && d.found.events[static_cast<std::size_t>(d.event_at[j])].pos == "VERB")
      return static_cast<std::size_t>(d.event_at[j]);
  }
  return std::nullopt;
}

// "its demands" after "Russia has picked up": the one name the governing verb's subject
// gives, else the last non-person named before in the sentence.
std::optional<std::size_t> owner_of_its(const Doc& d, const ParseView& parse, std::size_t pronoun, std::size_t noun,
                                        const std::vector<std::vector<std::size_t>>& subjects) {
  const auto not_person = [&](std::size_t m) { return d.found.entity_mentions[m].type != "PERSON"; };
  if (const auto verb = governing_event(d, parse, noun); verb && subjects[*verb].size() == 1 && not_person(subjects[*verb][0]))
    return subjects[*verb][0];
  for (std::size_t j = pronoun; j > parse.begin();) {
    --j;
    if (d.mention_at[j] >= 0 && not_person(static_cast<std::size_t>(d.mention_at[j])) &&
        !names_home_of_one(d, parse, static_cast<std::size_t>(d.mention_at[j])))
      return static_cast<std::size_t>(d.mention_at[j]);
  }
  return std::nullopt;
}

}  // namespace

Words possessor_name(const Doc& d, std::size_t m) {
  const EntityMention& mention = d.found.entity_mentions[m];
  // "the US's support" -> "US support".
  if (is_acronym(mention.text)) return words_of(mention.text, true);
  Words out = words_of(display_name(d, d.found.entities[static_cast<std::size_t>(mention.entity)]), true);
  // "Calloway Foods' board", "Reuters' report": a name in -s takes the apostrophe alone
  out.back().text += out.back().text.ends_with('s') ? "'" : "'s";
  return out;
}

std::size_t hyphenated_word_start(const Doc& d, const ParseView& parse, std::size_t start) {
  const auto& toks = d.tokens.tokens;
  while (start >= parse.begin() + 2 && toks[start - 1].text == "-" && toks[start - 1].span.end == toks[start].span.begin &&
         toks[start - 2].span.end == toks[start - 1].span.begin)
    start -= 2;
  return start;
}

bool home_of_one(const Doc& d, const ParseView& parse, std::size_t subject, std::size_t name) {
  const int m = d.mention_at[name];
  if (m < 0) return false;
  const EntityMention& place = d.found.entity_mentions[static_cast<std::size_t>(m)];
  // (a happening is named after its place: "a quake near Izmit" is the "Izmit quake")
  static const std::set<std::string, std::less<>> kHappenings = {"n.event", "n.phenomenon", "n.process", "n.act"};
  const auto& classes = d.lexicon.wordnet_classes(to_lower(d.tokens.tokens[subject].lemma));
  const auto sense = std::find_if(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("n."); });
  if (place.type != "LOCATION" || d.event_at[subject] >= 0 || (sense != classes.end() && kHappenings.contains(*sense)))
    return false;
  const std::size_t last = last_token_of(d, place);
  const bool based = last + 2 < parse.end() && lower_at(d, last + 1) == "-" && lower_at(d, last + 2) == "based";
  const auto article = parse.child(subject, "det");
  return based || (article && (lower_at(d, *article) == "a" || lower_at(d, *article) == "an"));
}

bool names_home_of_one(const Doc& d, const ParseView& parse, std::size_t m) {
  std::size_t name = last_token_of(d, d.found.entity_mentions[m]);
  if (name < parse.begin() || name >= parse.end()) return false;
  while (parse.head(name) && d.mention_at[*parse.head(name)] == static_cast<int>(m)) name = *parse.head(name);
  auto noun = parse.head(name);
  if (noun && lower_at(d, *noun) == "based") noun = parse.head(*noun);
  return noun && d.tokens.tokens[*noun].upos == "NOUN" && home_of_one(d, parse, *noun, name);
}

Words noun_core(const Doc& d, const Sentence& s, std::size_t i, std::size_t* phrase_start) {
  const ParseView parse(d.tokens, s);
  std::size_t start = i;
  while (start > s.first_token && i - start < 3) {
    const std::string w = lower_at(d, start - 1);
    if (d.in_timex[start - 1] || is_punctuation(w) || is_determiner(w) || is_auxiliary(w) || possessive_marker(w) ||
        d.lexicon.is_function_word(w) || d.event_at[start - 1] >= 0 || quantifying_adjective(w) ||
        not_a_modifier(d.tokens.tokens[start - 1]))
      break;
    --start;
  }
  if (start < i) start = hyphenated_word_start(d, parse, start);  // "late-stage trials"
  const bool amount = sign_before_amount(d, s.first_token, start);
  if (amount) --start;
  if (phrase_start) *phrase_start = start;
  Words out;
  for (std::size_t j = start; j <= i; ++j) {
    if (lower_at(d, j) == "-" && j > start && j < i) {  // the hyphens join the word
      out.back().text += "-" + d.tokens.tokens[++j].text;
      continue;
    }
    if (amount && j == start + 1) {  // the symbol is written onto its number
      out.back().text += d.tokens.tokens[j].text;
      continue;
    }
    out.push_back(token_word(d, parse, j));
  }
  return out;
}

Title noun_title_words(const Doc& d, const Sentence& s, std::size_t i, std::size_t* phrase_start) {
  Title t;
  t.words = noun_core(d, s, i, phrase_start);
  t.core = t.words.size();
  append(t.words, noun_complement(d, s, i));
  return t;
}

Words earlier_modifiers(const Doc& d, std::size_t noun) {
  // A mention further back than this is not what a reader remembers, and a book-length part
  // must not be scanned from its start for every bare noun.
  constexpr std::size_t kReach = 1000;  // tokens
  const std::string w = lower_at(d, noun);
  const std::size_t stop = noun > kReach ? noun - kReach : 0;
  for (std::size_t j = noun; j-- > stop;) {
    if (lower_at(d, j) != w) continue;
    Words modifiers;
    for (std::size_t k = j; k-- > 0 && j - k <= 2;) {
      const Token& t = d.tokens.tokens[k];
      if ((t.upos != "NOUN" && t.upos != "PROPN") || d.in_timex[k] || possessive_marker(lower_at(d, k))) break;
      const bool proper = t.upos == "PROPN" || d.mention_at[k] >= 0;
      modifiers.insert(modifiers.begin(), Word{proper ? t.text : to_lower(t.text), 0, End::Whole, proper});
    }
    if (!modifiers.empty()) return modifiers;
  }
  return {};
}

std::vector<std::size_t> last_plural_subject(const Doc& d, const EventMention& e,
                                             const std::vector<std::vector<std::size_t>>& subjects) {
  // The events are in text order here (title_events runs before coreference merges them).
  const auto& events = d.found.events;
  const auto first_after = std::lower_bound(events.begin(), events.end(), e.token,
                                            [](const EventMention& m, std::size_t token) { return m.token < token; });
  for (auto k = static_cast<std::size_t>(first_after - events.begin()); k-- > 0;) {
    if (events[k].sentence + 4 < e.sentence) break;
    std::vector<int> entities;
    for (const auto m : subjects[k]) entities.push_back(d.found.entity_mentions[m].entity);
    std::sort(entities.begin(), entities.end());
    if (std::unique(entities.begin(), entities.end()) - entities.begin() >= 2) return subjects[k];
  }
  return {};
}

Words possessor(const Doc& d, EventMention& e, std::size_t start, const std::vector<std::vector<std::size_t>>& subjects) {
  const ParseView parse(d.tokens, *sentence_of(d.tokens, e));
  if (start <= parse.begin()) return {};
  const std::string w = lower_at(d, start - 1);
  std::optional<std::size_t> owner_mention;
  if (w == "its") owner_mention = owner_of_its(d, parse, start - 1, e.token, subjects);
  if (w == "his" || w == "her") owner_mention = person_before(d, start - 1, e.sentence);
  if (owner_mention) {
    add_actor(e, *owner_mention);
    return possessor_name(d, *owner_mention);
  }
  if (!possessive_marker(w) || start - 1 == parse.begin()) return {};
  const std::size_t owner = start - 2;
  if (d.mention_at[owner] >= 0) {
    add_actor(e, static_cast<std::size_t>(d.mention_at[owner]));
    return possessor_name(d, static_cast<std::size_t>(d.mention_at[owner]));
  }
  // "the Russian leader's warning", "a donors' conference"; not "anybody's".
  std::size_t first = owner + 1;
  while (first > parse.begin() && owner + 1 - first < 3) {
    const Token& t = d.tokens.tokens[first - 1];
    if (t.upos != "NOUN" && t.upos != "ADJ" && t.upos != "PROPN") break;
    --first;
  }
  if (first > owner) return {};
  Words out;
  for (std::size_t j = first; j <= owner; ++j) out.push_back(token_word(d, parse, j));
  out.back().text += w == "'" ? "'" : "'s";  // "the donors' conference"
  return out;
}

}  // namespace chronograph::core::titles
