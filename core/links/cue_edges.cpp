#include "core/links/cue_edges.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/events/parse_view.h"
#include "core/events/reported_clause.h"
#include "core/events/word_forms.h"
#include "core/links/link_words.h"

namespace chronograph::core {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string word_of(const Token& token) { return lower(token.norm.empty() ? token.text : token.norm); }

bool is_verb(const Token& token) { return token.upos == "VERB" || token.upos == "AUX" || token.xpos.starts_with("VB"); }

// Events by trigger token, within one sentence's token range.
struct SentenceEvents {
  std::map<std::size_t, std::size_t> at;  // token -> event index
};

// "grounded 40 jets built in France because ...": a participle that only modifies a noun (a
// reduced relative, no auxiliary or subject of its own) is no clause a cue hangs on.
bool reduced_relative(const TokenizedText& tokens, const ParseView& parse, std::size_t t) {
  const Token& word = tokens.tokens[t];
  if ((word.xpos != "VBN" && word.xpos != "VBG") || !parse.relation_is(t, "acl") || parse.relation_is(t, "acl:relcl"))
    return false;
  return !parse.child(t, "aux") && !parse.child(t, "aux:pass") && !parse.child(t, "nsubj") && !parse.child(t, "mark");
}

std::optional<std::size_t> event_before(const TokenizedText& tokens, const Sentence& sentence, const SentenceEvents& events,
                                        std::size_t cue) {
  const ParseView parse(tokens, sentence);
  std::optional<std::size_t> nearest;
  for (std::size_t t = cue; t-- > sentence.first_token;) {
    const auto found = events.at.find(t);
    if (found == events.at.end()) continue;
    if (is_verb(tokens.tokens[t]) && !reduced_relative(tokens, parse, t)) return found->second;
    if (!nearest) nearest = found->second;
  }
  return nearest;
}

// "She moved there in the 1930s, and during the war she worked on radar": a phrase a cue's
// preposition opens ("during", "in response to", "because of") tells of the event it hangs on,
// not of the nearest one before the cue.
std::optional<std::size_t> phrase_governor(const TokenizedText& tokens, const Sentence& sentence, const SentenceEvents& events,
                                           std::size_t word) {
  const ParseView parse(tokens, sentence);
  if (!parse.relation_is(word, "case")) return std::nullopt;
  const auto noun = parse.head(word);
  // (only a phrase on a verb: "after 12 people were killed" may be parsed with "after" on the subject)
  const auto governor = noun && parse.relation_is(*noun, "obl") ? parse.head(*noun) : std::nullopt;
  const auto found = governor ? events.at.find(*governor) : events.at.end();
  return found == events.at.end() ? std::nullopt : std::optional(found->second);
}

// "The storm caused floods", "officials said the storm caused floods": a cause verb's subject
// event is what causes, whatever verb stands before it; for a participle, the noun it modifies
// ("damage caused by the storm").
std::optional<std::size_t> subject_event(const TokenizedText& tokens, const Sentence& sentence, const SentenceEvents& events,
                                         std::size_t cue) {
  if (!is_verb(tokens.tokens[cue])) return std::nullopt;
  const ParseView parse(tokens, sentence);
  auto subject = parse.child(cue, "nsubj");
  if (!subject && parse.relation_is(cue, "acl")) subject = parse.head(cue);
  if (!subject || *subject > cue) return std::nullopt;
  const auto found = events.at.find(*subject);
  if (found == events.at.end()) return std::nullopt;
  return found->second;
}

// "Its equipment sparked several fires", "Officials said heavy rain caused floods": a cause
// verb whose subject is a thing (a noun or a name that is no event) names no event as the
// cause, so none before it stands in ("he said it caused floods" still reads back). A participle
// right after its noun has that noun for its subject ("a reward for information leading to the
// recovery"); after a comma it tells of its clause, whatever noun the parser hung it on.
bool thing_causes(const TokenizedText& tokens, const Sentence& sentence, const SentenceEvents& events, std::size_t cue) {
  if (!is_verb(tokens.tokens[cue])) return false;
  const ParseView parse(tokens, sentence);
  auto subject = parse.child(cue, "nsubj");
  const bool after_comma = cue > sentence.first_token && tokens.tokens[cue - 1].text == ",";
  if (!subject && parse.relation_is(cue, "acl") && !after_comma) subject = parse.head(cue);
  if (!subject || parse.relation_is(*subject, "nsubj:pass") || *subject > cue) return false;
  const std::string& upos = tokens.tokens[*subject].upos;
  return (upos == "NOUN" || upos == "PROPN") && !events.at.contains(*subject);
}

// "have not determined what caused the fire", "asked who started it": a cue verb whose subject
// is a question word asks for the cause; no event before it stands in. (A relative clause's
// "that" or "which" is no question: "the storm that caused floods".)
bool cause_asked(const TokenizedText& tokens, const Sentence& sentence, std::size_t cue) {
  if (!is_verb(tokens.tokens[cue])) return false;
  const ParseView parse(tokens, sentence);
  const auto subject = parse.child(cue, "nsubj");
  return subject && *subject < cue && tokens.tokens[*subject].xpos == "WP" && !parse.relation_is(cue, "acl");
}

// "was not caused by arson", "did not lead to a strike", "not because of the storm": a cue the
// text denies links nothing.
bool denied_cue(const TokenizedText& tokens, const Sentence& sentence, std::size_t at) {
  if (at > sentence.first_token && is_negator(word_of(tokens.tokens[at - 1]))) return true;
  if (!is_verb(tokens.tokens[at])) return false;
  const ParseView parse(tokens, sentence);
  for (const std::size_t c : parse.children(at))
    if (parse.relation_is(c, "advmod") && is_negator(word_of(tokens.tokens[c]))) return true;
  return false;
}

// "recorded 14 breaches, but none that caused the truce to collapse", "nobody caused the
// crash": a cue verb that is itself an event told as not happening links nothing.
bool cue_event_negated(const DocumentEvents& events, const SentenceEvents& here, std::size_t at) {
  const auto found = here.at.find(at);
  return found != here.at.end() && events.events[found->second].modality == "negated";
}

// "The fire was caused by arson", "damage caused by the storm", "protests sparked by the
// ruling": a cause verb in the passive names its cause after it, so the link turns round.
// ("by" right after the verb says so even where the tagger took the participle for a past.)
bool passive_cue(const TokenizedText& tokens, const Sentence& sentence, std::size_t at, std::size_t words) {
  if (words != 1 || !is_verb(tokens.tokens[at])) return false;
  const ParseView parse(tokens, sentence);
  if (at + 1 < parse.end() && word_of(tokens.tokens[at + 1]) == "by") return true;
  return tokens.tokens[at].xpos == "VBN" &&
         (parse.child(at, "aux:pass") || parse.child(at, "nsubj:pass") || parse.child(at, "obl:agent"));
}

// "after", "following": cues of order that say a response only when the events do
// (core/links/reaction.h).
bool order_cue(const std::vector<std::string>& words) {
  return words.size() == 1 && (words[0] == "after" || words[0] == "following");
}

// The edge an order cue gives where its phrase is no response (see ordering_phrase).
const std::string kOrderType = "before";

// "comes a decade after a similar find at Sissi, which revealed a complex", "fell after a
// report that showed losses": an event in a relative clause on what the cue names tells about
// it; it is not what the cue names.
bool in_relative_clause(const TokenizedText& tokens, const Sentence& sentence, std::size_t cue, std::size_t event_token) {
  const ParseView parse(tokens, sentence);
  const auto named = parse.head(cue);
  for (auto at = std::optional<std::size_t>(event_token); at && at != named; at = parse.head(*at))
    if (parse.relation_is(*at, "acl:relcl")) return true;
  return false;
}

// "lived in Sudan until shortly after the bombings", "had worked there since after the war": a
// bound word before the cue ("until", "since", at most an adverb between) makes the phrase a
// limit of the event, not something before it.
bool bounded_by_cue(const TokenizedText& tokens, const Sentence& sentence, std::size_t cue) {
  for (std::size_t k = cue; k-- > sentence.first_token && cue - k <= 2;) {
    const std::string word = word_of(tokens.tokens[k]);
    if (word == "until" || word == "till" || word == "since") return true;
    if (tokens.tokens[k].upos != "ADV") return false;
  }
  return false;
}

// "left on Monday and touched down at 2 p.m., after a flight of five hours": a phrase behind a
// later conjunct of the verb the parser hung it on is that conjunct's (the tlink rules order it).
bool behind_a_later_conjunct(const ParseView& parse, std::size_t verb, std::size_t cue) {
  const auto children = parse.children(verb);
  return std::any_of(children.begin(), children.end(),
                     [&](std::size_t c) { return parse.relation_is(c, "conj") && verb < c && c < cue; });
}

// "Following the earthquake, the government declared an emergency", "The ferry sank after the
// collision": an order cue that opens a phrase on the event before it, naming the event after
// it as its noun (not an event of a relative clause on it), says the noun's event came first,
// whether or not it was a response. ("after 5 p.m.", "after she graduated": no event noun
// there, or a clause the tlink rules order.) Whether the order cue at `cue` hangs such a phrase
// naming `after` on `before`, both told as happening ("did not comment after the show" orders
// nothing).
bool ordering_phrase(const TokenizedText& tokens, const Sentence& sentence, const DocumentEvents& events,
                     const SentenceEvents& here, std::size_t cue, std::size_t before, std::size_t after) {
  const ParseView parse(tokens, sentence);
  const auto noun = parse.head(cue);
  const auto after_token = std::find_if(here.at.begin(), here.at.end(), [&](const auto& entry) { return entry.second == after; });
  const bool negated = events.events[before].modality == "negated" || events.events[after].modality == "negated";
  return noun && after_token != here.at.end() && tokens.tokens[*noun].upos == "NOUN" && !negated &&
         !bounded_by_cue(tokens, sentence, cue) && phrase_governor(tokens, sentence, here, cue) == before &&
         !behind_a_later_conjunct(parse, events.events[before].token, cue) &&
         (after_token->first == *noun || parse.within_phrase(after_token->first, *noun)) &&
         !in_relative_clause(tokens, sentence, cue, after_token->first);
}

// "winds kept the helicopter from reaching them", "the flood prevented trucks from reaching the
// town": a verb of preventing names the event of its "from" clause, not the next one after it
// (its object is no event). No such clause, no event ("kept the shop open").
std::optional<std::size_t> prevented_event(const TokenizedText& tokens, const Sentence& sentence, const SentenceEvents& events,
                                           std::size_t cue) {
  const ParseView parse(tokens, sentence);
  for (const std::size_t c : parse.children(cue)) {
    const auto marker = parse.child(c, "mark");
    if (!parse.relation_is(c, "advcl") || !marker || word_of(tokens.tokens[*marker]) != "from") continue;
    const auto found = events.at.find(c);
    return found == events.at.end() ? std::nullopt : std::optional(found->second);
  }
  return std::nullopt;
}

std::optional<std::size_t> event_after(const SentenceEvents& events, std::size_t after_cue, std::size_t end) {
  const auto found = events.at.lower_bound(after_cue);
  if (found == events.at.end() || found->first >= end) return std::nullopt;
  return found->second;
}

// A reporting event's reported clauses: the events it governs as a complement clause or
// parataxis, or the clause before it that it comments on from after a comma ("The quay
// reopened, the harbour master said"), whatever label the parser gave it.
void add_reports(const TokenizedText& tokens, const Sentence& sentence, const DocumentEvents& events,
                 const SentenceEvents& here, int index, std::vector<CueEdge>& edges) {
  const ParseView parse(tokens, sentence);
  for (const auto& [token, event] : here.at) {
    if (events.events[event].event_class != "REPORTING") continue;
    const std::string& cue = tokens.tokens[token].text;
    for (const auto& [other_token, other] : here.at) {
      const bool parataxis = parse.relation_is(other_token, "parataxis") && parse.head(other_token) == token;
      const bool reported = complemented_verb(tokens, parse, other_token) == token || parataxis;
      if (other != event && reported && !parenthetical_report(tokens, parse, other_token))
        edges.push_back({event, other, "reports", cue, index});
    }
    if (!parenthetical_report(tokens, parse, token)) continue;
    if (const auto clause = here.at.find(*parse.head(token)); clause != here.at.end())
      edges.push_back({event, clause->second, "reports", cue, index});
  }
}

// Words for talking something over: their "about/on/over" argument is what they refer to.
bool is_communication(const std::string& lemma) {
  static const std::set<std::string> kCommunication = {"talk", "talks", "discuss", "discussion", "call", "conversation",
                                                       "negotiate", "negotiation", "debate", "speak", "consult",
                                                       "consultation", "meeting", "meet"};
  return kCommunication.count(lemma) > 0;
}

// Whether `token` lies below `top` in the parse of its sentence (`top` itself is not below).
bool below(const TokenizedText& tokens, const Sentence& sentence, std::size_t token, std::size_t top) {
  for (int guard = 0; guard < 64; ++guard) {
    const int head = tokens.tokens[token].head;
    if (head < 0) return false;
    token = sentence.first_token + static_cast<std::size_t>(head);
    if (token == top) return true;
  }
  return false;
}

// The case marker ("about", "at", ...) of each token of a sentence, by its index in the
// sentence: one pass over the sentence, not one per question.
std::vector<std::string> case_words(const TokenizedText& tokens, const Sentence& sentence) {
  std::vector<std::string> out(sentence.token_count);
  for (std::size_t k = sentence.first_token; k < sentence.first_token + sentence.token_count; ++k) {
    const Token& t = tokens.tokens[k];
    if (t.deprel == "case" && t.head >= 0 && static_cast<std::size_t>(t.head) < out.size() &&
        out[static_cast<std::size_t>(t.head)].empty())
      out[static_cast<std::size_t>(t.head)] = word_of(t);
  }
  return out;
}

// "talk about ... the implementation of agreements reached at their Geneva summit": a
// communication event refers to the occasion ("at/in/during" an event) named inside what it
// is about, so the call follows up the summit.
void add_topic_occasions(const TokenizedText& tokens, const Sentence& sentence, const SentenceEvents& here, int index,
                         std::vector<CueEdge>& edges) {
  const std::size_t first = sentence.first_token, end = first + sentence.token_count;
  std::vector<std::string> cases;  // computed for the first communication event only
  for (const auto& [talk_token, talk] : here.at) {
    if (!is_communication(link_lemma(tokens.tokens[talk_token]))) continue;
    if (cases.empty()) cases = case_words(tokens, sentence);
    for (std::size_t topic = first; topic < end; ++topic) {
      const Token& t = tokens.tokens[topic];
      if (t.head < 0 || first + static_cast<std::size_t>(t.head) != talk_token) continue;
      const std::string& topic_case = cases[topic - first];
      if (topic_case != "about" && topic_case != "on" && topic_case != "over") continue;
      for (const auto& [occasion_token, occasion] : here.at) {
        const std::string& occasion_case = cases[occasion_token - first];
        if (occasion == talk || !below(tokens, sentence, occasion_token, topic)) continue;
        if (occasion_case == "at" || occasion_case == "in" || occasion_case == "during")
          edges.push_back({talk, occasion, "refers_to", topic_case + " ... " + occasion_case, index});
      }
    }
  }
}

// The first token of the clause `verb` heads: the earliest word below it, or the verb itself.
std::size_t clause_start(const TokenizedText& tokens, const Sentence& sentence, std::size_t verb) {
  for (std::size_t k = sentence.first_token; k < verb; ++k)
    if (below(tokens, sentence, k, verb)) return k;
  return verb;
}

// "The army denied the accusation, but the rebels delayed the handover in response", "cut wages
// in retaliation": a response phrase that names nothing it answers (no "to" or "for" after it)
// on an event's verb makes that event respond to the event before its clause, a verb's first.
void add_bare_responses(const TokenizedText& tokens, const Sentence& sentence, const SentenceEvents& here, int index,
                        std::vector<CueEdge>& edges) {
  static constexpr std::string_view kResponses[] = {"response", "reaction", "retaliation", "reply"};
  const ParseView parse(tokens, sentence);
  for (std::size_t noun = parse.begin(); noun < parse.end(); ++noun) {
    const std::string word = word_of(tokens.tokens[noun]);
    if (std::find(std::begin(kResponses), std::end(kResponses), word) == std::end(kResponses)) continue;
    const auto opener = parse.child(noun, "case");
    const auto verb = parse.head(noun);
    if (!opener || word_of(tokens.tokens[*opener]) != "in" || !verb || !parse.relation_is(noun, "obl")) continue;
    if (parse.child(noun, "nmod") || parse.child(noun, "acl")) continue;  // ("in response to the floods": that cue's)
    const auto responder = here.at.find(*verb);
    if (responder == here.at.end()) continue;
    const auto earlier = event_before(tokens, sentence, here, clause_start(tokens, sentence, *verb));
    if (earlier && *earlier != responder->second)
      edges.push_back({responder->second, *earlier, "responds_to", "in " + word, index});
  }
}

// "is due to be finished", "was led to believe": a cause or response cue whose "to" marks an
// infinitive is no preposition, and names no cause ("in order to" does want one: it enables).
bool infinitive_after_cause(const TokenizedText& tokens, const std::vector<std::string>& words, const std::string& type,
                            std::size_t at) {
  if (type == "enables" || words.back() != "to") return false;
  const Token& to = tokens.tokens[at + words.size() - 1];
  return to.upos == "PART" || (to.xpos == "TO" && to.deprel == "mark");
}

// "about 400 firefighters", "over 50 people": a cue word that hedges a number (the parse's
// adverbial modifier) is no preposition and names nothing the event is about; "after 12 people
// were killed" still opens a clause.
bool hedges_a_number(const TokenizedText& tokens, const Sentence& sentence, std::size_t at) {
  const Token& word = tokens.tokens[at];
  const std::size_t end = sentence.first_token + sentence.token_count;
  // a number, or a currency sign before one ("about $2.3 million")
  const auto amount = [&](std::size_t k) {
    return k < end && (tokens.tokens[k].upos == "NUM" || (tokens.tokens[k].upos == "SYM" && k + 1 < end &&
                                                           tokens.tokens[k + 1].upos == "NUM"));
  };
  const bool number_next = amount(at + 1);
  const bool on_number = word.head >= 0 && amount(sentence.first_token + static_cast<std::size_t>(word.head));
  if (word.deprel == "advmod") return number_next || on_number;
  // ("about forty firefighters" parsed as a phrase "about" opens: a hedge all the same)
  return word.deprel == "case" && number_next && word_of(word) == "about";
}

// "born after 1970", "took place after midnight, and the protesters went home", "in response
// to the outages, allowing the state to deploy troops": a cue whose last word the parse marks
// as a preposition or subordinator links only to the event that word governs (its head or
// below it), not to the next event in the sentence.
bool governs_other_event(const TokenizedText& tokens, const Sentence& sentence, std::size_t at, std::size_t event_token) {
  // ("because of high winds, and a third was halted": the parse makes "of" part of "because",
  // which governs what the cue names)
  if (tokens.tokens[at].deprel == "fixed" && tokens.tokens[at].head >= 0)
    at = sentence.first_token + static_cast<std::size_t>(tokens.tokens[at].head);
  const Token& word = tokens.tokens[at];
  if ((word.deprel != "case" && word.deprel != "mark") || word.head < 0) return true;
  const std::size_t head = sentence.first_token + static_cast<std::size_t>(word.head);
  // ("suspended because of the pandemic and resumed in March" parsed with "because" on the verb
  // before it: a preposition names what follows it, and a verb there is the next clause's)
  if (word.deprel == "case" && head < at) return !is_verb(tokens.tokens[event_token]);
  if (event_token == head || below(tokens, sentence, event_token, head)) return true;
  // ("after 12 people were killed" parsed with "after" on the clause's subject)
  const Token& phrase = tokens.tokens[head];
  return phrase.deprel.starts_with("nsubj") && phrase.head >= 0 &&
         sentence.first_token + static_cast<std::size_t>(phrase.head) == event_token;
}

}  // namespace

CueLinker CueLinker::load(const DataDir& data) { return load_from(data.data("links/cues.txt")); }

CueLinker CueLinker::load_from(const std::filesystem::path& cue_file) {
  std::vector<Cue> cues;
  for_each_data_line(read_data_file(cue_file), [&](const std::string& line, int number) {
    const auto fields = split_fields(line, '\t');
    const SourcePos where{cue_file.string(), number, 1};
    if (fields.size() != 3 && fields.size() != 4)
      throw ParseError(where, fmt::format("expected 3 or 4 tab-separated fields, found {}", fields.size()), {},
                       "write CUE WORDS<TAB>TYPE<TAB>forward|backward[<TAB>verb|from|prep]", line);
    if (!is_edge_type(fields[1]))
      throw ParseError({cue_file.string(), number, column_of_field(fields, 1)}, fmt::format("unknown edge type '{}'", fields[1]),
                       {}, "write one of " + edge_type_list(), line);
    if (fields[2] != "forward" && fields[2] != "backward")
      throw ParseError({cue_file.string(), number, static_cast<int>(fields[0].size() + fields[1].size()) + 3},
                       fmt::format("unknown order '{}'", fields[2]), {}, "write forward or backward", line);
    if (fields.size() == 4 && fields[3] != "verb" && fields[3] != "from" && fields[3] != "prep")
      throw ParseError({cue_file.string(), number, static_cast<int>(line.size() - fields[3].size()) + 1},
                       fmt::format("unknown word class '{}'", fields[3]), {}, "write verb, from or prep, or leave the field out",
                       line);
    const bool from = fields.size() == 4 && fields[3] == "from";
    const bool prep = fields.size() == 4 && fields[3] == "prep";
    cues.push_back({split_fields(lower(fields[0]), ' '), fields[1], fields[2] == "forward", fields.size() == 4 && !prep, from, prep});
  });
  std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
  return CueLinker(std::move(cues), ReactionWords::load_from(cue_file.parent_path() / "reactions.txt"),
                   OccasionNouns::load_from(cue_file.parent_path() / "occasion_nouns.txt"),
                   OrdinalSeries::load_from(cue_file.parent_path() / "ordinals.txt"),
                   CommandVerbs::load_from(cue_file.parent_path() / "commands.txt"),
                   PhraseCues::load_from(cue_file.parent_path() / "phrase_cues.txt"));
}

std::vector<CueEdge> CueLinker::link(const TokenizedText& tokens, const DocumentEvents& events) const {
  std::vector<CueEdge> edges;
  // Events in token order, walked once alongside the sentences.
  std::vector<std::size_t> by_token(events.events.size());
  for (std::size_t e = 0; e < by_token.size(); ++e) by_token[e] = e;
  std::stable_sort(by_token.begin(), by_token.end(),
                   [&](std::size_t a, std::size_t b) { return events.events[a].token < events.events[b].token; });
  std::size_t next = 0;
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) {
    const auto& sentence = tokens.sentences[s];
    const std::size_t first = sentence.first_token, end = first + sentence.token_count;
    SentenceEvents here;
    while (next < by_token.size() && events.events[by_token[next]].token < first) ++next;
    for (; next < by_token.size() && events.events[by_token[next]].token < end; ++next)
      here.at.emplace(events.events[by_token[next]].token, by_token[next]);
    if (here.at.size() < 2) continue;
    const int index = static_cast<int>(s);
    add_reports(tokens, sentence, events, here, index, edges);
    add_topic_occasions(tokens, sentence, here, index, edges);
    add_bare_responses(tokens, sentence, here, index, edges);
    for (std::size_t t = first; t < end; ++t) {
      for (const auto& cue : cues_) {
        if (t + cue.words.size() > end) continue;
        bool matches = true;
        for (std::size_t k = 0; k < cue.words.size() && matches; ++k) matches = word_of(tokens.tokens[t + k]) == cue.words[k];
        if (!matches || infinitive_after_cause(tokens, cue.words, cue.type, t)) continue;
        if (cue.verb && !is_verb(tokens.tokens[t])) continue;
        if (cue.prep && tokens.tokens[t].deprel != "case" && tokens.tokens[t].deprel != "mark") continue;
        if (cue.words.size() == 1 && hedges_a_number(tokens, sentence, t)) continue;
        const std::size_t last_word = t + cue.words.size() - 1;
        auto before = subject_event(tokens, sentence, here, t);
        if (!before) before = phrase_governor(tokens, sentence, here, t);
        if (!before && !thing_causes(tokens, sentence, here, t) && !cause_asked(tokens, sentence, t)) before = event_before(tokens, sentence, here, t);
        const auto after = cue.from ? prevented_event(tokens, sentence, here, t) : event_after(here, last_word + 1, end);
        const bool governed = after && governs_other_event(tokens, sentence, last_word, events.events[*after].token);
        const bool answered = !order_cue(cue.words) || cue.type != "responds_to" ||
                              (before && after && !in_relative_clause(tokens, sentence, t, events.events[*after].token) &&
                               reactions_.answers(tokens, sentence, events.events[*before].token,
                                                  events.events[*after].token));
        const bool passive = passive_cue(tokens, sentence, t, cue.words.size());
        // ("Following the earthquake, the government declared an emergency": no response, but
        // an event noun the phrase hangs on its event still comes first)
        const bool only_order =
            !answered && before && after && ordering_phrase(tokens, sentence, events, here, t, *before, *after);
        // ("was kept from reaching them by the winds": the preventer stands after the verb; unlinked)
        if (before && after && *before != *after && governed && (answered || only_order) && !denied_cue(tokens, sentence, t) &&
            !cue_event_negated(events, here, t) && !(cue.from && passive)) {
          const std::string words = fmt::format("{}", fmt::join(cue.words, " "));
          const bool forward = !only_order && cue.forward != passive;
          const std::string& type = only_order ? kOrderType : cue.type;
          edges.push_back(forward ? CueEdge{*before, *after, type, words, index}
                                  : CueEdge{*after, *before, type, words, index});
        }
        t += cue.words.size() - 1;
        break;
      }
    }
  }
  for (auto& edge : occasions_.link(tokens, events)) edges.push_back(std::move(edge));
  for (auto& edge : ordinals_.link(tokens, events)) edges.push_back(std::move(edge));
  for (auto& edge : commands_.link(tokens, events)) edges.push_back(std::move(edge));
  for (auto& edge : phrases_.link(tokens, events)) edges.push_back(std::move(edge));
  return edges;
}

}  // namespace chronograph::core
