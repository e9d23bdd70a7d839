#include "core/timex/rule_sieve.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "core/timex/timex_rules.h"

namespace chronograph::core {

namespace {

// A word or a lexicon class that a rule's atoms can ask for.
struct Need {
  std::string word;  // a literal word; empty for a class
  int class_id = -1;

  bool met_by(const PatternNode& n) const {
    if (n.op == PatternNode::Op::Literal) return !word.empty() && n.literal == word;
    return n.op == PatternNode::Op::Class && n.class_id == class_id;
  }
  bool operator<(const Need& o) const { return std::tie(word, class_id) < std::tie(o.word, o.class_id); }
};

constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max();

// The most tokens an atom can read: one for a word, two for a lexicon word written with its
// full stop ("Jan ."), at most kMaxBuiltinTokens for a built-in class.
std::size_t atom_tokens(const PatternNode& n) {
  if (n.op == PatternNode::Op::Literal) return 1;
  return n.class_id < kBuiltinCount ? kMaxBuiltinTokens : 2;
}

// The words (no numbers: every number has the one key "#") and lexicon classes of a rule.
std::set<Need> candidate_needs(const TimexRule& rule) {
  std::set<Need> needs;
  for (const auto& n : rule.nodes) {
    if (n.op == PatternNode::Op::Literal && std::isalpha(static_cast<unsigned char>(n.literal[0])))
      needs.insert({n.literal, -1});
    else if (n.op == PatternNode::Op::Class && n.class_id >= kBuiltinCount)
      needs.insert({"", n.class_id});
  }
  return needs;
}

// Whether the rule can accept on a path that never meets `need`.
bool accepts_without(const TimexRule& rule, const Need& need) {
  std::vector<bool> seen(rule.nodes.size(), false);
  std::vector<int> todo{0};
  while (!todo.empty()) {
    const int node = todo.back();
    todo.pop_back();
    if (node < 0 || seen[static_cast<std::size_t>(node)]) continue;
    seen[static_cast<std::size_t>(node)] = true;
    const PatternNode& n = rule.nodes[static_cast<std::size_t>(node)];
    if (n.op == PatternNode::Op::Accept) return true;
    if (need.met_by(n)) continue;
    todo.push_back(n.next);
    if (n.op == PatternNode::Op::Split) todo.push_back(n.alt);
  }
  return false;
}

// The most tokens a match can read from `node` before it meets `need` (kUnbounded on a loop).
class NeedReach {
 public:
  NeedReach(const TimexRule& rule, const Need& need)
      : rule_(rule), need_(need), memo_(rule.nodes.size(), kUnknown), open_(rule.nodes.size(), false) {}

  std::size_t from(int node) {
    if (node < 0) return 0;
    const auto i = static_cast<std::size_t>(node);
    if (memo_[i] != kUnknown) return memo_[i];
    if (open_[i]) return kUnbounded;
    open_[i] = true;
    memo_[i] = compute(rule_.nodes[i]);
    open_[i] = false;
    return memo_[i];
  }

 private:
  static constexpr std::size_t kUnknown = kUnbounded - 1;

  std::size_t compute(const PatternNode& n) {
    if (need_.met_by(n)) return 0;
    switch (n.op) {
      case PatternNode::Op::Accept: return 0;  // (never reached without the need, which every match has)
      case PatternNode::Op::Jump: return from(n.next);
      case PatternNode::Op::Split: return std::max(from(n.next), from(n.alt));
      default: {
        const std::size_t rest = from(n.next);
        return rest == kUnbounded ? kUnbounded : atom_tokens(n) + rest;
      }
    }
  }

  const TimexRule& rule_;
  const Need& need_;
  std::vector<std::size_t> memo_;
  std::vector<bool> open_;
};

// The needs of a rule that every match meets within its first RuleSieve::kWindow tokens.
std::vector<Need> sieve_needs(const TimexRule& rule) {
  std::vector<Need> out;
  for (const Need& need : candidate_needs(rule)) {
    if (accepts_without(rule, need)) continue;
    if (NeedReach(rule, need).from(0) < RuleSieve::kWindow) out.push_back(need);
  }
  return out;
}

}  // namespace

RuleSieve build_rule_sieve(TimexRuleSet& set) {
  RuleSieve sieve;
  std::map<Need, std::uint64_t> bit_of_need;  // in the order first needed; bits wrap after 64
  std::map<std::string, std::uint64_t> bits_of_word;
  for (const TimexRule& rule : set.rules) {
    std::uint64_t needs = 0;
    for (const Need& need : sieve_needs(rule)) {
      const auto [it, added] = bit_of_need.try_emplace(need, std::uint64_t{1} << (bit_of_need.size() % 64));
      needs |= it->second;
      if (!added) continue;
      if (need.word.empty()) {
        if (sieve.bits_of_class.size() <= static_cast<std::size_t>(need.class_id))
          sieve.bits_of_class.resize(static_cast<std::size_t>(need.class_id) + 1, 0);
        sieve.bits_of_class[static_cast<std::size_t>(need.class_id)] |= it->second;
      } else {
        bits_of_word[need.word] |= it->second;
      }
    }
    sieve.needs_of_rule.push_back(needs);
  }
  for (const auto& [word, bits] : bits_of_word) {
    const auto [key, added] = set.key_ids.try_emplace(word, static_cast<int>(set.key_ids.size()));
    if (sieve.bits_of_key.size() <= static_cast<std::size_t>(key->second))
      sieve.bits_of_key.resize(static_cast<std::size_t>(key->second) + 1, 0);
    sieve.bits_of_key[static_cast<std::size_t>(key->second)] |= bits;
  }
  sieve.bits_of_class.resize(set.class_names.size(), 0);
  return sieve;
}

}  // namespace chronograph::core
