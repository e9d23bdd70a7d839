// The candidate pairs, features and rules the TLINK classifier and its training share.
//
//   const TlinkContext context(input);
//   for (const TlinkCandidate& c : tlink_candidates(context))
//     features = tlink_features(context, c);      // "sig=before", "a_tense=PAST", "path=obl<", ...
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/common/interval.h"
#include "core/tlinks/tlink_classifier.h"

namespace chronograph::core {

struct TlinkCandidate {
  TlinkPairKind kind = TlinkPairKind::EventDct;
  TlinkOutput::Kind from_kind = TlinkOutput::Kind::Event, to_kind = TlinkOutput::Kind::Dct;
  std::size_t from = 0, to = 0;
  friend bool operator==(const TlinkCandidate&, const TlinkCandidate&) = default;
};

// Where each event and time expression sits in the tokens and the parse.
class TlinkContext {
 public:
  explicit TlinkContext(const TlinkInput& input);
  const TlinkInput& input() const { return input_; }
  const Token& token(std::size_t i) const { return input_.tokens->tokens[i]; }
  std::size_t token_count() const { return input_.tokens->tokens.size(); }
  int sentence_of(std::size_t token) const { return sentence_of_[token]; }
  std::size_t sentence_first(std::size_t token) const;
  std::size_t event_token(std::size_t e) const { return event_token_[e]; }
  std::size_t timex_head(std::size_t t) const { return timex_head_[t]; }
  const std::optional<Interval>& timex_interval(std::size_t t) const { return timex_interval_[t]; }
  // Document-level index of a token's syntactic head, or nullopt for a root / no parse.
  std::optional<std::size_t> head_of(std::size_t token) const;
  int depth_of(std::size_t token) const;
  // Lower-cased lemma (or form) of the case/mark dependents of a token: "on", "before".
  std::vector<std::string> markers_of(std::size_t token) const;
  // The same dependents with their token indexes (no stand-in when the text has no parse).
  std::vector<std::pair<std::size_t, std::string>> marker_tokens(std::size_t token) const;
  std::vector<std::string> aux_of(std::size_t token) const;
  // The tokens whose head is `token`, in text order.
  const std::vector<std::size_t>& dependents(std::size_t token) const { return dependents_[token]; }
  // The lower-cased token when it is a temporal signal word ("before", "after", ...), else "".
  const std::string& signal(std::size_t token) const { return signal_[token]; }
  // The time expressions whose head lies in the sentence of `token`, in text order; kept per
  // sentence so that long documents pair events and time expressions in linear time.
  const std::vector<std::size_t>& timexes_near(std::size_t token) const;
  // The events of the sentence of `token`, in text order.
  const std::vector<std::size_t>& events_near(std::size_t token) const;
  // The event whose trigger is `token`, if any.
  std::optional<std::size_t> event_at(std::size_t token) const;
  // Whether event `e` is the main event of its sentence: the one nearest the root of the
  // parse, the first on ties.
  bool is_main_event(std::size_t e) const;

 private:
  const TlinkInput& input_;
  std::vector<int> sentence_of_;
  std::vector<std::size_t> event_token_, timex_head_;
  std::vector<std::optional<Interval>> timex_interval_;
  std::vector<std::vector<std::size_t>> timexes_by_sentence_, events_by_sentence_;
  // Per token, computed once: its dependents in text order, its depth in the parse.
  std::vector<std::vector<std::size_t>> dependents_;
  std::vector<int> depth_;
  std::vector<std::string> signal_;
  static constexpr std::size_t kNoEvent = static_cast<std::size_t>(-1);
  std::vector<std::size_t> main_event_;  // per sentence
  std::unordered_map<std::size_t, std::size_t> event_at_token_;
};

// The candidates of a document, each once, in a stable order.
std::vector<TlinkCandidate> tlink_candidates(const TlinkContext& context);

std::vector<std::string> tlink_features(const TlinkContext& context, const TlinkCandidate& candidate);

// A rule's relation (from -> to) where a rule is surer than the model, with the rule's name.
struct TlinkRuleResult {
  std::string rel_type;
  std::string rule;
  std::optional<std::size_t> gap = std::nullopt;  // as TlinkOutput::gap
  bool gap_dates_from = true;
  bool gap_at_most = false;  // as TlinkOutput::gap_at_most
};
std::optional<TlinkRuleResult> tlink_rule(const TlinkContext& context, const TlinkCandidate& candidate);

// The link a candidate becomes: the rule's when there is one, else the model's choice from
// `scores` with `none_shift` added to NONE (nullopt: no link). One decision for classify()
// and for cross-validation, so that what is tuned is what ships.
std::optional<TlinkOutput> decide_link(const TlinkLinearModel& model, const TlinkCandidate& candidate,
                                       const std::optional<TlinkRuleResult>& rule, const std::vector<double>& scores,
                                       double none_shift);

// Every dated time expression of the document and the DCT, chained in calendar order by their
// values (each linked to the next).
std::vector<TlinkOutput> timex_value_links(const TlinkContext& context);

// The reduced relation set the models predict: IBEFORE -> BEFORE, BEGINS/ENDS -> IS_INCLUDED,
// BEGUN_BY/ENDED_BY -> INCLUDES, DURING/IDENTITY -> SIMULTANEOUS; "" for an unknown relType.
std::string reduce_relation(std::string_view rel_type);
// The relation read the other way round (reduced set): BEFORE <-> AFTER, ...
std::string invert_relation(std::string_view rel_type);

}  // namespace chronograph::core
