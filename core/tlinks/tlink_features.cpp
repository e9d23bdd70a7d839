#include "core/tlinks/tlink_features.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

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
  int signals = 0;
  for (std::size_t k = lo + 1; k < hi && k < c.token_count(); ++k) {
    const std::string w = lower(c.token(k).norm);
    if (!is_signal(w)) continue;
    f.push_back("sig=" + w);
    ++signals;
  }
  if (signals == 0) f.push_back("sig=NONE");
  if (lo + 1 == hi) f.push_back("adjacent");
}

bool dated(const TlinkInput& in, std::size_t t) {
  return in.timexes[t].type == "DATE" || in.timexes[t].type == "TIME";
}

}  // namespace

std::string_view to_string(TlinkPairKind kind) {
  static constexpr std::array<std::string_view, kTlinkPairKinds> kNames = {"event-dct", "event-timex", "event-event",
                                                                           "cross-sentence"};
  return kNames[static_cast<std::size_t>(kind)];
}

TlinkContext::TlinkContext(const TlinkInput& input) : input_(input) {
  const TokenizedText& text = *input.tokens;
  sentence_of_.assign(text.tokens.size(), 0);
  for (std::size_t s = 0; s < text.sentences.size(); ++s)
    for (std::size_t k = 0; k < text.sentences[s].token_count; ++k)
      if (text.sentences[s].first_token + k < sentence_of_.size())
        sentence_of_[text.sentences[s].first_token + k] = static_cast<int>(s);
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

int TlinkContext::depth_of(std::size_t token) const {
  int depth = 0;
  for (auto h = head_of(token); h && depth < 50; h = head_of(*h)) ++depth;
  return depth;
}

std::vector<std::string> TlinkContext::markers_of(std::size_t token) const {
  std::vector<std::string> out;
  const auto& sentences = input_.tokens->sentences;
  if (sentences.empty()) return out;
  const auto& s = sentences[static_cast<std::size_t>(sentence_of(token))];
  for (std::size_t k = s.first_token; k < s.first_token + s.token_count && k < token_count(); ++k) {
    const Token& t = this->token(k);
    if (head_of(k) == token && (t.deprel == "case" || t.deprel == "mark"))
      out.push_back(lower(t.lemma.empty() ? t.norm : t.lemma));
  }
  // Without a parse, the word in front stands in for the preposition.
  if (out.empty() && token > s.first_token && token_count() > 0 && this->token(token - 1).head < 0) {
    const std::string w = lower(this->token(token - 1).norm);
    if (is_signal(w)) out.push_back(w);
  }
  return out;
}

std::vector<std::string> TlinkContext::aux_of(std::size_t token) const {
  std::vector<std::string> out;
  const auto& sentences = input_.tokens->sentences;
  if (sentences.empty()) return out;
  const auto& s = sentences[static_cast<std::size_t>(sentence_of(token))];
  for (std::size_t k = s.first_token; k < s.first_token + s.token_count && k < token_count(); ++k) {
    const Token& t = this->token(k);
    if (head_of(k) == token && t.deprel.rfind("aux", 0) == 0) out.push_back(lower(t.norm));
  }
  return out;
}

std::vector<TlinkCandidate> tlink_candidates(const TlinkContext& c) {
  using K = TlinkOutput::Kind;
  const TlinkInput& in = c.input();
  std::vector<TlinkCandidate> out;
  // Events in text order, so "consecutive" and "earlier first" mean what they say.
  std::vector<std::size_t> order(in.events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return in.events[a].span < in.events[b].span; });
  if (in.dct)
    for (std::size_t e : order) out.push_back({TlinkPairKind::EventDct, K::Event, K::Dct, e, 0});
  for (std::size_t e : order)
    for (std::size_t t : c.timexes_near(c.event_token(e)))
      out.push_back({TlinkPairKind::EventTimex, K::Event, K::Timex, e, t});
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  auto add_ee = [&](std::size_t a, std::size_t b, TlinkPairKind kind) {
    if (a == b) return;
    if (in.events[b].span < in.events[a].span) std::swap(a, b);
    if (pairs.insert({a, b}).second) out.push_back({kind, K::Event, K::Event, a, b});
  };
  for (std::size_t i = 0; i + 1 < order.size(); ++i)
    if (c.sentence_of(c.event_token(order[i])) == c.sentence_of(c.event_token(order[i + 1])))
      add_ee(order[i], order[i + 1], TlinkPairKind::EventEvent);
  std::map<std::size_t, std::vector<std::size_t>> governed;  // head token -> events it governs, in order
  for (std::size_t b : order)
    if (const auto head = c.head_of(c.event_token(b))) governed[*head].push_back(b);
  for (std::size_t a : order)
    if (const auto found = governed.find(c.event_token(a)); found != governed.end())
      for (std::size_t b : found->second) add_ee(a, b, TlinkPairKind::EventEvent);
  // The main event of a sentence: the one nearest the root of its parse, the first on ties.
  std::vector<std::optional<std::size_t>> main_event(in.tokens->sentences.size() + 1);
  for (std::size_t e : order) {
    const auto s = static_cast<std::size_t>(c.sentence_of(c.event_token(e)));
    if (s >= main_event.size()) continue;
    if (!main_event[s] || c.depth_of(c.event_token(e)) < c.depth_of(c.event_token(*main_event[s]))) main_event[s] = e;
  }
  for (std::size_t s = 0; s + 1 < main_event.size(); ++s)
    if (main_event[s] && main_event[s + 1]) add_ee(*main_event[s], *main_event[s + 1], TlinkPairKind::CrossSentence);
  return out;
}

std::vector<std::string> tlink_features(const TlinkContext& c, const TlinkCandidate& cand) {
  std::vector<std::string> f{"bias"};
  add_event(c, f, "a_", cand.from);
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
    case TlinkPairKind::EventTimex:
      add_timex(c, f, "b_", cand.to);
      add_pair(c, f, c.event_token(cand.from), c.timex_head(cand.to));
      for (const auto& m : c.markers_of(c.timex_head(cand.to)))
        if (c.head_of(c.timex_head(cand.to)) == c.event_token(cand.from)) f.push_back("gov_prep=" + m);
      break;
    case TlinkPairKind::EventEvent:
    case TlinkPairKind::CrossSentence: {
      add_event(c, f, "b_", cand.to);
      add_pair(c, f, c.event_token(cand.from), c.event_token(cand.to));
      const auto& a = c.input().events[cand.from];
      const auto& b = c.input().events[cand.to];
      f.push_back("tt=" + or_none(a.tense) + "/" + or_none(b.tense));
      f.push_back("cc=" + or_none(a.event_class) + "/" + or_none(b.event_class));
      f.push_back("aa=" + or_none(a.aspect) + "/" + or_none(b.aspect));
      break;
    }
  }
  return f;
}

namespace {

std::string lemma_of(const Token& token) { return lower(token.lemma.empty() ? token.norm : token.lemma); }

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

// Of two events, the one governing the other (governor first), if either does.
std::optional<std::pair<std::size_t, std::size_t>> governing(const TlinkContext& c, const TlinkCandidate& cand) {
  const std::size_t a = c.event_token(cand.from), b = c.event_token(cand.to);
  if (c.head_of(b) == a) return std::pair{a, b};
  if (c.head_of(a) == b) return std::pair{b, a};
  return std::nullopt;
}

// The relation of `from` to `to` given that of governor to governed.
std::string as_candidate(const TlinkContext& c, const TlinkCandidate& cand, std::size_t governor, const std::string& rel) {
  return governor == c.event_token(cand.from) ? rel : invert_relation(rel);
}

// One event governs the other through "before"/"after": "left before the meeting".
std::optional<TlinkRuleResult> signal_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  const auto pair = governing(c, cand);
  if (!pair) return std::nullopt;
  for (const auto& m : c.markers_of(pair->second)) {
    std::string rel;  // governor REL governed
    if (m == "before" || m == "until") rel = "BEFORE";
    else if (m == "after" || m == "following") rel = "AFTER";
    else continue;
    return TlinkRuleResult{as_candidate(c, cand, pair->first, rel), "rule:" + m};
  }
  return std::nullopt;
}

// Words for making ready to do something: what they govern is what is intended, which comes later.
bool is_intention(const std::string& lemma) {
  static const std::set<std::string> kIntention = {"plan", "planning", "prepare", "preparation", "preparing",
                                                   "intend", "intention", "plot", "scheme"};
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

}  // namespace

std::optional<TlinkRuleResult> tlink_rule(const TlinkContext& c, const TlinkCandidate& cand) {
  if (cand.kind == TlinkPairKind::EventTimex) return preposition_rule(c, cand);
  if (cand.kind != TlinkPairKind::EventEvent) return std::nullopt;
  if (auto rule = signal_rule(c, cand)) return rule;
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

std::vector<TlinkOutput> timex_value_links(const TlinkContext& c) {
  using K = TlinkOutput::Kind;
  const TlinkInput& in = c.input();
  std::vector<TlinkOutput> out;
  for (std::size_t t = 0; t < in.timexes.size(); ++t) {
    const auto& a = c.timex_interval(t);
    if (!a || !dated(in, t)) continue;
    for (std::size_t u : c.timexes_near(c.timex_head(t))) {
      const auto& b = c.timex_interval(u);
      if (u <= t || !b || !dated(in, u)) continue;
      if (const auto rel = relate(*a, *b); !rel.empty()) out.push_back({K::Timex, K::Timex, t, u, rel, 0.95, "rule:value"});
    }
  }
  // With the DCT too: few are annotated, but through the closure they place the events the
  // time expressions anchor (cross-validation on TBAQ train: Task C F1 +0.3).
  if (!in.dct) return out;
  const Interval dct = whole_day(*in.dct);
  for (std::size_t t = 0; t < in.timexes.size(); ++t) {
    const auto& a = c.timex_interval(t);
    if (!a || !dated(in, t)) continue;
    if (const auto rel = relate(*a, dct); !rel.empty()) out.push_back({K::Timex, K::Dct, t, 0, rel, 0.95, "rule:dct-value"});
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
