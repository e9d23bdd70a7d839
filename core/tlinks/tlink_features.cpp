#include "core/tlinks/tlink_features.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"
#include "core/text/modal_verbs.h"
#include "core/timeml/tlink_relation.h"
#include "core/timex/timex.h"

namespace chronograph::core {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Words that signal a temporal relation between two mentions (TimeML SIGNAL), by hand.
bool is_signal(const std::string& word) {
  static const std::set<std::string> kSignals = {
      "before", "after", "during", "since", "until", "till", "while", "when", "as", "then",
      "following", "prior", "by", "earlier", "later", "meanwhile", "once", "ago", "previously",
      "already", "now", "yet", "still", "soon", "recently", "subsequently", "until", "amid",
      "within", "throughout", "from", "to", "on", "in", "at", "for", "over", "next", "last"};
  return kSignals.count(word) > 0;
}

std::size_t token_at(const TokenizedText& tokens, std::size_t byte) {
  const auto& t = tokens.tokens;
  auto it = std::upper_bound(t.begin(), t.end(), byte, [](std::size_t b, const Token& tok) { return b < tok.span.begin; });
  if (it == t.begin()) return 0;
  --it;
  auto index = static_cast<std::size_t>(it - t.begin());
  if (byte >= it->span.end && index + 1 < t.size()) ++index;  // in the space after: the next token
  return index;
}

std::string bucket(std::size_t distance) {
  if (distance <= 1) return "1";
  if (distance <= 3) return "2-3";
  if (distance <= 6) return "4-6";
  if (distance <= 12) return "7-12";
  return "13+";
}

std::string count_bucket(std::size_t count) { return count < 3 ? std::to_string(count) : "3+"; }

std::string or_none(const std::string& s) { return s.empty() ? "NONE" : s; }

// Where a timex value falls relative to the DCT.
std::string relation_to_dct(const TlinkContext& c, std::size_t t) {
  const auto& timex = c.input().timexes[t];
  if (timex.value == "PRESENT_REF") return "present";
  if (timex.value == "PAST_REF") return "past";
  if (timex.value == "FUTURE_REF") return "future";
  if (timex.type == "DURATION") return "duration";
  if (timex.type == "SET") return "set";
  const auto& interval = c.timex_interval(t);
  if (!interval || !c.input().dct) return "unknown";
  const date::sys_days dct = *c.input().dct;
  if (interval->end < dct) return "before";
  if (interval->start > dct) return "after";
  if (interval->start == dct && interval->end == dct) return "same";
  return "includes";
}

std::string granularity(const std::string& value) {
  if (value.size() == 4) return "year";
  if (value.size() == 7) return value[5] == 'Q' ? "quarter" : "month";
  if (value.size() == 10) return "day";
  if (value.size() > 10) return "time";
  return fmt::format("len{}", value.size());
}

void add_event(const TlinkContext& c, std::vector<std::string>& f, const std::string& p, std::size_t e) {
  const auto& ev = c.input().events[e];
  const Token& tok = c.token(c.event_token(e));
  const std::string lemma = lower(tok.lemma.empty() ? tok.norm : tok.lemma);
  f.push_back(p + "class=" + or_none(ev.event_class));
  f.push_back(p + "tense=" + or_none(ev.tense));
  f.push_back(p + "aspect=" + or_none(ev.aspect));
  f.push_back(p + "ta=" + or_none(ev.tense) + "/" + or_none(ev.aspect));
  f.push_back(p + "tac=" + or_none(ev.tense) + "/" + or_none(ev.aspect) + "/" + or_none(ev.event_class));
  f.push_back(p + "pol=" + or_none(ev.polarity));
  f.push_back(p + "pos=" + or_none(ev.pos));
  f.push_back(p + "lemma=" + lemma);
  f.push_back(p + "xpos=" + tok.xpos);
  f.push_back(p + "dep=" + tok.deprel);
  for (const auto& aux : c.aux_of(c.event_token(e))) f.push_back(p + "aux=" + aux);
  for (const auto& m : c.markers_of(c.event_token(e))) f.push_back(p + "mark=" + m);
  if (const auto head = c.head_of(c.event_token(e)))
    f.push_back(p + "head=" + lower(c.token(*head).lemma.empty() ? c.token(*head).norm : c.token(*head).lemma));
}

void add_timex(const TlinkContext& c, std::vector<std::string>& f, const std::string& p, std::size_t t) {
  const auto& timex = c.input().timexes[t];
  const std::string rel = relation_to_dct(c, t);
  f.push_back(p + "ttype=" + timex.type);
  f.push_back(p + "tdct=" + rel);
  f.push_back(p + "tgran=" + granularity(timex.value));
  f.push_back(p + "ttype_dct=" + timex.type + "/" + rel);
  f.push_back(p + "tword=" + lower(c.token(c.timex_head(t)).norm));
  const auto markers = c.markers_of(c.timex_head(t));
  for (const auto& m : markers) {
    f.push_back(p + "tprep=" + m);
    f.push_back(p + "tprep_dct=" + m + "/" + rel);
  }
  if (markers.empty()) f.push_back(p + "tprep=NONE");
  f.push_back(p + "tdep=" + c.token(c.timex_head(t)).deprel);
}

// Dependency path a -> lowest common ancestor -> b, as deprels ("obl<" up, ">advcl" down).
std::string dependency_path(const TlinkContext& c, std::size_t a, std::size_t b) {
  std::vector<std::size_t> up_a{a}, up_b{b};
  for (auto h = c.head_of(a); h && up_a.size() < 20; h = c.head_of(*h)) up_a.push_back(*h);
  for (auto h = c.head_of(b); h && up_b.size() < 20; h = c.head_of(*h)) up_b.push_back(*h);
  for (std::size_t i = 0; i < up_a.size(); ++i) {
    const auto it = std::find(up_b.begin(), up_b.end(), up_a[i]);
    if (it == up_b.end()) continue;
    const auto j = static_cast<std::size_t>(it - up_b.begin());
    if (i > 4 || j > 4) return "long";
    std::string path;
    for (std::size_t k = 0; k < i; ++k) path += c.token(up_a[k]).deprel + "<";
    path += "|";
    for (std::size_t k = j; k-- > 0;) path += ">" + c.token(up_b[k]).deprel;
    return path;
  }
  return "none";
}

void add_pair(const TlinkContext& c, std::vector<std::string>& f, std::size_t ta, std::size_t tb) {
  const std::size_t lo = std::min(ta, tb), hi = std::max(ta, tb);
  f.push_back(std::string("order=") + (ta < tb ? "ab" : "ba"));
  f.push_back("dist=" + bucket(hi - lo));
  const std::string path = dependency_path(c, ta, tb);
  f.push_back("path=" + path);
  if (c.head_of(tb) == ta) f.push_back("a_governs_b");
  if (c.head_of(ta) == tb) f.push_back("b_governs_a");
  // Signal words between the two, within one sentence (across sentences they say little).
  if (c.sentence_of(lo) != c.sentence_of(hi)) {
    f.push_back("sig=ACROSS");
  } else {
    int signals = 0;
    for (std::size_t k = lo + 1; k < hi; ++k) {
      const std::string& w = c.signal(k);
      if (w.empty()) continue;
      f.push_back("sig=" + w);
      ++signals;
    }
    if (signals == 0) f.push_back("sig=NONE");
  }
  if (lo + 1 == hi) f.push_back("adjacent");
}

// Where an event sits in its clause and sentence: main event or not, what governs it.
void add_clause(const TlinkContext& c, std::vector<std::string>& f, const std::string& p, std::size_t e) {
  const std::size_t token = c.event_token(e);
  const auto& ev = c.input().events[e];
  const std::string role = c.is_main_event(e) ? "main" : "sub";
  f.push_back(p + role);
  f.push_back(p + role + "_tac=" + or_none(ev.tense) + "/" + or_none(ev.aspect) + "/" + or_none(ev.event_class));
  f.push_back(p + "depth=" + bucket(static_cast<std::size_t>(c.depth_of(token))));
  const auto head = c.head_of(token);
  if (!head) return;
  if (const auto governor = c.event_at(*head)) {
    const auto& g = c.input().events[*governor];
    f.push_back(p + "gov_class=" + or_none(g.event_class));
    f.push_back(p + "gov_class_dep=" + or_none(g.event_class) + "/" + c.token(token).deprel);
    f.push_back(p + "gov_tense=" + or_none(g.tense) + "/" + or_none(ev.tense));
  } else {
    f.push_back(p + "gov=none");
  }
}

// How close an event is to a time expression compared with the sentence's other events:
// annotators link a time expression to the event it modifies, mostly the nearest.
void add_timex_nearness(const TlinkContext& c, std::vector<std::string>& f, std::size_t e, std::size_t t) {
  const std::size_t head = c.timex_head(t), token = c.event_token(e);
  const std::size_t distance = token < head ? head - token : token - head;
  // The sentence's events in token order: count those within a token range by binary search.
  const auto& events = c.events_near(token);
  auto count_in = [&](std::size_t first, std::size_t last) {  // tokens first..last, inclusive
    if (first > last) return std::size_t{0};
    const auto below = [&](std::size_t other, std::size_t k) { return c.event_token(other) < k; };
    const auto begin = std::lower_bound(events.begin(), events.end(), first, below);
    const auto end = std::lower_bound(events.begin(), events.end(), last + 1, below);
    return static_cast<std::size_t>(end - begin);
  };
  const std::size_t closer = distance == 0 ? 0 : count_in(head + 1 > distance ? head + 1 - distance : 0, head + distance - 1);
  const std::size_t between = count_in(std::min(head, token) + 1, std::max(head, token) - 1);
  f.push_back("rank=" + count_bucket(closer));
  f.push_back("between=" + count_bucket(between));
  f.push_back("rank_dir=" + count_bucket(closer) + (token < head ? "<" : ">"));
  for (const auto& m : c.markers_of(head)) f.push_back("rank_prep=" + count_bucket(closer) + "/" + m);
}

bool dated(const TlinkInput& in, std::size_t t) {
  return in.timexes[t].type == "DATE" || in.timexes[t].type == "TIME";
}

}  // namespace

std::string_view to_string(TlinkPairKind kind) {
  static constexpr std::array<std::string_view, kTlinkPairKinds> kNames = {
      "event-dct", "event-timex", "event-event", "cross-sentence", "prior-timex", "same-word"};
  return kNames[static_cast<std::size_t>(kind)];
}

TlinkContext::TlinkContext(const TlinkInput& input) : input_(input) {
  const TokenizedText& text = *input.tokens;
  sentence_of_.assign(text.tokens.size(), 0);
  for (std::size_t s = 0; s < text.sentences.size(); ++s)
    for (std::size_t k = 0; k < text.sentences[s].token_count; ++k)
      if (text.sentences[s].first_token + k < sentence_of_.size())
        sentence_of_[text.sentences[s].first_token + k] = static_cast<int>(s);
  // Dependents and depths once: every candidate asks for them, and a sentence of thousands of
  // tokens must not be scanned per candidate.
  dependents_.resize(text.tokens.size());
  for (std::size_t k = 0; k < text.tokens.size(); ++k)
    if (const auto h = head_of(k)) dependents_[*h].push_back(k);
  signal_.resize(text.tokens.size());
  for (std::size_t k = 0; k < text.tokens.size(); ++k)
    if (std::string w = lower(text.tokens[k].norm); is_signal(w)) signal_[k] = std::move(w);
  depth_.assign(text.tokens.size(), -1);
  for (std::size_t k = 0; k < text.tokens.size(); ++k) {
    std::vector<std::size_t> path;  // k and the heads above it whose depth is not known yet
    std::optional<std::size_t> at = k;
    while (at && depth_[*at] < 0 && path.size() <= text.tokens.size()) path.push_back(*at), at = head_of(*at);
    int depth = at && depth_[*at] >= 0 ? depth_[*at] + 1 : 0;
    for (auto it = path.rbegin(); it != path.rend(); ++it) depth_[*it] = std::min(depth++, 50);
  }
  for (const auto& e : input.events) event_token_.push_back(std::min(e.token, text.tokens.empty() ? 0 : text.tokens.size() - 1));
  for (const auto& t : input.timexes) {
    std::size_t first = token_at(text, t.span.begin), head = first;
    for (std::size_t k = first; k < text.tokens.size() && text.tokens[k].span.begin < t.span.end; ++k) {
      head = k;
      const auto h = head_of(k);
      if (!h || text.tokens[*h].span.begin < t.span.begin || text.tokens[*h].span.begin >= t.span.end) break;
    }
    timex_head_.push_back(head);
    timex_interval_.push_back(interval_of_value(t.value));
  }
  timexes_by_sentence_.resize(text.sentences.size() + 1);
  for (std::size_t t = 0; t < timex_head_.size(); ++t)
    if (timex_head_[t] < sentence_of_.size())
      timexes_by_sentence_[static_cast<std::size_t>(sentence_of_[timex_head_[t]])].push_back(t);
  events_by_sentence_.resize(text.sentences.size() + 1);
  for (std::size_t e = 0; e < event_token_.size(); ++e) {
    event_at_token_.emplace(event_token_[e], e);
    if (event_token_[e] < sentence_of_.size())
      events_by_sentence_[static_cast<std::size_t>(sentence_of_[event_token_[e]])].push_back(e);
  }
  for (auto& events : events_by_sentence_)
    std::stable_sort(events.begin(), events.end(), [&](std::size_t a, std::size_t b) { return event_token_[a] < event_token_[b]; });
  // The main event of a sentence: the one nearest the root of its parse, the first on ties.
  main_event_.assign(events_by_sentence_.size(), kNoEvent);
  for (std::size_t s = 0; s < events_by_sentence_.size(); ++s)
    for (std::size_t e : events_by_sentence_[s])
      if (main_event_[s] == kNoEvent || depth_of(event_token(e)) < depth_of(event_token(main_event_[s]))) main_event_[s] = e;
}

const std::vector<std::size_t>& TlinkContext::events_near(std::size_t token) const {
  static const std::vector<std::size_t> kNone;
  if (token >= sentence_of_.size()) return kNone;
  return events_by_sentence_[static_cast<std::size_t>(sentence_of_[token])];
}

std::optional<std::size_t> TlinkContext::event_at(std::size_t token) const {
  const auto it = event_at_token_.find(token);
  if (it == event_at_token_.end()) return std::nullopt;
  return it->second;
}

bool TlinkContext::is_main_event(std::size_t e) const {
  const std::size_t token = event_token(e);
  return token < sentence_of_.size() && main_event_[static_cast<std::size_t>(sentence_of_[token])] == e;
}

const std::vector<std::size_t>& TlinkContext::timexes_near(std::size_t token) const {
  static const std::vector<std::size_t> kNone;
  if (token >= sentence_of_.size()) return kNone;
  return timexes_by_sentence_[static_cast<std::size_t>(sentence_of_[token])];
}

std::size_t TlinkContext::sentence_first(std::size_t token) const {
  const auto& sentences = input_.tokens->sentences;
  if (sentences.empty()) return 0;
  return sentences[static_cast<std::size_t>(sentence_of(token))].first_token;
}

std::optional<std::size_t> TlinkContext::head_of(std::size_t token) const {
  const Token& t = input_.tokens->tokens[token];
  if (t.head < 0 || input_.tokens->sentences.empty()) return std::nullopt;
  const std::size_t head = sentence_first(token) + static_cast<std::size_t>(t.head);
  if (head >= token_count() || head == token) return std::nullopt;
  return head;
}

int TlinkContext::depth_of(std::size_t token) const { return depth_[token]; }

std::vector<std::pair<std::size_t, std::string>> TlinkContext::marker_tokens(std::size_t token) const {
  std::vector<std::pair<std::size_t, std::string>> out;
  if (input_.tokens->sentences.empty()) return out;
  for (std::size_t k : dependents_[token]) {
    const Token& t = this->token(k);
    if (t.deprel == "case" || t.deprel == "mark") out.emplace_back(k, lower(t.lemma.empty() ? t.norm : t.lemma));
  }
  return out;
}

std::vector<std::string> TlinkContext::markers_of(std::size_t token) const {
  std::vector<std::string> out;
  if (input_.tokens->sentences.empty()) return out;
  for (auto& [k, word] : marker_tokens(token)) out.push_back(std::move(word));
  // Without a parse, the word in front stands in for the preposition.
  if (out.empty() && token > sentence_first(token) && this->token(token - 1).head < 0) {
    const std::string w = lower(this->token(token - 1).norm);
    if (is_signal(w)) out.push_back(w);
  }
  return out;
}

std::vector<std::string> TlinkContext::aux_of(std::size_t token) const {
  std::vector<std::string> out;
  for (std::size_t k : dependents_[token])
    if (this->token(k).deprel.rfind("aux", 0) == 0) out.push_back(lower(this->token(k).norm));
  return out;
}

namespace {

// How far apart, in events of one sentence, same-sentence pairs may be (TBAQ train: 92% of
// the links within a sentence join events at most this far apart).
constexpr std::size_t kEventEventReach = 3;
// How many tokens apart an event and a time expression of one sentence may be (TBAQ train:
// all but 2 of 1,416 such links are at most 40 words apart); keeps a sentence of thousands of
// tokens from pairing every event with every date.
constexpr std::size_t kTimexReach = 40;
// How many sentences back an event looks for the last dated time expression and for an
// earlier mention of the same word.
constexpr int kSentenceReach = 6;

std::string lemma_of(const Token& token) { return lower(token.lemma.empty() ? token.norm : token.lemma); }

// Two words are "the same" for coreference when their lemmas agree or, for longer words, their
// first five letters do ("explosion" / "exploded").
std::string word_key(const Token& token) {
  const std::string lemma = lemma_of(token);
  return lemma.size() > 5 ? lemma.substr(0, 5) : lemma;
}

class CandidateList {
 public:
  explicit CandidateList(const TlinkContext& c) : c_(c) {}
  void add(TlinkPairKind kind, TlinkOutput::Kind to_kind, std::size_t from, std::size_t to) {
    out_.push_back({kind, TlinkOutput::Kind::Event, to_kind, from, to});
  }
  // Event pairs once each, the earlier event first.
  void add_events(std::size_t a, std::size_t b, TlinkPairKind kind) {
    if (a == b) return;
    if (c_.input().events[b].span < c_.input().events[a].span) std::swap(a, b);
    if (pairs_.insert({a, b}).second) out_.push_back({kind, TlinkOutput::Kind::Event, TlinkOutput::Kind::Event, a, b});
  }
  std::vector<TlinkCandidate> take() { return std::move(out_); }

 private:
  const TlinkContext& c_;
  std::vector<TlinkCandidate> out_;
  std::set<std::pair<std::size_t, std::size_t>> pairs_;
};

// Events near each other in one sentence, and an event with the event governing it.
void add_sentence_pairs(const TlinkContext& c, const std::vector<std::size_t>& order, CandidateList& out) {
  for (std::size_t i = 0; i < order.size(); ++i)
    for (std::size_t j = i + 1; j < order.size() && j <= i + kEventEventReach; ++j)
      if (c.sentence_of(c.event_token(order[i])) == c.sentence_of(c.event_token(order[j])))
        out.add_events(order[i], order[j], TlinkPairKind::EventEvent);
  for (std::size_t b : order)
    if (const auto head = c.head_of(c.event_token(b)))
      if (const auto a = c.event_at(*head)) out.add_events(*a, b, TlinkPairKind::EventEvent);
}

// The main events of consecutive sentences.
void add_main_event_pairs(const TlinkContext& c, CandidateList& out) {
  std::optional<std::size_t> previous;
  int previous_sentence = -2;
  for (std::size_t s = 0; s < c.input().tokens->sentences.size(); ++s) {
    const auto& events = c.events_near(c.input().tokens->sentences[s].first_token);
    const auto main = std::find_if(events.begin(), events.end(), [&](std::size_t e) { return c.is_main_event(e); });
    if (main == events.end()) continue;
    if (previous && previous_sentence + 1 == static_cast<int>(s)) out.add_events(*previous, *main, TlinkPairKind::CrossSentence);
    previous = *main;
    previous_sentence = static_cast<int>(s);
  }
}

// "an earlier attempt", "the next attempt", "another strike": a word right before the event
// says it is another occurrence of its kind, not the one named before.
bool another_occurrence(const TlinkContext& c, std::size_t token) {
  for (std::size_t k = token; k > 0 && token - k < 2;) {
    --k;
    if (c.sentence_of(k) != c.sentence_of(token)) break;
    if (marks_another_occurrence(lower(c.token(k).text))) return true;
  }
  return false;
}

// The calendar years the dated time expressions of an event's clause fall in: those below the
// event itself or below the verb it hangs on ("would last through Sunday, Dec. 1" for "the
// walkout" its subject; "in 2016" of "a threatened walkout in 2016"), none when the text gives
// no year ("Dec. 1" without a document date).
std::set<int> years_of_clause(const TlinkContext& c, std::size_t token) {
  std::size_t clause = token;
  while (c.token(clause).upos != "VERB")
    if (const auto up = c.head_of(clause)) clause = *up;
    else break;
  std::set<int> years;
  const TlinkInput& in = c.input();
  for (std::size_t t : c.timexes_near(token)) {  // (those of its sentence: linear in a long text)
    const auto& interval = c.timex_interval(t);
    if (!interval || !dated(in, t)) continue;
    auto up = c.head_of(c.timex_head(t));
    while (up && *up != clause && *up != token && c.token(*up).upos != "VERB") up = c.head_of(*up);
    if (!up || (*up != clause && *up != token)) continue;
    for (int y = static_cast<int>(date::year_month_day{interval->start}.year());
         y <= static_cast<int>(date::year_month_day{interval->end}.year()); ++y)
      years.insert(y);
  }
  return years;
}

// "The walkout would last through Sunday, Dec. 1 ... A threatened walkout in 2016 was averted":
// the same word told in clauses dated in different years is another event of its kind, not the
// one told before; so is one named with "a" in a year the earlier one's clause does not give.
bool told_of_another_time(const TlinkContext& c, std::size_t earlier, std::size_t later) {
  const std::set<int> before = years_of_clause(c, earlier), after = years_of_clause(c, later);
  if (after.empty() || std::any_of(before.begin(), before.end(), [&](int y) { return after.contains(y); })) return false;
  if (!before.empty()) return true;
  const auto& below = c.dependents(later);
  return std::any_of(below.begin(), below.end(), [&](std::size_t k) {
    const std::string w = lower(c.token(k).text);
    return c.token(k).deprel == "det" && (w == "a" || w == "an");
  });
}

// Each event with the nearest earlier mention of the same word in another sentence: the
// same event told again ("the bombings" ... "the bombings", "exploded" ... "the explosion"),
// unless one of them is said to be another ("an earlier attempt" ... "the next attempt") or
// is told of another time (told_of_another_time).
void add_same_word_pairs(const TlinkContext& c, const std::vector<std::size_t>& order, CandidateList& out) {
  std::unordered_map<std::string, std::size_t> last;
  for (std::size_t e : order) {
    const std::string key = word_key(c.token(c.event_token(e)));
    const auto it = last.find(key);
    if (it != last.end() && !another_occurrence(c, c.event_token(e)) && !another_occurrence(c, c.event_token(it->second)) &&
        !told_of_another_time(c, c.event_token(it->second), c.event_token(e))) {
      const int gap = c.sentence_of(c.event_token(e)) - c.sentence_of(c.event_token(it->second));
      if (gap > 0 && gap <= kSentenceReach) out.add_events(it->second, e, TlinkPairKind::SameWord);
    }
    last[key] = e;
  }
}

// Each event with the last dated time expression of the sentences before its own: the time a
// story is told at ("Friday" in its first sentence) holds what the next sentences report.
void add_prior_timex_pairs(const TlinkContext& c, const std::vector<std::size_t>& order, CandidateList& out) {
  const TlinkInput& in = c.input();
  std::vector<std::size_t> dated_heads;  // timex index by head token, text order
  for (std::size_t t = 0; t < in.timexes.size(); ++t)
    if (in.timexes[t].type == "DATE" || in.timexes[t].type == "TIME") dated_heads.push_back(t);
  std::sort(dated_heads.begin(), dated_heads.end(), [&](std::size_t a, std::size_t b) { return c.timex_head(a) < c.timex_head(b); });
  for (std::size_t e : order) {
    const std::size_t first = c.sentence_first(c.event_token(e));
    const auto after = std::lower_bound(dated_heads.begin(), dated_heads.end(), first,
                                        [&](std::size_t t, std::size_t token) { return c.timex_head(t) < token; });
    if (after == dated_heads.begin()) continue;
    const std::size_t t = *std::prev(after);
    if (c.sentence_of(c.event_token(e)) - c.sentence_of(c.timex_head(t)) <= kSentenceReach)
      out.add(TlinkPairKind::PriorTimex, TlinkOutput::Kind::Timex, e, t);
  }
}

}  // namespace

std::vector<TlinkCandidate> tlink_candidates(const TlinkContext& c) {
  const TlinkInput& in = c.input();
  CandidateList out(c);
  // Events in text order, so "consecutive" and "earlier first" mean what they say.
  std::vector<std::size_t> order(in.events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return in.events[a].span < in.events[b].span; });
  if (in.dct)
    for (std::size_t e : order) out.add(TlinkPairKind::EventDct, TlinkOutput::Kind::Dct, e, 0);
  for (std::size_t e : order)
    for (std::size_t t : c.timexes_near(c.event_token(e))) {
      const std::size_t a = c.event_token(e), b = c.timex_head(t);
      if ((a < b ? b - a : a - b) <= kTimexReach) out.add(TlinkPairKind::EventTimex, TlinkOutput::Kind::Timex, e, t);
    }
  add_sentence_pairs(c, order, out);
  add_main_event_pairs(c, out);
  add_same_word_pairs(c, order, out);
  add_prior_timex_pairs(c, order, out);
  return out.take();
}

std::vector<std::string> tlink_features(const TlinkContext& c, const TlinkCandidate& cand) {
  std::vector<std::string> f{"bias"};
  add_event(c, f, "a_", cand.from);
  add_clause(c, f, "a_", cand.from);
  switch (cand.kind) {
    case TlinkPairKind::EventDct: {
      const auto& ev = c.input().events[cand.from];
      // Timexes in the event's sentence say a lot about its place relative to the DCT.
      for (std::size_t t : c.timexes_near(c.event_token(cand.from))) {
        f.push_back("s_tdct=" + relation_to_dct(c, t));
        if (c.head_of(c.timex_head(t)) == c.event_token(cand.from)) f.push_back("gov_tdct=" + relation_to_dct(c, t));
      }
      if (c.token(c.event_token(cand.from)).deprel == "root") f.push_back("main_tense=" + or_none(ev.tense));
      break;
    }
    case TlinkPairKind::PriorTimex:
      add_timex(c, f, "b_", cand.to);
      f.push_back("sentences=" + bucket(static_cast<std::size_t>(c.sentence_of(c.event_token(cand.from)) -
                                                               c.sentence_of(c.timex_head(cand.to)))));
      f.push_back(std::string("own_timex=") + (c.timexes_near(c.event_token(cand.from)).empty() ? "no" : "yes"));
      break;
    case TlinkPairKind::EventTimex:
      add_timex(c, f, "b_", cand.to);
      add_pair(c, f, c.event_token(cand.from), c.timex_head(cand.to));
      add_timex_nearness(c, f, cand.from, cand.to);
      for (const auto& m : c.markers_of(c.timex_head(cand.to)))
        if (c.head_of(c.timex_head(cand.to)) == c.event_token(cand.from)) f.push_back("gov_prep=" + m);
      break;
    case TlinkPairKind::EventEvent:
    case TlinkPairKind::CrossSentence:
    case TlinkPairKind::SameWord: {
      add_event(c, f, "b_", cand.to);
      add_clause(c, f, "b_", cand.to);
      add_pair(c, f, c.event_token(cand.from), c.event_token(cand.to));
      const auto& a = c.input().events[cand.from];
      const auto& b = c.input().events[cand.to];
      const Token& ta = c.token(c.event_token(cand.from));
      const Token& tb = c.token(c.event_token(cand.to));
      f.push_back("tt=" + or_none(a.tense) + "/" + or_none(b.tense));
      f.push_back("cc=" + or_none(a.event_class) + "/" + or_none(b.event_class));
      f.push_back("aa=" + or_none(a.aspect) + "/" + or_none(b.aspect));
      f.push_back("deps=" + ta.deprel + "/" + tb.deprel);
      f.push_back(std::string("same_lemma=") + (lemma_of(ta) == lemma_of(tb) ? "yes" : "no"));
      f.push_back("sentences=" + bucket(static_cast<std::size_t>(c.sentence_of(c.event_token(cand.to)) -
                                                               c.sentence_of(c.event_token(cand.from)))));
      f.push_back("pp=" + or_none(a.pos) + "/" + or_none(b.pos));
      f.push_back("tt_path=" + or_none(a.tense) + "/" + or_none(b.tense) + "/" +
                  dependency_path(c, c.event_token(cand.from), c.event_token(cand.to)));
      break;
    }
  }
  return f;
}

namespace {

// An event governing a dated time expression through a preposition: "met on Tuesday".
std::optional<TlinkRuleResult> preposition_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  const std::size_t head = c.timex_head(cand.to);
  if (c.head_of(head) != c.event_token(cand.from) || !dated(c.input(), cand.to)) return std::nullopt;
  for (const auto& m : c.markers_of(head)) {
    if (m == "on" || m == "in" || m == "at" || m == "during") return TlinkRuleResult{"IS_INCLUDED", "rule:" + m};
    if (m == "before") return TlinkRuleResult{"BEFORE", "rule:before"};
    if (m == "after") return TlinkRuleResult{"AFTER", "rule:after"};
  }
  return std::nullopt;
}

// A clause that ", when" after a date opens happens within the date: "in 1999, when an
// earthquake killed 17,000 people". Parsers hang the clause on the main verb or on the date, so
// the words decide: the event's "when" follows the time expression and a comma (without the
// comma "when" may ask a question: "will announce on Monday when the border reopens").
std::optional<TlinkRuleResult> date_when_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  if (!dated(c.input(), cand.to)) return std::nullopt;
  const std::size_t event = c.event_token(cand.from);
  // A complement is no time clause.
  const std::string_view relation = c.token(event).deprel;
  if (relation == "ccomp" || relation == "xcomp" || relation == "obj" || relation.starts_with("csubj")) return std::nullopt;
  const Span date = c.input().timexes[cand.to].span;
  for (std::size_t k : c.dependents(event)) {
    if (c.token(k).deprel != "advmod" || lower(c.token(k).norm) != "when" || k < 2) continue;
    if (c.token(k - 1).text == "," && c.token(k - 2).span.end == date.end) return TlinkRuleResult{"IS_INCLUDED", "rule:when"};
  }
  return std::nullopt;
}

// "left the islands on Monday and touched down at 2 p.m., after a flight of five hours": the
// parser may hang a phrase after a later conjunct on the first; it is that conjunct's. The last
// verb conjoined to `head` between it and `phrase`, else `head`.
std::size_t conjunct_before(const TlinkContext& c, std::size_t head, std::size_t phrase) {
  std::size_t found = head;
  for (std::size_t k : c.dependents(head))
    if (k > found && k < phrase && c.token(k).deprel == "conj" && c.token(k).upos == "VERB") found = k;
  return found;
}

// Of two events, the one governing the other (governor first), if either does.
// ("inflation will stay low before we cut": the clause hangs on "low", which "stay" takes)
std::optional<std::pair<std::size_t, std::size_t>> governing(const TlinkContext& c, const TlinkCandidate& cand) {
  const std::size_t a = c.event_token(cand.from), b = c.event_token(cand.to);
  const auto governs = [&](std::size_t governor, std::size_t governed) {
    auto head = c.head_of(governed);
    const bool oblique = c.token(governed).deprel.starts_with("obl") || c.token(governed).deprel == "advcl";
    if (head && oblique && *head < governed) head = conjunct_before(c, *head, governed);
    if (head == governor) return true;
    return head && c.token(*head).upos == "ADJ" && c.token(*head).deprel == "xcomp" && c.head_of(*head) == governor;
  };
  if (governs(a, b)) return std::pair{a, b};
  if (governs(b, a)) return std::pair{b, a};
  return std::nullopt;
}

// The relation of `from` to `to` given that of governor to governed.
std::string as_candidate(const TlinkContext& c, const TlinkCandidate& cand, std::size_t governor, const std::string& rel) {
  return governor == c.event_token(cand.from) ? rel : invert_relation(rel);
}

bool is_until(std::string_view word) { return word == "until" || word == "till"; }

// The order a signal word puts the governing event in against the governed one: "left before
// the meeting" BEFORE; "" for other words.
std::string order_of_signal(std::string_view word) {
  if (word == "before" || is_until(word) || word == "ahead of" || word == "prior to") return "BEFORE";
  if (word == "after" || word == "following") return "AFTER";
  return {};
}

// The signal a marker word `m` at token `k` ends: "ahead of" (UD hangs "ahead" on the verb and
// "of" on the noun), "prior to" (the parse's "prior" with "to" fixed to it), else the word itself.
std::string signal_phrase(const TlinkContext& c, std::size_t k, const std::string& m) {
  if (m == "prior") return k + 1 < c.token_count() && lower(c.token(k + 1).norm) == "to" ? "prior to" : m;
  if (m != "of" || k == c.sentence_first(k)) return m;
  return lower(c.token(k - 1).norm) == "ahead" ? "ahead of" : m;
}

// The DURATION time expression ending right before token `k`: "a week" in front of "after" in
// "a week after the summit" says how far apart the two events are.
std::optional<std::size_t> duration_just_before(const TlinkContext& c, std::size_t k) {
  const std::size_t first = c.sentence_first(k);
  if (k == first) return std::nullopt;
  for (std::size_t t : c.timexes_near(k - 1)) {
    const auto& timex = c.input().timexes[t];
    if (timex.type != "DURATION" || timex.span.end != c.token(k - 1).span.end) continue;
    // "hid the losses for two years before the collapse": a duration "for" opens is how long
    // the event lasted, not how far before the other it was
    std::size_t start = k - 1;
    while (start > first && c.token(start).span.begin > timex.span.begin) --start;
    if (start > first && to_lower(c.token(start - 1).text) == "for") return std::nullopt;
    // ("missed the deadline by two days after a dispute": a duration "by" opens measures a
    // margin, not how far after the other the event was)
    if (start > first && to_lower(c.token(start - 1).text) == "by") return std::nullopt;
    return t;
  }
  return std::nullopt;
}

// A modal of now or ahead ("can", "will"; not a past "could" or "would": "while firefighters
// could be seen entering" is the time of its host).
bool has_modal(const TlinkContext& c, std::size_t verb) {
  const auto& below = c.dependents(verb);
  return std::any_of(below.begin(), below.end(), [&](std::size_t k) {
    const std::string word = lower(c.token(k).text);
    return c.token(k).deprel.starts_with("aux") && is_modal(word) && !is_past_modal(word);
  });
}

// The time expression in the phrases of `verb`, below no other verb ("released it in July",
// "launched its foldable last month", "approved the plan on Monday" with the date parsed on
// "plan"), if there is one.
std::optional<std::size_t> own_timex(const TlinkContext& c, std::size_t verb) {
  for (std::size_t t : c.timexes_near(verb)) {
    auto up = c.head_of(c.timex_head(t));
    while (up && *up != verb && c.token(*up).upos != "VERB") up = c.head_of(*up);
    if (up == verb) return t;
  }
  return std::nullopt;
}

// "Samsung released its phone in July, while Google launched its foldable last month": each
// clause dated on its own, to another time, is set beside the other, not at its time.
bool dated_apart(const TlinkContext& c, std::size_t host, std::size_t clause) {
  const auto host_timex = own_timex(c, host), clause_timex = own_timex(c, clause);
  return host_timex && clause_timex && c.timex_interval(*host_timex) != c.timex_interval(*clause_timex);
}

// "The window closed on Monday, while clubs in Turkey can sign players until September 12",
// "Prices fell, while analysts expect a rebound": a "while" clause in a present or with a modal
// its past host lacks sets a contrast, not a time shared with its host; so does one dated
// apart from its host.
bool while_contrasts(const TlinkContext& c, std::size_t host, std::size_t clause) {
  const bool present = c.token(clause).xpos == "VBP" || c.token(clause).xpos == "VBZ";
  return (has_modal(c, clause) && !has_modal(c, host)) || (present && c.token(host).xpos == "VBD") ||
         dated_apart(c, host, clause);
}

// "went on hiatus in 2018 after drummer Sam Reyes was injured": the parser may hang the
// clause's subject on the governing verb as an oblique that "after" or "before" opens, and the
// clause's verb beside it as a conjunct; the subject, when nothing but auxiliaries and "not"
// stands between it and the governed verb, carries the clause's signal. None otherwise.
std::optional<std::size_t> subject_taken_for_oblique(const TlinkContext& c, std::size_t governor, std::size_t governed) {
  if (c.token(governed).deprel != "conj" || c.token(governed).upos != "VERB") return std::nullopt;
  std::size_t k = governed;
  while (k > 0 && (c.token(k - 1).deprel.starts_with("aux") || c.token(k - 1).deprel == "advmod")) --k;
  if (k == 0 || k == governed) return std::nullopt;
  std::size_t noun = k - 1;
  while (c.token(noun).deprel == "flat" && c.head_of(noun)) noun = *c.head_of(noun);
  if (!c.token(noun).deprel.starts_with("obl") || c.head_of(noun) != governor || c.event_at(noun)) return std::nullopt;
  if (c.dependents(governed).end() != std::find_if(c.dependents(governed).begin(), c.dependents(governed).end(),
                                                   [&](std::size_t d) { return c.token(d).deprel.starts_with("nsubj"); }))
    return std::nullopt;
  return noun;
}

// One event governs the other through "before"/"after" ("ahead of", "prior to"): "left before
// the meeting"; with the distance when a duration stands in front of the signal ("left two days
// before the vote").
// A negated governor "until" the governed comes after it ("will not fly until we understand the
// data": the flying after the understanding). The infinitive of a negated verb of expecting
// ("is not expected to resign before the election") has its order denied rather than told: the
// rule says there is no link, which keeps the model from reading "before" as one.
std::optional<TlinkRuleResult> signal_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  const auto pair = governing(c, cand);
  if (!pair) return std::nullopt;
  auto markers = c.marker_tokens(pair->second);
  if (const auto subject = markers.empty() ? subject_taken_for_oblique(c, pair->first, pair->second) : std::nullopt)
    markers = c.marker_tokens(*subject);
  for (const auto& [k, marker] : markers) {
    const std::string m = signal_phrase(c, k, marker);
    std::string rel = order_of_signal(m);  // governor REL governed
    // ("has closed three footbridges since the collapse": the closures follow it; a clause
    // "since" opens may give a reason: "since the bank is closed, ...")
    if (m == "since" && c.token(k).deprel == "case") rel = "AFTER";
    // ("will testify before the assembly": a body one stands in front of, no time)
    if (m == "before" && is_audience_body(lower(c.token(pair->second).lemma))) continue;
    const bool until = is_until(m);
    if (until && negated_until_then(*c.input().tokens, pair->first)) rel = "AFTER";
    else if (!rel.empty() && under_negated_expectation(*c.input().tokens, pair->first))
      return TlinkRuleResult{"NONE", "rule:not-expected"};
    std::optional<std::size_t> gap;
    if (!rel.empty() && !until) gap = duration_just_before(c, k);
    else if ((m == "while" || m == "as") && c.token(pair->second).deprel == "advcl" && !while_contrasts(c, pair->first, pair->second))
      rel = "SIMULTANEOUS";
    if (rel.empty()) continue;
    // (the governor is what the duration dates: "left two days before the vote")
    return TlinkRuleResult{as_candidate(c, cand, pair->first, rel), "rule:" + m, gap,
                           pair->first == c.event_token(cand.from)};
  }
  return std::nullopt;
}

// Whether "within" opens the time expression `t`: "within a week of that hearing".
bool within_before(const TlinkContext& c, std::size_t t) {
  const std::size_t head = c.timex_head(t);
  const std::size_t first = c.sentence_first(head);
  std::size_t k = head;
  while (k > first && c.token(k - 1).span.begin >= c.input().timexes[t].span.begin) --k;
  return k > first && lower(c.token(k - 1).text) == "within";
}

// "signed a week after the summit": the parser hangs the event noun on the duration ("week")
// and the duration on the verb; the signal word between them orders the two events. "would
// rule within a week of that hearing": the verb's event comes after the noun's, at most that
// long after.
std::optional<TlinkRuleResult> duration_signal_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  for (const bool from_governs : {true, false}) {
    const std::size_t governor = c.event_token(from_governs ? cand.from : cand.to);
    const std::size_t governed = c.event_token(from_governs ? cand.to : cand.from);
    const auto duration = c.head_of(governed);
    if (!duration || c.head_of(*duration) != governor) continue;
    for (const auto& [k, m] : c.marker_tokens(governed)) {
      const auto gap = duration_just_before(c, k);
      const bool within = m == "of" && gap && within_before(c, *gap);
      const std::string rel = within ? "AFTER" : order_of_signal(m);
      if (rel.empty() || is_until(m) || !gap || c.timex_head(*gap) != *duration) continue;
      return TlinkRuleResult{from_governs ? rel : invert_relation(rel), within ? "rule:within" : "rule:" + m, gap,
                             from_governs, within};
    }
  }
  return std::nullopt;
}

// A clause opened by "when" (UD: advmod of its verb) happens at the time of the event it
// modifies: "the crowd cheered when the train arrived"; not when ", when" follows a date, which
// it then tells of ("the deadliest quake since 1999, when a quake killed 17,000": date_when_rule).
std::optional<TlinkRuleResult> when_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  const auto pair = governing(c, cand);
  if (!pair || c.token(pair->second).deprel != "advcl") return std::nullopt;
  const auto after_date = [&](std::size_t k) {
    if (k < 2 || c.token(k - 1).text != ",") return false;
    const auto& near = c.timexes_near(k - 2);
    return std::any_of(near.begin(), near.end(),
                       [&](std::size_t t) { return c.input().timexes[t].span.end == c.token(k - 2).span.end; });
  };
  for (std::size_t k : c.dependents(pair->second))
    if (c.token(k).deprel == "advmod" && lower(c.token(k).norm) == "when" && !after_date(k))
      return TlinkRuleResult{"SIMULTANEOUS", "rule:when"};
  return std::nullopt;
}

// The place a relative clause that "where" opens (at token `clause`, its verb) is about: the
// noun the parse hangs it on, or, where the parser took the clause for a conjunct, the noun
// right before its ", where".
std::optional<std::size_t> place_of_where_clause(const TlinkContext& c, std::size_t clause) {
  const auto& below = c.dependents(clause);
  const auto where = std::find_if(below.begin(), below.end(), [&](std::size_t k) {
    return k < clause && c.token(k).deprel == "advmod" && lower(c.token(k).norm) == "where";
  });
  if (where == below.end()) return std::nullopt;
  const auto in_timex = [&](std::size_t k) {
    const auto& near = c.timexes_near(k);
    return std::any_of(near.begin(), near.end(), [&](std::size_t t) {
      const Span span = c.input().timexes[t].span;
      return span.begin <= c.token(k).span.begin && c.token(k).span.end <= span.end;
    });
  };
  const auto is_place = [&](std::size_t k) { return (c.token(k).upos == "NOUN" || c.token(k).upos == "PROPN") && !in_timex(k); };
  if (c.token(clause).deprel == "acl:relcl") {
    const auto head = c.head_of(clause);
    if (head && is_place(*head)) return head;
  }
  const std::size_t first = c.sentence_first(*where);
  if (*where < first + 2 || c.token(*where - 1).text != ",") return std::nullopt;
  // ("visited the plant on Monday, where he met workers": the place is before the date)
  std::size_t k = *where - 2;
  while (k > first && in_timex(k)) --k;
  if (k + 2 < *where && k > first && c.token(k).upos == "ADP") --k;
  return is_place(k) ? std::optional<std::size_t>(k) : std::nullopt;
}

// "became a hurricane after crossing western Cuba, where it knocked out power", "visited the
// plant, where he met workers": a relative clause that "where" opens on the place an event goes
// through or takes as its object tells what happened there meanwhile, within that event. Not a
// place an event goes to or lands in ("was taken to hospital, where he died", "moved to Paris,
// where he studied"): what happens there comes after.
std::optional<TlinkRuleResult> where_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  static const std::set<std::string> kThrough = {"through", "across", "over", "throughout", "along"};
  for (const bool from_is_clause : {true, false}) {
    const std::size_t clause = c.event_token(from_is_clause ? cand.from : cand.to);
    const std::size_t host = c.event_token(from_is_clause ? cand.to : cand.from);
    const auto place = place_of_where_clause(c, clause);
    if (!place || c.head_of(*place) != host) continue;
    const auto markers = c.markers_of(*place);
    const bool object = c.token(*place).deprel == "obj" && markers.empty();
    const bool through = c.token(*place).deprel == "obl" &&
                         std::any_of(markers.begin(), markers.end(), [](const std::string& m) { return kThrough.contains(m); });
    if (!object && !through) continue;
    return TlinkRuleResult{from_is_clause ? "IS_INCLUDED" : "INCLUDES", "rule:where"};
  }
  return std::nullopt;
}

// "Jury selection was originally set for Oct. 7 but was postponed": a passive verb of setting
// stands for what it sets, at the time it sets (the hearing on Oct. 7); a conjoined verb that
// puts it off or calls it off does so before that time, not after the setting.
std::optional<TlinkRuleResult> put_off_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  static const std::set<std::string> kSetting = {"set", "schedule", "slate", "plan", "fix"};
  static const std::set<std::string> kPuttingOff = {"postpone", "delay", "defer", "cancel", "scrap", "suspend", "adjourn"};
  const auto pair = governing(c, cand);
  if (!pair || c.token(pair->second).deprel != "conj" || c.token(pair->first).xpos != "VBN") return std::nullopt;
  const auto passive = [&](std::size_t verb) {
    const auto& below = c.dependents(verb);
    return std::any_of(below.begin(), below.end(), [&](std::size_t k) { return c.token(k).deprel == "aux:pass"; });
  };
  if (!kSetting.contains(lemma_of(c.token(pair->first))) || !kPuttingOff.contains(lemma_of(c.token(pair->second))) ||
      !passive(pair->first))
    return std::nullopt;
  return TlinkRuleResult{as_candidate(c, cand, pair->first, "AFTER"), "rule:put-off"};
}

// Words for making ready to do something: what they govern is what is intended, which comes later.
bool is_intention(const std::string& lemma) {
  static const std::set<std::string> kIntention = {"plan", "planning", "prepare", "preparation", "preparing",
                                                   "intend", "intention", "plot", "scheme", "pledge", "promise", "vow", "agree", "decide", "aim", "seek"};
  return kIntention.count(lemma) > 0;
}

// Whether `aim` is what an intention is for: a complement (xcomp "plan to strike", acl "a plan
// to invade") or a "for" argument ("preparations for an attack").
bool is_aim(const TlinkContext& c, std::size_t aim) {
  const std::string& deprel = c.token(aim).deprel;
  const auto markers = c.markers_of(aim);
  return deprel == "xcomp" || deprel == "ccomp" || deprel.starts_with("acl") ||
         std::find(markers.begin(), markers.end(), "for") != markers.end();
}

// An intention happens before its aim: the planning is before the offensive. The intention
// governs the aim, or is the subject of the clause that has the aim ("preparations are under
// way for an attack").
std::optional<TlinkRuleResult> intention_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  const std::size_t a = c.event_token(cand.from), b = c.event_token(cand.to);
  std::optional<std::pair<std::size_t, std::size_t>> pair = governing(c, cand);  // (intention, aim)
  if (!pair) {
    const auto head_a = c.head_of(a), head_b = c.head_of(b);
    if (!head_a || head_a != head_b) return std::nullopt;
    if (c.token(a).deprel.starts_with("nsubj")) pair = std::pair{a, b};
    else if (c.token(b).deprel.starts_with("nsubj")) pair = std::pair{b, a};
    else return std::nullopt;
  }
  if (!is_intention(lemma_of(c.token(pair->first))) || !is_aim(c, pair->second)) return std::nullopt;
  return TlinkRuleResult{as_candidate(c, cand, pair->first, "BEFORE"), "rule:intention"};
}

// A past report of what "would" happen is before it: "the lawyer said he would appeal".
std::optional<TlinkRuleResult> reported_future_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  const auto pair = governing(c, cand);
  if (!pair || c.token(pair->first).xpos != "VBD" || c.token(pair->second).deprel != "ccomp") return std::nullopt;
  const auto reporter = c.event_at(pair->first);
  if (!reporter || c.input().events[*reporter].event_class != "REPORTING") return std::nullopt;
  const auto aux = c.aux_of(pair->second);
  if (std::find(aux.begin(), aux.end(), "would") == aux.end()) return std::nullopt;
  return TlinkRuleResult{as_candidate(c, cand, pair->first, "BEFORE"), "rule:reported-future"};
}

// "left the islands on Monday and touched down at 2 p.m., after a flight of five hours": the
// "after" phrase the parser hung on the first conjunct is the later one's (governing), so it
// orders nothing against the first; the rule says so, which keeps the model from guessing.
std::optional<TlinkRuleResult> later_conjunct_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  for (const bool from_governs : {true, false}) {
    const std::size_t first = c.event_token(from_governs ? cand.from : cand.to);
    const std::size_t phrase = c.event_token(from_governs ? cand.to : cand.from);
    const bool oblique = c.token(phrase).deprel.starts_with("obl") || c.token(phrase).deprel == "advcl";
    if (!oblique || c.head_of(phrase) != first || phrase < first || conjunct_before(c, first, phrase) == first) continue;
    for (const auto& [k, marker] : c.marker_tokens(phrase))
      if (!order_of_signal(signal_phrase(c, k, marker)).empty()) return TlinkRuleResult{"NONE", "rule:later-conjunct"};
  }
  return std::nullopt;
}

// "had 40 cases, and two days later the number had doubled", "signed the lease in May, and a
// week earlier they had sold the house": a conjunct that "later" or "earlier" with a measure on
// it ("two days", "a week") places comes after (before) the clause it is conjoined to. (No
// measure, no rule: "and later it rained" may be read either way.) The link carries no gap:
// the time expression is the whole "two days later", a date, with no duration of its own.
std::optional<TlinkRuleResult> measured_conjunct_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  for (const bool from_first : {true, false}) {
    const std::size_t first = c.event_token(from_first ? cand.from : cand.to);
    const std::size_t next = c.event_token(from_first ? cand.to : cand.from);
    if (c.token(next).deprel != "conj" || c.head_of(next) != first) continue;
    for (const std::size_t k : c.dependents(next)) {
      const std::string word = to_lower(c.token(k).text);
      if (c.token(k).deprel != "advmod" || (word != "later" && word != "earlier")) continue;
      const auto& measure = c.dependents(k);
      const bool measured = std::any_of(measure.begin(), measure.end(), [&](std::size_t m) {
        return c.token(m).deprel.starts_with("obl") || c.token(m).deprel.ends_with("npmod");
      });
      if (!measured) continue;
      const std::string rel = word == "later" ? "BEFORE" : "AFTER";  // first REL next
      return TlinkRuleResult{from_first ? rel : invert_relation(rel), "rule:" + word};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<TlinkRuleResult> tlink_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  if (cand.kind == TlinkPairKind::EventTimex) {
    if (auto rule = preposition_rule(c, cand)) return rule;
    return date_when_rule(c, cand);
  }
  if (cand.kind != TlinkPairKind::EventEvent) return std::nullopt;
  if (auto rule = signal_rule(c, cand)) return rule;
  if (auto rule = later_conjunct_rule(c, cand)) return rule;
  if (auto rule = duration_signal_rule(c, cand)) return rule;
  if (auto rule = measured_conjunct_rule(c, cand)) return rule;
  if (auto rule = when_rule(c, cand)) return rule;
  if (auto rule = where_rule(c, cand)) return rule;
  if (auto rule = reported_future_rule(c, cand)) return rule;
  if (auto rule = put_off_rule(c, cand)) return rule;
  return intention_rule(c, cand);
}

namespace {

// How two calendar intervals relate, "" when they overlap without one holding the other.
std::string relate(const Interval& a, const Interval& b) {
  if (a.end < b.start) return "BEFORE";
  if (b.end < a.start) return "AFTER";
  if (a.start == b.start && a.end == b.end) return "SIMULTANEOUS";
  if (a.start <= b.start && b.end <= a.end) return "INCLUDES";
  if (b.start <= a.start && a.end <= b.end) return "IS_INCLUDED";
  return {};
}

}  // namespace

std::optional<TlinkOutput> decide_link(const TlinkLinearModel& model, const TlinkCandidate& candidate,
                                       const std::optional<TlinkRuleResult>& rule, const std::vector<double>& scores,
                                       double none_shift) {
  if (rule && rule->rel_type == "NONE") return std::nullopt;
  if (rule)
    return TlinkOutput{candidate.from_kind, candidate.to_kind, candidate.from, candidate.to, rule->rel_type, 0.9, rule->rule,
                       true, rule->gap, rule->gap_dates_from, rule->gap_at_most};
  const auto best = model.choose(scores, none_shift);
  if (!best) return std::nullopt;
  return TlinkOutput{candidate.from_kind, candidate.to_kind, candidate.from, candidate.to, model.labels[*best],
                     TlinkLinearModel::confidence(scores, *best), "model:" + std::string(to_string(candidate.kind)),
                     model.choose(scores) == best};
}

std::vector<TlinkOutput> timex_value_links(const TlinkContext& c) {
  using K = TlinkOutput::Kind;
  struct Dated {
    Interval interval;
    K kind;
    std::size_t index;
  };
  // Every dated time expression of the document and the DCT, in calendar order: linking each
  // to the next orders them all through the closure with one link apiece (cross-validation
  // on TBAQ train: +0.8 Task C F1 over same-sentence pairs and a link from each to the DCT).
  std::vector<Dated> dated_order;
  const TlinkInput& in = c.input();
  for (std::size_t t = 0; t < in.timexes.size(); ++t)
    if (const auto& interval = c.timex_interval(t); interval && dated(in, t)) dated_order.push_back({*interval, K::Timex, t});
  if (in.dct) dated_order.push_back({whole_day(*in.dct), K::Dct, 0});
  std::stable_sort(dated_order.begin(), dated_order.end(), [](const Dated& a, const Dated& b) {
    return std::pair{a.interval.start, a.interval.end} < std::pair{b.interval.start, b.interval.end};
  });
  std::vector<TlinkOutput> out;
  for (std::size_t i = 0; i + 1 < dated_order.size(); ++i) {
    const Dated& a = dated_order[i];
    const Dated& b = dated_order[i + 1];
    if (const auto rel = relate(a.interval, b.interval); !rel.empty())
      out.push_back({a.kind, b.kind, a.index, b.index, rel, 0.95, "rule:value"});
  }
  return out;
}

std::string reduce_relation(std::string_view rel_type) {
  const auto rel = parse_tlink_relation(rel_type);
  if (!rel) return {};
  switch (scored_as(*rel)) {
    case TlinkRelation::Before:
    case TlinkRelation::IBefore: return "BEFORE";
    case TlinkRelation::After:
    case TlinkRelation::IAfter: return "AFTER";
    case TlinkRelation::Includes:
    case TlinkRelation::BegunBy:
    case TlinkRelation::EndedBy: return "INCLUDES";
    case TlinkRelation::IsIncluded:
    case TlinkRelation::Begins:
    case TlinkRelation::Ends: return "IS_INCLUDED";
    default: return "SIMULTANEOUS";
  }
}

std::string invert_relation(std::string_view rel_type) {
  if (rel_type == "BEFORE") return "AFTER";
  if (rel_type == "AFTER") return "BEFORE";
  if (rel_type == "INCLUDES") return "IS_INCLUDED";
  if (rel_type == "IS_INCLUDED") return "INCLUDES";
  return std::string(rel_type);
}

}  // namespace chronograph::core
