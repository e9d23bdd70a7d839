#include "core/events/event_extractor.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/events/entity_finder.h"
#include "core/events/event_attributes.h"
#include "core/events/lexicon.h"
#include "core/events/trigger_model.h"
#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

std::vector<char> timex_mask(const TokenizedText& tokens, std::vector<Span> spans) {
  std::vector<char> mask(tokens.tokens.size(), 0);
  std::sort(spans.begin(), spans.end());
  std::size_t k = 0;
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    const Span t = tokens.tokens[i].span;
    while (k < spans.size() && spans[k].end <= t.begin) ++k;
    for (std::size_t j = k; j < spans.size() && spans[j].begin < t.end; ++j)
      if (spans[j].overlaps(t)) mask[i] = 1;
  }
  return mask;
}

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
      if (d.tokens.tokens[cc].deprel == "conj") add_token(cc);
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

// Up to four content words after token `i` ("a video call" -> "video call"; "to begin an
// offensive" -> "to begin offensive"), stopping at punctuation, dates and clause words.
std::string following_phrase(const Doc& d, const Sentence& s, std::size_t i) {
  std::string out;
  int words = 0;
  const std::size_t end = s.first_token + s.token_count;
  for (std::size_t j = i + 1; j < end && words < 4; ++j) {
    const std::string w = lower_at(d, j);
    if (d.in_timex[j] || is_punctuation(w) || clause_break(w)) break;
    if (is_determiner(w) && w != "no") continue;
    if (w == "to" && words == 0) {
      out += "to";
      continue;
    }
    if (d.lexicon.is_function_word(w) && !(words > 0 && (w == "of" || w == "into" || w == "with"))) break;
    if (is_auxiliary(w)) break;
    if (!out.empty()) out += ' ';
    out += d.tokens.tokens[j].text;
    ++words;
  }
  if (out == "to") return {};
  // A dangling preposition ("talks with") says nothing.
  for (auto p : {" of", " into", " with"})
    if (out.size() > 3 && out.ends_with(p)) out.erase(out.size() - std::string_view(p).size());
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
  if (!noun) {
    const bool plural = plural_subject(d, e.actor_mentions, e.token);
    const std::string subject = actor_phrase(d, e.actor_mentions, e.token, true);
    std::string title = subject.empty() ? "" : subject + " ";
    title += verb_phrase(e.lemma, e.modality, !subject.empty(), plural);
    const std::string object = following_phrase(d, s, e.token);
    if (!object.empty()) title += " " + object;
    e.title = capitalize(title);
    return;
  }
  std::size_t start = e.token;
  const std::string np = noun_phrase(d, s, e.token, &start);
  // "Biden and Putin will hold a video call": the light verb's subject holds the call.
  for (std::size_t j = start; j > s.first_token && start - j < 4;) {
    --j;
    const std::string w = lower_at(d, j);
    if (is_punctuation(w) || clause_break(w)) break;
    const std::string lemma = guess_lemma(d.tokens.tokens[j], d.lexicon);
    if (!light_verb(lemma)) continue;
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
  // "Russia's invasion": the possessor leads.
  if (start >= s.first_token + 2 && lower_at(d, start - 1) == "'s" && d.mention_at[start - 2] >= 0) {
    const auto m = static_cast<std::size_t>(d.mention_at[start - 2]);
    e.title = capitalize(display_name(d.found.entities[static_cast<std::size_t>(d.found.entity_mentions[m].entity)]) +
                         "'s " + np);
    return;
  }
  e.title = capitalize(np);
}

void coreference(Doc& d) {
  std::map<std::string, int> groups;
  auto& events = d.found.events;
  for (std::size_t k = 0; k < events.size(); ++k) {
    EventMention& e = events[k];
    std::string key;
    if (e.pos == "NOUN") {
      key = "n:" + d.lexicon.coref_key(e.lemma);
    } else if ((e.lemma == "take" && e.token + 1 < d.tokens.tokens.size() && lower_at(d, e.token + 1) == "place") ||
               e.lemma == "happen" || e.lemma == "occur" || e.lemma == "proceed") {
      // "the conversation will indeed take place": the subject event takes place.
      const Sentence& s = *sentence_of(d.tokens, e);
      for (std::size_t j = e.token; j > s.first_token && e.token - j < 6 && key.empty();) {
        --j;
        const int other = d.event_at[j];
        if (other >= 0 && events[static_cast<std::size_t>(other)].pos == "NOUN")
          key = "n:" + d.lexicon.coref_key(events[static_cast<std::size_t>(other)].lemma);
      }
    }
    if (key.empty()) key = "v:" + to_lower(e.title) + "|" + e.modality;
    auto [it, added] = groups.emplace(key, static_cast<int>(groups.size()));
    e.coref_group = it->second;
  }
}

}  // namespace

EventExtractor::EventExtractor() = default;
EventExtractor::~EventExtractor() = default;
EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor& EventExtractor::operator=(EventExtractor&&) noexcept = default;

EventExtractor EventExtractor::load(const DataDir& data) {
  return load(data.data("events"), data.model("events/trigger.model"));
}

EventExtractor EventExtractor::load(const std::filesystem::path& lexicon_folder, const std::filesystem::path& model_file) {
  EventExtractor x;
  x.lexicon_ = std::make_unique<EventLexicon>(EventLexicon::load_folder(lexicon_folder));
  x.model_ = std::make_unique<TriggerModel>(TriggerModel::load(model_file));
  return x;
}

const EventLexicon& EventExtractor::lexicon() const { return *lexicon_; }

std::vector<EventMention> EventExtractor::triggers(const TokenizedText& tokens, const std::vector<Span>& timex_spans) const {
  std::vector<EventMention> out;
  const std::vector<char> in_timex = timex_mask(tokens, timex_spans);
  std::vector<std::uint64_t> features;
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) {
    const Sentence& sentence = tokens.sentences[s];
    std::optional<ClauseCues> cues;
    for (std::size_t i = sentence.first_token; i < sentence.first_token + sentence.token_count; ++i) {
      const Token& t = tokens.tokens[i];
      if (in_timex[i] || is_punctuation(t.text)) continue;
      features.clear();
      trigger_features(tokens, sentence, i, *lexicon_, in_timex, features);
      const TriggerScores scores = model_->score(features);
      if (scores.label == 0) continue;
      if (!cues) cues = ClauseCues::of(tokens, sentence, *lexicon_);
      EventMention e;
      e.token = i;
      e.span = t.span;
      e.sentence = static_cast<int>(s);
      e.trigger = t.text;
      e.lemma = guess_lemma(t, *lexicon_);
      e.event_class = std::string(kTriggerLabelNames[static_cast<std::size_t>(scores.label)]);
      const EventAttributes a = event_attributes(tokens, sentence, i, *cues, *lexicon_);
      e.tense = a.tense;
      e.aspect = a.aspect;
      e.polarity = a.polarity;
      e.pos = a.pos;
      e.modality = a.modality;
      e.confidence = scores.confidence;
      e.reporting_evidence = e.event_class == "REPORTING";
      out.push_back(std::move(e));
    }
  }
  return out;
}

DocumentEvents EventExtractor::extract(std::string_view /*text*/, const TokenizedText& tokens,
                                       const std::vector<Span>& timex_spans,
                                       std::optional<date::sys_days> /*dct*/) const {
  DocumentEvents found;
  found.events = triggers(tokens, timex_spans);
  const std::vector<char> in_timex = timex_mask(tokens, timex_spans);
  EntityFinder(*lexicon_).find(tokens, in_timex, found);
  Doc d{tokens, *lexicon_, in_timex, found, std::vector<int>(tokens.tokens.size(), -1),
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
  coreference(d);
  return found;
}

std::vector<std::string> DocumentEvents::actor_ids(const EventMention& event) const {
  std::vector<std::string> ids;
  for (auto m : event.actor_mentions) {
    const auto& id = entities[static_cast<std::size_t>(entity_mentions[m].entity)].id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

}  // namespace chronograph::core
