#include "core/events/word_forms.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "core/text/modal_verbs.h"
#include "core/text/unicode.h"

namespace chronograph::core {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// After stripping "-ed"/"-ing": "releas" needs its "e" back, "stopp" loses a consonant.
std::string restore_stem(std::string stem) {
  const std::size_t n = stem.size();
  if (n < 2) return stem;
  if (n >= 3 && stem[n - 1] == stem[n - 2] && !is_vowel(stem[n - 1]) && stem[n - 1] != 'l' &&
      stem[n - 1] != 's' && stem[n - 1] != 'z')
    return stem.substr(0, n - 1);
  static constexpr std::array<std::string_view, 22> kNeedE{
      "at", "iz", "is", "bl", "ur", "iv", "as", "ec", "us", "ag", "uc", "ot",
      "ud", "ov", "ir", "av", "rg", "nc", "rc", "ak", "os", "ut"};
  const std::string_view tail = std::string_view(stem).substr(n - 2);
  for (auto t : kNeedE)
    if (tail == t) return stem + "e";
  if (n == 2 || (n >= 3 && !is_vowel(stem[n - 1]) && is_vowel(stem[n - 2]) && !is_vowel(stem[n - 3]) &&
                 n <= 4 && stem[n - 1] != 'w' && stem[n - 1] != 'x' && stem[n - 1] != 'y'))
    return stem + "e";  // "hop"+"e" is wrong for "hopped", but doubled ones are handled above
  return stem;
}

}  // namespace

std::string token_lower(const Token& token) { return to_lower(token.norm.empty() ? token.text : token.norm); }

namespace {

bool known_verb(std::string_view lower, const EventLexicon& lexicon) {
  const auto& classes = lexicon.wordnet_classes(lower);
  return std::any_of(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("v."); });
}

// "scouted" lemmatized "scoute": a tagger's lemma that is the past form less its "d", no verb
// WordNet knows, where the form less "ed" is one, is that shorter verb ("raced" stays "race").
std::string repaired_lemma(std::string lemma, const Token& token, const EventLexicon& lexicon) {
  const std::string w = token_lower(token);
  if (!ends_with(w, "ed") || !ends_with(lemma, "e") || lemma + "d" != w || known_verb(lemma, lexicon)) return lemma;
  const std::string shorter = lemma.substr(0, lemma.size() - 1);
  return known_verb(shorter, lexicon) ? shorter : lemma;
}

}  // namespace

std::string guess_lemma(const Token& token, const EventLexicon& lexicon) {
  if (!token.lemma.empty() && token.lemma != "_") return repaired_lemma(to_lower(token.lemma), token, lexicon);
  const std::string w = token_lower(token);
  if (auto irregular = lexicon.irregular_lemma(w)) return *irregular;
  const std::size_t n = w.size();
  if (n <= 3) return w;
  if (ends_with(w, "ies") && n > 4) return w.substr(0, n - 3) + "y";
  if (ends_with(w, "ied") && n > 4) return w.substr(0, n - 3) + "y";
  if (ends_with(w, "ing") && n > 5) return restore_stem(w.substr(0, n - 3));
  if (ends_with(w, "ed") && n > 4) {
    if (ends_with(w, "eed")) return w.substr(0, n - 1);
    return restore_stem(w.substr(0, n - 2));
  }
  if (ends_with(w, "sses") || ends_with(w, "shes") || ends_with(w, "ches") || ends_with(w, "xes"))
    return w.substr(0, n - 2);
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "sis")) return w;
  if (ends_with(w, "s")) return w.substr(0, n - 1);
  return w;
}

std::string third_person(std::string_view lemma) {
  const std::string l(lemma);
  if (l == "be") return "is";
  if (l == "have") return "has";
  if (l.empty()) return l;
  if (ends_with(l, "s") || ends_with(l, "sh") || ends_with(l, "ch") || ends_with(l, "x") ||
      ends_with(l, "z") || ends_with(l, "o"))
    return l + "es";
  if (l.size() >= 2 && l.back() == 'y' && !is_vowel(l[l.size() - 2])) return l.substr(0, l.size() - 1) + "ies";
  return l + "s";
}

bool is_auxiliary(std::string_view w) {
  static constexpr std::array<std::string_view, 19> kBeHaveDo{
      "be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m",
      "have", "has", "had", "'ve", "having", "do", "does", "did"};
  return is_modal(w) || std::find(kBeHaveDo.begin(), kBeHaveDo.end(), w) != kBeHaveDo.end();
}

bool is_determiner(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kDet{
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
      "their", "our", "my", "your", "any", "some", "no", "every", "each", "another"};
  for (auto d : kDet)
    if (w == d) return true;
  return false;
}

// (by code point, not byte: "Élise", "Ólafsdóttir" and "ŁÓDŹ" are capitalised as "Elise" is)
bool is_capitalized(std::string_view text) {
  return !text.empty() && unicode::is_upper(unicode::decode(text, 0).cp);
}

bool is_all_caps(std::string_view text) {
  bool letter = false;
  for (std::size_t at = 0; at < text.size();) {
    const auto [cp, length, valid] = unicode::decode(text, at);
    if (unicode::is_lower(cp)) return false;
    letter = letter || unicode::is_upper(cp);
    at += length;
  }
  return letter;
}

bool is_quote_mark(std::string_view text) {
  return text == "\"" || text == "'" || text == "\u201c" || text == "\u201d" || text == "\u2018" || text == "\u2019" ||
         text == "``" || text == "''";
}

bool is_punctuation(std::string_view text) {
  if (text.empty()) return true;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 128) return false;
  }
  return true;
}

bool is_adverb_like(std::string_view lower) {
  return (lower.size() > 3 && lower.ends_with("ly")) || lower == "also" || lower == "still" || lower == "already" ||
         lower == "just" || lower == "yet" || lower == "indeed" || lower == "now" || lower == "soon" || lower == "then" ||
         lower == "even" || lower == "ever" || lower == "again" || lower == "reportedly" ||
         // (of how often or how long: "has always denied", "has long argued", "has since resigned")
         lower == "always" || lower == "often" || lower == "long" || lower == "since" || lower == "once" ||
         lower == "twice" || lower == "sometimes";
}

bool labels_by_number(const TokenizedText& tokens, const EventLexicon& lexicon, std::size_t i) {
  static const std::set<std::string> kNumberWords = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  if (i + 1 >= tokens.tokens.size() || !lexicon.is_number_label(token_lower(tokens.tokens[i]))) return false;
  const Token& next = tokens.tokens[i + 1];
  // ("Level IV", "Phase II": a Roman numeral is a number too)
  const bool roman = next.text.size() <= 4 && next.text.find_first_not_of("IVX") == std::string::npos;
  return next.upos == "NUM" || std::isdigit(static_cast<unsigned char>(next.text.front())) ||
         kNumberWords.contains(token_lower(next)) || roman;
}

bool marks_another_occurrence(std::string_view lower) {
  static constexpr std::string_view kMarkers[] = {"previous", "prior", "earlier", "later", "another", "former", "separate",
                                                  "first",    "second", "third",   "next",  "last",    "original", "similar"};
  return std::find(std::begin(kMarkers), std::end(kMarkers), lower) != std::end(kMarkers);
}

bool ranks_in_a_series(const Token& t) {
  static const std::set<std::string> kFirstThree = {"first", "second", "third"};
  const std::string w = token_lower(t);
  if (kFirstThree.contains(w)) return true;
  return (t.upos == "ADJ" || t.xpos == "JJ") && w.size() > 3 && w.ends_with("th");
}

bool names_no_one(std::string_view lower) {
  return lower == "nobody" || lower == "none" || lower == "nothing" || lower == "neither" || lower == "noone";
}

bool determines_none(std::string_view lower) { return lower == "no" || lower == "neither"; }

namespace {

// "was held", "will be held", "talks held in Oslo": a past participle not after "have" ("has held").
bool passive_participle(const TokenizedText& tokens, std::size_t verb) {
  if (tokens.tokens[verb].xpos != "VBN") return false;
  std::size_t k = verb;
  while (k > 0 && is_adverb_like(token_lower(tokens.tokens[k - 1]))) --k;
  if (k == 0) return true;
  const std::string before = token_lower(tokens.tokens[k - 1]);
  return before != "have" && before != "has" && before != "had" && before != "having" && before != "'ve" && before != "'d";
}

}  // namespace

bool is_verb_of_expecting(std::string_view lemma) {
  static constexpr std::string_view kExpecting[] = {"expect", "anticipate", "foresee", "predict",
                                                    "forecast", "project", "tip"};
  return std::find(std::begin(kExpecting), std::end(kExpecting), lemma) != std::end(kExpecting);
}

bool is_verb_of_trying(std::string_view lemma) {
  static constexpr std::string_view kTrying[] = {"try", "attempt", "seek", "strive", "struggle", "endeavour", "endeavor"};
  return std::find(std::begin(kTrying), std::end(kTrying), lemma) != std::end(kTrying);
}

bool under_negated_expectation(const TokenizedText& tokens, std::size_t verb) {
  const Sentence* sentence = sentence_containing(tokens, verb);
  if (!sentence) return false;
  const ParseView parse(tokens, *sentence);
  const auto governor = parse.head(verb);
  if (!governor || !parse.relation_is(verb, "xcomp")) return false;
  const Token& expecting = tokens.tokens[*governor];
  if (!is_verb_of_expecting(expecting.lemma.empty() ? to_lower(expecting.norm) : expecting.lemma)) return false;
  for (const auto c : parse.children(*governor))
    if (parse.relation_is(c, "advmod") && is_negator(to_lower(tokens.tokens[c].text))) return true;
  return false;
}

bool negated_until_then(const TokenizedText& tokens, std::size_t verb) {
  const Sentence* sentence = sentence_containing(tokens, verb);
  if (!sentence) return false;
  const ParseView parse(tokens, *sentence);
  for (const auto c : parse.children(verb))
    if (parse.relation_is(c, "advmod") && is_negator(to_lower(tokens.tokens[c].text))) return true;
  return under_negated_expectation(tokens, verb);
}

bool perfect_without_modal(const TokenizedText& tokens, std::size_t verb) {
  const Sentence* sentence = sentence_containing(tokens, verb);
  if (!sentence) return false;
  const ParseView parse(tokens, *sentence);
  bool perfect = false;
  for (const auto c : parse.children(verb)) {
    if (!parse.relation_is(c, "aux")) continue;
    if (tokens.tokens[c].xpos == "MD") return false;
    perfect = perfect || to_lower(tokens.tokens[c].lemma) == "have";
  }
  return perfect;
}

std::optional<std::size_t> infinitive_given_time_until(const TokenizedText& tokens, std::size_t verb) {
  const std::string& lemma = tokens.tokens[verb].lemma;
  const Sentence* sentence = sentence_containing(tokens, verb);
  if ((lemma != "have" && lemma != "give" && lemma != "grant") || !sentence) return std::nullopt;
  const ParseView parse(tokens, *sentence);
  for (const auto c : parse.children(verb)) {
    const bool clause = parse.relation_is(c, "advcl") || parse.relation_is(c, "xcomp");
    if (!clause || c < verb + 3 || to_lower(tokens.tokens[c - 1].text) != "to") continue;
    // (a date between "until" and "to": "until Feb 20 to file")
    for (std::size_t k = verb + 1; k + 2 < c; ++k) {
      const std::string word = to_lower(tokens.tokens[k].text);
      if (word == "until" || word == "till") return c;
    }
  }
  return std::nullopt;
}

bool keeps_from(std::string_view lemma) {
  static constexpr std::string_view kKeeping[] = {"prevent",  "stop",     "bar",      "ban",   "block",   "keep",
                                                  "prohibit", "restrain", "dissuade", "deter", "exclude", "save"};
  return std::find(std::begin(kKeeping), std::end(kKeeping), lemma) != std::end(kKeeping);
}

bool is_verb_of_promising(std::string_view lemma) { return lemma == "promise" || lemma == "vow" || lemma == "threaten"; }

bool is_verb_of_forecasting(std::string_view lemma) { return lemma == "forecast" || lemma == "predict" || lemma == "warn"; }

bool is_verb_of_perceiving(std::string_view lemma) {
  static constexpr std::string_view kPerceiving[] = {"see", "hear", "watch", "notice", "witness", "observe", "feel"};
  return std::find(std::begin(kPerceiving), std::end(kPerceiving), lemma) != std::end(kPerceiving);
}

bool is_verb_of_establishing(std::string_view lemma) {
  static constexpr std::string_view kEstablishing[] = {"confirm",   "verify", "prove", "corroborate", "substantiate", "find",
                                                       "establish", "show",   "detect", "determine",  "demonstrate"};
  return std::find(std::begin(kEstablishing), std::end(kEstablishing), lemma) != std::end(kEstablishing);
}

bool is_verb_of_claiming(std::string_view lemma) {
  static constexpr std::string_view kClaiming[] = {"allege", "claim",   "contend",  "argue",  "insist", "deny",
                                                   "accuse", "suspect", "maintain", "acquit", "clear",  "exonerate"};
  return std::find(std::begin(kClaiming), std::end(kClaiming), lemma) != std::end(kClaiming);
}

namespace {

// "denied that patient data had been published", with "that patient" read as a determiner and an
// adjective the clause hangs on: a verb whose clause "that" opens right after another verb, with
// no verb between, is that verb's complement whatever the parser hung it on.
std::optional<std::size_t> verb_before_that(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  for (std::size_t k = verb; k > parse.begin() + 1;) {
    --k;
    if (tokens.tokens[k].upos == "VERB") return std::nullopt;
    if (to_lower(tokens.tokens[k].text) == "that") return tokens.tokens[k - 1].upos == "VERB" ? std::optional{k - 1} : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> claiming_or_perceiving_governor(const TokenizedText& tokens, const ParseView& parse,
                                                           std::size_t verb) {
  if (!parse.parsed()) return std::nullopt;
  auto governor = parse.head(verb);
  if (governor && parse.relation_is(verb, "ccomp") && tokens.tokens[*governor].upos != "VERB")
    if (const auto before_that = verb_before_that(tokens, parse, verb)) governor = before_that;
  const auto mark = parse.child(verb, "mark");
  const bool of_gerund = mark && to_lower(tokens.tokens[*mark].text) == "of" && tokens.tokens[verb].xpos == "VBG";
  if (governor && of_gerund && parse.relation_is(verb, "acl") && parse.relation_is(*governor, "obj"))
    governor = parse.head(*governor);
  // (a clause the parser hung on the verb as a noun's modifier is its complement all the same:
  // "denied reports last week that the dam had been damaged", with "reports" read as a verb)
  const bool misattached = parse.relation_is(verb, "acl") && governor && tokens.tokens[*governor].upos == "VERB";
  // ("has denied receiving the letter", parsed as an adverbial: a gerund right after the verb,
  // with no word to open it, is its object; "denied it, saying ..." is not)
  const bool bare_gerund = parse.relation_is(verb, "advcl") && tokens.tokens[verb].xpos == "VBG" && !mark && governor &&
                           verb == *governor + 1;
  const bool clause =
      parse.relation_is(verb, "ccomp") || parse.relation_is(verb, "xcomp") || of_gerund || misattached || bare_gerund;
  if (!governor || !clause) return std::nullopt;
  const std::string& lemma = tokens.tokens[*governor].lemma;
  if (bare_gerund) return is_verb_of_claiming(lemma) ? governor : std::nullopt;
  return is_verb_of_claiming(lemma) || is_verb_of_perceiving(lemma) || is_verb_of_establishing(lemma) ? governor
                                                                                                     : std::nullopt;
}

bool is_noun_of_claiming(std::string_view lemma) {
  static constexpr std::string_view kClaims[] = {"report",   "claim",      "allegation",  "rumour",     "rumor",
                                                 "argument", "suggestion", "speculation", "accusation", "assertion",
                                                 "theory",   "contention", "fear",        "charge",     "notion",
                                                 "evidence", "proof",      "indication",  "sign"};
  return std::find(std::begin(kClaims), std::end(kClaims), lemma) != std::end(kClaims);
}

std::optional<std::size_t> claim_noun_of_clause(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  if (!parse.parsed()) return std::nullopt;
  const auto established_by = [&](std::size_t governor) { return is_verb_of_establishing(tokens.tokens[governor].lemma); };
  // ("denied reports that the dam had burst" with "reports" tagged a verb: a verb's object is a
  // noun whatever its tag, and the clause on it is the claim's)
  if (const auto claim = parse.head(verb); claim && parse.relation_is(verb, "ccomp") && parse.relation_is(*claim, "obj") &&
                                           is_noun_of_claiming(tokens.tokens[*claim].lemma)) {
    const auto governor = parse.head(*claim);
    return governor && established_by(*governor) ? std::nullopt : claim;
  }
  // ("dismissed rumours on Twitter that she had resigned" parsed with the clause on the verb:
  // the claim is the verb's object before it)
  if (parse.relation_is(verb, "ccomp") && parse.child(verb, "mark")) {
    const auto governor = parse.head(verb);
    const auto object = governor ? parse.child(*governor, "obj") : std::nullopt;
    if (!object || *object > verb || !is_noun_of_claiming(tokens.tokens[*object].lemma)) return std::nullopt;
    return established_by(*governor) ? std::nullopt : object;
  }
  if (!parse.relation_is(verb, "acl")) return std::nullopt;
  // ("reports that appeared online": a "that" that is the clause's subject makes it a relative clause)
  for (const auto c : parse.children(verb))
    if (to_lower(tokens.tokens[c].text) == "that" && parse.relation_is(c, "nsubj")) return std::nullopt;
  if (!parse.child(verb, "nsubj")) return std::nullopt;
  auto noun = parse.head(verb);
  // (the clause may hang on the last noun of a phrase after the claim: "reports on social media that")
  for (int step = 0;
       step < 2 && noun && !is_noun_of_claiming(tokens.tokens[*noun].lemma) && parse.relation_is(*noun, "nmod"); ++step)
    noun = parse.head(*noun);
  if (!noun || !is_noun_of_claiming(tokens.tokens[*noun].lemma)) return std::nullopt;
  const auto governor = parse.head(*noun);
  // ("The report that the minister resigned was confirmed" parsed with the noun the root: the
  // clause's verb is the sentence's, and a verb of establishing says so)
  if (!governor || established_by(verb)) return std::nullopt;
  // ("found no evidence that the ballots were altered": nothing established)
  const auto determiner = parse.child(*noun, "det");
  const bool none = determiner && determines_none(to_lower(tokens.tokens[*determiner].text));
  return established_by(*governor) && !none ? std::nullopt : noun;
}

bool is_negator(std::string_view lower) { return lower == "not" || lower == "n't" || lower == "never"; }

// A noun that names something happening or holding: listed as an event nominal, or an event,
// act, process, phenomenon or state in WordNet ("flood", "strike", "drought"), not a time
// ("the season", "the year").
bool eventive_noun(const Token& t, const EventLexicon& lexicon) {
  if (t.upos != "NOUN") return false;
  const std::string w = token_lower(t);
  const std::string lemma = guess_lemma(t, lexicon);
  if (lexicon.is_event_nominal(w) || lexicon.is_event_nominal(lemma)) return true;
  // ("semi-final", "re-election": WordNet writes such a word without its hyphen)
  std::string joined = lemma;
  joined.erase(std::remove(joined.begin(), joined.end(), '-'), joined.end());
  for (const std::string& form : {lemma, joined})
    for (const auto& c : lexicon.wordnet_classes(form))
      if (c == "n.event" || c == "n.act" || c == "n.process" || c == "n.phenomenon" || c == "n.state") return true;
  return false;
}

bool says_it_happens(const TokenizedText& tokens, std::size_t verb, const EventLexicon& lexicon) {
  const std::string lemma = guess_lemma(tokens.tokens[verb], lexicon);
  if (lexicon.is_passive_occurrence_verb(lemma)) return passive_participle(tokens, verb);
  if (!lexicon.has_category(lemma, "occurrence-verb")) return false;
  return lemma != "take" || (verb + 1 < tokens.tokens.size() && token_lower(tokens.tokens[verb + 1]) == "place");
}

bool in_title_case(const TokenizedText& tokens, const Sentence& s, const EventLexicon& lexicon) {
  if (s.token_count == 0 || tokens.tokens[s.first_token + s.token_count - 1].text == ".") return false;
  int words = 0, capitalised = 0, capitals = 0;  // words other than function words ("by", "for", "to")
  for (std::size_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
    const std::string& w = tokens.tokens[k].text;
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0])) || lexicon.is_function_word(to_lower(w))) continue;
    ++words;
    capitalised += is_capitalized(w) ? 1 : 0;
    capitals += w.size() >= 2 && is_all_caps(w) ? 1 : 0;
  }
  return words > 0 && capitalised == words && (words >= 2 || capitals == words);
}

}  // namespace chronograph::core
