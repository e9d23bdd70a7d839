#include "core/events/described_people.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace chronograph::core {

namespace {

// "the 34-year-old Spanish striker": the words of a description, after "the" or before a name.
constexpr std::size_t kMaxDescriptionWords = 6;
// "Saint Vincent and the Grenadines"
constexpr std::size_t kMaxCountryWords = 5;
// "34-year", "-", "old", or "34", "-", "year", "-", "old"
constexpr std::size_t kMaxAgeTokens = 5;
constexpr int kOldestAge = 120;

// What the text says of a person around its name, or what "the ..." says of the one it means.
struct Description {
  std::vector<std::vector<std::string>> countries;  // each nationality word's countries
  std::set<int> ages;
  std::set<std::string> words;  // other nouns and adjectives, lower-case
  // The description's last word: a role's noun ("striker"), or "" when it was a nationality or
  // an age; `national` when it was the noun for one person of a country ("Spaniard").
  std::string head;
  bool age_head = false, national = false;
};

// The words of tokens [k, k + n) as written, one space where the text has one.
std::string words_at(const TokenizedText& text, std::size_t k, std::size_t n) {
  std::string out;
  for (std::size_t i = k; i < k + n; ++i) {
    if (i > k && text.tokens[i].span.begin > text.tokens[i - 1].span.end) out += ' ';
    out += text.tokens[i].text;
  }
  return out;
}

// A tag of a word that may stand in a description: an adjective, a singular noun, a name's word,
// a participle ("disgraced"), or a piece of "34-year-old".
bool description_tag(const Token& t) {
  static const std::set<std::string> kTags{"JJ", "NN", "NNP", "VBN", "HYPH", "CD", "LS"};
  return kTags.count(t.xpos) > 0;
}

bool digits(const std::string& s) {
  return !s.empty() && s.size() <= 3 && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool plausible_age(const std::string& s) { return digits(s) && std::stoi(s) > 0 && std::stoi(s) <= kOldestAge; }

struct Found {
  std::size_t end = 0;  // the token after it
  std::vector<std::string> countries;
  int age = 0;
};

// "34-year-old" from token `k` (written as one word, however the tokenizer split it), before `to`.
std::optional<Found> age_at(const TokenizedText& text, std::size_t k, std::size_t to) {
  std::string joined;
  for (std::size_t i = k; i < to && i < k + kMaxAgeTokens; ++i) {
    if (i > k && text.tokens[i].span.begin != text.tokens[i - 1].span.end) break;
    joined += to_lower(text.tokens[i].text);
    const auto dash = joined.find('-');
    if (joined.ends_with("-year-old") && plausible_age(joined.substr(0, dash))) return Found{i + 1, {}, std::stoi(joined)};
  }
  return std::nullopt;
}

// The longest country's name, adjective or noun for one of its people from token `k`, before `to`.
std::optional<Found> nationality_at(const TokenizedText& text, const EventLexicon& lexicon, std::size_t k, std::size_t to) {
  for (std::size_t n = std::min(kMaxCountryWords, to - k); n >= 1; --n) {
    const auto& countries = lexicon.countries_of(words_at(text, k, n));
    if (!countries.empty()) return Found{k + n, countries, 0};
  }
  return std::nullopt;
}

// The description of tokens [from, to): nationalities, ages and the other words, the last its head.
Description describe(const TokenizedText& text, const EventLexicon& lexicon, std::size_t from, std::size_t to) {
  Description d;
  for (std::size_t k = from; k < to;) {
    d.head.clear();
    d.age_head = d.national = false;
    if (const auto age = age_at(text, k, to)) {
      d.ages.insert(age->age);
      d.age_head = true;
      k = age->end;
    } else if (const auto nationality = nationality_at(text, lexicon, k, to)) {
      d.countries.push_back(nationality->countries);
      d.national = !lexicon.countries_of_national(words_at(text, k, nationality->end - k)).empty();
      k = nationality->end;
    } else {
      const std::string word = to_lower(text.tokens[k].text);
      if (std::isalpha(static_cast<unsigned char>(word[0]))) {
        d.words.insert(word);
        d.head = word;
      }
      ++k;
    }
  }
  return d;
}

bool possessive_ending(const Token& t) { return t.norm == "'s" || t.text == "'s" || t.text == "\u2019s"; }

std::size_t sentence_first(const TokenizedText& text, std::size_t k) {
  const Sentence* s = sentence_containing(text, k);
  return s ? s->first_token : k;
}

std::size_t sentence_end(const TokenizedText& text, std::size_t k) {
  const Sentence* s = sentence_containing(text, k);
  return s ? s->first_token + s->token_count : std::min(k + 1, text.tokens.size());
}

void merge(Description& into, const Description& from) {
  into.countries.insert(into.countries.end(), from.countries.begin(), from.countries.end());
  into.ages.insert(from.ages.begin(), from.ages.end());
  into.words.insert(from.words.begin(), from.words.end());
}

// "Spain's [veteran striker]": the country whose 's comes right before token `k`.
std::vector<std::string> possessing_country(const TokenizedText& text, const EventLexicon& lexicon, std::size_t k) {
  const std::size_t first = sentence_first(text, k);
  if (k < first + 2 || !possessive_ending(text.tokens[k - 1])) return {};
  for (std::size_t n = std::min(kMaxCountryWords, k - 1 - first); n >= 1; --n)
    if (const auto& countries = lexicon.countries_of(words_at(text, k - 1 - n, n)); !countries.empty()) return countries;
  return {};
}

// What the words right before the name that starts at token `name` say of its person: "the
// Spanish striker Carlos Ruiz", "Spain's Carlos Ruiz", "34-year-old Ruiz", "former defence
// minister Anna Keller", and a title the mention holds from token `b` on ("Prime Minister Karl
// Lindqvist").
Description described_before(const TokenizedText& text, const EventLexicon& lexicon, std::size_t b, std::size_t name) {
  const std::size_t first = sentence_first(text, b);
  std::size_t j = b;
  while (j > first && name - j < kMaxDescriptionWords && description_tag(text.tokens[j - 1])) --j;
  Description d = describe(text, lexicon, j, name);
  if (auto owner = possessing_country(text, lexicon, j); !owner.empty()) d.countries.push_back(std::move(owner));
  return d;
}

// The end of the description that starts at `k`: words of a description's tags, in the sentence.
std::size_t description_end(const TokenizedText& text, std::size_t k) {
  const std::size_t last = std::min(sentence_end(text, k), k + kMaxDescriptionWords);
  while (k < last && description_tag(text.tokens[k])) ++k;
  return k;
}

bool article(const Token& t) {
  const std::string w = to_lower(t.text);
  return w == "a" || w == "an" || w == "the";
}

// What the words right after the name ending at token `e` say of its person: "Carlos Ruiz of
// Spain", "Ruiz, 34,", "Ruiz (34)", "Ruiz, a Spaniard,", "Keller, a former minister,".
Description described_after(const TokenizedText& text, const EventLexicon& lexicon, std::size_t e) {
  Description d;
  const std::size_t end = std::min(sentence_end(text, e - 1), text.tokens.size());  // (the name's sentence)
  const auto at = [&](std::size_t k) { return k < end ? text.tokens[k].text : std::string(); };
  if (at(e) == "of")
    if (const auto country = nationality_at(text, lexicon, e + 1, end)) d.countries.push_back(country->countries);
  std::size_t k = e;
  if ((at(k) == "," || at(k) == "(") && plausible_age(at(k + 1))) {
    const std::string close = at(k + 2);
    if (close == "," || close == ")" || close == "." || close == ";" || close.empty()) {
      d.ages.insert(std::stoi(at(k + 1)));
      k += 2;
    }
  }
  if (at(k) == "," && k + 1 < end && article(text.tokens[k + 1])) {
    Description apposition = describe(text, lexicon, k + 2, description_end(text, k + 2));
    merge(d, apposition);
    if (!apposition.head.empty()) d.words.insert(apposition.head);
    d.head = apposition.head;
    d.national = apposition.national;
  }
  return d;
}

std::size_t token_from(const TokenizedText& text, std::size_t byte) {
  const auto it = std::lower_bound(text.tokens.begin(), text.tokens.end(), byte,
                                   [](const Token& t, std::size_t b) { return t.span.begin < b; });
  return static_cast<std::size_t>(it - text.tokens.begin());
}

// What the text says of a person at one mention of its name, and the role nouns it was named with.
struct Said {
  int entity = -1;
  std::size_t end = 0;  // byte: known from here on
  Description description;
  std::set<std::string> roles;
};

// Whether what was said at a name of no known kind makes it a person's ("Yusuf Demir, a Turk,",
// "Demir, 31,").
bool says_a_person(const Said& s, const EventLexicon& lexicon) {
  return !s.description.ages.empty() || s.description.national ||
         std::any_of(s.roles.begin(), s.roles.end(), [&](const std::string& role) { return lexicon.is_person_role(role); });
}

std::vector<Said> said_of_people(const TokenizedText& text, const EventLexicon& lexicon, const DocumentEvents& out) {
  std::vector<Said> said;
  for (const auto& m : out.entity_mentions) {
    const std::string& type = m.entity < 0 ? m.type : out.entities[static_cast<std::size_t>(m.entity)].type;
    if (m.entity < 0 || (type != "PERSON" && type != "MISC")) continue;
    const std::size_t b = token_from(text, m.span.begin), e = token_from(text, m.span.end);
    if (b >= text.tokens.size()) continue;
    const std::string& full = out.entities[static_cast<std::size_t>(m.entity)].name;
    const bool titled = m.text.size() > full.size() && m.text.ends_with(" " + full);
    const std::size_t name = titled ? token_from(text, m.span.end - full.size()) : b;
    Said s{m.entity, m.span.end, described_before(text, lexicon, b, name), {}};
    if (!s.description.head.empty()) s.roles.insert(s.description.head);
    const Description after = described_after(text, lexicon, e);
    if (!after.head.empty()) s.roles.insert(after.head);
    merge(s.description, after);
    s.description.national = s.description.national || after.national;
    if (type == "PERSON" || says_a_person(s, lexicon)) said.push_back(std::move(s));
  }
  return said;
}

bool shares_a_country(const std::vector<std::string>& one, const std::vector<std::vector<std::string>>& known) {
  return std::any_of(known.begin(), known.end(), [&](const std::vector<std::string>& other) {
    return std::any_of(one.begin(), one.end(), [&](const std::string& c) { return std::find(other.begin(), other.end(), c) != other.end(); });
  });
}

// Whether "the ..." with `wanted` fits the person of whom `known` and `roles` were said.
bool fits(const Description& wanted, const Description& known, const std::set<std::string>& roles, const EventLexicon& lexicon) {
  for (const auto& countries : wanted.countries)
    if (!shares_a_country(countries, known.countries)) return false;
  for (int age : wanted.ages)
    if (!known.ages.count(age)) return false;
  for (const auto& word : wanted.words)
    if (!known.words.count(word) && !roles.count(word)) return false;
  if (wanted.age_head || wanted.national) return true;
  // ("the veteran" after "veteran striker Ruiz": a role's word, though not the noun there)
  return !wanted.head.empty() && (roles.count(wanted.head) || lexicon.is_person_role(wanted.head));
}

// The one person whom "the ..." at tokens [from, to) fits, of those named before it; -1 when none or two.
int described_person(const std::vector<Said>& said, const Description& wanted, std::size_t before,
                     const EventLexicon& lexicon) {
  std::vector<int> people;
  for (const Said& s : said)
    if (s.end <= before && std::find(people.begin(), people.end(), s.entity) == people.end()) people.push_back(s.entity);
  int found = -1;
  for (int person : people) {
    Description known;
    std::set<std::string> roles;
    for (const Said& s : said)
      if (s.entity == person && s.end <= before) {
        merge(known, s.description);
        roles.insert(s.roles.begin(), s.roles.end());
      }
    if (!fits(wanted, known, roles, lexicon)) continue;
    if (found >= 0) return -1;
    found = person;
  }
  return found;
}

// Whether mention `m` is the subject of its clause: one of its tokens is an nsubj.
bool subject_mention(const TokenizedText& text, const EntityMention& m) {
  for (std::size_t k = token_from(text, m.span.begin); k < text.tokens.size() && text.tokens[k].span.end <= m.span.end; ++k)
    if (text.tokens[k].deprel.starts_with("nsubj")) return true;
  return false;
}

// "Chidi Okafor reached the semifinal ... The 22-year-old will face": an age alone that fits no
// one by a known age is the person who was the subject of the sentence right before (news calls
// the person it is about by age), when the text gave that person no other age; -1 otherwise.
int aged_subject_before(const TokenizedText& text, const DocumentEvents& out, const std::vector<Said>& said,
                        const Description& wanted, std::size_t the) {
  if (!wanted.age_head || wanted.ages.size() != 1 || !wanted.words.empty() || !wanted.countries.empty()) return -1;
  const std::size_t first = sentence_first(text, the);
  if (first == 0) return -1;
  const std::size_t before = sentence_first(text, first - 1);
  int found = -1;
  for (const auto& m : out.entity_mentions) {
    const std::size_t b = token_from(text, m.span.begin);
    if (b < before || b >= first || m.entity < 0 || out.entities[static_cast<std::size_t>(m.entity)].type != "PERSON" ||
        !subject_mention(text, m))
      continue;
    if (found >= 0 && found != m.entity) return -1;
    found = m.entity;
  }
  for (const Said& s : said)
    if (s.entity == found && !s.description.ages.empty() && !s.description.ages.count(*wanted.ages.begin())) return -1;
  return found;
}

bool plural(const Token& t) { return t.xpos == "NNS" || t.xpos == "NNPS"; }

// The mentions overlapping [span]; none returned, and `blocked` set, when one is a name of its
// own rather than a nationality word read as its country ("The Norwegian" as Norway).
std::vector<std::size_t> overlapped(const DocumentEvents& out, const EventLexicon& lexicon, Span span, bool& blocked) {
  std::vector<std::size_t> found;
  blocked = false;
  for (std::size_t i = 0; i < out.entity_mentions.size(); ++i) {
    const EntityMention& m = out.entity_mentions[i];
    if (m.span.end <= span.begin || m.span.begin >= span.end) continue;
    if (lexicon.countries_of(m.text).empty()) blocked = true;
    found.push_back(i);
  }
  return blocked ? std::vector<std::size_t>{} : found;
}

// Removes the mentions at `drop` (indexes), then the entities no mention is left of; returns the
// indexes those entities had, highest first.
std::vector<int> drop_mentions(DocumentEvents& out, std::vector<std::size_t> drop) {
  std::set<int> emptied;
  std::sort(drop.rbegin(), drop.rend());
  drop.erase(std::unique(drop.begin(), drop.end()), drop.end());
  for (std::size_t i : drop) {
    emptied.insert(out.entity_mentions[i].entity);
    out.entity_mentions.erase(out.entity_mentions.begin() + static_cast<std::ptrdiff_t>(i));
  }
  std::vector<int> dropped;
  for (auto e = emptied.rbegin(); e != emptied.rend(); ++e) {
    if (*e < 0 || std::any_of(out.entity_mentions.begin(), out.entity_mentions.end(), [&](const EntityMention& m) { return m.entity == *e; }))
      continue;
    out.entities.erase(out.entities.begin() + *e);
    for (auto& m : out.entity_mentions)
      if (m.entity > *e) --m.entity;
    dropped.push_back(*e);
  }
  return dropped;
}

// "the Brazilian": a description that is only the noun for one person of a country.
bool lone_national(const Description& d) { return d.national && d.countries.size() == 1 && d.words.empty() && d.ages.empty(); }

// The mentions of "a Turk", "an American" (the noun for one person of a country after "a" or
// "an", the whole noun phrase): some person, neither the country nor a name of its own.
std::vector<std::size_t> indefinite_nationals(const TokenizedText& text, const EventLexicon& lexicon, const DocumentEvents& out) {
  std::vector<std::size_t> found;
  for (std::size_t k = 0; k + 1 < text.tokens.size(); ++k) {
    const std::string w = to_lower(text.tokens[k].text);
    if (w != "a" && w != "an") continue;
    const auto nationality = nationality_at(text, lexicon, k + 1, sentence_end(text, k));
    if (!nationality || description_end(text, nationality->end) != nationality->end ||
        lexicon.countries_of_national(words_at(text, k + 1, nationality->end - k - 1)).empty())
      continue;
    bool blocked = false;
    const auto overlapping =
        overlapped(out, lexicon, {text.tokens[k + 1].span.begin, text.tokens[nationality->end - 1].span.end}, blocked);
    found.insert(found.end(), overlapping.begin(), overlapping.end());
  }
  return found;
}

}  // namespace

void find_described_people(const TokenizedText& text, const EventLexicon& lexicon, DocumentEvents& out) {
  const std::vector<Said> said = said_of_people(text, lexicon, out);
  std::vector<EntityMention> added;
  std::vector<std::size_t> replaced = indefinite_nationals(text, lexicon, out);
  for (std::size_t k = 0; k + 1 < text.tokens.size(); ++k) {
    if (to_lower(text.tokens[k].text) != "the") continue;
    const std::size_t end = description_end(text, k + 1);
    // ("the King of Spain", "the minister of finance": an "of" says whose, another's)
    if (end == k + 1 || plural(text.tokens[end - 1]) || (end < text.tokens.size() && to_lower(text.tokens[end].text) == "of")) continue;
    const Span span{text.tokens[k + 1].span.begin, text.tokens[end - 1].span.end};
    bool blocked = false;
    const auto overlapping = overlapped(out, lexicon, span, blocked);
    if (blocked) continue;
    const Description wanted = describe(text, lexicon, k + 1, end);
    int person = described_person(said, wanted, text.tokens[k].span.begin, lexicon);
    if (person < 0) person = aged_subject_before(text, out, said, wanted, k);
    // ("The Brazilian scored twice": the noun for one person of a country, no one named before,
    // is some person, not the country)
    if (person < 0 && lone_national(wanted)) replaced.insert(replaced.end(), overlapping.begin(), overlapping.end());
    if (person < 0) continue;
    added.push_back(EntityMention{span, words_at(text, k + 1, end - k - 1), "PERSON", person});
    replaced.insert(replaced.end(), overlapping.begin(), overlapping.end());
  }
  for (const auto& m : added) {  // ("Yusuf Demir, a Turk,": a name of no known kind is a person's)
    out.entities[static_cast<std::size_t>(m.entity)].type = "PERSON";
    for (auto& other : out.entity_mentions)
      if (other.entity == m.entity) other.type = "PERSON";
  }
  if (replaced.empty() && added.empty()) return;
  // (entity indexes shift when a place read from a nationality word is left with no mention)
  const std::vector<int> dropped = drop_mentions(out, replaced);
  for (auto& m : added) m.entity -= static_cast<int>(std::count_if(dropped.begin(), dropped.end(), [&](int e) { return e < m.entity; }));
  out.entity_mentions.insert(out.entity_mentions.end(), added.begin(), added.end());
  std::stable_sort(out.entity_mentions.begin(), out.entity_mentions.end(),
                   [](const EntityMention& a, const EntityMention& b) { return a.span.begin < b.span.begin; });
}

}  // namespace chronograph::core
