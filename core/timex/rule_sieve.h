// A sieve run before the TIMEX rule matcher. Most rules can start at a common token ("the",
// "last", any number) but need a rarer word or word class a few tokens on ("half", "quarter",
// {UNITS}). Each such need is a bit; a rule is walked at a token only when every bit it needs
// is set by one of the next kWindow tokens. Bits may be shared by several needs: a shared bit
// lets more rules through, never fewer, so the sieve never loses a match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chronograph::core {

struct TimexRuleSet;

struct RuleSieve {
  // How many tokens from a rule's first one its needs are looked for.
  static constexpr std::size_t kWindow = 12;

  std::vector<std::uint64_t> needs_of_rule;   // per rule: 0 when it needs nothing the sieve knows
  std::vector<std::uint64_t> bits_of_key;     // per key id (TimexRuleSet::key_ids): a needed word's bit
  std::vector<std::uint64_t> bits_of_class;   // per class id: a needed lexicon class's bit

  // Whether rule r may match where the next kWindow tokens have the bits `window`.
  bool may_match(std::size_t r, std::uint64_t window) const { return (window & needs_of_rule[r]) == needs_of_rule[r]; }
};

// Finds what each rule needs and gives the needed words key ids (so that the matcher's per-token
// key lookup also finds them). Call once the rules and lexicon are read.
RuleSieve build_rule_sieve(TimexRuleSet& set);

}  // namespace chronograph::core
