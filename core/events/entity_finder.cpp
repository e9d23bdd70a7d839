#include "core/events/entity_finder.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/events/described_people.h"
#include "core/events/person_references.h"
#include "core/events/entity_aliases.h"
#include "core/events/word_forms.h"
#include "core/text/tokenizer.h"

namespace chronograph::core {

namespace {

struct Chunk {
  std::size_t begin = 0, end = 0;  // tokens [begin, end), the title included
  std::size_t name_begin = 0;      // after any title
  std::string name;                // "Joe Biden", or the gazetteer's canonical name
  std::string type;
  bool titled = false, gazetteer = false, group = false;
  bool heading = false;  // in a headline or section heading: a name only if the body names it
  bool place_words = false;  // a place by its own words: a dateline's, "Gulf", "Port Aransas"
  bool plural_verb = false;  // a singular name with a plural verb: a team's or a firm's ("Harbour City have")
  int name_tokens = 0;
};

std::string join_tokens(const TokenizedText& text, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin && text.tokens[i].span.begin > text.tokens[i - 1].span.end) out += ' ';
    out += text.tokens[i].text;
  }
  return out;
}

// Whether token `i` opens its sentence, after any opening quotes or brackets ("\"Workers are
// paying ...\""): a capital there says nothing of a name.
bool opens_sentence(const TokenizedText& text, std::size_t i, const Sentence& s) {
  static constexpr std::string_view kOpeners[] = {"\"", "'", "\u201c", "\u2018", "(", "[", "``", "`"};
  for (std::size_t k = s.first_token; k < i; ++k)
    if (std::find(std::begin(kOpeners), std::end(kOpeners), text.tokens[k].text) == std::end(kOpeners)) return false;
  return true;
}

// "RUSSIA" -> "Russia": all-caps text is looked up in the gazetteer title-cased.
std::string title_case(std::string_view word) {
  std::string out = to_lower(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// "Inc", "Corp.", "plc", "Company": the legal form a firm's name ends in, which news drops
// ("Lumen Systems Inc" ... "Lumen Systems"), unlike a word that says what the firm is ("Tariq
// Osei Group").
bool legal_form(std::string_view word) {
  static constexpr std::string_view kForms[] = {"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "plc", "PLC",
                                                "Co", "Co.", "AG", "SA", "NV", "SE", "GmbH", "LP", "L.P.",
                                                "Company", "Corporation", "Incorporated", "Limited"};
  return std::find(std::begin(kForms), std::end(kForms), word) != std::end(kForms);
}

// "Health ministry sets out ...", "the Defence department said": a capitalised common noun
// (wordnet_classes.tsv) alone right before the lower-case noun of an institution
// (institutions.tsv) says what the institution deals with; it names nothing of its own (not
// "Ghana police", a place; not "Ghana Health Service", whose every word is capitalised).
bool field_of_institution(const TokenizedText& text, std::size_t i, std::size_t sentence_end, const EventLexicon& lexicon) {
  const auto& t = text.tokens;
  if (i + 1 >= sentence_end || !is_capitalized(t[i].text) || is_all_caps(t[i].text)) return false;
  if (i > 0 && is_capitalized(t[i - 1].text) && !is_punctuation(t[i - 1].text)) return false;
  const std::string& next = t[i + 1].text;
  if (next.empty() || !std::islower(static_cast<unsigned char>(next[0])) || !lexicon.institution(next)) return false;
  if (lexicon.gazetteer(t[i].text) || lexicon.is_first_name(t[i].text) || lexicon.is_title(t[i].text)) return false;
  const auto& classes = lexicon.wordnet_classes(to_lower(t[i].text));
  return std::any_of(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("n."); });
}

bool mostly_all_caps(const TokenizedText& text) {
  std::size_t letters = 0, caps = 0;
  for (const auto& t : text.tokens) {
    if (t.text.size() < 2 || is_punctuation(t.text)) continue;
    ++letters;
    if (is_all_caps(t.text)) ++caps;
  }
  return letters >= 4 && caps * 2 > letters;
}

// "Ohio EPA", "Texas DPS": a place's name at token `first` and an acronym after it, the place's
// branch of a body.
bool place_then_acronym(const TokenizedText& text, const EventLexicon& lexicon, std::size_t first) {
  const GazetteerEntry* place = lexicon.gazetteer(text.tokens[first].text);
  const std::string& acronym = text.tokens[first + 1].text;
  return place && place->type == "LOCATION" && acronym.size() >= 2 && is_all_caps(acronym);
}

class ChunkScanner {
 public:
  ChunkScanner(const TokenizedText& text, const std::vector<char>& in_timex, const EventLexicon& lexicon)
      : text_(text), in_timex_(in_timex), lexicon_(lexicon), caps_(mostly_all_caps(text)) {
    for (const auto& s : text.sentences) heading_.push_back(!caps_ && heading_line(s));
    // Words capitalised inside a sentence are names; the same word opening a sentence is too.
    // (not a heading's: "Harlow Wins Mayoral Race" capitalises every word)
    for (const auto& s : text.sentences) {
      if (heading(s)) continue;
      for (std::size_t i = s.first_token + 1; i < s.first_token + s.token_count; ++i)
        if (is_capitalized(text.tokens[i].text) && !opens_sentence(text, i, s)) mid_capitals_.insert(text.tokens[i].text);
    }
    for (const auto& t : text.tokens)
      if (!t.text.empty() && std::islower(static_cast<unsigned char>(t.text[0]))) lower_words_.insert(t.text);
  }

  // The body's names first: a heading's words are names only where the body names them.
  // A byline gives none: the reporter and the desk are not in the story.
  std::vector<Chunk> scan() {
    std::vector<Chunk> chunks;
    for (const auto& s : text_.sentences)
      if (!heading(s) && !byline(s)) scan_sentence(s, chunks);
    for (const Chunk& c : chunks)
      for (std::size_t k = c.begin; k < c.end; ++k)
        body_words_.emplace(to_lower(text_.tokens[k].text), text_.tokens[k].text);
    const std::size_t body = chunks.size();
    for (const auto& s : text_.sentences)
      if (heading(s) && !byline(s)) scan_sentence(s, chunks);
    for (std::size_t k = body; k < chunks.size(); ++k) mark_heading(chunks[k]);
    std::stable_sort(chunks.begin(), chunks.end(), [](const Chunk& a, const Chunk& b) { return a.begin < b.begin; });
    return chunks;
  }

 private:
  bool heading(const Sentence& s) const { return heading_[static_cast<std::size_t>(&s - text_.sentences.data())] != 0; }

  // A headline or section heading: a line with no full stop in title case ("Harlow Wins Mayoral
  // Race by Narrow Margin") or in capitals ("BRIDGE CLOSED FOR REPAIRS", "WEATHER"), where a
  // capital says nothing of a name; not a dateline ("LONDON, Thursday 20 June 2024"), nor a line
  // in sentence case ("Norvik Motors recalls 212,000 SUVs"). (One word in title case alone
  // might be a name's line: "Weather" is left to the rules for a sentence's first word.)
  bool heading_line(const Sentence& s) const { return !dateline(s) && in_title_case(text_, s, lexicon_); }

  // "By Julia Benton, Political Correspondent", "By Helen Marsh": "By" and a name opening a line
  // with no full stop and no verb.
  bool byline(const Sentence& s) const {
    constexpr std::size_t kMaxTokens = 16;  // a name or two, a desk or an agency
    const auto begin = text_.tokens.begin() + static_cast<std::ptrdiff_t>(s.first_token);
    const auto end = begin + static_cast<std::ptrdiff_t>(s.token_count);
    if (s.token_count < 2 || s.token_count > kMaxTokens || (end - 1)->text == "." || !is_capitalized((begin + 1)->text))
      return false;
    if (begin->text != "By" && begin->text != "BY") return false;
    return std::none_of(begin, end, [](const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; });
  }

  // A heading's word is a name's where the body has it in a name, or the gazetteer knows it.
  bool named_in_body(const std::string& word) const {
    return body_words_.count(to_lower(word)) > 0 || lexicon_.gazetteer(word) || lexicon_.gazetteer(title_case(word));
  }

  // A heading's chunk, spelled as the body spells its words ("HAMMERSMITH BRIDGE" is Hammersmith
  // Bridge), so that it finds the body's entity (EntityFinder::find keeps it only then).
  // A word in capitals the body writes otherwise is no acronym: "BRIDGE" is Bridge, no firm.
  void mark_heading(Chunk& c) const {
    c.heading = true;
    if (c.gazetteer || c.group) return;
    std::string name, last;
    for (std::size_t k = c.name_begin; k < c.end; ++k) {
      if (k > c.name_begin && text_.tokens[k].span.begin > text_.tokens[k - 1].span.end) name += ' ';
      const auto body = body_words_.find(to_lower(text_.tokens[k].text));
      last = body != body_words_.end() ? body->second : text_.tokens[k].text;
      name += last;
    }
    if (name != c.name && !c.titled) c.type = lexicon_.is_org_word(last) ? "ORGANIZATION" : "MISC";
    c.name = name;
  }

  bool proper(std::size_t i, const Sentence& s) const {
    const Token& t = text_.tokens[i];
    if (in_timex_[i] || !is_capitalized(t.text) || is_punctuation(t.text)) return false;
    if (t.text == "I") return false;
    if (dateline_place_word(i, s)) return true;
    if (field_of_institution(text_, i, s.first_token + s.token_count, lexicon_)) return false;
    if (caps_) return lexicon_.gazetteer(title_case(t.text)) || lexicon_.gazetteer(t.text);
    if (heading(s)) return !lexicon_.is_function_word(to_lower(t.text)) && named_in_body(t.text);
    if (!opens_sentence(text_, i, s)) return !lexicon_.is_function_word(to_lower(t.text)) || t.upos == "PROPN" || number_in_name(i, s);
    const std::string lower = to_lower(t.text);
    if (lexicon_.is_function_word(lower) || quantifier(lower)) return false;
    // "Marks and Spencer Group cut ...", "Johnson and Johnson recalled ...": a word an
    // organisation's inner "and" joins to the name after it is that name's first word
    const std::size_t sentence_end = s.first_token + s.token_count;
    if (i + 1 < sentence_end && and_inside_organisation(i, i + 1, sentence_end, s)) return true;
    // "Rolls-Royce cut 300 jobs": a capital joined by a hyphen to a name's word is a word of that
    // name, unless it is a prefix ("Pro-Russian forces", "Anti-Government protests")
    if (hyphen_inside_name(i + 1, s.first_token + s.token_count, s)) return !word_prefix(lower);
    // "Police arrested ...": an institution's common noun opening a sentence is no name
    if (lexicon_.institution(lower)) return mid_capitals_.count(t.text) > 0;
    // "County commissioners voted", "City officials said": a place's kind word (place_words.tsv)
    // opening a sentence alone, as the modifier of the common noun after it, is that common word
    if (lone_place_word(i, s)) return mid_capitals_.count(t.text) > 0;
    // "Losing Thabo is a huge blow": a gerund opening a sentence before a name is no word of it
    if (gerund_before_name(i, s)) return mid_capitals_.count(t.text) > 0;
    // "Voyager 1 left the solar system": a noun opening a sentence with a name's number after it
    if ((t.upos == "NOUN" || t.upos == "PROPN") && i + 1 < s.first_token + s.token_count &&
        number_of_name(i + 1, s.first_token + s.token_count))
      return true;
    if (happening_word(i, s) || common_modifier(i, s) || adjective_opening(i, s)) return false;
    // "Sickle cell disease affects ...": a word opening a sentence that the text writes
    // elsewhere in lower case ("sickle cell disease") and never with a capital inside a sentence
    // is that common word, whatever the tagger says; not before a capital ("Flight MU5735
    // crashed ... the flight")
    if (lower_words_.count(lower) && plural_owner_of_common_noun(i, sentence_end)) return false;
    const bool capital_after = i + 1 < sentence_end && is_capitalized(text_.tokens[i + 1].text);
    if (!mid_capitals_.count(t.text) && lower_words_.count(lower) && !capital_after && !lexicon_.gazetteer(t.text) &&
        !lexicon_.is_first_name(t.text))
      return false;
    if (common_plural_opening(i, sentence_end)) return mid_capitals_.count(t.text) > 0;
    if (t.upos == "PROPN" || lexicon_.gazetteer(t.text) || lexicon_.is_first_name(t.text) || lexicon_.is_title(t.text))
      return true;
    if (mid_capitals_.count(t.text)) return true;
    // (a capitalised day or month after it is a date's, no name's: "Published Monday, 12 February")
    return i + 1 < s.first_token + s.token_count && is_capitalized(text_.tokens[i + 1].text) &&
           !is_punctuation(text_.tokens[i + 1].text) && !in_timex_[i + 1];
  }

  // "Teachers' pension fund collapses": a plural owning a lower-case noun (its apostrophe between)
  // at `i`; opening a sentence and written elsewhere in lower case, it is that common word, even
  // where an organisation's name capitalises it ("the Northern Teachers' Retirement Fund").
  bool plural_owner_of_common_noun(std::size_t i, std::size_t sentence_end) const {
    const auto& t = text_.tokens;
    if (i + 2 >= sentence_end || !t[i].text.ends_with('s') || (t[i + 1].text != "'" && t[i + 1].text != "\u2019")) return false;
    return std::islower(static_cast<unsigned char>(t[i + 2].text[0])) != 0;
  }

  // "Snowfall closed roads", "Flooding forced ...", "Revenue fell": a word opening a sentence
  // alone (no capital after it), written nowhere else with a capital, whose first noun sense is
  // a happening, a state, an attribute, a quantity or a sum of money (wordnet_classes.tsv), is
  // that common noun, whatever the tagger says; not "Shell", "Target" or "Visa", whose first
  // sense is a thing's.
  bool happening_word(std::size_t i, const Sentence& s) const {
    const Token& t = text_.tokens[i];
    if (mid_capitals_.count(t.text) || lexicon_.gazetteer(t.text) || lexicon_.is_first_name(t.text)) return false;
    if (i + 1 < s.first_token + s.token_count && is_capitalized(text_.tokens[i + 1].text)) return false;
    static const std::set<std::string, std::less<>> kHappenings = {"n.phenomenon", "n.process", "n.state",    "n.event",
                                                                   "n.act",        "n.attribute", "n.quantity", "n.possession"};
    const auto& classes = lexicon_.wordnet_classes(to_lower(t.text));
    const auto noun = std::find_if(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("n."); });
    return noun != classes.end() && kHappenings.count(*noun) > 0;
  }

  // "Aid agencies said", "Relief workers reached": a word opening a sentence that is a common
  // noun (a noun sense in wordnet_classes.tsv), written nowhere else with a capital, right before
  // the lower-case plural noun it modifies, is that common word; a firm's name there ("Boeing
  // workers") is no common noun.
  bool common_modifier(std::size_t i, const Sentence& s) const {
    const Token& t = text_.tokens[i];
    if (mid_capitals_.count(t.text) || lexicon_.gazetteer(t.text) || lexicon_.is_first_name(t.text)) return false;
    if (i + 1 >= s.first_token + s.token_count) return false;
    const Token& next = text_.tokens[i + 1];
    const bool modifies_next = t.head >= 0 && s.first_token + static_cast<std::size_t>(t.head) == i + 1;
    if (!modifies_next || next.xpos != "NNS" || is_capitalized(next.text)) return false;
    const auto& classes = lexicon_.wordnet_classes(to_lower(t.text));
    return std::any_of(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("n."); });
  }

  // "Pyroclastic flows travelled", "Torrential rain fell": a word opening a sentence, written
  // nowhere else with a capital, that is an adjective by WordNet (relational_adjectives.txt) or
  // by its ending (adjective_endings.txt) and no noun, right before a lower-case noun or
  // adjective, is that adjective, whatever the tagger says.
  bool adjective_opening(std::size_t i, const Sentence& s) const {
    const Token& t = text_.tokens[i];
    if (mid_capitals_.count(t.text) || lexicon_.gazetteer(t.text) || lexicon_.is_first_name(t.text)) return false;
    if (i + 1 >= s.first_token + s.token_count || !std::islower(static_cast<unsigned char>(text_.tokens[i + 1].text[0])))
      return false;
    // (an adjective goes with a noun or another adjective: "Jokic scored", "Vucic said" are names)
    const std::string& next = text_.tokens[i + 1].upos;
    if (next != "NOUN" && next != "ADJ") return false;
    const std::string lower = to_lower(t.text);
    const auto& classes = lexicon_.wordnet_classes(lower);
    if (std::any_of(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("n."); })) return false;
    return lexicon_.is_relational_adjective(lower) || lexicon_.has_adjective_ending(lower);
  }

  // Whether token `i` is a place's first or last word (place_words.tsv) alone, right before a
  // lower-case noun it modifies ("County commissioners"; not "County Durham", "City had").
  bool lone_place_word(std::size_t i, const Sentence& s) const {
    const std::string& word = text_.tokens[i].text;
    if (!lexicon_.is_place_first_word(word) && !lexicon_.is_place_last_word(word)) return false;
    if (i + 1 >= s.first_token + s.token_count) return false;
    const Token& next = text_.tokens[i + 1];
    const bool modifies_next = text_.tokens[i].head >= 0 && s.first_token + static_cast<std::size_t>(text_.tokens[i].head) == i + 1;
    return next.upos == "NOUN" && !is_capitalized(next.text) && modifies_next;
  }

  // (the name after it ends in no place's or organisation's word: "Downing Street", "Reading
  // Football Club" are names whole)
  bool gerund_before_name(std::size_t i, const Sentence& s) const {
    const Token& t = text_.tokens[i];
    const std::size_t end = s.first_token + s.token_count;
    if (t.xpos != "VBG" || lexicon_.is_first_name(t.text) || lexicon_.gazetteer(t.text)) return false;
    std::size_t last = i + 1;
    while (last < end && is_capitalized(text_.tokens[last].text) && !is_punctuation(text_.tokens[last].text)) ++last;
    if (last == i + 1) return false;
    const std::string& word = text_.tokens[last - 1].text;
    return !lexicon_.is_place_last_word(word) && !lexicon_.is_org_word(word);
  }

  // "Many Minoan palaces", "Several Kessler Group stores", "Both Harlow Foods and ...": a word
  // that counts what follows, capitalised only for opening the sentence.
  static bool quantifier(const std::string& lower) {
    static const std::set<std::string, std::less<>> kQuantifiers = {"many", "several", "few", "both", "each",
                                                                     "every", "various", "numerous"};
    return kQuantifiers.count(lower) > 0;
  }

  // "pro-", "anti-", "ex-": a prefix written as a word before a hyphen, which opens no name.
  static bool word_prefix(const std::string& lower) {
    static constexpr std::string_view kPrefixes[] = {"anti", "pro", "post", "pre", "ex", "non", "neo", "mid",
                                                     "co", "self", "pan", "inter", "ultra", "semi", "quasi", "all"};
    return std::find(std::begin(kPrefixes), std::end(kPrefixes), lower) != std::end(kPrefixes);
  }

  // "Formula One", "Air Force One": a number word capitalised inside a sentence, right after a
  // name's word, is a word of that name.
  bool number_in_name(std::size_t i, const Sentence& s) const {
    return text_.tokens[i].upos == "NUM" && i > s.first_token && proper(i - 1, s);
  }

  void scan_sentence(const Sentence& s, std::vector<Chunk>& chunks) const {
    const std::size_t end = s.first_token + s.token_count;
    std::size_t i = s.first_token;
    while (i < end) {
      if (const std::size_t title_end = quoted_title_end(i, end); title_end > i) {
        make_chunk(i, title_end, end, chunks);  // a work's title, whole: quoted_on_its_own
        i = title_end;
        continue;
      }
      if (!proper(i, s) || opening_descriptor(i, s)) {
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      while (j < end) {
        if (proper(j, s)) {
          ++j;
        } else if (number_of_place(j)) {
          ++j;  // "Route 66", "Interstate 95"
        } else if (number_of_name(j, end)) {
          j += text_.tokens[j].text == "-" ? 2 : 1;  // "Apollo 11", "Selene-2", "Boeing 737"
        } else if (hyphen_inside_name(j, end, s) || ampersand_inside_name(j, end, s)) {
          j += 2;  // "Willem-Alexander", "Rolls-Royce", "Procter & Gamble"
        } else if (const std::size_t particles = surname_particles(j, end, s)) {
          j += particles;  // "Anouk de Vries", "Ursula von der Leyen"
        } else if (and_inside_organisation(i, j, end, s) || and_inside_office(i, j, end, s)) {
          ++j;  // "Food and Drug Administration", "Securities and Exchange Commission"
        } else if (inner_of_organisation(j, end, s) || second_inner_of_organisation(i, j, end, s)) {
          j += 2;  // "Ministry of Defence", "National Center for Atmospheric Research", "Court of Arbitration for Sport"
        } else if (possessive_inside_organisation(j, end, s)) {
          j += 2;  // "Information Commissioner's Office", "St. Mary's University Hospital"
        } else if (const std::size_t listed = fields_list_end(i, j, end, s); listed > j) {
          j = listed;  // "Department for Environment, Food and Rural Affairs"
        } else {
          break;
        }
      }
      j = listed_name_end(i, j, end, s);
      if (!names_a_time(i, j) && !names_a_measure(i, j) && !numbered_label(i, j, end) && !address_abbreviation(i, j, end, s) &&
          !unlisted_credit(i, j, s) && !currency_prefix(i, j, end) && !hyphened_to_a_kind(i, j, end) &&
          !demonym_of_a_thing(i, j, end) && !model_suffix(i, j, end) && !predicate_adjective(i, j, s) &&
          !adjective_of_region(i, j, end)) {
        const std::size_t maker = maker_before_model(i, j, end);
        if (maker < j) {
          make_chunk(i, maker, end, chunks);
          make_chunk(maker, j, end, chunks);
          if (j == maker + 1) chunks.back().type = "ORGANIZATION";  // the maker alone: "Boeing"
        } else {
          make_chunk(i, j, end, chunks);
        }
        if (i == s.first_token && dateline(s)) dateline_place(chunks.back());
      }
      i = j;
    }
  }

  // 'Her memoir, "Listening to the Beginning," appeared': words right after an opening quote
  // mark, each capitalised or a lower-case function word, with such a word inside and the quote
  // closed after them (or after a comma or a full stop), are one title of a work, no names of
  // their own ("Listening", "Beginning"). The title's end; `begin` when it opens none.
  std::size_t quoted_title_end(std::size_t begin, std::size_t sentence_end) const {
    static const std::set<std::string, std::less<>> kOpening = {"\"", "\u201c", "``"};
    static const std::set<std::string, std::less<>> kClosing = {"\"", "\u201d", "''"};
    static constexpr std::size_t kLongest = 10;
    if (begin == 0 || kOpening.count(text_.tokens[begin - 1].text) == 0 || !is_capitalized(text_.tokens[begin].text)) return begin;
    const auto closing = [&](std::size_t k) { return k < sentence_end && kClosing.count(text_.tokens[k].text) > 0; };
    bool function_word = false;
    for (std::size_t k = begin; k < sentence_end && k < begin + kLongest; ++k) {
      const std::string& w = text_.tokens[k].text;
      if (closing(k) || ((w == "," || w == ".") && closing(k + 1))) return function_word && k > begin + 2 ? k : begin;
      if (is_capitalized(w) || std::isdigit(static_cast<unsigned char>(w[0]))) continue;
      if (!lexicon_.is_function_word(w)) return begin;
      function_word = true;
    }
    return begin;
  }

  // "the China Eastern Boeing 737-800", "a Delta Airbus A321": the word right before a model's
  // code names its maker, and the words before the maker another name (the operator's), so the
  // chunk [begin, end) is two names. The maker's token, or `end` when the chunk is one name
  // (no word before the maker, or a person's: "Flight MU5735", "Joe Biden").
  std::size_t maker_before_model(std::size_t begin, std::size_t end, std::size_t sentence_end) const {
    const auto& t = text_.tokens;
    std::size_t maker = end;
    // (a model's number has three figures or more, as model_code asks: "737-800", "787 MAX"; not a
    // score's "6-4" after a player's name, "beating the second seed Mira Kovac 6-4, 3-6")
    constexpr std::size_t kMinModelFigures = 3;
    if (end < sentence_end && all_digits(t[end].text) && t[end].text.size() >= kMinModelFigures && end + 1 < sentence_end) {
      const bool hyphened = t[end + 1].text == "-" && t[end].span.end == t[end + 1].span.begin && end + 2 < sentence_end &&
                            t[end + 1].span.end == t[end + 2].span.begin;  // "737-800"
      if (hyphened || is_all_caps(t[end + 1].text)) maker = end - 1;            // "737 MAX"
    } else if (end >= begin + 2 && model_code(t[end - 1].text)) {
      maker = end - 2;  // "Airbus A321"
    }
    if (maker >= end || maker <= begin) return end;
    const std::string& first = t[begin].text;
    return lexicon_.is_first_name(first) || lexicon_.is_title(first) ? end : maker;
  }

  // "MU5735", "A321", "B737": capitals then three or more figures, a flight's or a model's code
  // (not "G7", "COP28", "F1", whose few figures number a group, a meeting or a series).
  static bool model_code(const std::string& word) {
    constexpr std::size_t kMinFigures = 3;
    const auto figures = word.find_first_of("0123456789");
    if (figures == 0 || figures == std::string::npos || word.size() - figures < kMinFigures) return false;
    const auto upper = [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; };
    return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(figures), upper) &&
           all_digits(word.substr(figures));
  }

  // "SYDNEY, Aug 14 (Wire) -", "CAIRO (Staff) -": a dateline's brackets credit whoever carries
  // the story; a word there that is no news agency (news_agencies.txt) labels the desk or the
  // feed and names nothing in the story. A listed agency ("LIMA (AP) -") stays an organisation.
  bool unlisted_credit(std::size_t begin, std::size_t end, const Sentence& s) const {
    const auto& t = text_.tokens;
    if (begin == s.first_token || end >= s.first_token + s.token_count) return false;
    if (t[begin - 1].text != "(" || t[end].text != ")" || !dateline(s)) return false;
    std::string name;
    for (std::size_t k = begin; k < end; ++k) {
      if (k > begin && t[k].span.begin > t[k - 1].span.end) name += ' ';
      name += to_lower(t[k].text);
    }
    return !lexicon_.is_news_agency(name);
  }

  // "CAMBRIDGE, Mass. -", "a plant in Fresno, Calif., closed": a place abbreviated with a full
  // stop (gazetteer.tsv) between a town's comma and a comma, a dash or the sentence's end is the
  // town's address, no place of its own that could act ("California closes"); not "Canada, U.S.
  // agree", nor a state written in full.
  bool address_abbreviation(std::size_t begin, std::size_t end, std::size_t sentence_end, const Sentence& s) const {
    const std::string& word = text_.tokens[begin].text;
    const GazetteerEntry* place = lexicon_.gazetteer(word);
    if (end != begin + 1 || !word.ends_with('.') || !place || place->type != "LOCATION") return false;
    if (begin < s.first_token + 2 || text_.tokens[begin - 1].text != "," || !proper(begin - 2, s)) return false;
    const std::string next = end < sentence_end ? text_.tokens[end].text : std::string(".");
    return next == "," || next == "." || next == "-" || next == "\u2013" || next == "\u2014";
  }

  // "The Rail, Maritime and Transport Union (RMT)": a list of capitalised words "X, Y and Z"
  // closed by an organisation's word is one name when the acronym in brackets right after it
  // spells its words (all, or all but that last word), as "Britain, France and Germany" never
  // is. The end of that name, for a chunk at [begin, end) that stops at a comma; else `end`.
  std::size_t listed_name_end(std::size_t begin, std::size_t end, std::size_t sentence_end, const Sentence& s) const {
    const auto& t = text_.tokens;
    std::size_t k = end;
    bool joined = false;
    while (k + 1 < sentence_end && !joined && (t[k].text == "," || to_lower(t[k].text) == "and") && proper(k + 1, s)) {
      joined = to_lower(t[k].text) == "and";
      for (++k; k < sentence_end && proper(k, s);) ++k;
    }
    if (!joined || k == end || !lexicon_.is_org_word(t[k - 1].text) || k + 2 >= sentence_end || t[k].text != "(" ||
        t[k + 2].text != ")")
      return end;
    std::string initials;
    for (std::size_t w = begin; w < k; ++w)
      if (proper(w, s)) initials += t[w].text[0];
    const std::string& acronym = t[k + 1].text;
    return acronym == initials || acronym == initials.substr(0, initials.size() - 1) ? k : end;
  }

  // "the Artemis-class lander", "a Bond-style plot", "T-minus 4 hours", "an X-ray": a name joined
  // by a hyphen to a lower-case word that makes a kind of it, or one capital letter so joined to
  // any, names no one in the story (not "Kyiv-based", "US-led", where the name still acts).
  bool hyphened_to_a_kind(std::size_t begin, std::size_t end, std::size_t sentence_end) const {
    static const std::set<std::string, std::less<>> kKinds = {"class", "type", "style", "like", "shaped", "sized",
                                                              "size", "era", "esque", "inspired", "themed", "grade"};
    const auto& t = text_.tokens;
    if (end + 1 >= sentence_end || t[end].text != "-" || t[end - 1].span.end != t[end].span.begin ||
        t[end].span.end != t[end + 1].span.begin)
      return false;
    const std::string& after = t[end + 1].text;
    if (after.empty() || !std::islower(static_cast<unsigned char>(after[0]))) return false;
    const bool one_letter = end == begin + 1 && t[begin].text.size() == 1;
    return one_letter || kKinds.count(after) > 0;
  }

  // "most of them Black", "the chapel is Baroque": one capitalised word the tagger reads as an
  // adjective that says what its clause's subject is (it heads the clause: a subject or a copula
  // hangs on it) describes, and names no one (a name read as an adjective is a subject itself:
  // "Meridian shut down").
  bool predicate_adjective(std::size_t begin, std::size_t end, const Sentence& s) const {
    if (end != begin + 1 || text_.tokens[begin].upos != "ADJ" || lexicon_.gazetteer(text_.tokens[begin].text)) return false;
    for (std::size_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
      const Token& t = text_.tokens[k];
      const bool on_it = t.head >= 0 && s.first_token + static_cast<std::size_t>(t.head) == begin;
      if (on_it && (t.deprel.starts_with("nsubj") || t.deprel == "cop")) return true;
    }
    return false;
  }

  // "older than the 737 MAX, which was grounded": a word in capitals alone right after a
  // model's figures (three or more, no date's) is the rest of its code, no name; not one that
  // modifies a noun after it ("300 NATO troops").
  bool model_suffix(std::size_t begin, std::size_t end, std::size_t sentence_end) const {
    const auto& t = text_.tokens;
    if (end != begin + 1 || begin == 0 || !is_all_caps(t[begin].text) || in_timex_[begin - 1]) return false;
    const std::string& figures = t[begin - 1].text;
    constexpr std::size_t kMinFigures = 3;
    if (figures.size() < kMinFigures || !all_digits(figures)) return false;
    return end >= sentence_end || t[end].upos != "NOUN";
  }

  // "six pieces of Georgian jewellery", "Chinese porcelain": a demonym (a gazetteer's alias) alone
  // before a lower-case noun of a thing says its style or its make, no place in the story (and
  // "Georgian" is as often the era's); not before a group ("Russian forces", group_nouns.txt), an
  // institution ("the Chinese government"), a title ("the Russian president") or a noun whose
  // first sense is an act or a state ("Russian invasion", wordnet_classes.tsv; a thing's noun is
  // listed there only by the verb it comes from, if at all).
  bool demonym_of_a_thing(std::size_t begin, std::size_t end, std::size_t sentence_end) const {
    const auto& t = text_.tokens;
    const GazetteerEntry* place = lexicon_.gazetteer(t[begin].text);
    if (end != begin + 1 || end >= sentence_end || !place || place->name == t[begin].text) return false;
    const Token& noun = t[end];
    const std::string lower = to_lower(noun.text);
    if (noun.upos != "NOUN" || is_capitalized(noun.text) || lexicon_.is_group_noun(lower) || lexicon_.institution(lower) ||
        lexicon_.is_person_role(lower) || lexicon_.is_title(title_case(noun.text)) || agent_noun(noun))
      return false;
    const auto& classes = lexicon_.wordnet_classes(lower);
    return std::none_of(classes.begin(), classes.end(), [](const std::string& c) { return own_noun_sense(c); });
  }

  // "\"Notes like Thursday's usually mean ...\"": a plural opening a sentence before a lower-case
  // word, whose first sense in WordNet is a thing's (wordnet_classes.tsv; a person's noun has only
  // the verb it comes from: "Democrats", "Rangers"), is that common noun whatever the tagger says.
  bool common_plural_opening(std::size_t i, std::size_t sentence_end) const {
    const Token& t = text_.tokens[i];
    if ((t.xpos != "NNPS" && t.xpos != "NNS") || i + 1 >= sentence_end || is_capitalized(text_.tokens[i + 1].text)) return false;
    if (lexicon_.gazetteer(t.text) || lexicon_.is_first_name(t.text)) return false;
    const auto& classes = lexicon_.wordnet_classes(to_lower(t.lemma.empty() ? t.text : t.lemma));
    return !classes.empty() && own_noun_sense(classes.front());
  }

  // "leader", "officials", "historian", "residents": a noun that by its ending names who does
  // something (the Russian leader is Russia's), no thing.
  static bool agent_noun(const Token& noun) {
    static constexpr std::string_view kEndings[] = {"er", "or", "ist", "ian", "ant", "ent", "al"};
    const std::string lemma = to_lower(noun.lemma.empty() ? noun.text : noun.lemma);
    return std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) { return lemma.ends_with(e); });
  }

  // "Its Nordic director", "the Baltic manager": one capitalised word that WordNet calls a
  // relational adjective (relational_adjectives.txt) and the gazetteer knows as no place, right
  // before a person's lower-case role or doer's noun, says what that person covers, and is no
  // name ("Minoan palaces" keeps the culture's name).
  bool adjective_of_region(std::size_t begin, std::size_t end, std::size_t sentence_end) const {
    const auto& t = text_.tokens;
    if (end != begin + 1 || end >= sentence_end || lexicon_.gazetteer(t[begin].text)) return false;
    const Token& noun = t[end];
    const bool role = lexicon_.is_person_role(to_lower(noun.text)) || agent_noun(noun);
    return noun.upos == "NOUN" && !is_capitalized(noun.text) && role && lexicon_.is_relational_adjective(to_lower(t[begin].text));
  }

  // "A$412 million", "HK$3 billion", "NZ$50": capitals written against a dollar sign say whose
  // dollar it is, no name of anyone in the story.
  bool currency_prefix(std::size_t begin, std::size_t end, std::size_t sentence_end) const {
    const auto& t = text_.tokens;
    return end == begin + 1 && end < sentence_end && t[end].text == "$" && t[begin].span.end == t[end].span.begin &&
           is_all_caps(t[begin].text);
  }

  // "Ramadan", "Yom Kippur", "16:00 UTC": a name made only of a calendar's festivals and seasons,
  // or of time zones, is a time, no entity ("Advent International" and "Easter Island" are names).
  bool names_a_time(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
      const std::string& w = text_.tokens[k].text;
      if (!lexicon_.is_calendar_name(to_lower(w)) && !lexicon_.is_time_zone(w)) return false;
    }
    return true;
  }

  // "3.4 percent of GDP", "CPI rose": an economy's measure alone (measure_acronyms.txt), no entity.
  bool names_a_measure(std::size_t begin, std::size_t end) const {
    return end == begin + 1 && lexicon_.is_measure_acronym(text_.tokens[begin].text);
  }

  bool number_at(std::size_t k) const {
    const Token& t = text_.tokens[k];
    return t.upos == "NUM" || std::isdigit(static_cast<unsigned char>(t.text[0]));
  }

  // "Route 66", "Interstate 95": a number right after a word that names a place with it.
  bool number_of_place(std::size_t j) const {
    return number_at(j) && lexicon_.is_numbered_place_word(text_.tokens[j - 1].text);
  }

  // "Apollo 11 landed", "Selene-2 will land", "a Boeing 737": a number in figures right after a
  // name's word (or joined to it by a hyphen) is a word of that name, which it tells from the
  // others of the series ("Apollo 13 was aborted"); not a number that counts the noun after it
  // ("told Reuters 40 people died", "lifted Tesla 10 percent") nor a score ("Chelsea 2-1").
  bool number_of_name(std::size_t j, std::size_t end) const {
    const auto& t = text_.tokens;
    const bool hyphen = t[j].text == "-" && j + 1 < end && t[j - 1].span.end == t[j].span.begin &&
                        t[j].span.end == t[j + 1].span.begin;
    const std::size_t number = hyphen ? j + 1 : j;
    if (number >= end || in_timex_[number] || !all_digits(t[number].text)) return false;
    if (number + 1 >= end) return true;
    const Token& after = t[number + 1];
    // ("the Artemis 2 crew": a singular noun after it is the name's; "10 percent", "40 of the
    // passengers", "40 such cases" count, and "Arsenal 2 Chelsea 1" is a score)
    const std::string next = to_lower(after.text);
    const bool counts = after.xpos == "NNS" || after.upos == "NUM" || std::isdigit(static_cast<unsigned char>(next[0])) ||
                        next == "percent" || next == "%" || next == "per" || next == "of" || after.upos == "DET" ||
                        after.upos == "PROPN";
    return !counts && next != "-" && next != "\u2013";
  }

  static bool all_digits(const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; });
  }

  // "Category 4", "Level 3", "Phase Two", "Article 5": a label's word with its number after
  // it (inside the name or not) is a grade, a step or a part, no entity ("strengthened to
  // Category 4" is no trip to a place).
  bool numbered_label(std::size_t begin, std::size_t end, std::size_t sentence_end) const {
    return (end == begin + 2 || (end == begin + 1 && end < sentence_end)) && labels_by_number(text_, lexicon_, begin);
  }

  // "of" or "for" inside an organisation's name: after an organisation word, before a name word;
  // or "of" inside a place's, right after its kind word alone ("Gulf of Mexico", "Cape of Good
  // Hope", "Isle of Man", "Strait of Hormuz"; place_words.tsv).
  bool inner_of_organisation(std::size_t j, std::size_t end, const Sentence& s) const {
    const std::string w = to_lower(text_.tokens[j].text);
    if (w != "of" && w != "for") return false;
    if (j + 1 >= end || !proper(j + 1, s)) return false;
    const std::string& before = text_.tokens[j - 1].text;
    return lexicon_.is_org_word(before) || (w == "of" && place_kind_alone(j - 1, s));
  }

  // "Court of Arbitration for Sport", "Commission of Inquiry into ...": a second "of" or "for"
  // at `j` in a name `first` opens, whose organisation word an inner "of" or "for" already
  // followed, goes on with that name.
  bool second_inner_of_organisation(std::size_t first, std::size_t j, std::size_t end, const Sentence& s) const {
    const auto joining = [&](std::size_t k) {
      const std::string w = to_lower(text_.tokens[k].text);
      return w == "of" || w == "for";
    };
    if (!joining(j) || j + 1 >= end || !proper(j + 1, s)) return false;
    for (std::size_t k = first + 1; k < j; ++k)
      if (joining(k) && lexicon_.is_org_word(text_.tokens[k - 1].text)) return true;
    return false;
  }

  // Whether token `k` is a place's kind word (place_words.tsv) with no other name word before it.
  bool place_kind_alone(std::size_t k, const Sentence& s) const {
    const std::string& word = text_.tokens[k].text;
    if (!lexicon_.is_place_first_word(word) && !lexicon_.is_place_last_word(word)) return false;
    return k == s.first_token || !is_capitalized(text_.tokens[k - 1].text) || is_punctuation(text_.tokens[k - 1].text);
  }

  // "and" inside an organisation's name: after the name's one first word, no known name, before
  // at most three name words that end in a singular organisation word ("Food and Drug
  // Administration", "Fish and Wildlife Service"); "Britain and France", "Microsoft and Amazon
  // Web Services" and "the Treasury and the Federal Reserve" list two. A first word that ends
  // firms' names ("Nomura Securities") may open one too when the last word says what kind of
  // body it is ("Securities and Exchange Commission"), unless it says a kind itself ("Rovers and
  // Eastfield United", "Parliament and Supreme Court" are two).
  // The chunk opens at `first`, "and" is at `j`. ("the Florida Fish and Wildlife Conservation
  // Commission": after "the", two words may come before "and" when the name ends in a word that
  // says what kind of body it is, and names nothing after it: not "the Goldman Sachs and
  // Deutsche Bank merger".)
  // "Department for Environment, Food and Rural Affairs": the list of fields a body's "for" or
  // "of" opens (the chunk from `first` to the comma at `j` is the body's word, the joint and the
  // first field), commas and a last "and" included, the last field ending in a noun of a field
  // and none a known name, as and_inside_field asks ("the Ministry of Defence, Barclays and
  // Tesco" are three); the token after the list, else `j`.
  std::size_t fields_list_end(std::size_t first, std::size_t j, std::size_t end, const Sentence& s) const {
    if (text_.tokens[j].text != "," || first + 2 >= j) return j;
    const std::string joint = to_lower(text_.tokens[first + 1].text);
    if (!lexicon_.is_org_word(text_.tokens[first].text) || (joint != "for" && joint != "of")) return j;
    constexpr std::size_t kMaxFieldWords = 3;
    const auto words_from = [&](std::size_t k) {
      const std::size_t from = k;
      for (; k < end && proper(k, s); ++k) {
        const std::string& w = text_.tokens[k].text;
        if (k >= from + kMaxFieldWords || lexicon_.gazetteer(w) || lexicon_.is_first_name(w) || is_all_caps(w)) return from;
      }
      return k;
    };
    std::size_t k = j;
    for (; k < end && text_.tokens[k].text == ","; k = words_from(k + 1))
      if (words_from(k + 1) == k + 1) return j;
    if (k >= end || to_lower(text_.tokens[k].text) != "and") return j;
    const std::size_t last = words_from(k + 1);
    return last > k + 1 && field_noun(to_lower(text_.tokens[last - 1].text)) ? last : j;
  }

  bool and_inside_organisation(std::size_t first, std::size_t j, std::size_t end, const Sentence& s) const {
    const std::string& left = text_.tokens[j - 1].text;
    if (to_lower(text_.tokens[j].text) != "and") return false;
    if (and_inside_field(first, j, end, s) || and_inside_firm(first, j, end, s) || same_name_twice(first, j, end, s))
      return true;
    const bool one_word_before = j < s.first_token + 2 || !proper(j - 2, s);
    if (!one_word_before && !(first == j - 2 && after_the(first))) return false;
    std::size_t k = j + 1;
    while (k < end && k <= j + 3 && proper(k, s)) ++k;
    const std::string& last = text_.tokens[k - 1].text;
    // ("Devon and Cornwall Police", "Brighton and Hove City Council": a force or a council
    // named after the places it serves, which "and" joins as no list of places would)
    if ((lexicon_.gazetteer(left) && !serves_places(last)) || lexicon_.is_first_name(left)) return false;
    if (k == j + 1 || !lexicon_.is_org_word(last) || last.ends_with("s")) return false;
    if (!one_word_before && (lexicon_.organisation_kinds(last).empty() || (k < end && proper(k, s)) || before_noun(k)))
      return false;
    if (!lexicon_.is_org_word(left)) return true;
    const bool left_says_kind = !lexicon_.organisation_kinds(left).empty() || lexicon_.institution(to_lower(left)) != 0;
    if (left_says_kind && kinds_sharing_a_body(j, k)) return true;
    return !left_says_kind && !lexicon_.organisation_kinds(last).empty();
  }

  // "the Work and Pensions Secretary", "the Health and Social Care Minister": the "and" of the
  // field a title of office (titles.txt) names, after "the" and one word of no known name, before
  // up to three words that end in the title, with no name after it. The chunk opens at `first`,
  // "and" is at `j`.
  bool and_inside_office(std::size_t first, std::size_t j, std::size_t end, const Sentence& s) const {
    constexpr std::size_t kMaxWordsAfter = 3;
    const std::string& left = text_.tokens[j - 1].text;
    if (to_lower(text_.tokens[j].text) != "and" || first + 1 != j || !after_the(first)) return false;
    if (lexicon_.gazetteer(left) || lexicon_.is_first_name(left) || lexicon_.is_title(left)) return false;
    std::size_t k = j + 1;
    while (k < end && k <= j + kMaxWordsAfter && proper(k, s)) ++k;
    if (k == j + 1 || (k < end && proper(k, s))) return false;
    return lexicon_.is_title(text_.tokens[k - 1].text);
  }

  // "University and College Union", "School and College Staff Association": two kinds of body
  // joined by "and" before the kind word that closes the name are where those it serves work,
  // one name; not "Parliament and Supreme Court", where no kind follows "and" right away.
  // "and" is at `j`, the name words after it end at `k`.
  bool kinds_sharing_a_body(std::size_t j, std::size_t k) const {
    if (k < j + 3) return false;
    const std::string& right = text_.tokens[j + 1].text;
    return !lexicon_.organisation_kinds(right).empty() && !lexicon_.organisation_kinds(text_.tokens[k - 1].text).empty();
  }

  // "Police", "Constabulary", "Council": the kind word (organisation_kinds.tsv) of a force or a
  // council, whose name is that of the places it serves.
  bool serves_places(const std::string& kind) const {
    const auto& nouns = lexicon_.organisation_kinds(kind);
    return std::any_of(nouns.begin(), nouns.end(), [](const std::string& n) { return n == "police" || n == "council"; });
  }

  // "Pacific Gas and Electric Co.", "Procter and Gamble Co.", "Church and Dwight Company": one
  // or two capitalised words, "and", and one more closed by a firm's legal form (legal_form)
  // are one firm's name, which the form closes; not "Alphabet Inc. and Microsoft Corp.", where
  // each name has its own, nor "Ford and General Motors Co.", nor where a word is a place or a
  // given name the lexicons know, which "and" lists. The chunk opens at `first`, "and" is at
  // `j`.
  bool and_inside_firm(std::size_t first, std::size_t j, std::size_t end, const Sentence& s) const {
    constexpr std::size_t kMaxWordsBefore = 2;
    if (j == first || j - first > kMaxWordsBefore || j + 2 >= end || !legal_form(text_.tokens[j + 2].text)) return false;
    const auto known = [&](std::size_t k) {
      const std::string& w = text_.tokens[k].text;
      return legal_form(w) || lexicon_.gazetteer(w) || lexicon_.is_first_name(w);
    };
    for (std::size_t k = first; k < j; ++k)
      if (known(k)) return false;
    return proper(j + 1, s) && !known(j + 1);
  }

  // "Johnson and Johnson", "Marks and Marks": one capitalised word, "and" and the same word again
  // are one name, for a list never names one thing twice. The chunk opens at `first`, "and" is
  // at `j`.
  bool same_name_twice(std::size_t first, std::size_t j, std::size_t end, const Sentence& s) const {
    return first + 1 == j && j + 1 < end && proper(j + 1, s) && text_.tokens[j + 1].text == text_.tokens[first].text;
  }

  // "Centers for Disease Control and Prevention", "Department of Health and Human Services": the
  // "and" of the field an organisation's "of" or "for" names, before the one to three last words
  // of the chunk, the last a noun of a field (an act, a state, a science: wordnet_classes.tsv),
  // none a known name ("the Bank of England and Barclays" are two).
  bool and_inside_field(std::size_t first, std::size_t j, std::size_t end, const Sentence& s) const {
    const auto inner = [&](std::size_t k) { return inner_of_organisation(k, end, s); };
    bool after_inner = false;
    for (std::size_t k = first + 1; k + 1 < j && !after_inner; ++k) after_inner = inner(k);
    if (!after_inner) return false;
    std::size_t k = j + 1;
    for (; k < end && proper(k, s); ++k) {
      const std::string& w = text_.tokens[k].text;
      if (k > j + 3 || lexicon_.gazetteer(w) || lexicon_.is_first_name(w) || is_all_caps(w)) return false;
    }
    return k > j + 1 && field_noun(to_lower(text_.tokens[k - 1].text));
  }

  bool field_noun(const std::string& lower) const {
    const auto& classes = lexicon_.wordnet_classes(lower);
    return std::any_of(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("n."); });
  }

  bool after_the(std::size_t k) const { return k > 0 && to_lower(text_.tokens[k - 1].text) == "the"; }

  // A lower-case noun right after token `k - 1`: the name before it only modifies it.
  bool before_noun(std::size_t k) const {
    return k < text_.tokens.size() && text_.tokens[k].upos == "NOUN" && !is_capitalized(text_.tokens[k].text);
  }

  // "'s" inside an organisation's name: after an office holder's title and before the one
  // organisation word that ends the name ("the Information Commissioner's Office"); a person's
  // or a firm's "'s" stays an owner ("Murdoch's Media empire", "Meridian's Board"). A plural's
  // apostrophe and a saint's and a plural's "'s" are one too before a name of up to three words
  // ending in one ("the National Farmers' Union", "St. Mary's University Hospital", "Leeds
  // Children's Clinic").
  bool possessive_inside_organisation(std::size_t j, std::size_t end, const Sentence& s) const {
    const std::string& w = text_.tokens[j].text;
    const bool plural_owner = (w == "'" || w == "\u2019") && text_.tokens[j - 1].text.ends_with('s');
    if ((w != "'s" && w != "\u2019s" && !plural_owner) || j + 1 >= end || !proper(j + 1, s)) return false;
    // ("the British Airline Pilots' Association", "the Western Nurses' Pension Fund": the members' body)
    if (saint_or_people(j - 1) || plural_owner) return organisation_name_end(j + 1, end, s) > j + 1;
    if (!lexicon_.is_org_word(text_.tokens[j + 1].text)) return false;
    if (j + 2 < end && proper(j + 2, s)) return false;
    return lexicon_.is_title(text_.tokens[j - 1].text);
  }

  // Whether token `owner` is a saint's name ("St. Mary") or a plural of people ("Children",
  // "Women"), owners an institution's name is given after.
  bool saint_or_people(std::size_t owner) const {
    static const std::set<std::string, std::less<>> kPeople = {"children", "women", "men", "people"};
    if (kPeople.count(to_lower(text_.tokens[owner].text)) > 0) return true;
    const std::string before = owner > 0 ? text_.tokens[owner - 1].text : std::string();
    return before == "St." || before == "St" || before == "Saint";
  }

  // The end of the words from `first` (at most three, all of a name) that close on an
  // organisation's word ("University Hospital"); `first` when they do not.
  std::size_t organisation_name_end(std::size_t first, std::size_t end, const Sentence& s) const {
    constexpr std::size_t kMaxWords = 3;
    std::size_t k = first;
    while (k < end && k < first + kMaxWords && proper(k, s)) ++k;
    if (k < end && proper(k, s)) return first;
    return lexicon_.is_org_word(text_.tokens[k - 1].text) ? k : first;
  }

  // "Chipmaker Veltra Semiconductor reported ...", "Chipmaker warns ...": a descriptor opening
  // a sentence is capitalised only for that, and is no name or part of one.
  bool opening_descriptor(std::size_t i, const Sentence& s) const {
    return i == s.first_token && lexicon_.is_descriptor(to_lower(text_.tokens[i].text));
  }

  // "SAN FRANCISCO, Oct 26 (Reuters) -": a sentence of its own (core/text/tokenizer.h) that
  // opens in capitals and ends in a dash; or one that opens in capitals and a comma, has no verb
  // and gives a date or only a place after the comma ("LONDON, Thursday 20 June 2024", "BEIRUT,
  // Lebanon"; not a headline's "IMF, World Bank warnings on debt").
  bool dateline(const Sentence& s) const {
    const auto begin = text_.tokens.begin() + static_cast<std::ptrdiff_t>(s.first_token);
    const auto end = begin + static_cast<std::ptrdiff_t>(s.token_count);
    if (s.token_count < 2 || !is_all_caps(begin->text)) return false;
    if (dateline_dash((end - 1)->text)) return true;
    const auto comma = std::find_if(begin, end, [](const Token& t) { return t.text == ","; });
    const bool capitals_before = std::all_of(begin, comma, [](const Token& t) { return is_all_caps(t.text) || t.text == "."; });
    const bool verbless = std::none_of(begin, end, [](const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; });
    if (comma == end || !capitals_before || !verbless) return false;
    // a date after the comma, or only a place's few capitalised words ("BEIRUT, Lebanon")
    const bool place_only = end - comma <= 4 && std::all_of(comma + 1, end, [](const Token& t) {
      return is_capitalized(t.text) || t.text == "." || t.text == ",";
    });
    if (place_only && end - comma > 1) return true;
    for (auto k = static_cast<std::size_t>(comma - text_.tokens.begin()) + 1; k < s.first_token + s.token_count; ++k)
      if (k < in_timex_.size() && in_timex_[k]) return true;
    return false;
  }

  // "CARDIFF, Wednesday 12 February 2025 -": a word in capitals of the place a dateline opens
  // with, whatever the tagger made of it (it reads "CARDIFF" as a common noun).
  bool dateline_place_word(std::size_t i, const Sentence& s) const {
    const auto capitals = [&](std::size_t k) { return is_all_caps(text_.tokens[k].text) || text_.tokens[k].text == "."; };
    for (std::size_t k = s.first_token; k <= i; ++k)
      if (!capitals(k)) return false;
    return i + 1 < s.first_token + s.token_count && dateline(s);
  }

  // The dateline's place: "SAN FRANCISCO" is San Francisco, a location.
  void dateline_place(Chunk& c) const {
    if (c.gazetteer) return;
    std::string name;
    for (std::size_t k = c.name_begin; k < c.end; ++k) {
      if (k > c.name_begin && text_.tokens[k].span.begin > text_.tokens[k - 1].span.end) name += ' ';
      name += is_all_caps(text_.tokens[k].text) ? title_case(text_.tokens[k].text) : text_.tokens[k].text;
    }
    c.name = name;
    c.type = "LOCATION";
    c.place_words = true;
  }

  // A hyphen written between two capitalised words with no space on either side joins them.
  bool hyphen_inside_name(std::size_t j, std::size_t end, const Sentence& s) const {
    if (j + 1 >= end || text_.tokens[j].text != "-" || !proper(j + 1, s)) return false;
    const auto& t = text_.tokens;
    return t[j - 1].span.end == t[j].span.begin && t[j].span.end == t[j + 1].span.begin;
  }

  // "Anouk de Vries", "Ursula von der Leyen", "Ludwig van Beethoven": one or two lower-case
  // particles of a surname at `j`, between a person's first name (a known one, one the parser
  // joins to the particles as one name, or one after a noun that describes the person: "the
  // Dutch striker Marco van Basten") and the surname's capitalised word, are words of the name;
  // how many, else 0. Not after a known place or a firm's word ("flights from Paris de ..."); but
  // after a place's first word that opens the name ("Arena di Verona").
  std::size_t surname_particles(std::size_t j, std::size_t end, const Sentence& s) const {
    static const std::set<std::string, std::less<>> kParticles = {"de",  "van", "von", "der", "den",  "da",  "di",
                                                                  "du",  "del", "della", "dos", "das", "ter", "ten",
                                                                  "bin", "ibn", "le",  "la"};
    const auto particle = [&](std::size_t k) { return k < end && kParticles.count(text_.tokens[k].text) > 0; };
    std::size_t k = j;
    while (k < j + 2 && particle(k)) ++k;
    if (k == j || k >= end || !proper(k, s)) return 0;
    const std::string& given = text_.tokens[j - 1].text;
    // "Arena di Verona", "Museo del Prado": after a place's first word (place_words.tsv `first`)
    // the particles are the place's name's own words
    if (lexicon_.is_place_first_word(given) && (j - 1 == s.first_token || !proper(j - 2, s))) return k - j;
    const bool one_name = text_.tokens[j].deprel == "flat" || text_.tokens[k].deprel == "flat";
    const bool described = described_person(j - 1, s);
    if (lexicon_.gazetteer(given) || lexicon_.is_org_word(given) || (!lexicon_.is_first_name(given) && !one_name && !described))
      return 0;
    return k - j;
  }

  // "striker Marco", "the painter Giorgio": a one-word name right after a lower-case common noun
  // that describes it (no preposition or verb between: "flights from Paris de ...").
  bool described_person(std::size_t name, const Sentence& s) const {
    if (name == s.first_token) return false;
    const Token& before = text_.tokens[name - 1];
    return before.upos == "NOUN" && !before.text.empty() && std::islower(static_cast<unsigned char>(before.text[0]));
  }

  // "&" between two capitalised words joins them into one name ("Procter & Gamble", "Johnson &
  // Johnson"): a firm's, where "and" would list two. Not in a headline, which writes "&" for
  // "and" ("Trump & Putin agree ceasefire").
  bool ampersand_inside_name(std::size_t j, std::size_t end, const Sentence& s) const {
    return text_.tokens[j].text == "&" && j + 1 < end && proper(j + 1, s) && !headline(s);
  }

  // "RRS Sir David Attenborough" (vessel_prefixes.txt), "the grounded tanker Nordic Crown"
  // (vessel_nouns.txt, in lower case right before the name): a ship's name, no person's.
  bool names_a_vessel(std::size_t begin, std::size_t end) const {
    if (end - begin >= 2 && lexicon_.is_vessel_prefix(text_.tokens[begin].text)) return true;
    if (begin == 0) return false;
    const std::string& before = text_.tokens[begin - 1].text;
    return !before.empty() && std::islower(static_cast<unsigned char>(before[0])) && lexicon_.is_vessel_noun(before);
  }

  // The text's first sentence when it ends in no full stop.
  bool headline(const Sentence& s) const {
    const std::string& last = text_.tokens[s.first_token + s.token_count - 1].text;
    return s.first_token == 0 && last != "." && last != "!" && last != "?";
  }

  // "Guitarist Tom Reilly said": a person's role (person_roles.txt) written with a capital, as a
  // sentence opens with it, before a name of its own is a title, no word of the name.
  bool role_as_title(std::size_t n, std::size_t end) const {
    const std::string& w = text_.tokens[n].text;
    if (n + 1 >= end || w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
    return lexicon_.is_person_role(to_lower(w));
  }

  // Chunk `c` grown back to token `first`, a title opening a place's name: [first, end) names the place.
  Chunk place_from_title(Chunk c, std::size_t first, std::size_t end) const {
    c.begin = c.name_begin = first;
    c.name = join_tokens(text_, first, end);
    c.name_tokens = static_cast<int>(end - first);
    c.type = "LOCATION";
    c.place_words = true;
    return c;
  }

  void make_chunk(std::size_t begin, std::size_t end, std::size_t sentence_end, std::vector<Chunk>& chunks) const {
    // "The Labour MP for Northfleet", "a Green MEP": a title after one word and before no name
    // names no one; that word is the holder's party or place, a name of its own
    const auto title_at = [&](std::size_t k) { return lexicon_.is_title(text_.tokens[k].text); };
    // (after an article only, a person's name takes none: "Mervyn King", "Carole King")
    const std::string& word = text_.tokens[begin].text;
    const std::string article = begin > 0 ? to_lower(text_.tokens[begin - 1].text) : std::string();
    if (end - begin == 2 && title_at(begin + 1) && !title_at(begin) && (article == "the" || article == "a" || article == "an") &&
        !lexicon_.is_title(word + " " + text_.tokens[begin + 1].text))
      --end;
    Chunk c;
    c.begin = begin;
    c.end = end;
    std::size_t n = begin;
    // (an office named by its holder's title is no titled person: "Information Commissioner's Office")
    // (nor is a ship named for a person: "RRS Sir David Attenborough", vessel_prefixes.txt)
    const bool vessel = names_a_vessel(begin, end);
    // (nor is a place the gazetteer knows whole, named like a person: "Prince Albert", "Prince George")
    const bool known_place = lexicon_.gazetteer(join_tokens(text_, begin, end)) != nullptr;
    const bool office = vessel || known_place || std::any_of(text_.tokens.begin() + static_cast<std::ptrdiff_t>(begin),
                                    text_.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                                    [](const Token& t) { return t.text == "'s" || t.text == "\u2019s"; });
    // "Russian President Vladimir Putin": the name follows the last title in the chunk.
    for (std::size_t k = office ? begin : end; k > begin + 1;) {
      --k;
      if (lexicon_.is_title(text_.tokens[k - 1].text) && !lexicon_.is_title(text_.tokens[k].text)) {
        n = k - 1;
        break;
      }
    }
    // Titles, one or two words ("Prime Minister"); the name follows.
    while (n < end && !office) {
      if (n + 1 < end && lexicon_.is_title(text_.tokens[n].text + " " + text_.tokens[n + 1].text)) {
        n += 2;
      } else if (lexicon_.is_title(text_.tokens[n].text) || role_as_title(n, end)) {
        ++n;
      } else {
        break;
      }
      c.titled = true;
    }
    // "in King's Lynn", "to Queen's Park": a title's "'s" after a preposition of place opens a
    // place's name, no person's
    const auto possessive = [](const std::string& w) { return w == "'s" || w == "\u2019s"; };
    if (begin >= 3 && possessive(text_.tokens[begin - 1].text) && lexicon_.is_title(text_.tokens[begin - 2].text) &&
        place_preposition(to_lower(text_.tokens[begin - 3].text))) {
      chunks.push_back(place_from_title(c, begin - 2, end));
      return;
    }
    // "Prince of Wales Road", "King of Prussia Street": a title's "of" inside a street's or a
    // place's name (place_words.tsv `last`) is a word of that name, which holds the title too
    if (!c.titled && begin >= 2 && to_lower(text_.tokens[begin - 1].text) == "of" &&
        lexicon_.is_title(text_.tokens[begin - 2].text) && end - begin >= 2 &&
        lexicon_.is_place_last_word(text_.tokens[end - 1].text)) {
      chunks.push_back(place_from_title(c, begin - 2, end));
      return;
    }
    // "Secretary of State Mike Pompeo": the words after a title's "of" name its office, up to
    // a first name, else the first of three or more words.
    if (!c.titled && begin >= 2 && to_lower(text_.tokens[begin - 1].text) == "of" &&
        lexicon_.is_title(text_.tokens[begin - 2].text)) {
      std::size_t first_name = begin;
      while (first_name + 1 < end && !lexicon_.is_first_name(text_.tokens[first_name].text)) ++first_name;
      if (first_name + 1 < end && first_name > begin) n = first_name;
      else if (end - begin >= 3) n = begin + 1;
      c.titled = n > begin;
      // "the Prince of Wales", "the Archbishop of Canterbury": one word after a title's "of",
      // no name after it, is the person the title names, no place of the story (after "as" it
      // is an office held: "served as Bishop of Leeds")
      const bool office_held = begin >= 3 && to_lower(text_.tokens[begin - 3].text) == "as";
      if (!c.titled && end - begin == 1 && !office_held) {
        c.begin = n = begin - 2;
        c.titled = true;
        c.name = join_tokens(text_, c.begin, end);
        c.name_begin = n;
        c.name_tokens = 3;
        c.type = "PERSON";
        chunks.push_back(std::move(c));
        return;
      }
    }
    // "General Assembly", "General Motors": a title before a name that ends in an organisation
    // word is a word of that name
    if (c.titled && lexicon_.is_org_word(text_.tokens[end - 1].text)) {
      n = begin;
      c.titled = false;
    }
    if (n == end) return;  // a title alone ("the President said")
    c.name_begin = n;
    c.name_tokens = static_cast<int>(end - n);
    const std::string surface = join_tokens(text_, n, end);
    const GazetteerEntry* g = lexicon_.gazetteer(surface);
    if (!g && caps_) g = lexicon_.gazetteer(title_case(surface));
    if (const GazetteerEntry* country = g ? lexicon_.country_of_city(g->name) : nullptr; country && government_subject(n, end))
      g = country;  // "Washington said": the country's government; "in Washington" is the city
    if (g) {
      c.gazetteer = true;
      c.name = g->name;
      c.type = g->type;
    } else {
      c.name = surface;
      c.plural_verb = acts_with_plural_verb(begin, end);
      c.type = guess_type(c, n, end);
      c.place_words = lexicon_.is_place_first_word(text_.tokens[n].text) || lexicon_.is_place_last_word(text_.tokens[end - 1].text);
    }
    extend_to_group(c, sentence_end);
    chunks.push_back(std::move(c));
  }

  // "Washington said", "Moscow warned", "Paris and Berlin agreed", "Beijing has decided": whether
  // the name of tokens [begin, end) is the subject (or one of the subjects) of a verb of saying or
  // thinking (its first verb sense in WordNet, wordnet_classes.tsv), as a government is.
  bool government_subject(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k)
      if (subject_of_saying(k)) return true;
    return false;
  }

  bool subject_of_saying(std::size_t k) const {
    const Sentence* s = sentence_containing(text_, k);
    if (!s) return false;
    const auto at = [&](int head) -> const Token& { return text_.tokens[s->first_token + static_cast<std::size_t>(head)]; };
    const Token* subject = &text_.tokens[k];
    if (subject->deprel == "conj" && subject->head >= 0) subject = &at(subject->head);
    if (!subject->deprel.starts_with("nsubj") || subject->deprel == "nsubj:pass" || subject->head < 0) return false;
    for (const std::string& c : lexicon_.wordnet_classes(to_lower(at(subject->head).lemma)))
      if (c.starts_with("v.") && !c.starts_with("v.also") && !c.starts_with("v.takes"))
        return c == "v.communication" || c == "v.cognition";
    return false;
  }

  std::string guess_type(const Chunk& c, std::size_t n, std::size_t end) const {
    if (names_a_storm(n, end) || names_a_vessel(n, end)) return "MISC";
    if (end - n >= 2 && lexicon_.is_club_first_word(text_.tokens[n].text)) return "ORGANIZATION";  // "Real Castilla"
    // "Sabine River", "Jordan Valley": a feature's word no surname is names a place after a first name
    if (!c.titled && end - n >= 2 && lexicon_.is_place_feature_word(text_.tokens[end - 1].text)) return "LOCATION";
    // "the moon Miranda", "the Douro valley": a place's noun (place_words.tsv `noun`) beside the name
    // says which place it is, even a first name's
    if (!c.titled && beside_place_noun(c.begin, end)) return "LOCATION";
    if (c.titled || (lexicon_.is_first_name(text_.tokens[n].text) && !thing_after_the(c, n, end))) return "PERSON";
    // "The British climber Kenton Cool": a person's role in lower case right before the name
    if (c.begin > 0 && std::islower(static_cast<unsigned char>(text_.tokens[c.begin - 1].text[0])) &&
        lexicon_.is_person_role(text_.tokens[c.begin - 1].text))
      return "PERSON";
    if (lexicon_.is_org_word(text_.tokens[end - 1].text)) return "ORGANIZATION";
    // "Procter & Gamble", "Johnson and Johnson": a name joined at "&" or "and" is a firm's
    // (scan_sentence joins at "and" only inside an organisation's name, or inside the field of a
    // title of office, an office as "the Home Secretary" is: "the Work and Pensions Secretary",
    // and_inside_office)
    const auto joined = [&](std::size_t k) { return text_.tokens[k].text == "&" || to_lower(text_.tokens[k].text) == "and"; };
    for (std::size_t k = n + 1; k + 1 < end; ++k)
      if (joined(k)) return lexicon_.is_title(text_.tokens[end - 1].text) ? "MISC" : "ORGANIZATION";
    // "the port operator Nordhaven Terminals", "the regulator Ofcom": a firm's or body's word before the name
    if (c.begin > 0 && institution_before(c.begin - 1)) return "ORGANIZATION";
    // "shipping group Maersk", "rights group Amnesty": "group" right before a name says a firm or a
    // body (it is no institutions.tsv noun: "the group" alone is as often a band of people)
    if (c.begin > 0 && text_.tokens[c.begin - 1].text == "group") return "ORGANIZATION";
    if (firm_in_apposition(c, end) || reported_by_institution(c, end)) return "ORGANIZATION";
    if (works_at(c.begin)) return "ORGANIZATION";
    // "the worst-hit town, Andahuaylas,": a place (place_words.tsv `noun`); "a daughter,
    // Margaret,": a person (person_roles.txt)
    if (const auto noun = noun_apposed_to(c, end)) {
      if (lexicon_.is_place_noun(*noun)) return "LOCATION";
      if (lexicon_.is_person_role(*noun) || person_noun(text_.tokens[c.begin - 2]) || relation_of_person(c.begin - 2))
        return "PERSON";
    }
    for (std::size_t k = n + 1; k + 1 < end; ++k) {  // "Bank of England": the words joined at an inner "of"
      const std::string w = to_lower(text_.tokens[k].text);
      if ((w == "of" || w == "for") && lexicon_.is_org_word(text_.tokens[k - 1].text)) return "ORGANIZATION";
    }
    // "Flight MU5735", "Airbus A321": a name holding a flight's or a model's code names a thing
    if (std::any_of(text_.tokens.begin() + static_cast<std::ptrdiff_t>(n), text_.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                    [](const Token& t) { return model_code(t.text); }))
      return "MISC";
    if (before_place_office(n, end)) return "LOCATION";
    if (end - n == 1 && text_.tokens[n].text.size() >= 2 && is_all_caps(text_.tokens[n].text))
      return "ORGANIZATION";
    if (end - n == 1 && brand_capitals(text_.tokens[n].text)) return "ORGANIZATION";
    if (c.plural_verb) return "ORGANIZATION";
    if (lexicon_.is_place_first_word(text_.tokens[n].text) || lexicon_.is_place_last_word(text_.tokens[end - 1].text))
      return "LOCATION";
    if (end == n + 2 && number_of_place(n + 1)) return "LOCATION";  // "Route 66"
    // "Amalgamated Transit Union Local 85", "Teamsters Local 727": an organisation's word before
    // the number says a branch of it, no thing's name
    if (end > n + 1 && number_at(end - 1) && org_word_before_number(n, end - 1)) return "ORGANIZATION";
    if (end > n + 1 && number_at(end - 1)) return "MISC";  // "Apollo 11", "Selene-2": a thing's name, no person's
    if (ends_in_known_place(n, end)) return "LOCATION";
    // "the South East", "the North West"; not "the West" alone, as often the rich countries' bloc
    if (end > n + 1 && compass_points_only(n, end)) return "LOCATION";
    if (agency_of_country(n, end) || opens_with_country(n, end)) return "ORGANIZATION";
    // "Bank Rate", "Council Tax": a name opening with an organisation's last word (org_words.txt)
    // names a thing of the institution, no person (a first name or a title was asked first)
    if (end > n + 1 && lexicon_.is_org_word(text_.tokens[n].text)) return "MISC";
    // "Residents of Maple Grove", "the mayor of Kessel": a name after a word whose "of" names a place
    if (c.begin >= 2 && to_lower(text_.tokens[c.begin - 1].text) == "of" &&
        lexicon_.is_place_of_word(to_lower(text_.tokens[c.begin - 2].text)))
      return "LOCATION";
    if (opens_with_acronym(n, end)) return "ORGANIZATION";
    if (end == n + 2 && place_then_acronym(text_, lexicon_, n)) return "ORGANIZATION";
    // "a trip to Camp David", "talks in Hong Kong", "flooding across Velsk Oblast": a name without
    // a first name after a preposition of place is a place, however many words it has.
    // ("according to Per Lindholm" names a source, no place)
    const bool according_to = c.begin > 1 && to_lower(text_.tokens[c.begin - 2].text) == "according";
    if (c.begin > 0 && place_preposition(to_lower(text_.tokens[c.begin - 1].text)) && !according_to) return "LOCATION";
    // "Kenton Cool, who is attempting his 18th ascent": "who" after the name says a person
    if (end + 1 < text_.tokens.size() && text_.tokens[end].text == "," && to_lower(text_.tokens[end + 1].text) == "who")
      return "PERSON";
    // '"Late Light," came out': a name in quotation marks of its own is a work's title
    if (quoted_on_its_own(c.begin, end)) return "MISC";
    const std::string before = c.begin > 0 ? to_lower(text_.tokens[c.begin - 1].text) : std::string();
    const bool after_the = before == "the";
    // "Pelican Tankers", "Harbor Freighters": a name ending in a plural, with no first name,
    // title or article, names a firm, no person ("Simmons", "Williams" are tagged singular)
    if (end - n >= 2 && !after_the && text_.tokens[end - 1].xpos == "NNPS" && !person_described_after(end))
      return "ORGANIZATION";
    // Two or three capitalised words with no organisation word are, in news, a person; not
    // after an article ("the Cold War", "the Grand National", "an Academy Award", "a Nobel Prize":
    // a person named without a first name takes none), nor before a common noun they modify
    // ("three East Coast ports", "Wall Street banks").
    const bool after_article = after_the || before == "a" || before == "an" || article_before_adjectives(c.begin);
    const bool modifier = end < text_.tokens.size() && text_.tokens[end].upos == "NOUN" && !is_capitalized(text_.tokens[end].text);
    const std::size_t words = words_in(n, end);
    if (words >= 2 && words <= 3 && body_of_country(n, end)) return "ORGANIZATION";
    // "National Grid said", "Federal Reserve": a name opening with an adjective of kind
    // (relational_adjectives.txt) and ending in a common word (wordnet_classes.tsv) names a body
    // or a thing, no person ("Christian Halden" ends in no common word)
    if (words >= 2 && words <= 3 && lexicon_.is_relational_adjective(to_lower(text_.tokens[n].text)) &&
        !lexicon_.wordnet_classes(to_lower(text_.tokens[end - 1].text)).empty())
      return government_subject(n, end) ? "ORGANIZATION" : "MISC";
    if (words >= 2 && words <= 3 && !after_article && !modifier && !names_a_document(end - 1) && !names_a_happening(end - 1) &&
        !opens_with_known_place(n, end))
      return conjoined_with_unnamed_kind(n, end) ? partner_kind(conjoined_partner(n, end)) : "PERSON";
    // "Maersk and MSC", "Antwerp and Hamburg": a name of no kind of its own is of its partner's
    return words == 1 && conjoined_with_unnamed_kind(n, end) ? partner_kind(conjoined_partner(n, end)) : "MISC";
  }

  bool compass_points_only(std::size_t n, std::size_t end) const {
    static const std::set<std::string, std::less<>> kPoints = {"north", "south", "east", "west", "northeast",
                                                               "northwest", "southeast", "southwest"};
    for (std::size_t k = n; k < end; ++k)
      if (text_.tokens[k].text != "-" && kPoints.count(to_lower(text_.tokens[k].text)) == 0) return false;
    return true;
  }

  // "analysts at Leerink", "a neurologist at Johns Hopkins": a name after a trade's noun
  // (staff_nouns.txt) and "at" is where those people work, an organisation, no place.
  bool works_at(std::size_t begin) const {
    if (begin < 2 || to_lower(text_.tokens[begin - 1].text) != "at") return false;
    const Token& noun = text_.tokens[begin - 2];
    return noun.upos == "NOUN" && lexicon_.is_staff_noun(to_lower(noun.lemma.empty() ? noun.text : noun.lemma));
  }

  // "the moon Miranda", "the river Douro", "the Douro valley": after "the", a place's lower-case
  // noun right before the name or right after it.
  bool beside_place_noun(std::size_t begin, std::size_t end) const {
    const auto& t = text_.tokens;
    const auto place_noun = [&](std::size_t k) {
      return k < t.size() && std::islower(static_cast<unsigned char>(t[k].text[0])) && lexicon_.is_place_noun(t[k].text);
    };
    const auto the_at = [&](std::size_t k) { return to_lower(t[k].text) == "the"; };
    if (begin >= 2 && place_noun(begin - 1) && the_at(begin - 2)) return true;
    return begin >= 1 && the_at(begin - 1) && place_noun(end);
  }

  // "the far-right National Front", "a new Grand Prix": an article before the lower-case
  // adjectives right before the name at `begin` (a person's role, a noun, would say a person:
  // "the climber Kenton Cool").
  bool article_before_adjectives(std::size_t begin) const {
    std::size_t k = begin;
    while (k > 0 && k + 4 > begin) {
      const Token& t = text_.tokens[k - 1];
      const bool modifier = t.upos == "ADJ" || t.upos == "ADV" || (t.xpos == "VBN" && t.deprel == "amod");  // "far-left"
      if (t.text != "-" && (!modifier || is_capitalized(t.text))) break;
      --k;
    }
    if (k == begin || k == 0) return false;
    const std::string article = to_lower(text_.tokens[k - 1].text);
    return article == "the" || article == "a" || article == "an";
  }

  // "the Hillary Step", "the Rose Garden": a name after "the" that opens with a first name and
  // ends in a common word (wordnet_classes.tsv) is a place's or a thing's: news gives a person
  // no article ("the Tom Brady era" ends in "Brady").
  bool thing_after_the(const Chunk& c, std::size_t n, std::size_t end) const {
    if (end < n + 2 || c.begin == 0 || to_lower(text_.tokens[c.begin - 1].text) != "the") return false;
    return !lexicon_.wordnet_classes(to_lower(text_.tokens[end - 1].text)).empty();
  }

  // "US Open", "China Open", "French Open": a name opening with a known place's name or its
  // demonym (gazetteer.tsv) and ending in a common word names a place's event or thing, no person.
  bool opens_with_known_place(std::size_t n, std::size_t end) const {
    const GazetteerEntry* place = lexicon_.gazetteer(text_.tokens[n].text);
    if (!place || place->type != "LOCATION" || lexicon_.is_first_name(text_.tokens[n].text)) return false;
    // (and ends in a common word, wordnet_classes.tsv: "Open"; "Jordan Henderson" is a person's)
    return !lexicon_.wordnet_classes(to_lower(text_.tokens[end - 1].text)).empty();
  }

  // The token of the name that the name of tokens [n, end) is conjoined with, if any: "Hue and
  // Da Nang" (Da Nang's first word a conjunct of Hue, or Hue of it), and the gapped "Hue fell on
  // March 26 and Da Nang a few days later", where the parse makes Da Nang the subject of the
  // second, verbless conjunct and Hue the subject of the verb that conjunct hangs on.
  std::optional<std::size_t> conjoined_partner(std::size_t n, std::size_t end) const {
    const Sentence* s = sentence_containing(text_, n);
    if (!s) return std::nullopt;
    const auto head_of = [&](std::size_t k) -> std::optional<std::size_t> {
      const int head = text_.tokens[k].head;
      return head < 0 ? std::nullopt : std::optional<std::size_t>(s->first_token + static_cast<std::size_t>(head));
    };
    const auto proper_outside = [&](std::optional<std::size_t> k) {
      return k && (*k < n || *k >= end) && text_.tokens[*k].upos == "PROPN" && !in_timex_[*k] ? k : std::nullopt;
    };
    const Token& first = text_.tokens[n];
    if (first.deprel == "conj") return proper_outside(head_of(n));
    for (std::size_t k = s->first_token; k < s->first_token + s->token_count; ++k)
      if ((k < n || k >= end) && text_.tokens[k].deprel == "conj" && head_of(k) == n) return proper_outside(k);
    const auto clause = head_of(n);
    if (!first.deprel.starts_with("nsubj") || !clause || text_.tokens[*clause].deprel != "conj") return std::nullopt;
    const auto verb = head_of(*clause);
    for (std::size_t k = s->first_token; verb && k < s->first_token + s->token_count; ++k)
      if (text_.tokens[k].deprel.starts_with("nsubj") && head_of(k) == verb) return proper_outside(k);
    return std::nullopt;
  }

  // Two or three capitalised words are a person's only for want of anything better; a name
  // conjoined with one that has no first name or title of its own ("Hue and Da Nang fell") is
  // of that name's kind, as a list names things of one kind.
  bool conjoined_with_unnamed_kind(std::size_t n, std::size_t end) const {
    const auto partner = conjoined_partner(n, end);
    if (!partner) return false;
    const std::string& word = text_.tokens[*partner].text;
    if (lexicon_.is_first_name(word) || lexicon_.is_title(word) || called_a_person(word)) return false;
    const GazetteerEntry* known = lexicon_.gazetteer(word);
    if (known) return known->type != "PERSON";
    // (a partner of several words is read by the same default: "Zofie Dvorak and Stefan Popescu")
    const auto capital_at = [&](std::size_t k) { return k < text_.tokens.size() && is_capitalized(text_.tokens[k].text); };
    return !capital_at(*partner + 1) && (*partner == 0 || !capital_at(*partner - 1) || partner_opens_sentence(*partner));
  }

  bool partner_opens_sentence(std::size_t partner) const {
    const Sentence* s = sentence_containing(text_, partner);
    return s && opens_sentence(text_, partner, *s);
  }

  // "Biden" where the text also writes "Joe Biden" or "President Biden": a word some mention
  // gives a first name or a title before.
  bool called_a_person(const std::string& word) const {
    const auto& t = text_.tokens;
    for (std::size_t k = 1; k < t.size(); ++k)
      if (t[k].text == word && (lexicon_.is_first_name(t[k - 1].text) || lexicon_.is_title(t[k - 1].text))) return true;
    return false;
  }

  // The partner's kind: a known place's or organisation's; an organisation's for an acronym
  // ("Maersk and MSC") or a brand ("JetBlue and Alaska Air"); a place's after a preposition of
  // place ("to Antwerp and Hamburg"); else none known (MISC).
  std::string partner_kind(std::optional<std::size_t> partner) const {
    if (!partner) return "MISC";
    const std::string& word = text_.tokens[*partner].text;
    if (const GazetteerEntry* known = lexicon_.gazetteer(word)) return known->type;
    if (word.size() >= 2 && is_all_caps(word) && !lexicon_.is_first_name(word)) return "ORGANIZATION";
    if (brand_capitals(word)) return "ORGANIZATION";
    if (*partner > 0 && !lexicon_.is_first_name(word) && place_preposition(to_lower(text_.tokens[*partner - 1].text)))
      return "LOCATION";
    return "MISC";
  }

  // "former Riverton mayor Daniel Okafor", "the Chicago police chief": a name right before a
  // lower-case office held over a place (place_words.tsv `office`) is that place. A one-word name
  // that is also a common word keeps its kind: "Labour mayor", "Green governor" name a party
  // (wordnet_classes.tsv lists a word of an act, a state or a verb; "Chicago" only for an
  // eventive sense after its first, the city's).
  bool before_place_office(std::size_t n, std::size_t end) const {
    const auto& t = text_.tokens;
    if (end >= t.size() || !std::islower(static_cast<unsigned char>(t[end].text[0]))) return false;
    const std::string one = to_lower(t[end].text);
    const bool office = lexicon_.is_place_office(one) ||
                        (end + 1 < t.size() && lexicon_.is_place_office(one + " " + to_lower(t[end + 1].text)));
    if (!office) return false;
    if (end > n + 1 || lexicon_.gazetteer(t[n].text)) return true;
    const auto& classes = lexicon_.wordnet_classes(to_lower(t[n].text));
    return std::all_of(classes.begin(), classes.end(), [](const std::string& c) { return c == "n.eventive-sense"; });
  }

  // "the government's Digital Harms Bill", "Norway's Fisheries Treaty": a name ending in the word
  // of a law, a treaty or an accord names that text, no person. (Not WordNet's documents at
  // large: "Qiang", a language, is n.communication too, and "Li Qiang" a person.)
  bool names_a_document(std::size_t last) const {
    static const std::set<std::string, std::less<>> kDocuments = {"Bill", "Act", "Treaty", "Accord", "Accords", "Agreement",
                                                                  "Pact", "Charter", "Convention", "Directive", "Protocol",
                                                                  "Declaration", "Amendment", "Statute", "Ordinance"};
    return kDocuments.count(text_.tokens[last].text) > 0;
  }

  // "Bronze Age", "Winter Games": a name ending in a noun whose first sense is an act, an event,
  // a time or a measure (wordnet_classes.tsv: "game" n.act, "age" n.attribute) names an era, an
  // event or a quantity, no person (a first name or a title was asked first: "Julian Price").
  bool names_a_happening(std::size_t last) const {
    static const std::set<std::string, std::less<>> kClasses = {"n.act", "n.event", "n.time", "n.attribute", "n.process",
                                                                "n.phenomenon"};
    const Token& t = text_.tokens[last];
    const auto& classes = lexicon_.wordnet_classes(to_lower(t.lemma.empty() ? t.text : t.lemma));
    const auto noun = std::find_if(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("n."); });
    return noun != classes.end() && kClasses.count(*noun) > 0;
  }

  // "Harbour City have completed the signing", "Benfica are", "City travel to": a singular name
  // (no "-s") as the subject of a plural verb is a team's or a firm's, as British news writes
  // them, never a place's or a person's; not a name joined to another by "and" ("Leeds and York
  // are"). The chunk is [begin, end). (Not "were", which a singular takes in "if Smith were".)
  bool acts_with_plural_verb(std::size_t begin, std::size_t end) const {
    const auto& t = text_.tokens;
    const Token& last = t[end - 1];
    const Sentence* s = sentence_containing(text_, end - 1);
    if (!s || !last.deprel.starts_with("nsubj") || last.head < 0 || last.text.ends_with('s')) return false;
    if (last.xpos == "NNS" || last.xpos == "NNPS" || (end < t.size() && to_lower(t[end].text) == "and")) return false;
    if (begin > s->first_token && (to_lower(t[begin - 1].text) == "and" || t[begin - 1].text == "," || t[begin - 1].text == "&"))
      return false;
    const std::size_t verb = s->first_token + static_cast<std::size_t>(last.head);
    for (std::size_t k = end; k <= verb && k < t.size(); ++k) {
      const bool of_the_verb = k == verb || (t[k].head >= 0 && s->first_token + static_cast<std::size_t>(t[k].head) == verb);
      if (of_the_verb && t[k].xpos == "VBP") return true;
    }
    return false;
  }

  bool org_word_before_number(std::size_t n, std::size_t number) const {
    for (std::size_t k = n; k < number; ++k)
      if (lexicon_.is_org_word(text_.tokens[k].text)) return true;
    return false;
  }

  // Whether the name of tokens [begin, end) stands in quotation marks of its own: one opens right
  // before it and one closes right after it, or after the comma or full stop that closes it
  // ('her album "Late Light," came out'; not '"John Smith is lying," she said').
  bool quoted_on_its_own(std::size_t begin, std::size_t end) const {
    const auto quote = [&](std::size_t k) {
      static const std::set<std::string, std::less<>> kQuotes = {"\"", "\u201c", "\u201d", "``", "''"};
      return k < text_.tokens.size() && kQuotes.count(text_.tokens[k].text) > 0;
    };
    if (begin == 0 || !quote(begin - 1)) return false;
    const bool closing_mark = end < text_.tokens.size() && (text_.tokens[end].text == "," || text_.tokens[end].text == ".");
    return quote(end) || (closing_mark && quote(end + 1));
  }

  // "Hurricane Delia", "Tropical Storm Alberto": a storm's word before the name's last word
  // makes it a storm's name, a named event and no person; not one before an organisation's word
  // ("the National Hurricane Center").
  bool names_a_storm(std::size_t n, std::size_t end) const {
    if (lexicon_.is_org_word(text_.tokens[end - 1].text)) return false;
    for (std::size_t k = n; k + 1 < end; ++k)
      if (lexicon_.is_storm_word(text_.tokens[k].text)) return true;
    return false;
  }

  // "Northern Ireland", "Western Australia", "East Africa": a name of several words, no first
  // name or title among them (guess_type asks first), that ends in a place the gazetteer knows
  // is a part of that place.
  bool ends_in_known_place(std::size_t n, std::size_t end) const {
    // (after a word of the compass only: "Air France", "Real Madrid" are no places)
    static const std::set<std::string, std::less<>> kCompass = {"north", "south", "east", "west", "northern", "southern",
                                                                "eastern", "western", "central", "upper", "lower"};
    // ("North Atlantic", "South Pacific": a region's adjective after the compass word names it)
    const std::string& word = text_.tokens[end - 1].text;
    const GazetteerEntry* last = lexicon_.gazetteer(word);
    const bool place = (last && last->type == "LOCATION") || (end == n + 2 && lexicon_.is_relational_adjective(to_lower(word)));
    return end > n + 1 && place && kCompass.count(to_lower(text_.tokens[n].text)) > 0;
  }

  // "Health Canada", "Transport Canada", "Sport England": a common noun of a field (an act, a
  // state, a science: wordnet_classes.tsv) before a country's name is a public body's name, no
  // person's and no place's (guess_type asks for a first name, a title and a compass word first).
  // ("Historic Environment Scotland", "Public Health England": one word may come before that noun)
  bool agency_of_country(std::size_t n, std::size_t end) const {
    const GazetteerEntry* last = lexicon_.gazetteer(text_.tokens[end - 1].text);
    if ((end != n + 2 && end != n + 3) || !last || last->type != "LOCATION") return false;
    for (std::size_t k = n; k + 1 < end; ++k) {
      const std::string& w = text_.tokens[k].text;
      if (lexicon_.gazetteer(w) || lexicon_.is_place_first_word(w)) return false;
    }
    return field_noun(to_lower(text_.tokens[end - 2].text));
  }

  // "Historic Scotland", "Visit Britain": a name whose last word is a country's own name, the
  // words before it no place's, is a body's; no person's (guess_type asks for a first name and a
  // title first), as no surname is a country's name that is no first name too ("Jordan").
  bool body_of_country(std::size_t n, std::size_t end) const {
    const std::string& last = text_.tokens[end - 1].text;
    const auto& countries = lexicon_.countries_of(last);
    if (countries.empty() || countries.front() != last || lexicon_.is_first_name(last)) return false;
    for (std::size_t k = n; k + 1 < end; ++k) {
      const std::string& w = text_.tokens[k].text;
      if (lexicon_.gazetteer(w) || lexicon_.is_place_first_word(w) || !lexicon_.countries_of(w).empty()) return false;
    }
    return lexicon_.countries_of(join_tokens(text_, n, end)).empty();
  }

  // "China Eastern", "China Southern": a country's own name (not a city's or a demonym) before a
  // word of the compass is a firm's, no person's and no place's, which would put the compass
  // first ("Eastern China", ends_in_known_place); not "Jordan Henderson", a person.
  bool opens_with_country(std::size_t n, std::size_t end) const {
    static const std::set<std::string, std::less<>> kCompass = {"Northern", "Southern", "Eastern", "Western", "Central"};
    const std::string& first = text_.tokens[n].text;
    const GazetteerEntry* country = lexicon_.gazetteer(first);
    if (end != n + 2 || !country || country->type != "LOCATION" || country->name != first) return false;
    return !lexicon_.country_of_city(first) && kCompass.count(text_.tokens[n + 1].text) > 0;
  }

  // "PSV Eindhoven", "NHS England": a name of several words opening with an acronym (three or
  // four capitals, not a known place's: "USA Today"; two are as often a person's initials: "JD
  // Vance") before a word in lower case is an organisation's, never a person's or a place's
  // ("SAN FRANCISCO" is no acronym).
  bool opens_with_acronym(std::size_t n, std::size_t end) const {
    constexpr std::size_t kMinLetters = 3, kMaxLetters = 4;
    const std::string& first = text_.tokens[n].text;
    const auto capital = [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; };
    const bool acronym = first.size() >= kMinLetters && first.size() <= kMaxLetters && std::all_of(first.begin(), first.end(), capital);
    if (end == n + 1 || !acronym || is_all_caps(text_.tokens[n + 1].text)) return false;
    return !lexicon_.gazetteer(first) && !lexicon_.is_title(first);
  }

  // The words of tokens [begin, end), those joined by a hyphen one ("Rolls-Royce" is one word),
  // a surname's lower-case particles none ("Luca van der Berg" has two, as "Luca Berg").
  std::size_t words_in(std::size_t begin, std::size_t end) const {
    std::size_t words = 1;
    for (std::size_t k = begin + 1; k < end; ++k) {
      const bool particle = std::islower(static_cast<unsigned char>(text_.tokens[k].text[0])) != 0;
      words += text_.tokens[k].span.begin > text_.tokens[k - 1].span.end && !particle ? 1 : 0;
    }
    return words;
  }

  // "BrightHome", "PayPal", "JetBlue": one word with a capital after three or more letters is
  // a firm's brand ("SanDisk", "TriNet" too); surnames capitalised inside ("McCarthy",
  // "DeSantis", "MacArthur", "DelBene", "FitzGerald") are not.
  static bool brand_capitals(const std::string& word) {
    constexpr std::size_t kMinFirstPart = 3;
    static constexpr std::string_view kNamePrefixes[] = {"Mac", "Van", "Von", "Del", "Dos", "Das", "Fitz"};
    for (const auto prefix : kNamePrefixes) {
      const bool capital_after = word.size() > prefix.size() && std::isupper(static_cast<unsigned char>(word[prefix.size()]));
      if (word.starts_with(prefix) && capital_after) return false;
    }
    for (std::size_t k = kMinFirstPart; k + 1 < word.size(); ++k)
      if (std::isupper(static_cast<unsigned char>(word[k])) && std::islower(static_cast<unsigned char>(word[k - 1])) &&
          std::islower(static_cast<unsigned char>(word[k + 1])))
        return true;
    return false;
  }

  // "the railroad, Northern Plains Freight, had ...": a name set off by commas (or ending the
  // sentence) right after "the" and a firm's word; not "Asked about the company, Chen Wei
  // declined", where the name opens the clause after a phrase.
  bool firm_in_apposition(const Chunk& c, std::size_t end) const {
    if (c.begin < 3 || text_.tokens[c.begin - 1].text != ",") return false;
    if (!institution_before(c.begin - 2) && !organisation_kind_noun(c.begin - 2)) return false;
    const std::string article = to_lower(text_.tokens[c.begin - 3].text);
    // ("his club, Olympique Vence, ...": an owner's word as well as an article)
    static const std::set<std::string, std::less<>> kDeterminers = {"the", "its", "a", "his", "her", "their", "our", "my"};
    if (kDeterminers.count(article) == 0) return false;
    if (end >= text_.tokens.size()) return true;
    const std::string& after = text_.tokens[end].text;
    return after == "," || after == ".";
  }

  // "Jenna Morales, 34,", "Ines Flores, a retired teacher from Lyon,": a name set beside an age
  // or a person's noun after a comma (a role, a trade, or a doer's noun with no sense of a
  // thing's in WordNet; no firm's word: "Pelican Tankers, a shipping firm,") is a person's.
  bool person_described_after(std::size_t end) const {
    const auto& t = text_.tokens;
    if (end + 2 >= t.size() || t[end].text != ",") return false;
    if (all_digits(t[end + 1].text) && t[end + 1].text.size() <= 2 && t[end + 2].text == ",") return true;
    const std::string article = to_lower(t[end + 1].text);
    if (article != "a" && article != "an") return false;
    constexpr std::size_t kMaxModifiers = 2;
    std::size_t k = end + 2;
    while (k + 1 < t.size() && k < end + 2 + kMaxModifiers && t[k + 1].upos == "NOUN" && !is_capitalized(t[k].text)) ++k;
    return k < t.size() && person_noun(t[k]);
  }

  bool person_noun(const Token& noun) const {
    const std::string lower = to_lower(noun.lemma.empty() ? noun.text : noun.lemma);
    if (noun.upos != "NOUN" || is_capitalized(noun.text) || lexicon_.institution(lower)) return false;
    if (lexicon_.is_person_role(lower) || lexicon_.is_staff_noun(lower)) return true;
    const auto& classes = lexicon_.wordnet_classes(lower);
    return agent_noun(noun) && std::none_of(classes.begin(), classes.end(), [](const std::string& c) { return own_noun_sense(c); });
  }

  // "His deputy, Lorraine Pitts,", "her husband, Tom,": a noun after "his" or "her" with no
  // sense of a thing's in WordNet (a person's noun has none there), no institution's or group's,
  // names someone of that person's.
  bool relation_of_person(std::size_t noun) const {
    const Token& t = text_.tokens[noun];
    const std::string lower = to_lower(t.text);
    if (noun == 0 || t.upos != "NOUN" || lexicon_.institution(lower) || lexicon_.is_group_noun(lower)) return false;
    const std::string owner = to_lower(text_.tokens[noun - 1].text);
    if (owner != "his" && owner != "her") return false;
    const auto& classes = lexicon_.wordnet_classes(lower);
    return std::none_of(classes.begin(), classes.end(), [](const std::string& c) { return own_noun_sense(c); });
  }

  // "the worst-hit town, Andahuaylas,", "a daughter, Margaret,": the noun a name is set beside
  // after a comma, with its determiner a few words before it and a comma or the end after the
  // name; none otherwise.
  std::optional<std::string> noun_apposed_to(const Chunk& c, std::size_t end) const {
    if (c.begin < 3 || text_.tokens[c.begin - 1].text != ",") return std::nullopt;
    if (end < text_.tokens.size() && text_.tokens[end].text != "," && text_.tokens[end].text != ".") return std::nullopt;
    // ("Ms Ashdown's mother, Patricia,": a possessor's "'s" determines the noun as "her" does)
    static const std::set<std::string, std::less<>> kDeterminers = {"the", "its", "a",  "an", "his", "her",
                                                                    "their", "our", "my", "'s", "\u2019s"};
    for (std::size_t k = c.begin - 2; k-- > 0 && c.begin - 2 - k <= 4;) {
      const std::string w = to_lower(text_.tokens[k].text);
      if (kDeterminers.count(w) > 0) return to_lower(text_.tokens[c.begin - 2].text);
      if (is_punctuation(w) && w != "-") break;
    }
    return std::nullopt;
  }

  // "Southern Water will introduce a ban, the company said": a name opening the sentence whose
  // news the sentence's closing "the company said" (a firm's or a body's noun, institutions.tsv,
  // before a verb of saying) reports is that firm or body.
  bool reported_by_institution(const Chunk& c, std::size_t end) const {
    const Sentence* s = sentence_containing(text_, c.begin);
    if (!s || !opens_sentence(text_, c.begin, *s)) return false;
    const auto& t = text_.tokens;
    for (std::size_t k = end; k + 3 < s->first_token + s->token_count; ++k) {
      if (t[k].text != "," || to_lower(t[k + 1].text) != "the") continue;
      const char kind = lexicon_.institution(to_lower(t[k + 2].text));
      if ((kind == 'n' || kind == 'b') && verb_of_saying(t[k + 3])) return true;
    }
    return false;
  }

  bool verb_of_saying(const Token& t) const {
    for (const std::string& c : lexicon_.wordnet_classes(to_lower(t.lemma.empty() ? t.text : t.lemma)))
      if (c.starts_with("v.") && !c.starts_with("v.also") && !c.starts_with("v.takes")) return c == "v.communication";
    return false;
  }

  static bool place_preposition(const std::string& w) {
    // (not "into", "inside", "off": "a probe into Binance", "bought the stake off Elliott Management")
    return w == "in" || w == "at" || w == "near" || w == "to" || w == "from" || w == "outside" || w == "across" ||
           w == "throughout" || w == "along";
  }

  // "club", "university": a noun that says what kind of organisation a name is (the nouns of
  // organisation_kinds.tsv, written there under the name's kind word "Club", "University").
  bool organisation_kind_noun(std::size_t k) const {
    const std::string& w = text_.tokens[k].text;
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return false;
    const auto& nouns = lexicon_.organisation_kinds(title_case(w));
    return std::find(nouns.begin(), nouns.end(), w) != nouns.end();
  }

  bool institution_before(std::size_t k) const {
    const std::string word = to_lower(text_.tokens[k].text);
    const char kind = lexicon_.institution(word);
    return kind == 'n' || kind == 'b';  // ("lawmaker", "filmmaker" are people's words)
  }

  // "US intelligence officials", "Russian forces": a place or organisation, at most two
  // lower-case modifiers, then a group noun.
  void extend_to_group(Chunk& c, std::size_t sentence_end) const {
    if (c.type != "LOCATION" && c.type != "ORGANIZATION") return;
    for (std::size_t k = c.end; k < sentence_end && k < c.end + 3; ++k) {
      const std::string& w = text_.tokens[k].text;
      if (is_punctuation(w) || is_capitalized(w)) return;
      const std::string lower = to_lower(w);
      if (lexicon_.is_group_noun(lower)) {
        c.end = k + 1;
        c.group = true;
        c.type = "GROUP";
        c.name = join_tokens(text_, c.name_begin, c.end);
        return;
      }
      if (lexicon_.is_function_word(lower)) return;
      // (only a modifier comes between: "US intelligence officials", "Russian invading troops",
      // not "Amnesty said soldiers")
      const Token& between = text_.tokens[k];
      // (a participle only as the group's adjective: not "Russia sending troops to Belarus")
      const bool participle = (between.xpos == "VBG" || between.xpos == "VBN") && between.deprel == "amod";
      if (!between.upos.empty() && between.upos != "NOUN" && between.upos != "ADJ" && !participle) return;
    }
  }

  const TokenizedText& text_;
  const std::vector<char>& in_timex_;
  const EventLexicon& lexicon_;
  bool caps_;
  std::vector<char> heading_;  // by sentence
  std::unordered_set<std::string> mid_capitals_;
  std::unordered_set<std::string> lower_words_;  // words the text writes in lower case
  std::unordered_map<std::string, std::string> body_words_;  // a word of a name in the body, lower case -> as written
};

// "Mrs Okafor", "Judge Maria Ortiz": the first title or given name in the chunk that says
// whether the person is a woman or a man; names that disagree leave it unknown.
void note_gender(const TokenizedText& text, const Chunk& c, EntityInfo& e, const EventLexicon& lexicon) {
  if (e.type != "PERSON" || e.gender == '?') return;
  // (a name's last word is a surname, whatever given name it looks like: "Andrea Mitchell")
  const std::size_t end = c.end - c.begin > 1 ? c.end - 1 : c.end;
  for (std::size_t k = c.begin; k < end; ++k) {
    const char said = lexicon.gender(text.tokens[k].text);
    if (!said) continue;
    e.gender = e.gender == 0 || e.gender == said ? said : '?';
    return;
  }
}

void finish_entities(std::vector<EntityInfo>& entities) {
  std::set<std::string> used;
  for (auto& e : entities) {
    std::sort(e.aliases.begin(), e.aliases.end());
    e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
    std::erase(e.aliases, e.name);
    if (e.gender == '?') e.gender = 0;
    std::string id = slugify(e.name);
    if (id.empty()) id = "entity";
    std::string unique = id;
    for (int k = 2; used.count(unique); ++k) unique = id + "-" + std::to_string(k);
    used.insert(unique);
    e.id = unique;
  }
}

// "Veltra Semiconductor", "Nova Bank", "Halden Corporation": an organisation whose name says it is
// a firm, or says no kind at all; not "Leeds University" or "Kessel Rowing Club", whose kind word
// (the last before any "of" or "for", organisation_kinds.tsv) stands for no firm's noun
// (institutions.tsv `named`). News calls a firm by its name's first word ("Veltra"), where the
// first word of a university's or a club's name is its town's ("Floods hit Leeds"), and "the
// water company" is never a university.
bool named_as_firm(const std::string& name, const EventLexicon& lexicon) {
  std::string kind = name.substr(0, std::min(name.find(" of "), name.find(" for ")));
  kind = kind.substr(kind.rfind(' ') + 1);
  const auto& nouns = lexicon.organisation_kinds(kind);
  return nouns.empty() ||
         std::any_of(nouns.begin(), nouns.end(), [&](const std::string& noun) { return lexicon.institution(noun) == 'n'; });
}

// "the central bank", "the company", "police": institutions news names by a common noun.
// Linear in the text: the organisations named are indexed once, by place and by word.
class InstitutionFinder {
 public:
  InstitutionFinder(const TokenizedText& text, const std::vector<char>& in_timex, const EventLexicon& lexicon,
                    DocumentEvents& out)
      : text_(text), in_timex_(in_timex), lexicon_(lexicon), out_(out), covered_(text.tokens.size(), 0) {
    std::set<int> credited;  // news agencies the text credits for the story
    std::size_t i = 0;  // mentions and tokens are both in text order
    for (const auto& m : out.entity_mentions) {
      while (i < text.tokens.size() && text.tokens[i].span.begin < m.span.begin) ++i;
      std::size_t end = i;
      while (end < text.tokens.size() && text.tokens[end].span.end <= m.span.end) covered_[end++] = 1;
      if (lexicon_.is_news_agency(to_lower(out.entities[static_cast<std::size_t>(m.entity)].name)) && credit(i, end))
        credited.insert(m.entity);
      if (const auto kind = firm_kind_before(i); !kind.empty()) described_as_.emplace(m.entity, kind);
    }
    for (std::size_t k = 0; k < out.entity_mentions.size(); ++k) {
      const auto& m = out.entity_mentions[k];
      const EntityInfo& info = out.entities[static_cast<std::size_t>(m.entity)];
      if (unknown_kind_subject(m, info)) unknown_subjects_.push_back(Named{m.span.end, m.entity, true});
      if (info.type != "ORGANIZATION" || members_body(info.name) || credited.count(m.entity)) continue;
      const Named named{m.span.end, m.entity, names_a_subject(m)};
      if (public_body(info.name) || body_by_kind(info.name))
        bodies_.push_back(named);
      else if (named_as_firm(info.name, lexicon_))
        firms_.push_back(named);
    }
    for (std::size_t e = 0; e < out.entities.size(); ++e) {
      if (out.entities[e].type != "ORGANIZATION") continue;
      std::istringstream words(to_lower(out.entities[e].name));
      for (std::string w; words >> w;) by_word_.emplace(w, static_cast<int>(e));  // the first named keeps the word
    }
  }

  // Adds a mention for each such phrase, and an entity for each institution of its own.
  void find() {
    for (const auto& s : text_.sentences)
      for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i)
        if (const char kind = head_word(i, s)) {
          if (const auto first = phrase_start(i, s, kind); first && !of_named_place(*first, s)) add(*first, i, kind);
        }
  }

 private:
  struct Named {
    std::size_t end;  // byte where the name ends
    int entity;
    bool subject;  // the name is a clause's subject, an actor ("NASA said"), not a modifier
  };

  // "Belgian police searched the unit", "Spanish police": a country's adjective right before the
  // phrase says whose institution it is, no other one of its kind the text named ("the
  // Metropolitan Police"); the country's mention stands for it. (A town's name is left to the
  // kind: "Riverton police" may be the Riverton Police Department named before.)
  bool of_named_place(std::size_t first, const Sentence& s) const {
    if (first == s.first_token || !covered_[first - 1]) return false;
    const std::size_t end = text_.tokens[first - 1].span.end;
    return std::any_of(out_.entity_mentions.begin(), out_.entity_mentions.end(), [&](const EntityMention& m) {
      return m.span.end == end && m.type == "LOCATION" && m.entity >= 0 &&
             out_.entities[static_cast<std::size_t>(m.entity)].name != m.text;
    });
  }

  // Whether mention `m` is the subject of a clause (or one of its joined subjects): the token of
  // the name that hangs outside it is an nsubj ("NASA said"), not a noun's modifier ("a drill
  // from the European Space Agency") or an object.
  bool names_a_subject(const EntityMention& m) const {
    const Token* first = tagged_token_at(text_, m.span.begin);
    if (!first) return false;
    const auto index = static_cast<std::size_t>(first - text_.tokens.data());
    const Sentence* s = sentence_containing(text_, index);
    if (!s) return false;
    const auto inside = [&](int head) {
      if (head < 0) return false;
      const auto& span = text_.tokens[s->first_token + static_cast<std::size_t>(head)].span;
      return span.begin >= m.span.begin && span.end <= m.span.end;
    };
    for (std::size_t k = index; k < s->first_token + s->token_count && text_.tokens[k].span.end <= m.span.end; ++k) {
      const Token& t = text_.tokens[k];
      if (inside(t.head)) continue;
      const Token* role = &t;
      if (t.deprel == "conj" && t.head >= 0) role = &text_.tokens[s->first_token + static_cast<std::size_t>(t.head)];
      return role->deprel.starts_with("nsubj");
    }
    return false;
  }

  // The institution word `i` heads a phrase of its own (no noun or name follows it): its kind.
  char head_word(std::size_t i, const Sentence& s) const {
    const Token& t = text_.tokens[i];
    if (covered_[i] || in_timex_[i] || (i != s.first_token && is_capitalized(t.text))) return 0;
    // (a lower-case word is no name whatever the tagger says: "Health ministry" read as a name)
    if (!t.upos.empty() && t.upos != "NOUN" && !((i == s.first_token || !is_capitalized(t.text)) && t.upos == "PROPN"))
      return 0;
    const std::size_t end = s.first_token + s.token_count;
    if (i + 1 < end) {
      const Token& next = text_.tokens[i + 1];
      if (next.upos == "NOUN" || next.upos == "PROPN" || is_capitalized(next.text)) return 0;
    }
    return lexicon_.institution(to_lower(t.text));
  }

  // The phrase's first word: after "the" and at most two lower-case modifiers ("the central
  // bank"); "police", and an institution of its own opening a sentence ("Parliament approved"),
  // need no article; nor one of its own with a modifier after a common noun's "'s" ("the bank's
  // governing council"; "Tarvia's foreign ministry" is named with its owner, as written). None
  // for "a bank", "the Biden administration".
  std::optional<std::size_t> phrase_start(std::size_t i, const Sentence& s, char kind) const {
    std::size_t first = i;
    while (first > s.first_token && i - first < 2 && modifier(first - 1)) --first;
    for (std::size_t k = first; k < i; ++k)
      if (one_of_many(text_.tokens[k])) return std::nullopt;
    // "Health ministry sets out ...", "the Finance ministry": the field it deals with is its word
    if (first == i && first > s.first_token &&
        field_of_institution(text_, first - 1, s.first_token + s.token_count, lexicon_))
      return first - 1;
    if (first > s.first_token && to_lower(text_.tokens[first - 1].text) == "the") return first;
    const auto possessive = [](const std::string& w) { return w == "'s" || w == "\u2019s"; };
    if (kind == 'o' && first < i && first >= s.first_token + 2 && possessive(text_.tokens[first - 1].text) &&
        !covered_[first - 2] && !is_capitalized(text_.tokens[first - 2].text))
      return first;
    const std::string word = to_lower(text_.tokens[i].text);
    if (first == i && (word == "police" || (i == s.first_token && lexicon_.institution(word) == 'o'))) return first;
    return std::nullopt;
  }

  // "The final miner was freed", "the second company to report": an ordinal, or a word that
  // counts along a group, picks one of many miners or firms, no institution the text names.
  static bool one_of_many(const Token& t) {
    static const std::set<std::string, std::less<>> kCounting = {"first", "second", "third", "fourth", "fifth", "last",
                                                                 "final", "remaining"};
    return kCounting.count(to_lower(t.text)) > 0 || t.feats.find("NumType=Ord") != std::string::npos;
  }

  bool modifier(std::size_t k) const {
    const Token& t = text_.tokens[k];
    if (covered_[k] || in_timex_[k] || is_capitalized(t.text) || is_punctuation(t.text)) return false;
    if (t.upos.empty()) return !lexicon_.is_function_word(to_lower(t.text));
    // (a participle as the noun's adjective: "the governing council", "the ruling party")
    const bool participle = (t.xpos == "VBG" || t.xpos == "VBN") && t.deprel == "amod";
    return t.upos == "ADJ" || t.upos == "NOUN" || participle;
  }

  void add(std::size_t first, std::size_t head, char kind) {
    const std::string word = to_lower(text_.tokens[head].text);
    int entity = apposed_organisation(head);
    if (entity < 0) entity = organisation_named_with_modifier(first, head, kind);
    if (entity < 0 && kind == 'o') entity = nearest_of_its_kind(word, first, head);
    if (entity < 0 && kind != 'o') entity = named_organisation(head, kind == 'b' ? bodies_of_kind(word) : firms_of_kind(word));
    // (after "the regulator" of its own, the same words are that one again)
    if (entity < 0 && kind == 'b' && own_.count(word) == 0) entity = body_named_without_kind(head);
    if (entity < 0 && kind == 'n') entity = unnamed_firm(first, head);
    if (entity < 0) entity = own_entity(first, head, kind);
    EntityMention m;
    m.span = {text_.tokens[first].span.begin, text_.tokens[head].span.end};
    m.text = join_tokens(text_, first, head + 1);
    m.type = word == "police" ? "GROUP" : "ORGANIZATION";  // "police say": a plural
    m.entity = entity;
    // (no alias: "the company" names no firm in another article)
    out_.entity_mentions.push_back(std::move(m));
  }

  // "The operator, Hebridean Sound Ferries, denied": the organisation named right after the
  // phrase, set beside it, is the one it stands for, whatever the text named before; -1 when none is.
  int apposed_organisation(std::size_t head) const {
    if (head + 2 >= text_.tokens.size() || text_.tokens[head + 1].text != ",") return -1;
    const std::size_t begin = text_.tokens[head + 2].span.begin;
    for (const auto& m : out_.entity_mentions)
      if (m.span.begin == begin && m.type == "ORGANIZATION") return m.entity;
    return -1;
  }

  // The firm (or, among `named` public bodies, the body) "the company" stands for at token `at`: the one
  // named last when it is still in focus (focus_start: "Rival Corvex said its sales rose. The
  // company also ..."); further on, the one named most often before it, the story's own
  // ("Lumera ... the law firm Hartwell & Kane ... to allow the company to move forward"), the
  // later on a tie; else the first named after it in its own sentence that is no institution of
  // its own ("The company will close the plant, Halbeck Group said"; the railroad that will
  // appeal is not "the European Union" named next, and "the regulator" is not the FBI a later
  // sentence names); -1 when none.
  int named_organisation(std::size_t at, const std::vector<Named>& named) const {
    const std::size_t byte = text_.tokens[at].span.begin;
    const auto after = std::partition_point(named.begin(), named.end(), [&](const Named& n) { return n.end <= byte; });
    if (after == named.begin()) {
      const Sentence* holding = sentence_containing(text_, at);
      const std::size_t sentence_end = holding ? holding->span.end : 0;
      const auto ahead = std::find_if(after, named.end(), [&](const Named& n) { return !names_own_institution(n.entity); });
      return ahead != named.end() && ahead->end <= sentence_end ? ahead->entity : -1;
    }
    const Named& last = *std::prev(after);
    if (last.end >= focus_start(at)) return last.subject ? last.entity : last_subject(named.begin(), after, last);
    std::map<int, int> mentions;
    int best = last.entity;
    for (auto it = named.begin(); it != after; ++it)
      if (++mentions[it->entity] >= mentions[best]) best = it->entity;
    return best;
  }

  // "Ofcom, which will regulate the new regime, said ... The regulator has already hired 300
  // staff": a one-word name of no known kind (MISC, no person's) is the public body "the
  // regulator" or "the agency" stands for when no body is named and it was last named as a
  // clause's subject, in a sentence before and still in focus (focus_start); it is then an
  // organisation. -1 when none is.
  int body_named_without_kind(std::size_t at) {
    const std::size_t byte = text_.tokens[at].span.begin;
    const Sentence* holding = sentence_containing(text_, at);
    const std::size_t own_start = holding ? holding->span.begin : byte;
    const auto after = std::partition_point(unknown_subjects_.begin(), unknown_subjects_.end(),
                                            [&](const Named& n) { return n.end <= own_start; });
    if (after == unknown_subjects_.begin() || std::prev(after)->end < focus_start(at)) return -1;
    const int entity = std::prev(after)->entity;
    out_.entities[static_cast<std::size_t>(entity)].type = "ORGANIZATION";
    for (auto& m : out_.entity_mentions)
      if (m.entity == entity) m.type = "ORGANIZATION";
    return entity;
  }

  // A mention of a one-word name of no known kind as a clause's subject ("Ofcom said").
  bool unknown_kind_subject(const EntityMention& m, const EntityInfo& info) const {
    return info.type == "MISC" && info.name.find(' ') == std::string::npos && names_a_subject(m);
  }

  // "NASA said the launch slipped. The rover carries a drill from the European Space Agency. The
  // agency will hold a briefing": a name last in focus only as a modifier or an object gives way
  // to the one named most recently as a subject, an actor of the story; `last` when none was.
  static int last_subject(std::vector<Named>::const_iterator begin, std::vector<Named>::const_iterator end,
                          const Named& last) {
    for (auto it = end; it != begin;)
      if ((--it)->subject) return it->entity;
    return last.entity;
  }

  // The byte from which a firm named is still in focus at token `at`: the sentence before the
  // one holding it, and further back over each sentence that goes on about "it" or "its"
  // ("Nova Bank said it would cut jobs. It blamed weak demand. The company will close ...").
  std::size_t focus_start(std::size_t at) const {
    const auto& sentences = text_.sentences;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), at,
                               [](std::size_t token, const Sentence& s) { return token < s.first_token; });
    if (it == sentences.begin()) return 0;
    --it;  // the sentence holding `at`
    if (it != sentences.begin()) --it;
    while (it != sentences.begin() && speaks_of_it(*it)) --it;
    return it->span.begin;
  }

  bool speaks_of_it(const Sentence& s) const {
    for (std::size_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
      const std::string w = to_lower(text_.tokens[k].text);
      if (w == "it" || w == "its") return true;
    }
    return false;
  }

  // "engine maker CFM International", "budget airline Sky Nusantara", "port operator Nordhaven":
  // the noun saying what kind of firm the name at token `name` is, right before it (a firm's
  // noun, institutions.tsv `named`, or a maker's); empty when none.
  std::string firm_kind_before(std::size_t name) const {
    if (name == 0) return {};
    const Token& t = text_.tokens[name - 1];
    const std::string word = to_lower(t.text);
    if (t.upos != "NOUN" || is_capitalized(t.text)) return {};
    return lexicon_.institution(word) == 'n' || word.ends_with("maker") ? word : std::string();
  }

  // The firms "the `noun`" may stand for: those named as one ("budget airline Sky Nusantara ...
  // the airline") where any is; else those named as no other kind ("engine maker CFM
  // International" is no airline). "The company" and "the firm" may stand for any.
  std::vector<Named> firms_of_kind(const std::string& noun) const {
    if (lexicon_.is_generic_firm_noun(noun)) return firms_;  // "the company": any firm
    std::vector<Named> named_so, unsaid;
    for (const Named& n : firms_) {
      const auto kind = described_as_.find(n.entity);
      if (kind == described_as_.end()) unsaid.push_back(n);
      else if (kind->second == noun) named_so.push_back(n);
    }
    return named_so.empty() ? unsaid : named_so;
  }

  // The public bodies "the `noun`" may stand for: those whose name holds the noun or whose kind
  // word names it (organisation_kinds.tsv), where any does; else all. "The Centers for Disease
  // Control and Prevention (CDC) reported ... the Ohio Department of Health said ... The agency
  // is expected to update": the agency is the CDC, for a department is no agency.
  // A body known only by its acronym ("NASA") says no kind, and may be any ("NASA said ... The
  // agency will").
  std::vector<Named> bodies_of_kind(const std::string& noun) const {
    std::vector<Named> agreeing;
    bool any_of_kind = false;
    for (const Named& n : bodies_) {
      const std::string& name = out_.entities[static_cast<std::size_t>(n.entity)].name;
      const bool of_the_kind = holds_word(to_lower(name), noun) || of_kind(name, noun);
      any_of_kind = any_of_kind || of_the_kind;
      if (of_the_kind || is_acronym(name)) agreeing.push_back(n);
    }
    return any_of_kind ? agreeing : bodies_;
  }

  static bool is_acronym(const std::string& name) { return is_all_caps(name) && name.find(' ') == std::string::npos; }

  // "Centers for Disease Control and Prevention": a public body by the kind its name's kind word
  // says (organisation_kinds.tsv lists a public body's noun for it, institutions.tsv `body`).
  bool body_by_kind(const std::string& name) const {
    std::string kind = name.substr(0, std::min(name.find(" of "), name.find(" for ")));
    kind = kind.substr(kind.rfind(' ') + 1);
    const auto& nouns = lexicon_.organisation_kinds(kind);
    return std::any_of(nouns.begin(), nouns.end(), [&](const std::string& noun) { return lexicon_.institution(noun) == 'b'; });
  }

  // "LIMA (AP) -", ", Reuters reported", "Reuters has learned", "sources told Reuters",
  // "according to (a) Bloomberg (tally)": a news agency named so credits it for the story.
  bool credit(std::size_t first, std::size_t end) const {
    const auto word = [&](std::size_t k) { return k < text_.tokens.size() ? to_lower(text_.tokens[k].text) : std::string(); };
    const std::string before = first > 0 ? word(first - 1) : std::string();
    if (before == "(" || before == "told") return true;
    const std::string after = word(end);
    const bool learned = after == "learned" || (after == "has" && word(end + 1) == "learned");
    if (after == ")" || after == "reported" || after == "reports" || learned) return true;
    for (std::size_t back = 2; back <= 3 && back <= first; ++back)
      if (word(first - back) == "according" && word(first - back + 1) == "to") return true;
    return false;
  }

  // "British Airline Pilots' Association", "Transport Workers Union": a body of members, which
  // "the company" or "the airline" never stands for, whatever words its name holds.
  // ("Consumer Federation of America": the word before "of" says what the body is)
  static bool members_body(const std::string& name) {
    static const std::set<std::string> kMembers = {"union", "association", "federation", "confederation", "guild",
                                                   "party", "congress", "syndicate", "brotherhood"};
    const std::string lower = to_lower(name);
    const std::string kind = lower.substr(0, lower.find(" of "));
    if (kind.ends_with("credit union")) return false;  // a lender
    const auto space = kind.rfind(' ');
    return kMembers.count(space == std::string::npos ? kind : kind.substr(space + 1)) > 0;
  }

  // "National Highway Traffic Safety Administration", "NASA": a public body by its name.
  static bool public_body(const std::string& name) {
    static const std::set<std::string> kBodies = {"agency", "administration", "commission", "authority", "bureau",
                                                  "service", "department", "ministry", "office", "board", "council",
                                                  "committee", "inspectorate", "institute"};
    if (is_all_caps(name) && name.find(' ') == std::string::npos) return true;
    return any_word(name, [](const std::string& w) { return kBodies.count(w) > 0; });
  }

  // Whether a word of the name, in lower case, is one `accept` takes.
  template <typename Accept>
  static bool any_word(const std::string& name, Accept accept) {
    std::istringstream words(to_lower(name));
    for (std::string w; words >> w;)
      if (accept(w)) return true;
    return false;
  }

  // "European Union", "Supreme Court": a name holding the word of an institution of its own.
  bool names_own_institution(int entity) const {
    return any_word(out_.entities[static_cast<std::size_t>(entity)].name,
                    [&](const std::string& w) { return lexicon_.institution(w) == 'o'; });
  }

  // An organisation named with the word ("the bank" after "Reserve Bank of India"); -1 when none.
  int organisation_named_with(const std::string& word) const {
    const auto found = by_word_.find(word);
    return found == by_word_.end() ? -1 : found->second;
  }

  // The organisation "the union" stands for: the nearest one before it whose name holds the word
  // or whose kind the word names ("the Department for Education ... the ministry"), and not since
  // left for something else ("the European Union ... the food workers' union at Brightmeadow ...
  // The union will meet" is the workers' union); -1 when none. An institution of its own found
  // before ("the bank's governing council ... The council") only for the bare word: "the borough
  // council" is another council.
  // An organisation named only as a quoted person's employer is the one meant only when no other
  // is ("The Bank of Northland kept its rate ... said Hannah Li, an economist at Greyson Bank. The
  // bank's next decision" is the central bank's: affiliation_of_person).
  int nearest_of_its_kind(const std::string& word, std::size_t first, std::size_t head) const {
    const std::size_t byte = text_.tokens[first].span.begin;
    const EntityMention* nearest = nullptr;
    bool nearest_employs = false;
    // (whether an entity may be "the `word`" is asked once per entity, not once per mention:
    // a long text saying "the council" in every paragraph would otherwise take quadratic time
    // in reading names)
    std::vector<signed char> of_the_kind(out_.entities.size(), -1);
    const auto may_be = [&](int entity) {
      auto& known = of_the_kind[static_cast<std::size_t>(entity)];
      if (known < 0) {
        const EntityInfo& e = out_.entities[static_cast<std::size_t>(entity)];
        known = e.type == "ORGANIZATION" && !(e.common && first != head) &&
                (holds_word(e.name, word) || (!e.common && of_kind(e.name, word))) && !serves_kind(e.name, word);
      }
      return known == 1;
    };
    for (std::size_t k = 0; k < out_.entity_mentions.size(); ++k) {
      const EntityMention& m = out_.entity_mentions[k];
      if (m.span.end > byte || (nearest && m.span.begin < nearest->span.begin)) continue;
      if (!may_be(m.entity)) continue;
      const bool employs = employs_person(k);
      if (nearest && employs && !nearest_employs) continue;
      nearest = &m;
      nearest_employs = employs;
    }
    if (!nearest) return -1;  // "The union said ... The European Union said": not named yet
    for (std::size_t k = head; k-- > 0 && text_.tokens[k].span.begin >= nearest->span.end;)
      if (!covered_[k] && to_lower(text_.tokens[k].text) == word) return -1;
    return nearest->entity;
  }

  // "Hannah Li, an economist at Greyson Bank", "Tom Reyes of Arden Capital": whether mention `m`
  // names only where a person works, a source's employer rather than what the story is about:
  // the object of "at", "of", "with" or "from" after a person's name or the noun in apposition
  // to one.
  bool affiliation_of_person(const EntityMention& m) const {
    const Token* first = tagged_token_at(text_, m.span.begin);
    if (!first || first == text_.tokens.data()) return false;
    const std::string preposition = to_lower((first - 1)->text);
    if (preposition != "at" && preposition != "of" && preposition != "with" && preposition != "from") return false;
    const auto index = static_cast<std::size_t>(first - text_.tokens.data());
    const Sentence* s = sentence_containing(text_, index);
    if (!s) return false;
    std::size_t last = index;
    while (last + 1 < s->first_token + s->token_count && text_.tokens[last + 1].span.end <= m.span.end) ++last;
    const auto head_of = [&](std::size_t k) -> std::optional<std::size_t> {
      const int head = text_.tokens[k].head;
      return head < 0 ? std::nullopt : std::optional<std::size_t>(s->first_token + static_cast<std::size_t>(head));
    };
    auto holder = head_of(last);
    if (!holder || text_.tokens[last].deprel != "nmod") return false;
    if (text_.tokens[*holder].deprel == "appos" && text_.tokens[*holder].upos == "NOUN") holder = head_of(*holder);
    return holder && names_a_person(*holder);
  }

  // affiliation_of_person of the k-th mention, worked out once: the people named do not change
  // while institutions are found.
  bool employs_person(std::size_t k) const {
    if (employs_.size() <= k) employs_.resize(out_.entity_mentions.size(), -1);
    if (employs_[k] < 0) employs_[k] = affiliation_of_person(out_.entity_mentions[k]);
    return employs_[k] == 1;
  }

  bool names_a_person(std::size_t token) const {
    const std::size_t byte = text_.tokens[token].span.begin;
    return std::any_of(out_.entity_mentions.begin(), out_.entity_mentions.end(), [&](const EntityMention& m) {
      return m.type == "PERSON" && m.span.begin <= byte && byte < m.span.end;
    });
  }

  // Whether "the `noun`" may stand for the organisation `name` by the kind its name says: the last
  // word before any "of" or "for" ("Department for Education" is a department, a ministry).
  bool of_kind(const std::string& name, const std::string& noun) const {
    std::string kind = name.substr(0, std::min(name.find(" of "), name.find(" for ")));
    kind = kind.substr(kind.rfind(' ') + 1);
    const auto& nouns = lexicon_.organisation_kinds(kind);
    return std::find(nouns.begin(), nouns.end(), noun) != nouns.end();
  }

  // "the safety agency" after "the National Highway Traffic Safety Administration": the
  // organisation of the phrase's kind whose name holds one of its noun modifiers ("the new
  // company" is no "New York Police Department"); an institution of its own only by a name that
  // holds its word too ("the health ministry" is no "World Health Organization"); -1 when none.
  int organisation_named_with_modifier(std::size_t first, std::size_t head, char kind) const {
    const std::string word = to_lower(text_.tokens[head].text);
    for (std::size_t k = first; k < head; ++k) {
      if (!text_.tokens[k].upos.empty() && text_.tokens[k].upos != "NOUN") continue;
      const int e = organisation_named_with(to_lower(text_.tokens[k].text));
      if (e < 0) continue;
      const std::string& name = out_.entities[static_cast<std::size_t>(e)].name;
      if (kind == 'o' ? holds_word(name, word) : public_body(name) == (kind == 'b')) return e;
    }
    return -1;
  }

  // "University and College Union": a kind joined by "and" to another before the name's own
  // kind word says whom the body serves; "the university" is none of it.
  static bool serves_kind(const std::string& name, const std::string& word) {
    std::istringstream in(to_lower(name));
    std::vector<std::string> words{std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
      if (words[k] != word) continue;
      const bool joined = words[k + 1] == "and" || (k > 0 && words[k - 1] == "and");
      if (joined) return true;
    }
    return false;
  }

  static bool holds_word(const std::string& name, const std::string& word) {
    return any_word(name, [&](const std::string& w) { return w == word; });
  }

  // A firm the text does not name: "The retailer said ... the company closed ... The firm
  // expects" is one firm. A generic noun ("company", generic_firm_nouns.txt) is the unnamed firm
  // called so last, by its trade or by such a noun; a trade noun is the one called by it before,
  // or the one called only generically so far ("the company ... the retailer"). "The airline
  // blamed the manufacturer" stays two firms.
  int unnamed_firm(std::size_t first, std::size_t head) {
    const std::string word = to_lower(text_.tokens[head].text);
    const bool generic = lexicon_.is_generic_firm_noun(word);
    int entity = -1;
    if (const auto own = own_.find(word); own != own_.end())
      entity = own->second;
    else if (last_unnamed_firm_ >= 0 && (generic || trade_named_.count(last_unnamed_firm_) == 0))
      entity = last_unnamed_firm_;
    else
      entity = own_entity(first, head, 'n');
    own_.emplace(word, entity);
    if (!generic) trade_named_.insert(entity);
    last_unnamed_firm_ = entity;
    return entity;
  }

  // An institution of its own: one entity per phrase ("the central bank" ... "the central
  // bank"; "the bank" after it is the nearest of its kind, nearest_of_its_kind), named by it, as
  // "the borough council" is not the council before. A firm's or a body's word that stands for
  // none named is one entity per word ("the utility ... the water utility").
  int own_entity(std::size_t first, std::size_t head, char kind) {
    const std::string key =
        kind == 'o' ? to_lower(join_tokens(text_, first, head + 1)) : to_lower(text_.tokens[head].text);
    auto [it, added] = own_.emplace(key, static_cast<int>(out_.entities.size()));
    if (added) {
      EntityInfo e;
      e.name = to_lower(join_tokens(text_, first, head + 1));
      e.name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(e.name[0])));  // "Central bank", as a heading
      e.type = "ORGANIZATION";
      e.common = true;
      out_.entities.push_back(std::move(e));
    }
    return it->second;
  }

  const TokenizedText& text_;
  const std::vector<char>& in_timex_;
  const EventLexicon& lexicon_;
  DocumentEvents& out_;
  std::vector<char> covered_;                     // tokens inside a name found before
  std::vector<Named> firms_, bodies_;              // organisations named, in text order
  std::vector<Named> unknown_subjects_;            // one-word names of no known kind as subjects, in text order
  std::unordered_map<std::string, int> by_word_;  // a word of an organisation's name -> the first such
  std::map<int, std::string> described_as_;       // a firm -> the noun first named right before it
  std::map<std::string, int> own_;
  int last_unnamed_firm_ = -1;  // the firm of no name called so last
  std::set<int> trade_named_;   // firms of no name called by their trade ("the retailer")
  mutable std::vector<signed char> employs_;  // employs_person, by mention (-1: not yet asked)
};

// "striker Lucas Ferreira", "manager Holm": whether the word before token `begin` is a person's
// role written in lower case (person_roles.txt), which describes the name after it.
bool after_person_role(const TokenizedText& text, std::size_t begin, const EventLexicon& lexicon) {
  if (begin == 0) return false;
  const std::string& word = text.tokens[begin - 1].text;
  return !word.empty() && std::islower(static_cast<unsigned char>(word[0])) && lexicon.is_person_role(word);
}

// "Meridian Mutual said ... Shares in Meridian fell": news calls a person by the last name and a
// firm by its first word, so a guessed person (two or three capitalised words) that the text also
// calls by its first word alone is an organisation. A title or a known first name keeps a person.
void firms_called_by_first_word(const TokenizedText& text, const std::vector<Chunk>& chunks, const std::vector<int>& entity_of,
                                const EventLexicon& lexicon, DocumentEvents& out) {
  std::set<int> people, firms;
  for (std::size_t k = 0; k < chunks.size(); ++k) {
    if (entity_of[k] < 0) continue;  // a heading's words the body does not name
    const Chunk& c = chunks[k];
    const EntityInfo& entity = out.entities[static_cast<std::size_t>(entity_of[k])];
    // (a given name whose gender genders.tsv knows is one too: "Margaret built the company")
    const std::string& first = text.tokens[c.name_begin].text;
    if (c.titled || c.gazetteer || lexicon.is_first_name(first) || lexicon.gender(first) != 0 || after_person_role(text, c.begin, lexicon))
      people.insert(entity_of[k]);
    const auto space = entity.name.find(' ');
    // (a first word of two or three letters may be a family name written first: "Li Qiang ... Li said")
    if (entity.type == "PERSON" && c.name_tokens == 1 && space != std::string::npos && space > 3 &&
        c.name == entity.name.substr(0, space))
      firms.insert(entity_of[k]);
  }
  for (const int e : firms) {
    if (people.count(e) > 0) continue;
    out.entities[static_cast<std::size_t>(e)].type = "ORGANIZATION";
    for (auto& m : out.entity_mentions)
      if (m.entity == e && m.type == "PERSON") m.type = "ORGANIZATION";
  }
}

// "Ellison was due to receive a degree, but she died": whether token `pronoun` is the subject of
// a clause joined by "and" or "but" to the one whose subject is token `name` (not "Corvex said
// he would resign", where "he" is whoever Corvex speaks of).
bool subject_of_conjoined_clause(const TokenizedText& text, const Sentence& s, std::size_t pronoun, std::size_t name) {
  const auto head_of = [&](std::size_t k) -> std::optional<std::size_t> {
    const int head = text.tokens[k].head;
    return head < 0 ? std::nullopt : std::optional<std::size_t>(s.first_token + static_cast<std::size_t>(head));
  };
  const auto verb = head_of(pronoun), name_verb = head_of(name);
  if (!verb || !name_verb || !text.tokens[pronoun].deprel.starts_with("nsubj") || text.tokens[*verb].deprel != "conj")
    return false;
  return head_of(*verb) == name_verb;
}

// "Ferreira watched from the stands as his new side drew", "Lyle was arrested and pleaded not
// guilty at his arraignment", "Ellison had been due to receive a degree, but she died": whether
// the token is a clause's subject that the sentence goes on to call "his" or "her", "he" or
// "she", with no other name between, as only a person is.
bool subject_called_his_or_her(const TokenizedText& text, std::size_t token, const std::vector<char>& named) {
  const Token& t = text.tokens[token];
  const Sentence* s = sentence_containing(text, token);
  if (!s || !t.deprel.starts_with("nsubj")) return false;
  for (std::size_t k = token + 1; k < s->first_token + s->token_count; ++k) {
    if (named[k]) return false;  // "Kral told Osei his ..." may be Osei's
    const std::string w = to_lower(text.tokens[k].text);
    if (w == "his" || w == "her" || w == "himself" || w == "herself") return true;
    if ((w == "he" || w == "she") && subject_of_conjoined_clause(text, *s, k, token)) return true;
  }
  return false;
}

// "Okafor resigned": whether the token is the subject of a verb only a person does.
bool subject_of_person_verb(const TokenizedText& text, std::size_t token, const EventLexicon& lexicon) {
  const Token& t = text.tokens[token];
  const Sentence* s = sentence_containing(text, token);
  if (!s || t.head < 0 || t.deprel != "nsubj") return false;
  return lexicon.is_person_verb(text.tokens[s->first_token + static_cast<std::size_t>(t.head)].lemma);
}

// "Okafor resigned in November": a one-word name of no known kind (MISC) that is the subject of a
// verb only a person does (person_verbs.txt) is a person's surname; so is one right after a
// person's role ("striker Osei", person_roles.txt), and a subject the sentence goes on to call
// "his" or "her" ("Kral watched as his new side lost").
void people_by_their_verbs(const TokenizedText& text, const std::vector<Chunk>& chunks, const std::vector<int>& entity_of,
                           const EventLexicon& lexicon, DocumentEvents& out) {
  // (the names that could be another person's: "from the University of Exeter, but she died" is
  // still the subject's "she")
  std::vector<char> named(text.tokens.size(), 0);
  const auto may_be_person = [&](std::size_t k) {
    if (entity_of[k] < 0) return false;
    const std::string& type = out.entities[static_cast<std::size_t>(entity_of[k])].type;
    return type == "PERSON" || type == "MISC";
  };
  for (std::size_t k = 0; k < chunks.size(); ++k)
    for (std::size_t t = chunks[k].begin; may_be_person(k) && t < chunks[k].end && t < named.size(); ++t) named[t] = 1;
  for (std::size_t k = 0; k < chunks.size(); ++k) {
    const Chunk& c = chunks[k];
    if (entity_of[k] < 0 || c.name_tokens != 1 || c.heading) continue;
    EntityInfo& e = out.entities[static_cast<std::size_t>(entity_of[k])];
    if (e.type != "MISC") continue;
    if (!subject_of_person_verb(text, c.name_begin, lexicon) && !after_person_role(text, c.begin, lexicon) &&
        !subject_called_his_or_her(text, c.name_begin, named))
      continue;
    e.type = "PERSON";
    for (auto& m : out.entity_mentions)
      if (m.entity == entity_of[k]) m.type = "PERSON";
  }
}

// "Maersk said it had diverted 15 ships", "Hapag said its ships would wait": whether the token is
// the subject of a verb of saying (wordnet_classes.tsv v.communication) whose reported clause calls
// the speaker "it" (its subject, doing something to an object: not "Okafor said it was a mistake",
// where "it" is no one) or "its", as a firm or a body is called and no person.
bool speaker_called_it(const TokenizedText& text, std::size_t token, const std::vector<char>& named, const EventLexicon& lexicon) {
  const Token& t = text.tokens[token];
  const Sentence* s = sentence_containing(text, token);
  if (!s || t.deprel != "nsubj" || t.head < 0) return false;
  const std::size_t first = s->first_token, end = s->first_token + s->token_count;
  const std::size_t verb = first + static_cast<std::size_t>(t.head);
  const auto& classes = lexicon.wordnet_classes(to_lower(text.tokens[verb].lemma));
  const auto sense = std::find_if(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("v."); });
  if (sense == classes.end() || *sense != "v.communication") return false;
  const auto depends_on = [&](std::size_t k, std::size_t on) {
    return text.tokens[k].head >= 0 && first + static_cast<std::size_t>(text.tokens[k].head) == on;
  };
  for (std::size_t k = verb + 1; k < end; ++k) {
    if (named[k]) return false;  // another name it could stand for
    const std::string w = to_lower(text.tokens[k].text);
    if (w == "its") return true;
    if (w != "it" || text.tokens[k].deprel != "nsubj" || text.tokens[k].head < 0) continue;
    const std::size_t action = first + static_cast<std::size_t>(text.tokens[k].head);
    if (!depends_on(action, verb) || text.tokens[action].upos != "VERB") return false;
    // "it would keep rerouting ships": the object may be the action's infinitive's or gerund's
    const auto acts_on = [&](std::size_t o) {
      if (depends_on(o, action)) return true;
      const std::size_t verb_of_o = first + static_cast<std::size_t>(text.tokens[o].head);
      return text.tokens[verb_of_o].deprel == "xcomp" && depends_on(verb_of_o, action);
    };
    for (std::size_t o = first; o < end; ++o)
      if (text.tokens[o].deprel == "obj" && text.tokens[o].head >= 0 && acts_on(o)) return true;
    return false;
  }
  return false;
}

// "Maersk said it had diverted 15 ships": a one-word name of no known kind (MISC) that the
// sentence calls "it" as it reports its words is an organisation.
void organisations_called_it(const TokenizedText& text, const std::vector<Chunk>& chunks, const std::vector<int>& entity_of,
                             const EventLexicon& lexicon, DocumentEvents& out) {
  std::vector<char> named(text.tokens.size(), 0);
  for (const Chunk& c : chunks)
    for (std::size_t t = c.begin; t < c.end && t < named.size(); ++t) named[t] = 1;
  for (std::size_t k = 0; k < chunks.size(); ++k) {
    const Chunk& c = chunks[k];
    if (entity_of[k] < 0 || c.name_tokens != 1 || c.heading) continue;
    EntityInfo& e = out.entities[static_cast<std::size_t>(entity_of[k])];
    if (e.type != "MISC" || !speaker_called_it(text, c.name_begin, named, lexicon)) continue;
    e.type = "ORGANIZATION";
    for (auto& m : out.entity_mentions)
      if (m.entity == entity_of[k]) m.type = "ORGANIZATION";
  }
}

// "The railroad, Northern Plains Freight, ... Northern Plains said": a name of several words
// that opens the name of one organisation in the text stands for it ("Lumen Systems" for
// "Lumen Systems Inc" too). Each such opening, with the organisation's chunk; null where it
// opens two, or a firm's name that ends in a word saying what the firm is ("Tariq Osei Group",
// named after its founder Tariq Osei). Built once: the lookups are per chunk.
std::map<std::string, const Chunk*> firm_openings(const std::vector<Chunk>& chunks, const EventLexicon& lexicon) {
  std::map<std::string, const Chunk*> out;
  for (const Chunk& firm : chunks) {
    if (firm.type != "ORGANIZATION" || firm.heading) continue;
    const std::size_t last_space = firm.name.rfind(' ');
    const std::string last = last_space == std::string::npos ? std::string() : firm.name.substr(last_space + 1);
    const bool founder_named = !last.empty() && lexicon.is_org_word(last) && !legal_form(last);
    for (std::size_t space = firm.name.find(' '); space != std::string::npos; space = firm.name.find(' ', space + 1)) {
      // ("Prairie Crest Energy": an opening that ends in a common word, wordnet_classes.tsv, is no
      // founder's surname, unless a first name opens it: "John Baker Group")
      const std::string opening = firm.name.substr(0, space);
      const std::size_t last_word = opening.rfind(' ') == std::string::npos ? 0 : opening.rfind(' ') + 1;
      const bool common_last = !lexicon.wordnet_classes(to_lower(opening.substr(last_word))).empty();
      const bool first_named = lexicon.is_first_name(opening.substr(0, opening.find(' ')));
      const bool founder = founder_named && (!common_last || first_named);
      const auto [it, added] = out.emplace(opening, founder ? nullptr : &firm);
      if (!added && (founder || !it->second || it->second->name != firm.name)) it->second = nullptr;
    }
  }
  return out;
}

// The organisation the multi-word name `c` shortens (firm_openings), unless a title or a known
// first name makes it a person's; null when none.
const Chunk* firm_it_shortens(const TokenizedText& text, const std::map<std::string, const Chunk*>& openings, const Chunk& c,
                              const EventLexicon& lexicon) {
  if (c.name_tokens < 2 || c.gazetteer || c.group || c.titled || lexicon.is_first_name(text.tokens[c.name_begin].text))
    return nullptr;
  const auto it = openings.find(c.name);
  return it == openings.end() ? nullptr : it->second;
}

// "NHTSA", "F.B.I.": one word in capitals, two letters or more; its letters, else empty.
std::string acronym_letters(const TokenizedText& text, const Chunk& c) {
  if (c.name_tokens != 1 || c.gazetteer || c.group) return {};
  const std::string& word = text.tokens[c.name_begin].text;
  if (!is_all_caps(word)) return {};
  std::string letters;
  for (const char ch : word)
    if (ch != '.') letters += ch;
  const bool only_letters =
      std::all_of(letters.begin(), letters.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); });
  return only_letters && letters.size() >= 2 ? letters : std::string();
}

// The entity the acronym chunk `k` stands for; -1 when none. An acronym in brackets right after
// a name of several words is that name's, if it opens with the name's first letter ("the
// National Highway Traffic Safety Administration (NHTSA)"; not the agency after a dateline's
// "LIMA (AP)"); else one whose letters are the initials of an organisation's or a place's
// name (initials), the nearest named before it, or failing that the first named after it
// ("the Federal Trade Commission ... the FTC"; a headline's "FTC sues" before the body's name).
int acronym_target(const TokenizedText& text, const std::vector<Chunk>& chunks, const std::vector<int>& entity_of,
                   std::size_t k) {
  const Chunk& c = chunks[k];
  const std::string letters = acronym_letters(text, c);
  if (letters.empty()) return -1;
  const auto& tokens = text.tokens;
  const bool bracketed =
      c.begin >= 2 && tokens[c.begin - 1].text == "(" && c.end < tokens.size() && tokens[c.end].text == ")";
  if (bracketed && k > 0) {
    const Chunk& named = chunks[k - 1];
    if (named.end == c.begin - 1 && named.name_tokens > 1 && named.type != "PERSON" && entity_of[k - 1] >= 0 &&
        std::toupper(static_cast<unsigned char>(named.name[0])) == letters[0])
      return entity_of[k - 1];
  }
  const auto spelled_out = [&](std::size_t j) {
    const Chunk& named = chunks[j];
    if (j == k || entity_of[j] < 0 || named.name_tokens < 2) return false;
    if (named.type != "ORGANIZATION" && named.type != "LOCATION" && named.type != "MISC") return false;
    return spells_out(letters, named.name);
  };
  for (std::size_t j = k; j-- > 0;)
    if (spelled_out(j)) return entity_of[j];
  for (std::size_t j = k + 1; j < chunks.size(); ++j)
    if (spelled_out(j)) return entity_of[j];
  return -1;
}

// The entity of each chunk: the body's names first, full names before short ones, then the
// headings' names, which stand only for what the body names.
class ChunkEntities {
 public:
  ChunkEntities(const TokenizedText& text, const std::vector<Chunk>& chunks, const EventLexicon& lexicon,
                DocumentEvents& out)
      : text_(text),
        chunks_(chunks),
        lexicon_(lexicon),
        out_(out),
        entity_of_(chunks.size(), -1),
        openings_(firm_openings(chunks, lexicon)) {}

  // Full names first, so that a surname mentioned before the full name still finds it; then a
  // one-word name is an acronym of a name, or a short name of one, or a name of its own.
  void resolve_body() {
    for (std::size_t k = 0; k < chunks_.size(); ++k) {
      const Chunk& c = chunks_[k];
      if (c.heading) continue;
      const Chunk* firm = c.gazetteer || c.group ? nullptr : firm_it_shortens(text_, openings_, c, lexicon_);
      if (firm)
        entity_of_[k] = entity_for(firm->name, *firm);
      else if (const int turned = organisation_turned(c); turned >= 0)
        entity_of_[k] = turned;
      else if (const Chunk* person = person_by_surname(c))
        entity_of_[k] = entity_for(key_of(*person), *person);
      else if (const Chunk* ship = vessel_by_name(c))
        entity_of_[k] = entity_for(key_of(*ship), *ship);
      else if (place_and_acronym(c))
        continue;  // after the full names: body_of_place
      else if (c.gazetteer || c.group || c.name_tokens > 1)
        entity_of_[k] = entity_for(key_of(c), c);
    }
    for (std::size_t k = 0; k < chunks_.size(); ++k) {
      if (entity_of_[k] >= 0 || chunks_[k].heading) continue;
      if (const int body = body_of_place(chunks_[k]); body >= 0) {
        entity_of_[k] = body;
        continue;
      }
      // (a name of no kind stands for an organisation by its first word only when that is a firm's
      // or a club's; "the Department" for "the Department of Justice" says its kind)
      // ("the House" is no White House: whole_names.txt)
      // (a place by its own words is no firm's short name: "the Gulf coast" is no "Gulf Power",
      // a dateline's "OSLO" no "Oslo School of Architecture"; but "Canal" is "the Meridian Canal")
      const auto called_so = [&](const EntityInfo& e, ShortName how) {
        if (how == ShortName::LastWord && lexicon_.is_whole_name(e.name)) return false;
        if (chunks_[k].place_words && e.type != "LOCATION") return false;
        // ("branches in Leeds, Bradford and York": a name listed with places is no firm's first
        // word, "Bradford & Bingley")
        if (how == ShortName::FirstWord && e.type == "ORGANIZATION" && listed_with_place(chunks_[k])) return false;
        // ("Conservative MPs ... MPs claimed": a common noun's plural alone is all of its kind, no
        // short name of the few a modifier picks; a team's "Rovers" is its own name)
        if (how == ShortName::LastWord && e.type != "ORGANIZATION" && ends_in_plural(e.name)) return false;
        return how != ShortName::FirstWord || e.type != "ORGANIZATION" || chunks_[k].type == "ORGANIZATION" ||
               called_by_first_word(e.name);
      };
      // (a firm's name less its legal form is that firm, before any name it spells out: "BBT SE ...
      // BBT" is no "Brenner Base Tunnel")
      const int firm = firm_by_first_word(chunks_[k]);
      const int acronym = firm >= 0 ? -1 : acronym_target(text_, chunks_, entity_of_, k);
      // (an acronym given in brackets names the same further on: "(CORD) ... CORD said")
      if (acronym >= 0) by_key_.emplace(chunks_[k].name, acronym);
      int target = acronym < 0 ? resolve_short_name(chunks_[k].name, chunks_[k].type, out_.entities, true, called_so) : acronym;
      if (target < 0 && acronym < 0) target = organisation_by_place_word(chunks_[k]);
      if (target < 0 && acronym < 0) target = firm;
      entity_of_[k] = target >= 0 ? target : entity_for(chunks_[k].name, town_of_body(chunks_[k]));
    }
    for (std::size_t k = 0; k < chunks_.size(); ++k)
      if (!chunks_[k].heading) body_names_.emplace(key_of(chunks_[k]), entity_of_[k]);
  }

  // A heading's name only where the body names it so, or names what it spells out ("FTC"), or
  // the person it gives by surname ("Harlow Wins ..."), or the gazetteer knows it: "BRIDGE" in
  // "BRIDGE CLOSED" is no short name of Hammersmith Bridge, nor "Fire" one of Cheshire Fire.
  // After the body's types are final (firms_called_by_first_word): the surname must be a person's.
  void resolve_headings() {
    for (std::size_t k = 0; k < chunks_.size(); ++k) {
      const Chunk& c = chunks_[k];
      if (!c.heading) continue;
      if (c.gazetteer) {
        entity_of_[k] = entity_for(key_of(c), c);
      } else if (const auto same = body_names_.find(key_of(c)); same != body_names_.end()) {
        entity_of_[k] = same->second;
      } else if (const Chunk* firm = firm_it_shortens(text_, openings_, c, lexicon_)) {
        const auto named = by_key_.find(firm->name);
        entity_of_[k] = named != by_key_.end() ? named->second : -1;
      } else if (c.name_tokens == 1) {
        const int acronym = acronym_target(text_, chunks_, entity_of_, k);
        const int person = resolve_short_name(c.name, c.type, out_.entities, /*first_of_several=*/true);
        const bool surname = person >= 0 && out_.entities[static_cast<std::size_t>(person)].type == "PERSON";
        entity_of_[k] = acronym >= 0 ? acronym : surname ? person : -1;
      }
    }
  }

  // A mention for each chunk (of the headings, or of the body) that has an entity.
  void add_mentions(bool headings) {
    for (std::size_t k = 0; k < chunks_.size(); ++k)
      if (chunks_[k].heading == headings && entity_of_[k] >= 0) add_mention(k);
  }

  const std::vector<int>& entity_of() const { return entity_of_; }

 private:
  static std::string key_of(const Chunk& c) { return c.group ? to_lower(c.name) : c.name; }

  // "Halbrook" for "Halbrook Textiles", "Eastfield" for "Eastfield United": a firm or a club,
  // which news calls by the first word of its name; not a university or a council ("Leeds").
  bool called_by_first_word(const std::string& name) const {
    if (named_as_firm(name, lexicon_)) return true;
    const auto& nouns = lexicon_.organisation_kinds(name.substr(name.rfind(' ') + 1));
    return std::find(nouns.begin(), nouns.end(), "club") != nouns.end();
  }

  // Whether the text writes the name `name` ending in a common noun's plural somewhere
  // ("Conservative MPs"; the tagger may read a lone "MPs" as a proper noun).
  bool ends_in_plural(const std::string& name) const {
    return std::any_of(chunks_.begin(), chunks_.end(),
                       [&](const Chunk& c) { return c.name == name && text_.tokens[c.end - 1].xpos == "NNS"; });
  }

  // "in Leeds, Bradford and York": a name of no other kind than a place's, listed right beside a
  // place after a comma, "and" or "or".
  bool listed_with_place(const Chunk& c) const {
    if (c.type != "LOCATION") return false;
    const auto joins = [&](std::size_t k) {
      const std::string w = to_lower(text_.tokens[k].text);
      return w == "," || w == "and" || w == "or";
    };
    return std::any_of(chunks_.begin(), chunks_.end(), [&](const Chunk& other) {
      if (other.type != "LOCATION" || other.heading) return false;
      return (other.end + 1 == c.begin && joins(other.end)) || (c.end + 1 == other.begin && joins(c.end));
    });
  }

  bool place_and_acronym(const Chunk& c) const {
    return c.name_tokens == 2 && !c.gazetteer && place_then_acronym(text_, lexicon_, c.name_begin);
  }

  // "the state Environmental Protection Agency ... The Ohio EPA said": a place's acronym that
  // spells out an organisation named in full is that organisation (the first so named); -1 when
  // none is.
  int body_of_place(const Chunk& c) const {
    if (!place_and_acronym(c)) return -1;
    const std::string& acronym = text_.tokens[c.name_begin + 1].text;
    for (std::size_t e = 0; e < out_.entities.size(); ++e)
      if (out_.entities[e].type == "ORGANIZATION" && spells_out(acronym, out_.entities[e].name)) return static_cast<int>(e);
    return -1;
  }

  // "Corvana Airlines cut 300 flights ... Shares of Corvana fell": a one-word firm's name that
  // opens an organisation's name whose other words only say it is a firm (org_words.txt:
  // "Airlines", "Group", "Inc") is that firm; the first such named; -1 when none.
  int firm_by_first_word(const Chunk& c) const {
    if (c.type != "ORGANIZATION" || c.name_tokens != 1 || c.gazetteer) return -1;
    for (std::size_t e = 0; e < out_.entities.size(); ++e) {
      const EntityInfo& full = out_.entities[e];
      if (full.type != "ORGANIZATION" || !full.name.starts_with(c.name + " ")) continue;
      std::istringstream rest(full.name.substr(c.name.size() + 1));
      bool firm_words = true;
      for (std::string w; firm_words && rest >> w;) firm_words = lexicon_.is_org_word(w);
      if (firm_words) return static_cast<int>(e);
    }
    return -1;
  }

  // "Harbour City have completed ... City had two bids rejected": a place's last word alone
  // (place_words.tsv) stands for the organisation, a club or a firm, whose name it ends; -1 when
  // none does ("County" is no "Arapahoe County", a place).
  int organisation_by_place_word(const Chunk& c) const {
    if (c.name_tokens != 1 || c.gazetteer || !lexicon_.is_place_last_word(c.name)) return -1;
    return resolve_short_name(c.name, "ORGANIZATION", out_.entities, /*first_of_several=*/true);
  }

  // "Floods hit Leeds ... Historians at Leeds University": a one-word name of no known kind that
  // opens the name of an organisation other than a firm or a club (called_by_first_word) is the
  // town it is named after, a place; `c` itself otherwise. (So no article's graph makes it the
  // body's short name.)
  Chunk town_of_body(const Chunk& c) const {
    Chunk out = c;
    if (c.type != "MISC" || c.name_tokens != 1 || c.gazetteer) return out;
    for (const EntityInfo& e : out_.entities)
      if (e.type == "ORGANIZATION" && short_name_of(c.name, c.type, e.name, e.type) == ShortName::FirstWord &&
          !called_by_first_word(e.name))
        out.type = "LOCATION";
    return out;
  }

  // "Anne De Smet ... De Smet appealed", "Louis Van Gaal ... Van Gaal said": a name of several
  // words, no title's or first name's, that ends the name of a person the text names with a first
  // name or a title is that person's surname; null when none does.
  const Chunk* person_by_surname(const Chunk& c) const {
    if (c.name_tokens < 2 || c.gazetteer || c.group || c.heading || c.type == "ORGANIZATION" || c.type == "LOCATION" ||
        lexicon_.is_first_name(text_.tokens[c.name_begin].text))
      return nullptr;
    for (const Chunk& full : chunks_) {
      const bool named_person = full.titled || lexicon_.is_first_name(text_.tokens[full.name_begin].text);
      if (!full.heading && !full.gazetteer && named_person && full.type == "PERSON" && full.name.size() > c.name.size() &&
          full.name.ends_with(" " + c.name))
        return &full;
    }
    return nullptr;
  }

  // "The Lismore Star" after "the ferry MV Lismore Star": a name that is a ship's less its prefix
  // (vessel_prefixes.txt) is that ship; null when none is.
  const Chunk* vessel_by_name(const Chunk& c) const {
    if (c.gazetteer || c.titled || c.heading || c.type == "PERSON") return nullptr;
    for (const Chunk& full : chunks_)
      if (!full.heading && lexicon_.is_vessel_prefix(text_.tokens[full.begin].text) &&
          full.name == text_.tokens[full.begin].text + " " + c.name)
        return &full;
    return nullptr;
  }

  // The organisation named before with the words of `c` in the other order ("the Department of
  // Justice ... the Justice Department"); -1 when none.
  int organisation_turned(const Chunk& c) const {
    if (c.type != "ORGANIZATION" || c.gazetteer || c.name_tokens < 2) return -1;
    const auto named = by_key_.find(name_turned_at_of(c.name));
    if (named == by_key_.end() || out_.entities[static_cast<std::size_t>(named->second)].type != "ORGANIZATION") return -1;
    return named->second;
  }

  int entity_for(const std::string& key, const Chunk& c) {
    auto [it, added] = by_key_.emplace(key, static_cast<int>(out_.entities.size()));
    if (added) out_.entities.push_back(EntityInfo{{}, c.name, c.type, {}});
    // ("Harbour City complete signing ... Harbour City have completed": a plural verb later says
    // that the place guessed first is a team or a firm)
    if (!added && c.plural_verb && out_.entities[static_cast<std::size_t>(it->second)].type == "LOCATION")
      out_.entities[static_cast<std::size_t>(it->second)].type = "ORGANIZATION";
    // ("entered orbit around Uranus ... signals travel from Uranus to Earth": a name of no kind
    // at first that a later mention shows to be a place is that place throughout)
    // (so is one a later mention shows to be a firm or a body: "Lumora admits breach" in the
    // headline, "the software company Lumora said" in the body)
    if (!added && !c.heading && (c.type == "LOCATION" || c.type == "ORGANIZATION") &&
        out_.entities[static_cast<std::size_t>(it->second)].type == "MISC")
      out_.entities[static_cast<std::size_t>(it->second)].type = c.type;
    return it->second;
  }

  // "Hurricane Delphine", "Tropical Storm Alberto": a name with a storm's word before its last.
  bool storm_name(const std::string& name) const {
    std::istringstream words(name);
    std::vector<std::string> all{std::istream_iterator<std::string>(words), {}};
    for (std::size_t k = 0; k + 1 < all.size(); ++k)
      if (lexicon_.is_storm_word(all[k])) return true;
    return false;
  }

  void add_mention(std::size_t k) {
    const Chunk& c = chunks_[k];
    EntityInfo& e = out_.entities[static_cast<std::size_t>(entity_of_[k])];
    // (a heading's guess says nothing: "Harlow Wins" is no person's name; "Delphine formed" after
    // "Hurricane Delphine" is the storm, whose name is a given name)
    if ((c.titled || c.type == "PERSON") && (!c.heading || c.titled) && e.type == "MISC" && !storm_name(e.name))
      e.type = "PERSON";
    const std::string surface = join_tokens(text_, c.begin, c.end);
    note_gender(text_, c, e, lexicon_);
    e.aliases.push_back(c.heading ? c.name : surface);
    if (!c.gazetteer && !c.heading) e.aliases.push_back(join_tokens(text_, c.name_begin, c.end));
    EntityMention m;
    m.span = {text_.tokens[c.begin].span.begin, text_.tokens[c.end - 1].span.end};
    m.text = surface;
    m.type = c.type == "MISC" || c.heading || (e.type == "ORGANIZATION" && !c.titled) ? e.type : c.type;
    m.entity = entity_of_[k];
    out_.entity_mentions.push_back(std::move(m));
  }

  const TokenizedText& text_;
  const std::vector<Chunk>& chunks_;
  const EventLexicon& lexicon_;
  DocumentEvents& out_;
  std::vector<int> entity_of_;
  std::map<std::string, const Chunk*> openings_;
  std::map<std::string, int> by_key_, body_names_;  // an entity's key, a body chunk's -> the entity
};

}  // namespace

void EntityFinder::find(const TokenizedText& text, const std::vector<char>& in_timex, DocumentEvents& out) const {
  out.entity_mentions.clear();
  out.entities.clear();
  const std::vector<Chunk> chunks = ChunkScanner(text, in_timex, lexicon_).scan();
  ChunkEntities entities(text, chunks, lexicon_, out);
  entities.resolve_body();
  entities.add_mentions(/*headings=*/false);
  firms_called_by_first_word(text, chunks, entities.entity_of(), lexicon_, out);
  people_by_their_verbs(text, chunks, entities.entity_of(), lexicon_, out);
  entities.resolve_headings();
  entities.add_mentions(/*headings=*/true);
  const auto in_text_order = [&] {
    std::stable_sort(out.entity_mentions.begin(), out.entity_mentions.end(),
                     [](const EntityMention& a, const EntityMention& b) { return a.span.begin < b.span.begin; });
  };
  in_text_order();  // (InstitutionFinder reads the names in text order)
  InstitutionFinder(text, in_timex, lexicon_, out).find();
  in_text_order();
  // (after the institutions: "the regulator" finds "Ofcom, which ... said it would" as a name of
  // no known kind, InstitutionFinder::body_named_without_kind)
  organisations_called_it(text, chunks, entities.entity_of(), lexicon_, out);
  find_counterparts(text, lexicon_, out);
  find_titled_references(text, lexicon_, out);
  find_described_people(text, lexicon_, out);
  finish_entities(out.entities);
  for (auto& e : out.entities) e.whole = lexicon_.is_whole_name(e.name);
}

}  // namespace chronograph::core
