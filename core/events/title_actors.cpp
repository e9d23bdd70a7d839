#include "core/events/title_actors.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/apposed_names.h"
#include "core/events/parse_view.h"
#include "core/events/quote_speakers.h"
#include "core/events/title_words.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"

namespace chronograph::core::titles {

namespace {

// "Per Lindholm, who said ...": the name a relative pronoun subject (token `pronoun`) stands
// for, the one its relative clause hangs on; none when that is no name.
std::optional<std::size_t> antecedent_of_relative(const Doc& d, const Sentence& s, std::size_t pronoun) {
  const std::string w = lower_at(d, pronoun);
  const Token& t = d.tokens.tokens[pronoun];
  if ((w != "who" && w != "which" && w != "that") || t.head < 0) return std::nullopt;
  const Token& verb = d.tokens.tokens[s.first_token + static_cast<std::size_t>(t.head)];
  if (verb.deprel != "acl:relcl" || verb.head < 0) return std::nullopt;
  const std::size_t named = s.first_token + static_cast<std::size_t>(verb.head);
  return d.mention_at[named] >= 0 ? std::optional<std::size_t>(named) : std::nullopt;
}

// The verb whose subject says what the reporting verb `verb` (a sentence index) reports: the
// verb itself, or, when it has no subject of its own and is joined to another verb, that one
// ("The Office in Leeds, where Korval has staff, said it ...", parsed with "said" joined to
// "has": the subject is the Office, before the relative "where").
int speaking_verb(const Doc& d, const Sentence& s, int verb) {
  const Token& v = d.tokens.tokens[s.first_token + static_cast<std::size_t>(verb)];
  for (std::size_t c = s.first_token; c < s.first_token + s.token_count; ++c)
    if (d.tokens.tokens[c].head == verb && d.tokens.tokens[c].deprel.starts_with("nsubj")) return verb;
  return v.deprel == "conj" && v.head >= 0 ? v.head : verb;
}

// "Corvex said it would cut 300 jobs": the pronoun subject of what a statement reports is its
// named speaker, when the pronoun can stand for it ("he" and "she" only for a person, and not
// in a quote: '"She never complained," said Whitby' is another's doing).
template <typename Add>
void add_speaker(const Doc& d, const Sentence& s, std::size_t i, std::size_t pronoun, Add&& add_token) {
  const Token& clause = d.tokens.tokens[i];
  if (clause.deprel != "ccomp" || clause.head < 0) return;
  const std::size_t verb = s.first_token + static_cast<std::size_t>(clause.head);
  if (!is_reporting(d, verb)) return;
  const std::string word = lower_at(d, pronoun);
  if ((word == "he" || word == "she") && inside_quote(d, s, pronoun)) return;
  if (word != "it" && word != "they" && word != "he" && word != "she") return;
  const std::size_t end = s.first_token + s.token_count;
  const int says = speaking_verb(d, s, clause.head);
  bool relative_seen = false;
  for (std::size_t c = s.first_token; c < end; ++c) {
    const Token& speaker = d.tokens.tokens[c];
    // (in a joined verb's clause, a subject after a relative word is the relative clause's)
    if (says != clause.head && speaker.head == says && wh_tagged(speaker)) relative_seen = true;
    if (speaker.head != says || !speaker.deprel.starts_with("nsubj") || relative_seen || speakers_owner_pronoun(d, s, c, pronoun))
      continue;
    // the speaker's name, or the name its head word leads ("Rival Corvex": "Corvex")
    std::optional<std::size_t> name;
    if (d.mention_at[c] >= 0) name = c;
    if (!name) name = antecedent_of_relative(d, s, c);  // "according to Lindholm, who said he ..."
    for (std::size_t k = s.first_token; k < end && !name; ++k) {
      const Token& part = d.tokens.tokens[k];
      const bool under_speaker = part.head >= 0 && s.first_token + static_cast<std::size_t>(part.head) == c;
      if (under_speaker && d.mention_at[k] >= 0 && (part.deprel == "flat" || part.deprel == "appos")) name = k;
    }
    if (name && (word == "he" || word == "she") == is_person(d, *name)) add_token(*name);
  }
}

// A lower-case noun, adjective or "and" of the words that say who a person is ("actor and film
// producer Grant Hollis", "Russian president Putin").
bool role_word_before_name(const Doc& d, std::size_t k) {
  const Token& t = d.tokens.tokens[k];
  if (d.mention_at[k] >= 0 || t.text.empty() || !std::islower(static_cast<unsigned char>(t.text[0]))) return false;
  return t.upos == "NOUN" || t.upos == "ADJ" || t.text == "and";
}

bool subject_pronoun(const std::string& w) {
  return w == "he" || w == "she" || w == "it" || w == "they" || w == "we" || w == "i" || w == "you";
}

// Without a parse: the nearest names before the trigger in its clause (the subject) and
// the first name right after it (the object), through conjunctions.
// Whether the common noun at `j` is the object of a verb that asks it to act ("asked the
// minister", "urged the council"; request_verbs.txt).
bool asked_to_act(const Doc& d, std::size_t j) {
  const Token& t = d.tokens.tokens[j];
  const Sentence* s = sentence_containing(d.tokens, j);
  if (!s || t.upos != "NOUN" || (t.deprel != "obj" && t.deprel != "iobj") || t.head < 0) return false;
  return d.lexicon.is_request_verb(d.tokens.tokens[s->first_token + static_cast<std::size_t>(t.head)].lemma);
}

// "Britain's largest rail union suspended the strike", "Japan's biggest carmaker said": a name
// whose "'s" comes before a superlative (before the verb at `verb`) is where the subject ranks
// first, not who acts.
bool ranks_within(const Doc& d, std::size_t name, std::size_t verb) {
  std::size_t k = name + 1;
  while (k < verb && d.mention_at[k] == d.mention_at[name]) ++k;
  if (k + 1 >= verb || (lower_at(d, k) != "'s" && lower_at(d, k) != "\u2019s")) return false;
  const Token& after = d.tokens.tokens[k + 1];
  return after.xpos == "JJS" || after.xpos == "RBS";
}

// "The club sold midfielder Jonny Price to Hamburg ... and allowed two players to leave": a name
// the parse makes the object of a verb before the verb at `verb` is that verb's, no subject of
// this one (the name's word at `j`, its head word found through the name's own words).
bool object_of_verb_before(const Doc& d, std::size_t j, std::size_t verb) {
  const Sentence* s = sentence_containing(d.tokens, j);
  if (!s) return false;
  std::size_t k = j;
  for (int guard = 0; guard < 8; ++guard) {
    const Token& t = d.tokens.tokens[k];
    if (t.head < 0) return false;
    const std::size_t head = s->first_token + static_cast<std::size_t>(t.head);
    if (d.mention_at[head] != d.mention_at[j]) {
      const Token& h = d.tokens.tokens[head];
      return (t.deprel == "obj" || t.deprel == "iobj") && head < j && head != verb && h.upos == "VERB";
    }
    k = head;
  }
  return false;
}

// Where the surname's first lower-case particle starts in a person's name ("Anouk de Vries":
// "de"), after its first word; npos when it has none.
std::size_t surname_particle_at(const std::string& name) {
  for (auto space = name.find(' '); space != std::string::npos; space = name.find(' ', space + 1))
    if (space + 1 < name.size() && std::islower(static_cast<unsigned char>(name[space + 1]))) return space + 1;
  return std::string::npos;
}

// "II" in "John Paul II", "VIII" in "Henry VIII": a regnal number in Roman numerals.
bool regnal_number(std::string_view word) {
  return !word.empty() && word.find_first_not_of("IVXLC") == std::string_view::npos;
}

// How many times the text names entity `e`.
std::size_t times_named(const Doc& d, const EntityInfo& e) {
  return static_cast<std::size_t>(std::count_if(d.found.entity_mentions.begin(), d.found.entity_mentions.end(), [&](const EntityMention& m) {
    return &d.found.entities[static_cast<std::size_t>(m.entity)] == &e;
  }));
}

// "Margaret Ellison ... her husband David Ellison ... He died in 2011": of people who share a
// surname, the one the text names most (whom the story is about) keeps the surname alone and
// the others are named in full, as news does, so that two people's deaths do not read alike.
// "Liu Wenjie ... Liu won": a person's name that opens with a family name written first
// (family_names_first.txt), or with a word the text calls the person by alone that is no
// first name; that word names them.
std::optional<std::string> family_name_first(const Doc& d, const EntityInfo& e) {
  const auto space = e.name.find(' ');
  if (e.type != "PERSON" || space == std::string::npos) return std::nullopt;
  const std::string first = e.name.substr(0, space);
  if (d.lexicon.is_first_name(first) || d.lexicon.is_title(first)) return std::nullopt;
  const bool called_so = std::find(e.aliases.begin(), e.aliases.end(), first) != e.aliases.end();
  return called_so || d.lexicon.is_family_name_first(first) ? std::optional<std::string>(first) : std::nullopt;
}

// "three East Coast ports", "former Riverton mayor Daniel Keane": a place that only says which
// thing or office is meant (not "US officials", whose place is who they act for).

// Whether a place's or unknown name's last word modifies the next word, a noun that names no
// group, in relation `deprel`.
bool modifies_noun(const Doc& d, std::size_t m, std::string_view deprel) {
  const EntityMention& em = d.found.entity_mentions[m];
  if (em.type != "LOCATION" && em.type != "MISC") return false;
  const auto& tokens = d.tokens.tokens;
  const std::size_t last = last_token_of(d, em);
  return last + 1 < tokens.size() && tokens[last].deprel == deprel && tokens[last + 1].upos == "NOUN" &&
         !d.lexicon.is_group_noun(lower_at(d, last + 1));
}

}  // namespace

const Sentence* sentence_of(const TokenizedText& tokens, const EventMention& e) {
  return &tokens.sentences[static_cast<std::size_t>(e.sentence)];
}

std::vector<std::size_t> conjoined_before(const Doc& d, std::size_t mention_token, std::size_t first) {
  std::vector<std::size_t> out;
  int m = d.mention_at[mention_token];
  std::size_t at = mention_token;
  bool listed = false;
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
    // A list ends in "and" or "or": "France, Germany and Italy"; not "In Vilnius, NATO officials".
    if (sep == "and" || sep == "or") listed = true;
    else if (sep != "," || !listed) break;
    const int before = d.mention_at[at - 2];
    if (before < 0 || before == m) break;
    m = before;
    at = at - 2;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::optional<std::size_t> speakers_owner_pronoun(const Doc& d, const Sentence& s, std::size_t speaker, std::size_t pronoun) {
  const std::string word = lower_at(d, pronoun);
  const std::string owner = word == "she" ? "her" : word == "he" ? "his" : "";
  if (owner.empty()) return std::nullopt;
  for (std::size_t c = s.first_token; c < speaker; ++c) {
    const Token& t = d.tokens.tokens[c];
    if (t.head >= 0 && s.first_token + static_cast<std::size_t>(t.head) == speaker && t.deprel == "nmod:poss" &&
        lower_at(d, c) == owner)
      return c;
  }
  return std::nullopt;
}

bool wh_tagged(const Token& t) { return t.xpos == "WRB" || t.xpos == "WP" || t.xpos == "WDT"; }

std::optional<std::size_t> for_controller(const Doc& d, const ParseView& parse, std::size_t infinitive) {
  static const std::set<std::string> kTimeNouns = {"second", "minute", "hour", "day",   "week", "month",
                                                   "year",   "decade", "time", "while", "ages", "moment"};
  const auto verb = parse.head(infinitive);
  const auto to = parse.child(infinitive, "mark");
  if (!verb || !to || lower_at(d, *to) != "to") return std::nullopt;
  if (!parse.relation_is(infinitive, "xcomp") && !parse.relation_is(infinitive, "advcl")) return std::nullopt;
  std::optional<std::size_t> found;
  for (const std::size_t c : parse.children(*verb))
    if (c < infinitive && parse.relation_is(c, "obl") && !kTimeNouns.count(d.tokens.tokens[c].lemma))
      if (const auto case_word = parse.child(c, "case"); case_word && lower_at(d, *case_word) == "for") found = c;
  return found;
}

std::optional<std::size_t> infinitive_conjunct_of(const ParseView& parse, const Doc& d, std::size_t i) {
  const auto to_mark = [&](std::size_t verb) {
    const auto mark = parse.child(verb, "mark");
    return mark && lower_at(d, *mark) == "to";
  };
  const auto head = parse.head(i);
  if (!parse.relation_is(i, "conj") || !head || !to_mark(i) || to_mark(*head)) return std::nullopt;
  std::optional<std::size_t> found;
  for (const std::size_t c : parse.children(*head))
    if (c < i && parse.relation_is(c, "xcomp") && to_mark(c)) found = c;
  return found;
}

bool misparsed_name_subject(const Doc& d, const ParseView& parse, std::size_t subject) {
  return d.mention_at[subject] >= 0 && after_preposition(d, subject, parse.begin());
}

std::vector<std::size_t> parse_actors(const Doc& d, const Sentence& s, std::size_t i) {
  if (const auto earlier = infinitive_conjunct_of(ParseView(d.tokens, s), d, i)) return parse_actors(d, s, *earlier);
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
  std::optional<std::size_t> pronoun_subject;
  children(local, [&](std::size_t c) {
    const std::string& rel = d.tokens.tokens[c].deprel;
    const bool subj = rel.rfind("nsubj", 0) == 0 || rel == "obl:agent";
    if (rel.starts_with("nsubj") && misparsed_name_subject(d, ParseView(d.tokens, s), c)) return;
    if (!(subj || rel == "obj" || rel == "iobj" || rel == "nmod:poss" || rel == "compound")) return;
    subject = subject || subj;
    if (subj && d.tokens.tokens[c].upos == "PRON") pronoun_subject = c;
    add_token(c);
    children(static_cast<int>(c - s.first_token), [&](std::size_t cc) {
      // "Biden and Russian president Putin": a demonym parsed as a conjunct is a modifier; "the
      // chief executive of Lumera, Daniel Okoye,": a name in apposition is the same participant.
      const Token& child = d.tokens.tokens[cc];
      if ((child.deprel == "conj" && child.upos != "ADJ") || (child.deprel == "appos" && !names_a_kind(d, cc))) add_token(cc);
    });
  });
  // "plans to invade": the subject of "plans" is the subject of "invade".
  const Token& t = d.tokens.tokens[i];
  // ("asked the minister to attend": the one asked, not the asker, request_verbs.txt)
  const std::size_t head = s.first_token + static_cast<std::size_t>(std::max(0, t.head));
  std::optional<std::size_t> asked;
  if (!subject && t.deprel == "xcomp" && t.head >= 0 && d.lexicon.is_request_verb(d.tokens.tokens[head].lemma))
    children(t.head, [&](std::size_t c) {
      const std::string& rel = d.tokens.tokens[c].deprel;
      if (rel == "obj" || rel == "iobj") asked = c;
    });
  if (!asked && !subject && t.head >= 0) asked = for_controller(d, ParseView(d.tokens, s), i);
  if (asked) add_token(*asked);
  else if (!subject && t.deprel == "xcomp" && t.head >= 0)
    for (auto m : parse_actors(d, s, head))
      if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  if (pronoun_subject && out.empty()) add_speaker(d, s, i, *pronoun_subject, add_token);
  return out;
}

bool clause_break(const std::string& w) {
  return w == ";" || w == ":" || w == "that" || w == "which" || w == "who" || w == "because" ||
         w == "while" || w == "when" || w == "if" || w == "(" || w == ")" || w == "\"";
}

bool after_preposition(const Doc& d, std::size_t j, std::size_t first) {
  std::size_t k = j;
  while (k > first && d.mention_at[k - 1] == d.mention_at[j]) --k;
  // (a comma may close an opening phrase instead: "In Vilnius, Lithuania and Poland signed")
  if (k >= first + 2 && d.mention_at[k - 2] >= 0 && (lower_at(d, k - 1) == "and" || lower_at(d, k - 1) == "or")) {
    k -= 2;
    while (k > first && d.mention_at[k - 1] == d.mention_at[k]) --k;
  }
  // ("the trial of actor and film producer Grant Hollis ended": the lower-case roles before the
  // name are of the preposition's phrase too)
  for (int role = 0; role < 5 && k > first && role_word_before_name(d, k - 1); ++role) --k;
  if (k > first && lower_at(d, k - 1) == "the") --k;
  if (k == first) return false;
  static const char* const kPrepositions[] = {"to", "from", "in", "at", "into", "on", "for", "with", "by", "of", "near", "against"};
  const std::string w = lower_at(d, k - 1);
  return std::any_of(std::begin(kPrepositions), std::end(kPrepositions), [&](const char* p) { return w == p; });
}

bool ranked_first(const Doc& d, const ParseView& parse, std::size_t noun) {
  for (const auto c : parse.children(noun)) {
    if (d.tokens.tokens[c].xpos == "JJS") return true;
    if (const auto most = parse.child(c, "advmod"); most && d.tokens.tokens[*most].xpos == "RBS") return true;
  }
  return false;
}

std::vector<std::size_t> window_actors(const Doc& d, const Sentence& s, std::size_t i, bool noun) {
  std::vector<std::size_t> out;
  const std::size_t first = s.first_token, end = s.first_token + s.token_count;
  // Subject: for a noun only its modifiers and possessor ("Russia's invasion", "Russian offensive").
  const std::size_t reach = noun ? 3 : 9;
  for (std::size_t j = i; j > first && i - j < reach;) {
    --j;
    const std::string w = lower_at(d, j);
    // "moved to Canada in 1975 to work" (not "called on Moreau to reopen": the name right before "to")
    const bool controller = j + 2 == i && lower_at(d, j + 1) == "to";
    if (d.mention_at[j] >= 0 && !noun && !controller && after_preposition(d, j, first)) continue;
    if (d.mention_at[j] >= 0 && !noun && object_of_verb_before(d, j, i)) break;
    if (d.mention_at[j] >= 0) {
      if (!noun && ranks_within(d, j, i)) break;
      out = conjoined_before(d, j, first);
      break;
    }
    if (clause_break(w) || (w == "," && !noun)) break;
    // "Crowe told the court he had never taken any money": a subject pronoun is the verb's
    // subject; the names before it belong to the clause that reports it
    if (!noun && subject_pronoun(w)) break;
    // "Anna Brecht asked the transport minister to attend": the one asked does it, not the asker
    if (!noun && j + 2 == i && lower_at(d, j + 1) == "to" && asked_to_act(d, j)) break;
    if (noun && (w == "the" || w == "a" || w == "an" || is_punctuation(w))) break;
    if (!noun && d.event_at[j] >= 0 && j + 1 < i && lower_at(d, j + 1) != "to") break;  // another verb's clause
  }
  // Object or partner: "invade Ukraine", "talks with Putin", "summit between Biden and Putin";
  // past a place that only says which office is meant ("sentenced former Riverton mayor Daniel Keane").
  for (std::size_t j = i + 1; j < end && j < i + 5; ++j) {
    const std::string w = lower_at(d, j);
    if (d.mention_at[j] >= 0 && modifies_a_thing(d, static_cast<std::size_t>(d.mention_at[j]))) continue;
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
    // ("continued until FBI agents searched the office": the agents are the searching's)
    if (is_punctuation(w) || d.event_at[j] >= 0 || clause_break(w) || w == "until" || w == "till") break;
  }
  std::vector<std::size_t> unique;
  for (auto m : out)
    if (std::find(unique.begin(), unique.end(), m) == unique.end()) unique.push_back(m);
  return unique;
}

std::string display_name(const EntityInfo& e) {
  if (e.type != "PERSON") return e.name;
  const auto space = e.name.rfind(' ');
  if (space == std::string::npos || regnal_number(std::string_view(e.name).substr(space + 1)) ||
      e.name.find(" of ") != std::string::npos)
    return e.name;
  std::string surname = e.name.substr(space + 1);
  if (const auto particle = surname_particle_at(e.name); particle < space) surname = capitalize(e.name.substr(particle));
  for (const std::string& alias : e.aliases)
    if (alias.size() > surname.size() && alias.size() < e.name.size() && e.name.ends_with(" " + alias)) surname = alias;
  return surname;
}

std::string display_name(const Doc& d, const EntityInfo& e) {
  if (auto family = family_name_first(d, e)) return std::move(*family);
  std::string shown = display_name(e);
  if (e.type != "PERSON" || shown == e.name) return shown;
  std::size_t own = 0;
  for (const EntityInfo& other : d.found.entities) {
    if (&other == &e || other.type != "PERSON" || other.name == e.name || display_name(other) != shown) continue;
    if (own == 0) own = times_named(d, e);
    if (times_named(d, other) >= own) return e.name;
  }
  return shown;
}

bool modifies_a_thing(const Doc& d, std::size_t m) { return modifies_noun(d, m, "compound"); }

bool describes_a_thing(const Doc& d, std::size_t m) { return modifies_noun(d, m, "amod"); }

void add_actor(EventMention& e, std::size_t m) {
  if (std::find(e.actor_mentions.begin(), e.actor_mentions.end(), m) == e.actor_mentions.end()) e.actor_mentions.push_back(m);
  std::sort(e.actor_mentions.begin(), e.actor_mentions.end());
}

}  // namespace chronograph::core::titles
