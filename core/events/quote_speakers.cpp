#include "core/events/quote_speakers.h"

#include <algorithm>
#include <set>

#include "core/events/apposed_names.h"

namespace chronograph::core::titles {

namespace {

// Whether mention `a` fits the pronoun's gender by name and `b` only for want of one: "Judge
// Okonkwo sentenced Maria Lopez. She will appeal" is Lopez's, subject or not.
bool better_fit(const Doc& d, std::size_t a, std::size_t b, char gender) {
  const auto gender_of = [&](std::size_t m) {
    return d.found.entities[static_cast<std::size_t>(d.found.entity_mentions[m].entity)].gender;
  };
  return gender != 0 && gender_of(a) == gender && gender_of(b) != gender;
}

// "She was born in Kiel. She worked for Bruno Taut. She designed ...": the "he" or "she" of
// `gender` that is the main clause's subject in sentence `sentence` (outside a quote); none else.
std::optional<std::size_t> pronoun_subject_of(const Doc& d, int sentence, char gender) {
  const Sentence& s = d.tokens.sentences[static_cast<std::size_t>(sentence)];
  for (std::size_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
    const Token& token = d.tokens.tokens[t];
    if (!token.deprel.starts_with("nsubj") || token.head < 0 || pronoun_gender(lower_at(d, t)) != gender) continue;
    const bool main_clause = d.tokens.tokens[s.first_token + static_cast<std::size_t>(token.head)].deprel == "root";
    if (main_clause && !inside_quote(d, s, t)) return t;
  }
  return std::nullopt;
}

// The index of the sentence holding mention `m`; -1 when none does.
int sentence_of_mention(const Doc& d, std::size_t m) {
  const std::size_t begin = d.found.entity_mentions[m].span.begin;
  const auto holds = [&](const Sentence& x) { return x.span.begin <= begin && begin < x.span.end; };
  const auto s = std::find_if(d.tokens.sentences.begin(), d.tokens.sentences.end(), holds);
  return s == d.tokens.sentences.end() ? -1 : static_cast<int>(s - d.tokens.sentences.begin());
}

// "Ana Lund died. She worked for Tor Berg. She founded ...", "In 1967 she married the guitarist
// Earl Simmons. ... she disappeared": the "he" or "she" of `gender` that is the main clause's
// subject in the sentence holding person mention `m`, before `m`; none when there is none. It
// stands for another person than the one it names after it in its clause, and a subject "she"
// after the sentence goes on with it.
std::optional<std::size_t> pronoun_subject_before(const Doc& d, std::size_t m, char gender) {
  const int sentence = sentence_of_mention(d, m);
  if (sentence < 0 || !gender) return std::nullopt;
  const auto pronoun = pronoun_subject_of(d, sentence, gender);
  if (!pronoun || d.tokens.tokens[*pronoun].span.begin >= d.found.entity_mentions[m].span.begin) return std::nullopt;
  return pronoun;
}

// The person mention that is the main clause's subject in the sentence holding mention `m`, at
// or before `m`, when its gender fits `gender` (0: any); none otherwise ("After John Smith
// left, Paul Brown took over": Brown).
std::optional<std::size_t> person_subject_of_sentence(const Doc& d, std::size_t m, char gender) {
  const auto& mentions = d.found.entity_mentions;
  const int sentence = sentence_of_mention(d, m);
  if (sentence < 0) return std::nullopt;
  const Sentence* s = &d.tokens.sentences[static_cast<std::size_t>(sentence)];
  for (std::size_t t = s->first_token; t < s->first_token + s->token_count; ++t) {
    const int at = d.mention_at[t];
    if (at < 0 || static_cast<std::size_t>(at) > m || !d.tokens.tokens[t].deprel.starts_with("nsubj")) continue;
    const int head = d.tokens.tokens[t].head;
    if (head < 0 || d.tokens.tokens[s->first_token + static_cast<std::size_t>(head)].deprel != "root") continue;
    const EntityMention& subject = mentions[static_cast<std::size_t>(at)];
    const char named = d.found.entities[static_cast<std::size_t>(subject.entity)].gender;
    // ("Conservative MPs called on Mr Crewe": a common noun's plural is no "he"; a surname may
    // be tagged a proper plural, "Morales")
    const bool plural = d.tokens.tokens[t].xpos == "NNS";
    const bool fits = gender == 0 || (named == 0 && !plural) || named == gender;
    if (subject.type == "PERSON" && fits) return static_cast<std::size_t>(at);
  }
  return std::nullopt;
}

// The last mention before `begin` of the one person the article names before it whom "he" or
// "she" (`gender`) can stand for, when a given name or title says the pronoun is theirs: a long
// article may name its one subject only once, near the top, and say "she" all the way down.
// None when another person named before could be meant, one whose gender is not known too.
std::optional<std::size_t> only_person_before(const Doc& d, std::size_t begin, char gender, int not_entity) {
  const auto& mentions = d.found.entity_mentions;
  std::optional<std::size_t> last;
  for (std::size_t m = 0; m < mentions.size() && mentions[m].span.begin < begin; ++m) {
    if (mentions[m].type != "PERSON" || mentions[m].entity == not_entity) continue;
    const char named = d.found.entities[static_cast<std::size_t>(mentions[m].entity)].gender;
    if (named != 0 && named != gender) continue;
    if (last && mentions[*last].entity != mentions[m].entity) return std::nullopt;
    last = m;
  }
  if (!last || d.found.entities[static_cast<std::size_t>(mentions[*last].entity)].gender != gender) return std::nullopt;
  return last;
}

// "she added", "he said the city would ...": a pronoun that is the subject of a verb of saying
// with what is said, or nothing, after it (not "she wrote a memoir").
bool says_something(const Doc& d, std::size_t pronoun) {
  const Sentence* s = sentence_containing(d.tokens, pronoun);
  if (!s) return false;
  const ParseView parse(d.tokens, *s);
  const auto verb = parse.head(pronoun);
  if (!verb || !is_reporting(d, *verb)) return false;
  return parse.child(*verb, "ccomp") || parse.child(*verb, "parataxis") || !parse.child(*verb, "obj");
}

// '"She was brilliant," said Mayor Anne Lindboe': the "she" of `gender` inside a quote that the
// person of mention `speaker` says, in the speaker's sentence; none when there is none. Whom a
// speaker calls "she" is someone else, the one the story is about.
std::optional<std::size_t> pronoun_quoted_by(const Doc& d, std::size_t speaker, char gender) {
  const EntityMention& said_by = d.found.entity_mentions[speaker];
  const auto holds = [&](const Sentence& x) { return x.span.begin <= said_by.span.begin && said_by.span.begin < x.span.end; };
  const auto s = std::find_if(d.tokens.sentences.begin(), d.tokens.sentences.end(), holds);
  if (s == d.tokens.sentences.end()) return std::nullopt;
  const ParseView parse(d.tokens, *s);
  for (std::size_t p = parse.begin(); p < parse.end(); ++p) {
    if (pronoun_gender(lower_at(d, p)) != gender) continue;
    const auto quoted = quoted_speaker(d, parse, p, true);
    if (quoted && d.found.entity_mentions[*quoted].entity == said_by.entity) return p;
  }
  return std::nullopt;
}

// How many quotation marks sentence `s` holds before token `t` (all of them when `t` is past it).
std::size_t quote_marks_before(const Doc& d, const Sentence& s, std::size_t t) {
  std::size_t marks = 0;
  for (std::size_t k = s.first_token; k < std::min(t, s.first_token + s.token_count); ++k)
    marks += quotation_mark(d.tokens.tokens[k].text) ? 1 : 0;
  return marks;
}

// The first token of the quote that holds token `t` of sentence `sentence`, which may open up to
// two sentences before it ('"She phones me every evening. She has never gone a day without
// calling," she said': the second "She" is quoted too); none outside a quote.
std::optional<std::size_t> quote_opening(const Doc& d, std::size_t t, int sentence) {
  constexpr int kMaxSentencesBack = 2;
  const auto& sentences = d.tokens.sentences;
  const std::size_t own = quote_marks_before(d, sentences[static_cast<std::size_t>(sentence)], t);
  if (own % 2 == 1) {
    std::size_t open = t;
    while (!quotation_mark(d.tokens.tokens[open - 1].text)) --open;
    return open;
  }
  if (own > 0) return std::nullopt;
  for (int back = 1; back <= kMaxSentencesBack && sentence - back >= 0; ++back) {
    const Sentence& earlier = sentences[static_cast<std::size_t>(sentence - back)];
    const std::size_t marks = quote_marks_before(d, earlier, earlier.first_token + earlier.token_count);
    if (marks % 2 == 0 && marks > 0) return std::nullopt;
    if (marks % 2 == 1) {
      std::size_t open = earlier.first_token + earlier.token_count;
      while (!quotation_mark(d.tokens.tokens[open - 1].text)) --open;
      return open;
    }
  }
  return std::nullopt;
}

// The person a speaker's pronoun subject at `subject` ("she said") stands for, in sentence
// `sentence`; -1 when none.
int speaking_person(const Doc& d, std::size_t subject, int sentence) {
  if (d.mention_at[subject] >= 0) return d.found.entity_mentions[static_cast<std::size_t>(d.mention_at[subject])].entity;
  if (!pronoun_gender(lower_at(d, subject))) return -1;
  const auto person = person_before(d, subject, sentence, -1);
  return person ? d.found.entity_mentions[*person].entity : -1;
}

// Whether mention `m` is the subject of a verb whose clausal complement has for its subject a
// person named by a role's noun alone, before token `pronoun` ("Bellini said the striker would
// not play because he had not trained"): "he" is then the striker, whom the text does not name
// there, not the one who says it.
bool unnamed_person_reported(const Doc& d, std::size_t m, std::size_t pronoun) {
  const Sentence* s = sentence_containing(d.tokens, pronoun);
  const std::size_t last = last_token_of(d, d.found.entity_mentions[m]);
  if (!s || sentence_containing(d.tokens, last) != s) return false;
  const auto head_of = [&](const Token& t) { return s->first_token + static_cast<std::size_t>(t.head); };
  std::optional<std::size_t> verb;
  for (std::size_t t = s->first_token; t <= last; ++t)
    if (d.mention_at[t] == static_cast<int>(m) && d.tokens.tokens[t].deprel.starts_with("nsubj") && d.tokens.tokens[t].head >= 0)
      verb = head_of(d.tokens.tokens[t]);
  if (!verb) return false;
  for (std::size_t t = last + 1; t < pronoun; ++t) {
    const Token& noun = d.tokens.tokens[t];
    if (d.mention_at[t] >= 0 || noun.xpos != "NN" || !noun.deprel.starts_with("nsubj") || noun.head < 0) continue;
    const Token& clause = d.tokens.tokens[head_of(noun)];
    if (clause.deprel != "ccomp" || clause.head < 0 || head_of(clause) != *verb) continue;
    const std::string lemma = to_lower(noun.lemma.empty() ? noun.text : noun.lemma);
    if (d.lexicon.is_person_role(lemma) || d.lexicon.is_title(capitalize(lemma))) return true;
  }
  return false;
}

// Whether a main clause between mention `m` and the pronoun at `pronoun` (of `gender`) has for
// its subject a person the text does not name, told by a common noun of that gender (genders.tsv,
// lower case: "man", "mother"): "Keith Morley led the inquiry. A local man was arrested. He died
// in 2008": "he" is the man, not Morley.
bool unnamed_subject_between(const Doc& d, std::size_t m, std::size_t pronoun, char gender) {
  const std::size_t from = last_token_of(d, d.found.entity_mentions[m]) + 1;
  for (std::size_t t = from; t < pronoun; ++t) {
    const Token& noun = d.tokens.tokens[t];
    if (d.mention_at[t] >= 0 || noun.xpos != "NN" || !noun.deprel.starts_with("nsubj") || noun.head < 0) continue;
    const Sentence* s = sentence_containing(d.tokens, t);
    if (!s || d.tokens.tokens[s->first_token + static_cast<std::size_t>(noun.head)].deprel != "root") continue;
    if (d.lexicon.gender(to_lower(noun.lemma.empty() ? noun.text : noun.lemma)) != gender) continue;
    const ParseView parse(d.tokens, *s);
    const auto named = parse.child(t, "appos");  // ("her mother, Patricia," is named)
    if (!named || d.mention_at[*named] < 0) return true;
  }
  return false;
}

}  // namespace

char pronoun_gender(const std::string& lower) {
  if (lower == "he" || lower == "him" || lower == "his") return 'm';
  if (lower == "she" || lower == "her" || lower == "hers") return 'f';
  return 0;
}

bool quotation_mark(const std::string& w) {
  static const std::set<std::string> kQuotes = {"\"", "\u201c", "\u201d", "``", "''"};
  return kQuotes.count(w) > 0;
}

bool inside_quote(const Doc& d, const Sentence& s, std::size_t t) {
  std::size_t marks = 0;
  for (std::size_t k = s.first_token; k < t; ++k) marks += quotation_mark(d.tokens.tokens[k].text) ? 1 : 0;
  return marks % 2 == 1;
}

std::optional<std::size_t> named_speaker_of(const Doc& d, const ParseView& parse, std::size_t verb, bool person) {
  auto speaker = parse.child(verb, "nsubj");
  if (!speaker && verb + 1 < parse.end() && d.mention_at[verb + 1] >= 0) speaker = verb + 1;
  // ("said Colombia's environment minister, Irene Velez,": the person named for the office speaks)
  if (speaker && d.mention_at[*speaker] < 0)
    if (const auto named = apposed_name(d, parse, *speaker, Apposed::Person)) speaker = named;
  if (!speaker || d.mention_at[*speaker] < 0) return std::nullopt;
  const auto m = static_cast<std::size_t>(d.mention_at[*speaker]);
  const std::string& type = d.found.entity_mentions[m].type;
  if (person && type != "PERSON" && type != "MISC") return std::nullopt;  // (a surname alone may be MISC)
  return m;
}

std::optional<std::size_t> saying_verb_of_quote(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  const auto quote = [&](std::size_t k) { return quotation_mark(d.tokens.tokens[k].text); };
  std::size_t open = pronoun;
  while (open > parse.begin() && !quote(open - 1)) --open;
  if (open == parse.begin()) return std::nullopt;  // not inside a quote
  constexpr std::size_t kLeadIn = 4;
  for (std::size_t k = open - 1; k-- > parse.begin() && open - 1 - k <= kLeadIn;)
    if (is_reporting(d, k)) return k;
  std::size_t close = pronoun + 1;
  while (close < parse.end() && !quote(close)) ++close;
  for (std::size_t k = close + 1; k < parse.end(); ++k)
    if (is_reporting(d, k)) return k;
  return std::nullopt;
}

std::optional<std::size_t> quoted_speaker(const Doc& d, const ParseView& parse, std::size_t pronoun, bool person) {
  const auto verb = saying_verb_of_quote(d, parse, pronoun);
  return verb ? named_speaker_of(d, parse, *verb, person) : std::nullopt;
}

int quote_speaker(const Doc& d, std::size_t t, int sentence) {
  constexpr std::size_t kMaxQuoteTokens = 120, kLeadIn = 4;
  const auto open = quote_opening(d, t, sentence);
  if (!open) return -1;
  std::size_t close = t + 1;
  while (close < d.tokens.tokens.size() && close - t < kMaxQuoteTokens && !quotation_mark(d.tokens.tokens[close].text)) ++close;
  const Sentence* closing = close < d.tokens.tokens.size() ? sentence_containing(d.tokens, close) : nullptr;
  if (closing && quotation_mark(d.tokens.tokens[close].text)) {
    const ParseView parse(d.tokens, *closing);
    for (std::size_t v = close + 1; v < parse.end() && !quotation_mark(d.tokens.tokens[v].text); ++v) {
      if (!is_reporting(d, v)) continue;
      if (const auto named = named_speaker_of(d, parse, v, true)) return d.found.entity_mentions[*named].entity;
      const auto subject = parse.child(v, "nsubj");
      return subject ? speaking_person(d, *subject, static_cast<int>(closing - d.tokens.sentences.data())) : -1;
    }
  }
  const Sentence* opening = sentence_containing(d.tokens, *open);
  if (!opening) return -1;
  const ParseView parse(d.tokens, *opening);
  for (std::size_t k = *open - 1; k-- > parse.begin() && *open - 1 - k <= kLeadIn;)
    if (is_reporting(d, k)) {
      const auto named = named_speaker_of(d, parse, k, true);
      return named ? d.found.entity_mentions[*named].entity : -1;
    }
  return -1;
}

std::optional<std::size_t> person_before(const Doc& d, std::size_t token, int sentence, int not_entity) {
  // (whom a speaker calls "she" in a quote is not the speaker: '"She phones me every evening,"
  // said her mother')
  if (not_entity < 0 && pronoun_gender(lower_at(d, token)))
    if (const int speaker = quote_speaker(d, token, sentence); speaker >= 0) return person_before(d, token, sentence, speaker);
  const char gender = pronoun_gender(lower_at(d, token));
  const auto begin = d.tokens.tokens[token].span.begin;
  const auto& mentions = d.found.entity_mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), begin,
                             [](const EntityMention& m, std::size_t at) { return m.span.begin < at; });
  const auto start_of = [&](int back) {
    return d.tokens.sentences[static_cast<std::size_t>(std::max(0, sentence - back))].span.begin;
  };
  const std::size_t near = start_of(2), far = gender ? start_of(6) : near;
  while (it != mentions.begin()) {
    --it;
    if (it->span.begin < far) break;
    if (it->type != "PERSON" || it->entity == not_entity) continue;
    const char named = d.found.entities[static_cast<std::size_t>(it->entity)].gender;
    const bool fits = it->span.begin >= near ? gender == 0 || named == 0 || named == gender : named == gender;
    const bool plural = d.tokens.tokens[last_token_of(d, *it)].xpos == "NNS";
    if (!fits || (gender && plural)) continue;  // (a common noun's plural is no "he": "Conservative MPs")
    const auto found = static_cast<std::size_t>(it - mentions.begin());
    if (gender && (unnamed_person_reported(d, found, token) || unnamed_subject_between(d, found, token, gender)))
      return std::nullopt;
    const bool earlier = it->span.begin < start_of(0);
    // ('"She was brilliant," said Mayor Anne Lindboe. In 2022 she donated ...': the quote's "she",
    // not its speaker, unless the pronoun says something too: "she added")
    if (earlier && gender && !says_something(d, token))
      if (const auto quoted = pronoun_quoted_by(d, found, gender)) {
        const auto quoted_sentence = sentence_containing(d.tokens, *quoted) - d.tokens.sentences.data();
        if (const auto other = person_before(d, *quoted, static_cast<int>(quoted_sentence), it->entity)) return other;
      }
    // "John Smith beat Erik Lindqvist on Sunday. He sealed the win": a subject pronoun goes on
    // with the subject of the sentence before it, when that is a person it fits; with whom a
    // "she" there stands for, another than the person found after it (pronoun_subject_before)
    if (earlier && d.tokens.tokens[token].deprel.starts_with("nsubj")) {
      if (const auto pronoun = pronoun_subject_before(d, found, gender)) {
        const auto other = person_before(d, *pronoun, sentence_of_mention(d, found), it->entity);
        if (!other || !better_fit(d, found, *other, gender)) return other;
      } else if (const auto subject = person_subject_of_sentence(d, found, gender);
                 subject && !better_fit(d, found, *subject, gender)) {
        return subject;
      }
    }
    return found;
  }
  // (a chain of subject pronouns goes back to whom its first stands for, however far)
  const bool subject = d.tokens.tokens[token].deprel.starts_with("nsubj");
  if (const auto chained = gender && subject && sentence > 0 ? pronoun_subject_of(d, sentence - 1, gender) : std::nullopt)
    return person_before(d, *chained, sentence - 1, not_entity);
  const auto only = gender ? only_person_before(d, begin, gender, not_entity) : std::nullopt;
  return only && !unnamed_subject_between(d, *only, token, gender) ? only : std::nullopt;
}

}  // namespace chronograph::core::titles
