#include "core/events/event_titles.h"

#include <algorithm>

#include "core/events/parse_view.h"
#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

const Sentence* sentence_of(const TokenizedText& tokens, const EventMention& e) {
  return &tokens.sentences[static_cast<std::size_t>(e.sentence)];
}

// What the title and actor rules share about one document.
struct Doc {
  const TokenizedText& tokens;
  const EventLexicon& lexicon;
  const std::vector<char>& in_timex;
  DocumentEvents& found;
  std::vector<int> mention_at;  // token -> entity mention index, -1
  std::vector<int> event_at;    // token -> event index, -1
};

std::string capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string lower_at(const Doc& d, std::size_t i) { return token_lower(d.tokens.tokens[i]); }

// The entity mention ending just before token `end` (exclusive), with conjoined ones before
// it ("Biden and Putin", "France, Germany and Italy"); mention indexes in text order.
std::vector<std::size_t> conjoined_before(const Doc& d, std::size_t mention_token, std::size_t first) {
  std::vector<std::size_t> out;
  int m = d.mention_at[mention_token];
  std::size_t at = mention_token;
  while (m >= 0) {
    out.push_back(static_cast<std::size_t>(m));
    // Walk to the token before the mention's first token.
    while (at > first && d.mention_at[at - 1] == m) --at;
    // "Russian president Vladimir Putin": a title and the place before it belong to the name.
    if (at > first && d.lexicon.is_title(capitalize(d.tokens.tokens[at - 1].text))) {
      --at;
      if (at > first && d.mention_at[at - 1] >= 0) {
        const int place = d.mention_at[at - 1];
        while (at > first && d.mention_at[at - 1] == place) --at;
      }
    }
    if (at < first + 2) break;
    const std::string sep = lower_at(d, at - 1);
    if (sep != "and" && sep != "," && sep != "or") break;
    const int before = d.mention_at[at - 2];
    if (before < 0 || before == m) break;
    m = before;
    at = at - 2;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<std::size_t> parse_actors(const Doc& d, const Sentence& s, std::size_t i) {
  std::vector<std::size_t> out;
  auto add_token = [&](std::size_t t) {
    const int m = d.mention_at[t];
    if (m >= 0 && std::find(out.begin(), out.end(), static_cast<std::size_t>(m)) == out.end())
      out.push_back(static_cast<std::size_t>(m));
  };
  const auto local = static_cast<int>(i - s.first_token);
  auto children = [&](int head, auto&& fn) {
    for (std::size_t c = s.first_token; c < s.first_token + s.token_count; ++c)
      if (d.tokens.tokens[c].head == head) fn(c);
  };
  bool subject = false;
  children(local, [&](std::size_t c) {
    const std::string& rel = d.tokens.tokens[c].deprel;
    const bool subj = rel.rfind("nsubj", 0) == 0 || rel == "obl:agent";
    if (!(subj || rel == "obj" || rel == "iobj" || rel == "nmod:poss" || rel == "compound")) return;
    subject = subject || subj;
    add_token(c);
    children(static_cast<int>(c - s.first_token), [&](std::size_t cc) {
      // "Biden and Russian president Putin": a demonym parsed as a conjunct is a modifier.
      if (d.tokens.tokens[cc].deprel == "conj" && d.tokens.tokens[cc].upos != "ADJ") add_token(cc);
    });
  });
  // "plans to invade": the subject of "plans" is the subject of "invade".
  const Token& t = d.tokens.tokens[i];
  if (!subject && t.deprel == "xcomp" && t.head >= 0)
    for (auto m : parse_actors(d, s, s.first_token + static_cast<std::size_t>(t.head)))
      if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  return out;
}

bool clause_break(const std::string& w) {
  return w == ";" || w == ":" || w == "that" || w == "which" || w == "who" || w == "because" ||
         w == "while" || w == "when" || w == "if" || w == "(" || w == ")" || w == "\"";
}

// Without a parse: the nearest names before the trigger in its clause (the subject) and
// the first name right after it (the object), through conjunctions.
std::vector<std::size_t> window_actors(const Doc& d, const Sentence& s, std::size_t i, bool noun) {
  std::vector<std::size_t> out;
  const std::size_t first = s.first_token, end = s.first_token + s.token_count;
  // Subject: for a noun only its modifiers and possessor ("Russia's invasion", "Russian offensive").
  const std::size_t reach = noun ? 3 : 9;
  for (std::size_t j = i; j > first && i - j < reach;) {
    --j;
    const std::string w = lower_at(d, j);
    if (d.mention_at[j] >= 0) {
      out = conjoined_before(d, j, first);
      break;
    }
    if (clause_break(w) || (w == "," && !noun)) break;
    if (noun && (w == "the" || w == "a" || w == "an" || is_punctuation(w))) break;
    if (!noun && d.event_at[j] >= 0 && j + 1 < i && lower_at(d, j + 1) != "to") break;  // another verb's clause
  }
  // Object or partner: "invade Ukraine", "talks with Putin", "summit between Biden and Putin".
  for (std::size_t j = i + 1; j < end && j < i + 5; ++j) {
    const std::string w = lower_at(d, j);
    if (d.mention_at[j] >= 0) {
      std::size_t last = j;
      while (last + 1 < end && d.mention_at[last + 1] == d.mention_at[j]) ++last;
      for (std::size_t m : conjoined_before(d, last, j)) out.push_back(m);
      // "between Biden and Putin": take the names after the first one too.
      std::size_t k = last + 1;
      while (k + 1 < end && (lower_at(d, k) == "and" || lower_at(d, k) == ",") && d.mention_at[k + 1] >= 0) {
        out.push_back(static_cast<std::size_t>(d.mention_at[k + 1]));
        k += 1;
        while (k < end && d.mention_at[k] == d.mention_at[k - 1]) ++k;
      }
      break;
    }
    if (is_punctuation(w) || d.event_at[j] >= 0 || clause_break(w)) break;
  }
  std::vector<std::size_t> unique;
  for (auto m : out)
    if (std::find(unique.begin(), unique.end(), m) == unique.end()) unique.push_back(m);
  return unique;
}

std::string display_name(const EntityInfo& e) {
  if (e.type == "PERSON") {
    const auto space = e.name.rfind(' ');
    if (space != std::string::npos) return e.name.substr(space + 1);
  }
  return e.name;
}

std::string actor_phrase(const Doc& d, const std::vector<std::size_t>& actors, std::size_t limit_token, bool before_only) {
  std::vector<std::string> names;
  for (auto m : actors) {
    const EntityMention& em = d.found.entity_mentions[m];
    if (before_only && em.span.begin >= d.tokens.tokens[limit_token].span.begin) continue;
    const std::string name = display_name(d.found.entities[static_cast<std::size_t>(em.entity)]);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  std::string out;
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (k > 0) out += k + 1 == names.size() ? " and " : ", ";
    out += names[k];
  }
  return out;
}

bool plural_subject(const Doc& d, const std::vector<std::size_t>& actors, std::size_t trigger) {
  std::size_t n = 0;
  for (auto m : actors) {
    const EntityMention& em = d.found.entity_mentions[m];
    if (em.span.begin >= d.tokens.tokens[trigger].span.begin) continue;
    ++n;
    if (em.type == "GROUP") return true;
  }
  return n > 1;
}

std::string verb_phrase(const std::string& lemma, const std::string& modality, bool has_subject, bool plural) {
  if (modality == "possible") return "may " + lemma;
  if (modality == "hypothetical") return "would " + lemma;
  if (modality == "negated") return (has_subject && !plural ? "does not " : "do not ") + lemma;
  if (!has_subject || plural) return lemma == "be" ? "are" : lemma;
  return third_person(lemma);
}

// Prepositions that keep a title's object phrase going ("talk about ties", "depart for a trip",
// "threatened by the West").
bool title_preposition(const std::string& w) {
  return w == "of" || w == "into" || w == "with" || w == "about" || w == "for" || w == "against" || w == "over" ||
         w == "at" || w == "in" || w == "on" || w == "by";
}

bool is_quote(std::string_view w) {
  return w == "\"" || w == "'" || w == "\u201c" || w == "\u201d" || w == "\u2018" || w == "\u2019";
}

// Up to four content words after token `i` ("a video call" -> "video call"; "to begin an
// offensive" -> "to begin offensive"), stopping at punctuation, dates and clause words.
std::string following_phrase(const Doc& d, const Sentence& s, std::size_t i) {
  std::string out;
  int words = 0;
  const std::size_t end = s.first_token + s.token_count;
  for (std::size_t j = i + 1; j < end && words < 4; ++j) {
    const std::string w = lower_at(d, j);
    if (is_quote(d.tokens.tokens[j].text) && !d.in_timex[j]) continue;  // represented a “red line”
    if (d.in_timex[j] || is_punctuation(w) || clause_break(w)) break;
    if (is_determiner(w) && w != "no") continue;
    if (w == "to" && words == 0) {
      out += "to";
      continue;
    }
    if (d.tokens.tokens[j].deprel == "compound:prt") {  // "picks up demands"
      out += (out.empty() ? "" : " ") + d.tokens.tokens[j].text;
      continue;
    }
    if (d.lexicon.is_function_word(w) && !title_preposition(w)) break;
    if (is_auxiliary(w)) break;
    if (!out.empty()) out += ' ';
    out += d.tokens.tokens[j].text;
    ++words;
  }
  // A dangling preposition ("talks with") says nothing.
  while (!out.empty()) {
    const auto space = out.rfind(' ');
    const std::string last = out.substr(space == std::string::npos ? 0 : space + 1);
    if (last != "to" && !title_preposition(to_lower(last))) break;
    out.erase(space == std::string::npos ? 0 : space);
  }
  return out;
}

// A noun's own phrase: its modifiers and a short complement ("possible Russian offensive into Ukraine").
std::string noun_phrase(const Doc& d, const Sentence& s, std::size_t i, std::size_t* phrase_start) {
  std::size_t start = i;
  while (start > s.first_token && i - start < 3) {
    const std::string w = lower_at(d, start - 1);
    if (d.in_timex[start - 1] || is_punctuation(w) || is_determiner(w) || is_auxiliary(w) || w == "'s" ||
        d.lexicon.is_function_word(w) || d.event_at[start - 1] >= 0)
      break;
    --start;
  }
  if (phrase_start) *phrase_start = start;
  std::string out;
  for (std::size_t j = start; j <= i; ++j) {
    if (!out.empty()) out += ' ';
    out += d.tokens.tokens[j].text;
  }
  const std::size_t end = s.first_token + s.token_count;
  if (i + 2 < end) {
    const std::string prep = lower_at(d, i + 1);
    if (prep == "of" || prep == "into" || prep == "against" || prep == "with" || prep == "between" || prep == "over") {
      std::string rest = following_phrase(d, s, i + 1);
      if (!rest.empty()) out += " " + d.tokens.tokens[i + 1].text + " " + rest;
    }
  }
  return out;
}

bool light_verb(const std::string& lemma) {
  return lemma == "hold" || lemma == "have" || lemma == "make" || lemma == "launch" || lemma == "conduct" ||
         lemma == "stage" || lemma == "begin" || lemma == "start" || lemma == "impose" || lemma == "carry" ||
         lemma == "mount" || lemma == "host" || lemma == "attend" || lemma == "plan";
}

bool relative_pronoun(const std::string& w) { return w == "who" || w == "which" || w == "that"; }

// The subject of a verb from the parse: its nsubj; through a relative pronoun, the noun the
// clause modifies ("an official who spoke"); for a complement or a conjoined verb, the
// subject of the verb it hangs on ("pledged to make", "arrived and spoke").
std::optional<std::size_t> parse_subject(const Doc& d, const ParseView& parse, std::size_t i, int depth = 0) {
  if (const auto subject = parse.child(i, "nsubj")) {
    if (relative_pronoun(lower_at(d, *subject)) && parse.relation_is(i, "acl")) return parse.head(i);
    return subject;
  }
  if (depth < 2 && (parse.relation_is(i, "xcomp") || parse.relation_is(i, "conj")))
    if (const auto head = parse.head(i); head && d.event_at[*head] >= 0) return parse_subject(d, parse, *head, depth + 1);
  return std::nullopt;
}

// "he departed": the last person named before, in this sentence or the two before it.
std::optional<std::size_t> person_before(const Doc& d, std::size_t token, int sentence) {
  const auto begin = d.tokens.tokens[token].span.begin;
  const auto& mentions = d.found.entity_mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), begin,
                             [](const EntityMention& m, std::size_t at) { return m.span.begin < at; });
  const std::size_t floor = d.tokens.sentences[static_cast<std::size_t>(std::max(0, sentence - 2))].span.begin;
  while (it != mentions.begin()) {
    --it;
    if (it->span.begin < floor) break;
    if (it->type == "PERSON") return static_cast<std::size_t>(it - mentions.begin());
  }
  return std::nullopt;
}

bool plural_word(const Token& t, const std::string& lower) {
  return t.xpos == "NNS" || t.xpos == "NNPS" || lower == "two" || lower == "both" || lower == "they" || lower == "we";
}

// A subject that is no name: its modifiers and head ("the two", "Western troops"), a place it is
// "in" or "of" put in front ("intelligence officials in the US" -> "US intelligence officials").
struct CommonSubject {
  std::string phrase;
  bool plural = false;
  std::optional<std::size_t> place;  // the entity mention put in front
};

CommonSubject common_subject(const Doc& d, const ParseView& parse, std::size_t subject) {
  CommonSubject out;
  std::size_t start = subject;
  while (start > parse.begin() && subject - start < 2 && parse.head(start - 1) == subject &&
         (parse.relation_is(start - 1, "amod") || parse.relation_is(start - 1, "compound") || parse.relation_is(start - 1, "nummod")))
    --start;
  // "the two": a number standing for people keeps its article.
  if (start > parse.begin() && d.tokens.tokens[subject].upos == "NUM" && lower_at(d, start - 1) == "the") --start;
  for (std::size_t j = start; j <= subject; ++j) {
    const Token& t = d.tokens.tokens[j];
    if (!out.phrase.empty()) out.phrase += ' ';
    // A capital that only opens the sentence is not part of the word.
    out.phrase += (j == parse.begin() && d.mention_at[j] < 0 && t.upos != "PROPN") ? to_lower(t.text) : t.text;
  }
  out.plural = plural_word(d.tokens.tokens[subject], lower_at(d, subject));
  for (const auto c : parse.children(subject)) {
    if (!parse.relation_is(c, "nmod") || d.mention_at[c] < 0) continue;
    const auto m = static_cast<std::size_t>(d.mention_at[c]);
    out.place = m;
    out.phrase = d.found.entity_mentions[m].text + " " + out.phrase;
    break;
  }
  return out;
}

void add_actor(EventMention& e, std::size_t m) {
  if (std::find(e.actor_mentions.begin(), e.actor_mentions.end(), m) == e.actor_mentions.end()) e.actor_mentions.push_back(m);
  std::sort(e.actor_mentions.begin(), e.actor_mentions.end());
}

// "agreements reached at their summit": a participle modifying a noun has that noun for its
// subject, never a name earlier in the sentence.
// Returns the noun it modifies. A past participle right after a noun, without a subject, is
// one too whatever relation the parser gave it ("the agreements reached in Geneva are").
std::optional<std::size_t> participle_modifier(const Doc& d, const ParseView& parse, std::size_t i) {
  if (parse.child(i, "nsubj")) return std::nullopt;
  if (parse.relation(i) == "acl") return parse.head(i);
  const Token& t = d.tokens.tokens[i];
  if (t.xpos != "VBN" || i == parse.begin()) return std::nullopt;
  const std::string& before = d.tokens.tokens[i - 1].upos;
  if (before == "NOUN") return i - 1;
  return std::nullopt;
}

// "Ukraine will not be allowed to join": a passive keeps its participle ("not allowed").
std::string passive_phrase(const std::string& participle, const std::string& modality) {
  if (modality == "possible") return "may be " + participle;
  if (modality == "hypothetical") return "would be " + participle;
  if (modality == "planned") return "to be " + participle;
  if (modality == "negated") return "not " + participle;
  return participle;
}

// A verb's title: "Subject verb object". With a parse the subject may be a name, a pronoun for
// the last person named, or a common noun phrase; without one, the names before the verb.
void verb_title(Doc& d, const Sentence& s, EventMention& e, bool parsed) {
  const ParseView parse(d.tokens, s);
  const std::string object = following_phrase(d, s, e.token);
  auto finish = [&](std::string title) {
    if (!object.empty()) title += " " + object;
    e.title = capitalize(title);
  };
  if (const auto modified = parsed ? participle_modifier(d, parse, e.token) : std::nullopt) {
    const std::size_t noun = *modified;
    std::erase_if(e.actor_mentions, [&](std::size_t m) { return d.found.entity_mentions[m].span.end <= d.tokens.tokens[noun].span.end; });
    return finish(noun_phrase(d, s, noun, nullptr) + " " + d.tokens.tokens[e.token].text);
  }
  const auto subject = parsed ? parse_subject(d, parse, e.token) : std::nullopt;
  const bool passive = subject && parse.relation(*subject) == "nsubj:pass" && parse.head(*subject) == e.token;
  auto predicate = [&](bool has_subject, bool plural) {
    return passive ? passive_phrase(d.tokens.tokens[e.token].text, e.modality) : verb_phrase(e.lemma, e.modality, has_subject, plural);
  };
  if (subject && d.mention_at[*subject] < 0) {
    const std::string w = lower_at(d, *subject);
    std::optional<std::size_t> person = (w == "he" || w == "she") ? person_before(d, *subject, e.sentence) : std::nullopt;
    if (person) {
      add_actor(e, *person);
      const auto& entity = d.found.entities[static_cast<std::size_t>(d.found.entity_mentions[*person].entity)];
      return finish(display_name(entity) + " " + predicate(true, false));
    }
    const std::string& upos = d.tokens.tokens[*subject].upos;
    const bool nominal = upos.empty() || upos == "NOUN" || upos == "PROPN" || upos == "NUM";
    if (nominal && !d.lexicon.is_function_word(w) && !relative_pronoun(w)) {
      const CommonSubject common = common_subject(d, parse, *subject);
      if (common.place) add_actor(e, *common.place);
      return finish(common.phrase + " " + predicate(true, common.plural));
    }
  }
  const bool plural = plural_subject(d, e.actor_mentions, e.token);
  const std::string names = actor_phrase(d, e.actor_mentions, e.token, true);
  finish((names.empty() ? "" : names + " ") + predicate(!names.empty(), plural));
}

// The named subjects (two or more) of the last event before `e` that had them, over the
// sentence and the four before it: who "their" most likely means ("Biden and Putin will hold
// a call ... their Geneva summit").
std::vector<std::size_t> last_plural_subject(const Doc& d, const EventMention& e) {
  for (auto it = d.found.events.rbegin(); it != d.found.events.rend(); ++it) {
    const EventMention& before = *it;
    if (before.token >= e.token) continue;
    if (before.sentence + 4 < e.sentence) break;
    std::vector<std::size_t> subjects;
    for (const auto m : before.actor_mentions)
      if (d.found.entity_mentions[m].span.begin < before.span.begin) subjects.push_back(m);
    if (subjects.size() >= 2) return subjects;
  }
  return {};
}

// "their Geneva summit", "his visit": a possessive pronoun's people are the noun's actors.
void add_pronoun_possessors(Doc& d, EventMention& e, std::size_t phrase_start) {
  const Sentence& s = *sentence_of(d.tokens, e);
  if (phrase_start <= s.first_token) return;
  const std::string w = lower_at(d, phrase_start - 1);
  std::vector<std::size_t> people;
  if (w == "their") people = last_plural_subject(d, e);
  else if (w == "his" || w == "her")
    if (const auto person = person_before(d, phrase_start - 1, e.sentence)) people.push_back(*person);
  for (const auto m : people) add_actor(e, m);
}

void title_and_actors(Doc& d, EventMention& e) {
  const Sentence& s = *sentence_of(d.tokens, e);
  const bool parsed = d.tokens.tokens[e.token].head >= 0 || !d.tokens.tokens[e.token].deprel.empty();
  const bool noun = e.pos == "NOUN" || e.pos == "ADJECTIVE";
  // The parse finds objects the window misses; the window recovers conjoined subjects the
  // parser attaches elsewhere ("X and Russian president Y will hold").
  e.actor_mentions = window_actors(d, s, e.token, noun);
  if (parsed)
    for (auto m : parse_actors(d, s, e.token))
      if (std::find(e.actor_mentions.begin(), e.actor_mentions.end(), m) == e.actor_mentions.end())
        e.actor_mentions.push_back(m);
  std::sort(e.actor_mentions.begin(), e.actor_mentions.end());
  if (!noun) return verb_title(d, s, e, parsed);
  std::size_t start = e.token;
  const std::string np = noun_phrase(d, s, e.token, &start);
  // "Biden and Putin will hold a video call": the light verb's subject holds the call.
  for (std::size_t j = start; j > s.first_token && start - j < 4;) {
    --j;
    const std::string w = lower_at(d, j);
    if (is_punctuation(w) || clause_break(w)) break;
    const std::string lemma = guess_lemma(d.tokens.tokens[j], d.lexicon);
    if (!light_verb(lemma)) continue;
    // "have found Russian planning": an auxiliary is no light verb; with a parse the noun must be its object.
    if (parsed && !(d.tokens.tokens[e.token].deprel == "obj" && ParseView(d.tokens, s).head(e.token) == j)) continue;
    std::vector<std::size_t> subject = window_actors(d, s, j, false);
    if (subject.empty() && parsed) subject = parse_actors(d, s, j);
    std::erase_if(subject, [&](std::size_t m) { return d.found.entity_mentions[m].span.begin >= d.tokens.tokens[j].span.begin; });
    if (subject.empty()) break;
    for (auto m : subject)
      if (std::find(e.actor_mentions.begin(), e.actor_mentions.end(), m) == e.actor_mentions.end())
        e.actor_mentions.push_back(m);
    const bool plural = plural_subject(d, subject, j);
    e.title = capitalize(actor_phrase(d, subject, j, true) + " " +
                         verb_phrase(lemma, e.modality, true, plural) + " " + np);
    return;
  }
  add_pronoun_possessors(d, e, start);
  // "Russia's invasion": the possessor leads.
  if (start >= s.first_token + 2 && lower_at(d, start - 1) == "'s" && d.mention_at[start - 2] >= 0) {
    const auto m = static_cast<std::size_t>(d.mention_at[start - 2]);
    e.title = capitalize(display_name(d.found.entities[static_cast<std::size_t>(d.found.entity_mentions[m].entity)]) +
                         "'s " + np);
    return;
  }
  e.title = capitalize(np);
}

// Skips the words that may stand between a speaker and the verb: "the Kremlin on Saturday said".
bool between_speaker_and_verb(const Doc& d, std::size_t j) {
  const std::string w = lower_at(d, j);
  return d.in_timex[j] || w == "on" || w == "in" || w == "also" || w == "again" || w == "later" || w == ",";
}

bool named_speaker(const Doc& d, const ParseView& parse, const EventMention& e) {
  if (parse.parsed()) {
    const auto subject = parse.child(e.token, "nsubj");
    return subject && d.mention_at[*subject] >= 0;
  }
  std::size_t j = e.token;
  while (j > parse.begin() && between_speaker_and_verb(d, j - 1)) --j;
  return j > parse.begin() && d.mention_at[j - 1] >= 0;
}

// A time expression on the verb itself ("said on Saturday"), not elsewhere in the sentence.
bool own_date(const Doc& d, const ParseView& parse, const EventMention& e) {
  const std::size_t from = std::max(parse.begin(), e.token >= 4 ? e.token - 4 : 0), to = std::min(parse.end(), e.token + 5);
  for (std::size_t j = from; j < to; ++j)
    if (d.in_timex[j] && (!parse.parsed() || parse.head(j) == e.token)) return true;
  return false;
}

// What a statement reports: its clausal complement, or the clause it is a parenthetical of
// ("The two will talk about ties, the Kremlin said").
std::optional<std::size_t> reported_event(const Doc& d, const ParseView& parse, const EventMention& e) {
  if (!parse.parsed()) return std::nullopt;
  if (const auto c = parse.child(e.token, "ccomp"); c && d.event_at[*c] >= 0) return static_cast<std::size_t>(d.event_at[*c]);
  if (const auto h = parse.head(e.token); h && parse.relation_is(e.token, "parataxis") && d.event_at[*h] >= 0)
    return static_cast<std::size_t>(d.event_at[*h]);
  return std::nullopt;
}

bool starts_with_name(const Doc& d, const std::string& title) {
  for (const auto& entity : d.found.entities) {
    const std::string name = display_name(entity);
    if (title.rfind(name, 0) == 0 && (title.size() == name.size() || title[name.size()] == ' ')) return true;
  }
  return false;
}

// "the Kremlin said on Saturday", "Mr Biden told reporters on Friday": a statement with its own
// date and a named speaker is an event a reader wants on the timeline, titled with what it
// says when it has no object ("Kremlin says the two talk about bilateral ties"); "officials
// said" stays evidence of what it reports.
void keep_dated_statements(Doc& d) {
  for (auto& e : d.found.events) {
    if (e.event_class != "REPORTING") continue;
    const ParseView parse(d.tokens, *sentence_of(d.tokens, e));
    const auto reported = reported_event(d, parse, e);
    if (reported) e.reports = static_cast<int>(*reported);
    if (!e.reporting_evidence || !named_speaker(d, parse, e) || !own_date(d, parse, e)) continue;
    e.reporting_evidence = false;
    if (!reported || !following_phrase(d, *sentence_of(d.tokens, e), e.token).empty()) continue;
    std::string said = d.found.events[*reported].title;
    if (said.empty()) continue;
    if (!starts_with_name(d, said)) said[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(said[0])));
    e.title += " " + said;
  }
}

}  // namespace

void title_events(const TokenizedText& tokens, const EventLexicon& lexicon, const std::vector<char>& in_timex,
                  DocumentEvents& found) {
  Doc d{tokens, lexicon, in_timex, found, std::vector<int>(tokens.tokens.size(), -1),
        std::vector<int>(tokens.tokens.size(), -1)};
  std::size_t t = 0;
  for (std::size_t m = 0; m < found.entity_mentions.size(); ++m) {
    const Span span = found.entity_mentions[m].span;
    while (t < tokens.tokens.size() && tokens.tokens[t].span.end <= span.begin) ++t;
    for (std::size_t k = t; k < tokens.tokens.size() && tokens.tokens[k].span.begin < span.end; ++k)
      d.mention_at[k] = static_cast<int>(m);
  }
  for (std::size_t e = 0; e < found.events.size(); ++e) d.event_at[found.events[e].token] = static_cast<int>(e);
  for (auto& e : found.events) title_and_actors(d, e);
  keep_dated_statements(d);
}

}  // namespace chronograph::core
