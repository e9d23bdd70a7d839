#include "core/events/title_complements.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/parse_view.h"
#include "core/events/title_actors.h"
#include "core/events/title_words.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"

namespace chronograph::core::titles {

namespace {

// How far a complement is read before the title is fitted; past it nothing would fit anyway.
constexpr std::size_t kMaxComplementTokens = 16;

bool finite_verb(const Token& t) {
  return t.upos == "AUX" || t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP" || t.xpos == "MD";
}

// The next token after `j` that is not a quotation mark, or `end`.
std::size_t next_unquoted(const Doc& d, std::size_t j, std::size_t end) {
  ++j;
  while (j < end && is_quote_mark(d.tokens.tokens[j].text)) ++j;
  return j;
}

// "make it very difficult", "keep them safe": an object pronoun followed by what is said of it.
bool small_clause_object(const Doc& d, std::size_t j, std::size_t end) {
  const std::string w = lower_at(d, j);
  if (w != "it" && w != "them" && w != "him" && w != "her") return false;
  const std::size_t next = next_unquoted(d, j, end);
  return next < end && (d.tokens.tokens[next].upos == "ADJ" || d.tokens.tokens[next].upos == "ADV");
}

// "go through with what would be a risky offensive": the free relative's noun is the object.
// Returns the first token after "what" and its auxiliaries, or `j` when there is no copula.
std::size_t after_free_relative(const Doc& d, std::size_t j, std::size_t end) {
  std::size_t k = j + 1;
  bool copula = false;
  for (; k < end && is_auxiliary(lower_at(d, k)); ++k) {
    const std::string w = lower_at(d, k);
    copula = copula || w == "be" || w == "is" || w == "are" || w == "was" || w == "were" || w == "been";
  }
  return copula ? k : j;
}

// "Ukraine and Nato", "ties and the implementation": "and" between two noun phrases, not
// between clauses ("troops and almost half of them are deployed").
bool joins_nominals(const Doc& d, const std::vector<std::size_t>& picked, std::size_t j, std::size_t end) {
  if (picked.empty() || picked.back() + 1 != j) return false;
  std::size_t k = j + 1;
  while (k < end && is_determiner(lower_at(d, k))) ++k;
  if (k >= end) return false;
  const Token& t = d.tokens.tokens[k];
  if (t.upos.empty()) return d.mention_at[k] >= 0;
  return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "ADJ" || t.upos == "NUM";
}

// "found Daniel Okafor, the former chief executive of Hartwell Bank, guilty of fraud": an
// appositive a comma opens after a picked word, closed by a comma, says who the word is; the
// title reads on after it. Returns the token after the closing comma, none for anything else.
std::optional<std::size_t> after_apposition(const Doc& d, const ParseView& parse, const std::vector<std::size_t>& picked,
                                             std::size_t comma) {
  if (picked.empty() || !parse.parsed()) return std::nullopt;
  const auto appositive = parse.head(comma);
  if (!appositive) return std::nullopt;
  // (an age between commas is an adjective in the treebank: "Tomas Brandt, 34, at the harbour")
  const bool age = d.tokens.tokens[*appositive].upos == "NUM" && parse.relation_is(*appositive, "amod");
  if (!parse.relation_is(*appositive, "appos") && !age) return std::nullopt;
  const auto owner = parse.head(*appositive);
  if (!owner || std::find(picked.begin(), picked.end(), *owner) == picked.end()) return std::nullopt;
  std::size_t last = *appositive;
  while (last + 1 < parse.end() && parse.within_phrase(last + 1, *appositive)) ++last;
  if (last + 1 >= parse.end() || d.tokens.tokens[last + 1].text != ",") return std::nullopt;
  return last + 2;
}

// "more extreme weather", "less costly loans", "most senior officials": a word of degree
// before an adjective is part of the noun phrase, though it is a function word.
bool degree_before_adjective(const Doc& d, std::size_t j, std::size_t end) {
  const std::string w = lower_at(d, j);
  if (w != "more" && w != "less" && w != "most" && w != "least") return false;
  return j + 1 < end && d.tokens.tokens[j + 1].upos == "ADJ";
}

// "very, very difficult": a word repeated after a comma is said once.
bool repeated_after_comma(const Doc& d, const std::vector<std::size_t>& picked, std::size_t j, std::size_t end) {
  return !picked.empty() && picked.back() + 1 == j && j + 1 < end && lower_at(d, j - 1) == lower_at(d, j + 1);
}

// "on Thursday" in a text given without its time expressions (d.dated false): a name of no
// known kind after "on", "in" or "at" may be a date, which a title leaves out.
bool undated_name_after_place_preposition(const Doc& d, std::size_t j, std::size_t end) {
  const std::string w = lower_at(d, j);
  if (d.dated || (w != "on" && w != "in" && w != "at") || j + 1 >= end || d.mention_at[j + 1] < 0) return false;
  return d.found.entity_mentions[static_cast<std::size_t>(d.mention_at[j + 1])].type == "MISC";
}

// "a 10-year program", "the two-week crisis": a time expression inside a noun phrase, which
// a title leaves out without ending the phrase. The expression's own head is found by climbing
// inside it ("third-quarter profit": from "third" to "quarter", which modifies "profit").
bool modifies_later_noun(const Doc& d, const Sentence& s, std::size_t j) {
  const ParseView parse(d.tokens, s);
  auto head = parse.head(j);
  while (head && *head > j && d.in_timex[*head]) {
    j = *head;
    head = parse.head(j);
  }
  return head && *head > j && !d.in_timex[*head] &&
         (parse.relation_is(j, "nummod") || parse.relation_is(j, "amod") || parse.relation_is(j, "compound"));
}

bool currency_symbol(std::string_view w) {
  return w == "$" || w == "us$" || w == "\xE2\x82\xAC" || w == "\xC2\xA3" || w == "\xC2\xA5";  // $ € £ ¥
}

// "A$412 million", "HK$3 billion": capitals written onto a dollar sign before a number say whose
// dollar it is, a part of the amount.
bool currency_prefix(const Doc& d, std::size_t j) {
  const auto& t = d.tokens.tokens;
  return j + 2 < t.size() && t[j + 1].text == "$" && t[j].span.end == t[j + 1].span.begin && t[j + 2].upos == "NUM" &&
         is_all_caps(t[j].text);
}

// A currency symbol before a number, or a per cent sign after one the title has: part of an
// amount ("$42 billion", "60%"), not punctuation.
bool amount_symbol(const Doc& d, const std::vector<std::size_t>& picked, std::size_t j, std::size_t end) {
  const std::string w = lower_at(d, j);
  if (currency_symbol(w)) return j + 1 < end && d.tokens.tokens[j + 1].upos == "NUM";
  return w == "%" && !picked.empty() && picked.back() + 1 == j && d.tokens.tokens[picked.back()].upos == "NUM";
}

std::size_t quantity_words(const Doc& d, const std::vector<std::size_t>& picked, std::size_t j, std::size_t end);

// "reached the top ten [the following year]", "left [the next day]", "voted [the same week]": a
// time unit or period that "the" and a word of order place after, before or with another time,
// the expression from `j` to `end`; not a span ("spent the next three years", "the next few months").
bool ordered_after_the(const Doc& d, std::size_t j, std::size_t end) {
  static const std::set<std::string, std::less<>> kOrder = {"following", "next", "previous", "preceding", "same", "coming"};
  if (end != j + 3 || lower_at(d, j) != "the" || !kOrder.contains(lower_at(d, j + 1))) return false;
  const std::string unit = lower_at(d, j + 2);
  return !unit.ends_with('s') && (is_time_unit(unit) || is_period_noun(unit));
}

// "Christmas", "May Day", "Christmas Eve": a time expression ending at `end` whose last word is
// capitalised and no weekday, month or number is a day's own name, not a date.
bool names_its_own_day(const Doc& d, std::size_t end) {
  const std::string& last = d.tokens.tokens[end - 1].text;
  const std::string lower = to_lower(last);
  return is_capitalized(last) && !is_day_word(lower) && !is_month_word(lower) && d.tokens.tokens[end - 1].upos != "NUM";
}

// "may take months", "spent three years": a time expression that is the object of the verb
// is what it takes, not when it happens, and stays in the title. Returns the end of the
// expression starting at `j`, or `j` when it is no object of `verb`.
std::size_t object_timex_end(const Doc& d, const Sentence& s, std::size_t verb, std::size_t j) {
  // "resigned last spring", "left Monday": a date the parse took for an object is still when.
  static const std::set<std::string, std::less<>> kDateOpeners = {"last", "next", "this", "that", "early", "late",
                                                                  "today", "yesterday", "tomorrow", "tonight"};
  if (kDateOpeners.contains(lower_at(d, j))) return j;
  const ParseView parse(d.tokens, s);
  std::size_t end = j;
  while (end < parse.end() && d.in_timex[end]) ++end;
  const auto object_of_verb = [&] {
    for (std::size_t k = j; k < end; ++k)
      if (parse.head(k) == verb && parse.relation(k) == "obj") return true;
    return false;
  };
  // "celebrated May Day", "spent Christmas": a day with a name of its own that the verb takes as
  // its object is what the verb is about; "left Monday", "resigned June 5" still say when
  if (is_capitalized(d.tokens.tokens[j].text)) return names_its_own_day(d, end) && object_of_verb() ? end : j;
  if (ordered_after_the(d, j, end)) return j;
  // "struck nine hours later", "left two years ago": counted from another time, so a when
  static const std::set<std::string, std::less<>> kCountedFrom = {"later", "earlier", "ago"};
  if (kCountedFrom.contains(lower_at(d, end - 1))) return j;
  // "faces up to 20 years", "could take more than two weeks": a counted span after "up to",
  // "at least", "more than" measures the verb however the parse hangs it ("cut jobs up to 2026"
  // has a date, an end)
  const bool hedged = quantity_words(d, {}, j, end) == 2 || (j >= s.first_token + 2 && quantity_words(d, {}, j - 2, end) == 2);
  const bool measured = hedged && is_time_unit(lower_at(d, end - 1));
  for (std::size_t k = j; k < end; ++k)
    if (parse.head(k) == verb && (parse.relation(k) == "obj" || (measured && parse.relation_is(k, "obl")))) return end;
  return j;
}

// Function words that belong to a number: "more than 20,000", "at least 500", "up to 300",
// "500 more". Returns how many tokens from `j` on to keep (0: none).
std::size_t quantity_words(const Doc& d, const std::vector<std::size_t>& picked, std::size_t j, std::size_t end) {
  const std::string w = lower_at(d, j);
  const bool comparative = w == "more" || w == "fewer" || w == "less";
  if (comparative && !picked.empty() && picked.back() + 1 == j && d.tokens.tokens[picked.back()].upos == "NUM") return 1;
  // "more than $300,000": the number may come after a currency symbol.
  const std::size_t number = j + 2 < end && currency_symbol(lower_at(d, j + 2)) ? j + 3 : j + 2;
  if (number >= end || d.tokens.tokens[number].upos != "NUM") return 0;
  const std::string next = lower_at(d, j + 1);
  if ((comparative && next == "than") || (w == "at" && next == "least") || (w == "up" && next == "to")) return 2;
  return 0;
}

// "raised its outlook [for the rest of] the year": a part of a time the title leaves out goes
// with its preposition.
void drop_part_of_time(const Doc& d, std::vector<std::size_t>& picked, std::size_t timex) {
  // (and a part of the day or of a period: "on the morning of July 13", "by the end of March")
  static const std::set<std::string, std::less<>> kParts = {"rest",    "remainder", "balance", "morning", "afternoon",
                                                            "evening", "night",     "end",     "start",   "beginning",
                                                            "middle",  "eve",       "close"};
  const std::size_t n = picked.size();
  if (n < 2 || picked[n - 1] + 1 != timex || lower_at(d, picked[n - 1]) != "of" || !kParts.contains(lower_at(d, picked[n - 2])))
    return;
  picked.resize(n - 2);
  if (!picked.empty() && title_preposition(lower_at(d, picked.back()))) picked.pop_back();
}

// "a crewed landing [planned for] late 2027": a participle said only of the date the title
// leaves out goes with it.
void drop_participle_of_time(const Doc& d, std::vector<std::size_t>& picked, std::size_t timex) {
  std::size_t n = picked.size();
  const bool preposition = n > 0 && picked[n - 1] + 1 == timex && d.tokens.tokens[picked[n - 1]].upos == "ADP";
  const std::size_t participle_at = preposition ? timex - 2 : timex - 1;
  if (preposition) --n;
  if (n == 0 || picked[n - 1] != participle_at) return;
  const Token& participle = d.tokens.tokens[participle_at];
  if (participle.deprel == "acl" && (participle.xpos == "VBN" || participle.xpos == "VBG")) picked.resize(n - 1);
}

// The noun that heads the phrase right after a verb of saying that follows a closing quote and
// its comma ("\"This stinks,\" said the shadow housing secretary"), when it hangs on the verb.
std::optional<std::size_t> speaker_phrase_after_quote(const Doc& d, const ParseView& parse, std::size_t verb) {
  if (verb < parse.begin() + 2 || !is_quote_mark(d.tokens.tokens[verb - 1].text)) return std::nullopt;
  for (const std::size_t c : parse.children(verb))
    if (c > verb && (parse.relation_is(c, "nsubj") || parse.relation_is(c, "obj")) &&
        (d.tokens.tokens[c].upos == "NOUN" || d.tokens.tokens[c].upos == "PROPN"))
      return c;
  return std::nullopt;
}

// "said Mayor Anne Lindboe in a statement": whether token `j` is in the name of the speaker that a
// verb of saying has after it, its subject (the parse's, else the name right after the verb) and
// no word of its complement.
bool in_speaker_after(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t j) {
  if (!is_reporting(d, verb)) return false;
  // "\"This stinks,\" said the shadow housing secretary, Angela Rayner": after a quote, the
  // phrase right after the verb is the speaker, whatever relation the parser gave it
  if (const auto speaker = speaker_phrase_after_quote(d, parse, verb); speaker && parse.within_phrase(j, *speaker)) return true;
  const auto subject = parse.child(verb, "nsubj");
  const std::size_t speaker = subject ? *subject : verb + 1;
  if (speaker <= verb) return false;
  if (d.mention_at[j] >= 0 && d.mention_at[speaker] == d.mention_at[j]) return true;
  // ('said Colombia's environment minister, Irene Velez,': the words of a speaker named by an
  // office, its owner and the name in apposition too, are the subject's)
  constexpr int kMaxDepth = 4;
  auto k = subject ? std::optional<std::size_t>(j) : std::nullopt;
  for (int step = 0; k && *k != verb && step < kMaxDepth; ++step, k = parse.head(*k))
    if (*k == speaker) return true;
  return false;
}

// "erupts for the first time in 30 years": a time after "first time in" (or "since") tells how long the thing had not happened, without which the title says
// something false. `j` is the time's first token, right after the picked "in" or "since" (or
// that word itself).
bool first_time_in(const Doc& d, const std::vector<std::size_t>& picked, std::size_t j) {
  const auto link = [&](std::size_t k) { return lower_at(d, k) == "in" || lower_at(d, k) == "since"; };
  // (or the time's own first word, when the time takes the word in)
  const std::size_t n = picked.size() - (link(j) ? 0 : 1);
  if (picked.empty() || picked.back() + 1 != j || (!link(j) && !link(j - 1)) || n < 2 || n > picked.size()) return false;
  return lower_at(d, picked[n - 1]) == "time" && lower_at(d, picked[n - 2]) == "first";
}

// "ordered him to pay $1.2 million", "expect Delphine to weaken": after a verb whose object
// does what its infinitive says, the infinitive is what the verb is about, and the title goes on
// with it ("Marsh orders Okafor to pay", not "Marsh orders Okafor").
// "expected hot, dry winds": a comma between two adjectives of the noun after them joins them;
// so does one before a compound modifier of that noun ("brown, metallic-tasting water").
bool comma_between_adjectives(const Doc& d, const ParseView& parse, std::size_t comma) {
  if (comma <= parse.begin() || comma + 1 >= parse.end()) return false;
  const std::size_t left = comma - 1, right = comma + 1;
  if (d.tokens.tokens[left].upos != "ADJ" || d.tokens.tokens[right].upos != "ADJ") return false;
  const auto noun = parse.head(left);
  if (!noun || *noun <= right || !parse.relation_is(left, "amod")) return false;
  auto k = parse.head(right);
  const auto modifier = [&](std::size_t j) { return parse.relation_is(j, "compound") || parse.relation_is(j, "amod"); };
  for (int step = 0; k && *k < *noun && step < 2 && modifier(*k); ++step) k = parse.head(*k);
  return k == noun && modifier(right);
}

// "called for the approval to be suspended", "waited for the rain to stop": the noun after "for"
// is the infinitive's subject, and without the infinitive the title says the opposite
// ("Labour calls for planning approval"). The infinitive's "to" comes right after that noun,
// and hangs on the verb or on the noun.
bool for_subject_of_infinitive(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t infinitive) {
  const auto to = infinitive - 1;
  if (to <= verb || lower_at(d, to) != "to" || !parse.head(infinitive)) return false;
  if (parse.relation_is(infinitive, "aux")) infinitive = *parse.head(infinitive);  // "to [be] suspended"
  if (!parse.head(infinitive)) return false;
  for (const std::size_t noun : parse.children(verb)) {
    const auto preposition = parse.child(noun, "case");
    if (noun > to || !parse.relation_is(noun, "obl") || !preposition || lower_at(d, *preposition) != "for") continue;
    if (noun + 1 != to) continue;  // the noun closes its phrase right before "to"
    const std::size_t host = *parse.head(infinitive);
    return host == verb || host == noun;
  }
  return false;
}

// (wherever the parser hung the infinitive: on the verb, or on its object as a modifier)
bool object_controlled_infinitive(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t infinitive) {
  if (for_subject_of_infinitive(d, parse, verb, infinitive)) return true;
  const auto object = parse.child(verb, "obj");
  if (!object || *object > infinitive || !object_control_verb(d, verb)) return false;
  if (parse.head(infinitive) == object) return parse.relation_is(infinitive, "acl");
  return parse.head(infinitive) == verb && (parse.relation_is(infinitive, "xcomp") || parse.relation_is(infinitive, "advcl"));
}

// "capped resale prices this time", "paid the bill each time": a noun phrase that hangs on the
// verb with no preposition, no date and no count ("rose 6 percent") says how or how often, not
// what: token `j` opens it or is its noun.
// (Only a phrase a determiner or adjective opens, each word on the noun itself: no name, no "from 5 to 8 kilometres".)
bool bare_adverbial_phrase(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t j) {
  if (!(parse.relation_is(j, "det") || parse.relation_is(j, "amod")) || !parse.head(j) || *parse.head(j) <= j) return false;
  const std::size_t noun = *parse.head(j);
  for (std::size_t k = j + 1; k < noun; ++k)
    if (parse.head(k) != noun || !parse.relation_is(k, "amod")) return false;
  const std::string_view relation = parse.relation(noun);
  const bool bare = relation == "obl:unmarked" || relation == "obl:tmod" || relation == "obl:npmod";
  return bare && d.tokens.tokens[noun].upos == "NOUN" && parse.head(noun) == verb && !parse.child(noun, "nummod");
}

bool modifier_relation(const ParseView& parse, std::size_t p) {
  return parse.relation_is(p, "amod") || parse.relation_is(p, "nummod") || parse.relation_is(p, "compound") ||
         parse.relation_is(p, "case") || parse.relation_is(p, "det") || parse.relation_is(p, "nmod:poss") ||
         parse.relation_is(p, "advmod");
}

// "reached the top ten | the following year" parsed with "top ten" modifying "year": an
// adjective, number or noun before the determiner of its head is in no phrase of that head (a
// determiner opens its phrase), so the phrase it waits for is a parse error.
bool before_heads_determiner(const ParseView& parse, std::size_t p, std::size_t head) {
  if (!parse.relation_is(p, "amod") && !parse.relation_is(p, "nummod") && !parse.relation_is(p, "compound")) return false;
  for (std::size_t k = p + 1; k < head; ++k)
    if (parse.head(k) == head && parse.relation(k) == "det") return true;
  return false;
}

// Whether ending after token `last` keeps whole constituents. Never when a picked word waits for
// a head after it, in the phrase or right after it ("near | Ukraine's border", "100 | battalion
// groups", "a great | many"), or is the subject of a clause cut off ("estimates the Russians |
// are planning"). Cut when a verb loses what it governs ("to use | troops", "a program aimed |
// at doubling trade"). A head far outside the phrase is taken for a parse error.
// Whether `word` lies in a reduced relative clause ("a partnership led in part by Japan") that
// opens at or before `last`: cut inside it, the clause says less than it does ("led in part"),
// so a title ends before its participle or after its whole phrase.
bool inside_reduced_relative(const Doc& d, const ParseView& parse, std::size_t word, std::size_t last) {
  for (std::size_t k = word, steps = 0; steps < 6; ++steps) {
    if (k <= last && parse.relation_is(k, "acl") && d.tokens.tokens[k].xpos == "VBN") return true;
    const auto up = parse.head(k);
    if (!up) return false;
    k = *up;
  }
  return false;
}

End constituent_end(const Doc& d, const ParseView& parse, const std::vector<std::size_t>& picked, std::size_t last) {
  if (!parse.parsed()) return End::Whole;
  const auto picked_at = [&](std::size_t t) { return std::find(picked.begin(), picked.end(), t) != picked.end(); };
  // The few words after the phrase: a modifier's head there was cut off, one further away is a parse error.
  const std::size_t near_end = picked.back() + 3;
  End out = End::Whole;
  for (const std::size_t p : picked) {
    const auto head = parse.head(p);
    if (!head) continue;
    if (p <= last && *head > last) {
      if (parse.relation_is(p, "nsubj") && !parse.child(p, "case") && !picked_at(*head)) return End::Never;
      // "the republic Friday", "use sonar next summer" (parsed with the date for the object's
      // head): a date is no noun a title waits for.
      const bool on_date = d.in_timex[*head] && !d.in_timex[p] &&
                           (parse.relation_is(p, "compound") || parse.relation_is(p, "amod") || parse.relation_is(p, "advmod"));
      const bool next = *head <= near_end && !on_date;
      if (modifier_relation(parse, p) && !before_heads_determiner(parse, p, *head) && (picked_at(*head) || next))
        return End::Never;
      if (picked_at(*head)) out = End::Cut;
    }
    if (p > last && *head <= last && picked_at(*head)) {
      const std::string_view rel = parse.relation(p);
      if (rel == "flat" || rel == "fixed" || rel == "compound:prt") return End::Never;  // "blowing | up"
      if (inside_reduced_relative(d, parse, *head, last)) out = End::Cut;  // "partnership led in part | by Japan"
      const bool argument = rel == "obj" || rel == "iobj" || rel == "xcomp" || rel == "ccomp";
      const bool of_verb = verb_token(d, *head) && rel != "conj" && rel != "cc" && rel != "punct";
      if (argument || of_verb) out = End::Cut;
    }
  }
  return out;
}

// "failed shortly before the fire began", "left soon after": an adverb that says how long
// before or after, whose "before" or "after" the title leaves out, says nothing alone.
bool measures_left_out_clause(const Doc& d, const std::vector<std::size_t>& picked, std::size_t k) {
  static const std::set<std::string> kHowLong = {"shortly", "soon", "just", "long", "immediately", "right", "well"};
  const std::size_t j = picked[k];
  if (!kHowLong.count(lower_at(d, j)) || j + 1 >= d.tokens.tokens.size()) return false;
  const std::string next = lower_at(d, j + 1);
  if (next != "before" && next != "after") return false;
  return k + 1 == picked.size() || picked[k + 1] != j + 1;
}

// "an election due next spring": "due" says nothing when the title leaves out the time after it.
bool due_without_its_time(const Doc& d, const std::vector<std::size_t>& picked, std::size_t k) {
  return lower_at(d, picked[k]) == "due" && (k + 1 == picked.size() || picked[k + 1] != picked[k] + 1);
}

// The picked tokens as title words: a name without its title ("Mr Putin" -> "Putin"), the
// possessive joined to its owner ("Russia's", but "US support"), hyphenated words joined.
// "from 5 to 8 kilometres", "girls aged 9 to 14": a number a range goes on from; a title
// ending there gives the wrong size.
bool opens_number_range(const Doc& d, std::size_t j, std::size_t end) {
  if (d.tokens.tokens[j].upos != "NUM" || j + 2 >= end) return false;
  const std::string joint = lower_at(d, j + 1);
  return (joint == "to" || joint == "-" || joint == "and") && d.tokens.tokens[j + 2].upos == "NUM";
}

// The name of the person whom token `j` calls by what the text said of them ("the Spaniard", "the
// King", "her client": a mention that is none of the names the text gives the person); none for
// any other token.
std::optional<std::string> described_person_name(const Doc& d, std::size_t j) {
  const int m = d.mention_at[j];
  if (m < 0) return std::nullopt;
  const EntityMention& mention = d.found.entity_mentions[static_cast<std::size_t>(m)];
  const EntityInfo& person = d.found.entities[static_cast<std::size_t>(mention.entity)];
  if (mention.type != "PERSON" || mention.text == person.name ||
      std::find(person.aliases.begin(), person.aliases.end(), mention.text) != person.aliases.end())
    return std::nullopt;
  return display_name(d, person);
}

// Appends the name of the person token `j` calls by a description ("beat the Spaniard" ->
// "beats Ruiz"), once for all the description's words and without its "the"; false when `j` is
// no such token.
bool render_described_person(const Doc& d, const ParseView& parse, std::size_t j, Words& out, std::vector<std::size_t>& last_token) {
  const auto name = described_person_name(d, j);
  if (!name) return false;
  if (!out.empty() && d.mention_at[last_token.back()] == d.mention_at[j]) {
    last_token.back() = j;
    return true;
  }
  if (!out.empty() && last_token.back() + 1 == j && lower_at(d, last_token.back()) == "the") {
    out.pop_back();
    last_token.pop_back();
  }
  Word w = token_word(d, parse, j);
  w.text = *name;
  w.proper = true;
  out.push_back(std::move(w));
  last_token.push_back(j);
  return true;
}

}  // namespace

bool verb_token(const Doc& d, std::size_t j) {
  const Token& t = d.tokens.tokens[j];
  if (!t.upos.empty()) return t.upos == "VERB" || t.upos == "AUX";
  return d.event_at[j] >= 0 && d.found.events[static_cast<std::size_t>(d.event_at[j])].pos == "VERB";
}

bool sign_before_amount(const Doc& d, std::size_t first, std::size_t start) {
  return start > first && d.tokens.tokens[start].upos == "NUM" && currency_symbol(lower_at(d, start - 1));
}

bool hedge_pair(const Doc& d, std::size_t j) {
  const std::string w = lower_at(d, j), next = lower_at(d, j + 1);
  const bool comparative = w == "more" || w == "fewer" || w == "less";
  return (comparative && next == "than") || (w == "at" && next == "least") || (w == "up" && next == "to");
}

bool verb_particle(const Doc& d, const ParseView& parse, std::size_t j) {
  static const std::set<std::string> kParticles = {"away", "back", "down", "off", "out", "up", "over", "aside", "forward"};
  const Token& t = d.tokens.tokens[j];
  if (t.deprel == "compound:prt") return true;
  return t.deprel == "advmod" && j > 0 && parse.head(j) == j - 1 && verb_token(d, j - 1) && kParticles.count(lower_at(d, j)) > 0;
}

std::vector<std::size_t> complement_tokens(const Doc& d, const Sentence& s, std::size_t from, bool after_noun) {
  const ParseView parse(d.tokens, s);
  std::vector<std::size_t> picked;
  const std::size_t end = s.first_token + s.token_count;
  for (std::size_t j = from + 1; j < end && picked.size() < kMaxComplementTokens; ++j) {
    const Token& t = d.tokens.tokens[j];
    const std::string w = lower_at(d, j);
    if (!after_noun && in_speaker_after(d, parse, from, j)) continue;
    if (d.in_timex[j]) {
      if (modifies_later_noun(d, s, j)) {  // "a 10-year program", "third-quarter profit"
        while (j + 1 < end && d.in_timex[j + 1]) ++j;
        continue;
      }
      std::size_t after = object_timex_end(d, s, from, j);
      if (after == j && first_time_in(d, picked, j)) {  // "for the first time in 30 years": says what is new
        while (after < end && d.in_timex[after]) ++after;
      }
      if (after == j) {  // "cut jobs [up to] 2026": the words that bound the date go with it
        // (and those before its article: "for [at least] the next three days")
        std::size_t opens = j;
        while (opens > from + 1 && is_determiner(lower_at(d, opens - 1))) --opens;
        const bool bound = picked.size() >= 2 && picked.back() + 1 == opens && picked[picked.size() - 2] + 2 == opens &&
                           hedge_pair(d, opens - 2);
        if (bound) picked.resize(picked.size() - 2);
        drop_part_of_time(d, picked, j);
        drop_participle_of_time(d, picked, j);
        break;
      }
      for (; j < after; ++j) picked.push_back(j);  // "may take months"
      --j;
      continue;
    }
    if (possessive_marker(w) && !picked.empty() && picked.back() + 1 == j) {  // "nations'", "Russia's"
      picked.push_back(j);
      continue;
    }
    // "Pan Am", "Baxter & Lane": a name goes on whatever its words are
    if (d.mention_at[j] >= 0 && d.mention_at[j] == d.mention_at[j - 1] && !picked.empty() && picked.back() + 1 == j) {
      picked.push_back(j);
      continue;
    }
    if (is_quote_mark(t.text)) continue;  // represented a “red line”
    // ("blocked that language": a "that" that determines a noun after it opens no clause)
    const bool determiner_that = w == "that" && t.upos == "DET" && parse.head(j) && *parse.head(j) > j;
    if (clause_break(w) && !determiner_that) break;
    if (w == "," && repeated_after_comma(d, picked, j, end)) {
      ++j;
      continue;
    }
    if (w == "-" && !picked.empty() && picked.back() + 1 == j && j + 1 < end) {  // "build-up"
      picked.push_back(j);
      picked.push_back(++j);
      continue;
    }
    if (amount_symbol(d, picked, j, end) || (currency_prefix(d, j) && j + 2 < end)) {  // "pulled $42 billion", "fell 60%"
      picked.push_back(j);
      continue;
    }
    if (const std::size_t n = quantity_words(d, picked, j, end)) {  // "more than 20,000", "500 more"
      for (std::size_t k = 0; k < n; ++k) picked.push_back(j + k);
      j += n - 1;
      continue;
    }
    if (w == ",") {  // "found Daniel Okafor, the bank's former chief, guilty of fraud"
      if (const auto resume = after_apposition(d, parse, picked, j); resume && *resume < end) {
        j = *resume - 1;
        continue;
      }
    }
    if (w == "," && comma_between_adjectives(d, parse, j)) continue;  // "hot, dry winds"
    if (is_punctuation(w)) break;
    if (w == "what") {
      const std::size_t next = after_free_relative(d, j, end);
      if (next == j) break;
      j = next - 1;
      continue;
    }
    if ((w == "no" || w == "not") && j + 2 < end && lower_at(d, j + 2) == "than") break;  // "no earlier than Friday": a date's bound
    if (!picked.empty() && bare_adverbial_phrase(d, parse, from, j)) break;  // "capped resale prices [this time]"
    // "took 48,906 votes in Monday's election against 48,694 for Okafor": a count set against
    // the event's is another side's tally, no part of its name
    if (w == "against" && j + 1 < end && d.tokens.tokens[j + 1].upos == "NUM") break;
    // "arrested several of the protesters"; not after a preposition ("along most of its length")
    const bool after_preposition = !picked.empty() && d.tokens.tokens[picked.back()].upos == "ADP";
    if (partitive_quantifier(w) && !after_preposition && j + 1 < end && lower_at(d, j + 1) == "of") {
      picked.push_back(j++);
      continue;
    }
    // "killing all 132 people", "both teams": a quantifier before its noun opens the object
    if ((w == "all" || w == "both") && j + 1 < end && !is_punctuation(lower_at(d, j + 1)) &&
        (d.tokens.tokens[j + 1].upos == "NUM" || d.tokens.tokens[j + 1].upos == "NOUN" || d.tokens.tokens[j + 1].upos == "ADJ")) {
      picked.push_back(j);
      continue;
    }
    // ("her" as an object is a pronoun, no determiner: "will take her to Tokyo")
    // (nor before a gerund, whose doer it is: "footage shows her walking alone")
    const bool before_gerund = j + 1 < end && d.tokens.tokens[j + 1].xpos == "VBG";
    const bool object_her = w == "her" && (d.tokens.tokens[j].xpos == "PRP" || before_gerund);
    if ((is_determiner(w) && w != "no" && !object_her) || quantifying_adjective(w)) continue;
    if (w == "to") {
      const bool ordered_act = !after_noun && j + 1 < end && object_controlled_infinitive(d, parse, from, j + 1);
      if ((after_noun || !picked.empty()) && j + 1 < end && verb_token(d, j + 1) && !ordered_act) break;
      picked.push_back(j);
      if (ordered_act && lower_at(d, j + 1) == "be") picked.push_back(++j);  // "for the approval to be suspended"
      continue;
    }
    const bool after_verb = picked.empty() ? !after_noun : verb_token(d, picked.back());
    if (verb_particle(d, parse, j) || (after_verb && small_clause_object(d, j, end))) {
      picked.push_back(j);
      continue;
    }
    if (w == "and" || w == "or") {
      if (!joins_nominals(d, picked, j, end)) break;
      picked.push_back(j);
      continue;
    }
    if (finite_verb(t) || is_auxiliary(w)) break;
    if (degree_before_adjective(d, j, end)) {  // "face more extreme weather"
      picked.push_back(j);
      continue;
    }
    // "pleaded not guilty", "was found not guilty": a "not" inside the verb's own complement, on
    // the word right after it, is the complement's, and says what the title means
    if (w == "not" && j + 1 < end && parse.head(j) == j + 1 && parse.head(j + 1) == from) {
      picked.push_back(j);
      continue;
    }
    // "sending the shares up 62 percent", "closed down 3%": the size of a change goes with it
    const bool change_size = (w == "up" || w == "down") && j + 1 < end && d.tokens.tokens[j + 1].upos == "NUM";
    // "could do it": the object of "do" standing for an act is all the verb says ("Volk does" says nothing)
    const auto doing = parse.head(j);
    const bool done_act = w == "it" && doing && parse.relation_is(j, "obj") && to_lower(d.tokens.tokens[*doing].lemma) == "do" &&
                          (picked.empty() ? *doing == from : picked.back() == *doing);
    if (d.lexicon.is_function_word(w) && !title_preposition(w) && t.upos != "NUM" && !object_her && !change_size && !done_act)
      break;  // "one of its leaders"
    if (undated_name_after_place_preposition(d, j, end)) break;
    picked.push_back(j);
  }
  return picked;
}

Word token_word(const Doc& d, const ParseView& parse, std::size_t j) {
  const Token& t = d.tokens.tokens[j];
  Word w;
  // (a headline's capitals say nothing of a name: "Death Toll Passes 300"; an acronym keeps its)
  const Sentence* s = sentence_containing(d.tokens, j);
  const bool headline = s && in_title_case(d.tokens, *s, d.lexicon) && !(t.text.size() >= 2 && is_all_caps(t.text));
  w.proper = d.mention_at[j] >= 0 || (t.upos == "PROPN" && !headline);
  // (the first word is lower-cased for the title's own capital, but not the pronoun "I")
  w.text = ((j == parse.begin() || headline) && !w.proper && t.text != "I") ? to_lower(t.text) : t.text;
  w.token = static_cast<int>(j);
  w.glued = j > 0 && d.tokens.tokens[j - 1].span.end == t.span.begin;
  // "about 175,000 troops", "very difficult": a modifier's modifier is the first word a long
  // title loses ("ahead of" on a verb stays).
  // (not one of several words, which a title cannot lose in part: "[up] to 15 inches")
  if (t.deprel == "advmod" && (t.upos == "ADV" || t.upos == "ADP") && t.head >= 0 && !parse.child(j, "fixed")) {
    const std::string& head = d.tokens.tokens[parse.begin() + static_cast<std::size_t>(t.head)].upos;
    if (head == "NUM" || head == "ADJ" || head == "ADV") w.drop = 1;
  }
  return w;
}

Words render_words(const Doc& d, const ParseView& parse, const std::vector<std::size_t>& picked) {
  Words out;
  std::vector<std::size_t> last_token;  // per word
  for (std::size_t k = 0; k < picked.size(); ++k) {
    const std::size_t j = picked[k];
    const Token& t = d.tokens.tokens[j];
    const std::string w = lower_at(d, j);
    if (render_described_person(d, parse, j, out, last_token)) continue;
    // (a person's name: "the Information Commissioner's Office" keeps its title word)
    const bool name_follows = k + 1 < picked.size() && d.mention_at[j] >= 0 && d.mention_at[picked[k + 1]] == d.mention_at[j] &&
                              d.found.entity_mentions[static_cast<std::size_t>(d.mention_at[j])].type == "PERSON";
    // "Prime Minister Elena Conti" -> "Elena Conti": a title of one word or two before the name
    const bool two_word_title = name_follows && d.lexicon.is_title(t.text + " " + d.tokens.tokens[picked[k + 1]].text);
    if (name_follows && (d.lexicon.is_title(t.text) || two_word_title)) {
      // ("Health Minister Tom Reed" -> "Tom Reed", not "Health Tom Reed": the title's words before
      // it in the name go with it)
      while (!out.empty() && d.mention_at[last_token.back()] == d.mention_at[j]) {
        out.pop_back();
        last_token.pop_back();
      }
      continue;
    }
    if (measures_left_out_clause(d, picked, k) || due_without_its_time(d, picked, k)) continue;
    const bool after_joiner = k > 0 && picked[k - 1] + 1 == j &&
                              (lower_at(d, picked[k - 1]) == "-" || currency_symbol(lower_at(d, picked[k - 1])) ||
                               currency_prefix(d, picked[k - 1]));
    // "£410m", "1.2bn": a unit written onto its number stays on it
    const bool unit_suffix = k > 0 && picked[k - 1] + 1 == j && d.tokens.tokens[j - 1].upos == "NUM" &&
                             d.tokens.tokens[j - 1].span.end == t.span.begin && std::isalpha(static_cast<unsigned char>(w[0]));
    const bool joins = !out.empty() && (w == "-" || w == "%" || after_joiner || unit_suffix);
    if (joins) {
      out.back().text += t.text;
      last_token.back() = j;
      continue;
    }
    if (possessive_marker(w) && !out.empty()) {
      if (!is_acronym(out.back().text)) out.back().text += is_quote_mark(t.text) ? "'" : "'s";
      last_token.back() = j;
      continue;
    }
    out.push_back(token_word(d, parse, j));
    last_token.push_back(j);
  }
  const std::size_t end = parse.end();
  for (std::size_t k = 0; k < out.size(); ++k) {
    const std::size_t last = last_token[k];
    const bool open_small_clause = k + 1 < out.size() && small_clause_object(d, last, end);
    // "ahead of", "along with": an adverb opening a preposition is one (a verb's particle is not).
    const bool complex_preposition = k + 1 < out.size() && last_token[k + 1] == last + 1 &&
                                     !verb_particle(d, parse, last) &&
                                     title_preposition(to_lower(out[k + 1].text)) &&
                                     (d.tokens.tokens[last].upos == "ADV" || d.tokens.tokens[last].upos == "ADP");
    const std::string& upos = d.tokens.tokens[last].upos;
    const bool particle = verb_particle(d, parse, last);  // "picked up | in March"
    const bool function_word = (upos == "ADP" && !particle) || upos == "DET" || upos == "CCONJ" || upos == "SCONJ" || upos == "AUX";
    const bool object_pronoun = d.tokens.tokens[last].xpos == "PRP";  // "cheered her"
    // ("with Food | and Drug Administration": a name the text goes on with is never cut)
    const bool inside_name = d.mention_at[last] >= 0 && last + 1 < end && d.mention_at[last + 1] == d.mention_at[last];
    // ("track at least | 140 pieces": a hedge's second word promises the amount after it)
    const bool ends_hedge = last > parse.begin() && hedge_pair(d, last - 1);
    const bool never = (dangling(out[k].text) && !particle && !object_pronoun) || function_word || open_small_clause || complex_preposition ||
                       possessive_marker(lower_at(d, last)) || opens_number_range(d, last, end) || inside_name ||
                       ends_hedge;
    out[k].end = never ? End::Never : constituent_end(d, parse, picked, last);
  }
  return out;
}

bool object_control_verb(const Doc& d, std::size_t verb) {
  // (a verb with a particle is another verb: "picked up its demands on Biden to guarantee")
  const Sentence* s = sentence_containing(d.tokens, verb);
  if (s && ParseView(d.tokens, *s).child(verb, "compound:prt")) return false;
  const std::string& lemma = d.tokens.tokens[verb].lemma;
  return d.lexicon.has_category(lemma, "object-control") ||
         (lemma != "have" && infinitive_given_time_until(d.tokens, verb).has_value());
}

Words complement_words(const Doc& d, const Sentence& s, std::size_t from, bool after_noun) {
  const ParseView parse(d.tokens, s);
  return render_words(d, parse, complement_tokens(d, s, from, after_noun));
}

}  // namespace chronograph::core::titles
