#include "core/timex/rule_matcher.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "core/timex/value_functions.h"

namespace chronograph::core {

namespace {

using Kind = ScanToken::Kind;

struct ClassMatch {
  std::size_t len = 0;  // tokens consumed; 0 = no match
  std::string norm;
};

}  // namespace

class RuleMatcher::Impl {
 public:
  Impl(const TimexRuleSet& set, const std::vector<ScanToken>& tokens, std::string_view text)
      : set_(set), t_(tokens), text_(text) {
    numword_ = set.class_id("NUMWORD");
    ordword_ = set.class_id("ORDWORD");
    look_up_tokens();
  }

  // The longest match of any rule starting at token i: (rule, end token, captures).
  bool best_at(std::size_t i, int& rule, std::size_t& end, std::vector<Capture>& caps) {
    if (keys_[i] < 0) return false;
    best_end_ = i;
    best_rule_ = -1;
    const int next_key = i + 1 < t_.size() ? keys_[i + 1] : -1;
    const std::uint64_t window = sieve_window(i);
    for (const int r : set_.rules_by_first_key[static_cast<std::size_t>(keys_[i])]) {
      if (!set_.sieve.may_match(static_cast<std::size_t>(r), window) || !set_.may_follow(r, next_key)) continue;
      const auto& rl = set_.rules[r];
      if (i > 0 && !rl.reject_before.empty() &&
          std::find(rl.reject_before.begin(), rl.reject_before.end(), t_[i - 1].lower) != rl.reject_before.end())
        continue;
      if (!rl.require_before.empty() &&
          (i == 0 || t_[i].break_before ||
           std::find(rl.require_before.begin(), rl.require_before.end(), t_[i - 1].lower) == rl.require_before.end()))
        continue;
      if (rl.not_in_names && in_name(i)) continue;
      current_rule_ = r;
      const int start = rl.nodes[0].next;  // (node 0 is a jump to it)
      if (rl.reject_in_sentence.empty()) {
        walk(rl, start, i);
        continue;
      }
      // (the sentence is read only for a rule that matched here)
      const auto [end_before, rule_before, caps_before] = std::tuple{best_end_, best_rule_, best_caps_};
      walk(rl, start, i);
      if (best_rule_ == r && sentence_has(i, rl.reject_in_sentence))
        std::tie(best_end_, best_rule_, best_caps_) = std::tuple{end_before, rule_before, caps_before};
    }
    if (best_rule_ < 0) return false;
    rule = best_rule_;
    end = best_end_;
    caps = best_caps_;
    return true;
  }

  // Whether the sentence of token i holds any of `words` ("temperatures ... into the 40s").
  bool sentence_has(std::size_t i, const std::vector<std::string>& words) const {
    const auto listed = [&](std::size_t k) { return std::find(words.begin(), words.end(), t_[k].lower) != words.end(); };
    for (std::size_t k = i; k < t_.size() && (k == i || !t_[k].break_before); ++k)
      if (listed(k)) return true;
    for (std::size_t k = i; k > 0 && !t_[k].break_before; --k)
      if (listed(k - 1)) return true;
    return false;
  }

  ClassMatch match_class(int c, std::size_t i) const {
    if (i >= t_.size()) return {};
    switch (c) {
      case kNum: return num(i);
      case kYear4: return year4(i);
      case kDayNum: return daynum(i, 99);
      case kOrd: return ordinal(i);
      case kDecade: return decade(i, true);
      case kDecade2: return decade(i, false);
      case kClock: return clock(i);
      case kIsoDate: return iso_date(i);
      case kSlashDate: return slash_date(i);
      case kClock24: return clock24(i);
      default: return lexical(c, i);
    }
  }

  // A capitalised word right after another capitalised word of the same sentence continues a
  // name: "USA Today", "This is VOA Today". So does a number after a capitalised word inside the
  // sentence that is no word of time ("the Vision 2030 plan", "Euro 2024"), or before a word in
  // capitals ("the asteroid 2018 KV").
  bool in_name(std::size_t i) const {
    if (i > 0 && t_[i].kind == ScanToken::Kind::Number && !t_[i].break_before) {
      const ScanToken& before = t_[i - 1];
      // (an abbreviation in capitals before it is a label of the year: "FY 2023")
      const bool name_before = i >= 2 && before.kind == ScanToken::Kind::Word && before.capitalised && !before.break_before &&
                               !all_capitals(before) && !entries_[i - 1];
      // (after a lower-case word that links no time to it, as a preposition or an article does:
      // "In 2019 GDP grew", "By 2030 NATO members" are years)
      const bool noun_before = before.kind == ScanToken::Kind::Word && !before.capitalised && !kLinkWords.count(before.lower);
      const bool capitals_after = noun_before && i + 1 < t_.size() && !t_[i + 1].break_before &&
                                  t_[i + 1].kind == ScanToken::Kind::Word && t_[i + 1].lower.size() >= 2 && all_capitals(t_[i + 1]);
      return name_before || capitals_after;
    }
    return i > 0 && t_[i].capitalised && !t_[i].break_before && t_[i - 1].kind == ScanToken::Kind::Word &&
           t_[i - 1].capitalised && t_[i].space_before;
  }

  // Words that link a year to what is said of it ("in 2019 GDP grew"): no common noun naming a thing.
  inline static const std::set<std::string> kLinkWords = {"in", "by", "since", "of", "for", "from", "to", "until", "before",
                                                          "after", "during", "between", "and", "or", "the", "a", "at",
                                                          "on", "than", "through", "as", "early", "late", "mid"};

  bool all_capitals(const ScanToken& t) const {
    const std::string_view word = t.span.of(text_);
    return std::all_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
  }

  const LexEntry* lex(int c, std::size_t i) const {
    if (i >= t_.size() || c < 0 || !entries_[i]) return nullptr;
    for (const auto& e : *entries_[i])
      if (e.class_id == c && (!e.needs_capital || t_[i].capitalised)) return &e;
    return nullptr;
  }

 private:
  // Each token's lexicon entries and rule key, looked up once per text: the rules ask for them
  // many times over (a third of the tagger's time when they hashed each time).
  void look_up_tokens() {
    entries_.reserve(t_.size());
    keys_.reserve(t_.size());
    sieve_bits_.reserve(t_.size());
    for (const ScanToken& tok : t_) {
      const auto entries = set_.lexicon.find(tok.lower);
      entries_.push_back(entries == set_.lexicon.end() ? nullptr : &entries->second);
      keys_.push_back(set_.key_id(tok));
      sieve_bits_.push_back(sieve_bits(keys_.back(), entries_.back()));
    }
  }

  // The sieve's bits of a token: those of its word and of its lexicon classes.
  std::uint64_t sieve_bits(int key, const std::vector<LexEntry>* entries) const {
    const RuleSieve& sieve = set_.sieve;
    std::uint64_t bits = key >= 0 && static_cast<std::size_t>(key) < sieve.bits_of_key.size() ? sieve.bits_of_key[key] : 0;
    if (entries)
      for (const LexEntry& e : *entries) bits |= sieve.bits_of_class[static_cast<std::size_t>(e.class_id)];
    return bits;
  }

  // The sieve's bits of the RuleSieve::kWindow tokens from token i.
  std::uint64_t sieve_window(std::size_t i) const {
    std::uint64_t bits = 0;
    for (std::size_t k = i; k < std::min(t_.size(), i + RuleSieve::kWindow); ++k) bits |= sieve_bits_[k];
    return bits;
  }

  void walk(const TimexRule& rule, int node, std::size_t pos) {
    const auto& n = rule.nodes[node];
    switch (n.op) {
      case PatternNode::Op::Jump: walk(rule, n.next, pos); return;
      case PatternNode::Op::Split: walk(rule, n.next, pos); walk(rule, n.alt, pos); return;
      case PatternNode::Op::Literal:
        if (pos < t_.size() && t_[pos].lower == n.literal) walk(rule, n.next, pos + 1);
        return;
      case PatternNode::Op::Class: {
        auto m = match_class(n.class_id, pos);
        if (m.len == 0) return;
        assert(m.len <= (n.class_id < kBuiltinCount ? kMaxBuiltinTokens : 2));  // (what the sieve assumes)
        caps_.push_back({n.label, std::move(m.norm)});
        walk(rule, n.next, pos + m.len);
        caps_.pop_back();
        return;
      }
      case PatternNode::Op::Accept:
        if (pos <= best_end_) return;
        if (!rule.reject_after.empty() && pos < t_.size() &&
            std::find(rule.reject_after.begin(), rule.reject_after.end(), t_[pos].lower) != rule.reject_after.end())
          return;
        if (!rule.require_after.empty() &&
            (pos >= t_.size() ||
             std::find(rule.require_after.begin(), rule.require_after.end(), t_[pos].lower) == rule.require_after.end()))
          return;
        best_end_ = pos;
        best_rule_ = current_rule_;
        best_caps_ = caps_;
        return;
    }
  }

  ClassMatch lexical(int c, std::size_t i) const {
    const LexEntry* e = lex(c, i);
    if (!e) return {};
    if (!e->abbreviation) return {1, e->norm};
    if (is(t_, i + 1, ".") && adjacent(t_, i + 1)) return {2, e->norm};
    return {};
  }

  // A number not glued to more digits ("2,000", "1.5" are not 2 and 1).
  bool whole_number(std::size_t i) const {
    return !((is(t_, i + 1, ",") || is(t_, i + 1, ".")) && adjacent(t_, i + 1) && number_at(t_, i + 2) &&
             adjacent(t_, i + 2)) &&
           !(i > 0 && (t_[i - 1].lower == "." || t_[i - 1].lower == ",") && !t_[i].space_before && i > 1 &&
             t_[i - 2].kind == Kind::Number);
  }

  // "3,500", "12,000,000": digits in groups of three after commas, as one number; none when a
  // decimal part or a group of another length follows ("3,5", "1,500.5").
  ClassMatch grouped_number(std::size_t i) const {
    if (t_[i].lower.size() > 3 || (i > 0 && t_[i - 1].lower == "," && !t_[i].space_before)) return {};
    std::string digits = t_[i].lower;
    std::size_t len = 1;
    while (is(t_, i + len, ",") && adjacent(t_, i + len) && number_at(t_, i + len + 1) && adjacent(t_, i + len + 1)) {
      if (t_[i + len + 1].lower.size() != 3) return {};
      digits += t_[i + len + 1].lower;
      len += 2;
    }
    if (len == 1 || digits.size() > 12 || (is(t_, i + len, ".") && adjacent(t_, i + len) && number_at(t_, i + len + 1)))
      return {};
    return {len, std::to_string(*to_long(digits))};
  }

  ClassMatch num(std::size_t i) const {
    if (t_[i].kind == Kind::Number) {
      if (const ClassMatch grouped = grouped_number(i); grouped.len > 0) return grouped;
      if (t_[i].lower.size() > 6 || !whole_number(i)) return {};
      // "2 1/2": a half written as a fraction; ISO 8601 allows "P2.5Y"
      if (is(t_, i + 1, "1") && is(t_, i + 2, "/") && is(t_, i + 3, "2") && adjacent(t_, i + 2) && adjacent(t_, i + 3))
        return {4, std::to_string(*to_long(t_[i].lower)) + ".5"};
      return {1, std::to_string(*to_long(t_[i].lower))};
    }
    // ("almost a hundred years", "a dozen days": "a" counts one of a hundred, a thousand, a dozen;
    // "a" is no index key of {NUM}: rules reach it after a bound or through their {ONE} alternative)
    if (t_[i].lower == "a")
      if (const LexEntry* unit = lex(numword_, i + 1); unit && (unit->norm == "100" || unit->norm == "1000" || unit->norm == "12"))
        return {2, unit->norm};
    const LexEntry* first = lex(numword_, i);
    if (!first) return {};
    long v = *to_long(first->norm);
    std::size_t len = 1;
    if (v >= 20 && v <= 90 && v % 10 == 0) {
      std::size_t j = i + 1;
      if (is(t_, j, "-") && adjacent(t_, j)) ++j;
      if (const LexEntry* ones = lex(numword_, j)) {
        const long o = *to_long(ones->norm);
        if (o >= 1 && o <= 9) { v += o; len = j + 1 - i; }
      }
    }
    if (const LexEntry* mult = lex(numword_, i + len); mult && (mult->norm == "100" || mult->norm == "1000")) {
      v *= *to_long(mult->norm);
      ++len;
    }
    return {len, std::to_string(v)};
  }

  ClassMatch year4(std::size_t i) const {
    if (t_[i].kind == Kind::Word) return year_in_words(i);
    if (t_[i].kind != Kind::Number || t_[i].lower.size() != 4 || !whole_number(i) || piece_of_a_code(i)) return {};
    const long y = *to_long(t_[i].lower);
    if (y < 1000 || y > 2999) return {};
    return {1, t_[i].lower};
  }

  // "model 2024B", "1-800-555-2025", "No. 2019": four digits with letters right after them, the
  // last group of numbers joined by hyphens (but "2023-2024" is two years) or a number after
  // "No." are a code, no year.
  bool piece_of_a_code(std::size_t i) const {
    if (adjacent(t_, i + 1) && t_[i + 1].kind == Kind::Word) return true;
    if (i >= 2 && t_[i - 1].lower == "." && adjacent(t_, i - 1) && t_[i - 2].lower == "no") return true;  // "Resolution No. 2019"
    return i >= 2 && adjacent(t_, i) && t_[i - 1].lower == "-" && adjacent(t_, i - 1) && number_at(t_, i - 2) &&
           t_[i - 2].lower.size() != 4;
  }

  // "the year two thousand", "the year two thousand and five": only after "year", where the
  // words cannot count things.
  ClassMatch millennium_year(std::size_t i) const {
    if (i == 0 || t_[i - 1].lower != "year" || !is(t_, i, "two") || !is(t_, i + 1, "thousand")) return {};
    std::size_t j = i + 2;
    if (is(t_, j, "and")) ++j;
    const LexEntry* rest = lex(numword_, j);
    const long r = rest ? *to_long(rest->norm) : 0;
    if (rest && r >= 1 && r <= 99) return {j + 1 - i, std::to_string(2000 + r)};
    return {2, "2000"};
  }

  // A year said as two numbers, as transcripts write it: "nineteen ninety-six" (16..20, then 20..99).
  ClassMatch year_in_words(std::size_t i) const {
    if (const ClassMatch m = millennium_year(i); m.len > 0) return m;
    const LexEntry* century = lex(numword_, i);
    if (!century) return {};
    const long c = *to_long(century->norm);
    if (c < 16 || c > 20) return {};  // 1600..2099: "eleven forty" is a time of day
    const LexEntry* tens = lex(numword_, i + 1);
    if (!tens) return {};
    long y = *to_long(tens->norm);
    if (y < 20 || y > 90 || y % 10 != 0) return {};
    std::size_t len = 2;
    std::size_t j = i + 2;
    if (is(t_, j, "-") && adjacent(t_, j)) ++j;
    if (const LexEntry* ones = lex(numword_, j); ones && *to_long(ones->norm) >= 1 && *to_long(ones->norm) <= 9) {
      y += *to_long(ones->norm);
      len = j + 1 - i;
    }
    return {len, std::to_string(c * 100 + y)};
  }

  ClassMatch daynum(std::size_t i, long max) const {
    if (t_[i].kind == Kind::Number) {
      if (t_[i].lower.size() > 2 || !whole_number(i)) return {};
      const long d = *to_long(t_[i].lower);
      if (d < 1 || d > max) return {};
      std::size_t len = 1;
      if (adjacent(t_, i + 1) && (is(t_, i + 1, "st") || is(t_, i + 1, "nd") || is(t_, i + 1, "rd") || is(t_, i + 1, "th")))
        len = 2;
      return {len, fmt::format("{:02}", d)};
    }
    long v = 0;
    std::size_t len = 0;
    if (const LexEntry* tens = lex(numword_, i); tens && (tens->norm == "20" || tens->norm == "30")) {
      std::size_t j = i + 1;
      if (is(t_, j, "-") && adjacent(t_, j)) ++j;
      if (const LexEntry* o = lex(ordword_, j)) {
        v = *to_long(tens->norm) + *to_long(o->norm);
        len = j + 1 - i;
      }
    } else if (const LexEntry* o = lex(ordword_, i)) {
      v = *to_long(o->norm);
      len = 1;
    }
    if (len == 0 || v > max) return {};
    return {len, fmt::format("{:02}", v)};
  }

  ClassMatch ordinal(std::size_t i) const {
    if (t_[i].kind == Kind::Number) {
      if (!(adjacent(t_, i + 1) && (is(t_, i + 1, "st") || is(t_, i + 1, "nd") || is(t_, i + 1, "rd") || is(t_, i + 1, "th"))))
        return {};
      auto m = daynum(i, 99);
      if (m.len == 0) return {};
      return {m.len, std::to_string(*to_long(m.norm))};
    }
    auto m = daynum(i, 99);
    if (m.len == 0) return {};
    return {m.len, std::to_string(*to_long(m.norm))};
  }

  // A decade with its century or an apostrophe for it ("1990s", "'90s": `century` true), or a
  // bare two-digit one ("90s", which may be a temperature).
  ClassMatch decade(std::size_t i, bool century) const {
    const bool apostrophe = t_[i].lower == "'";  // ' or ’ (the scanner reads both as ')
    const std::size_t j = apostrophe ? i + 1 : i;
    if (!number_at(t_, j) || (j != i && !adjacent(t_, j))) return {};
    const std::string& d = t_[j].lower;
    if (d.back() != '0' || (century != (d.size() == 4 || apostrophe))) return {};
    // "1990s", or "1990's" / "1990’s" as some write it (four digits only)
    std::size_t suffix = 0;
    if (adjacent(t_, j + 1) && is(t_, j + 1, "s")) suffix = 1;
    else if (d.size() == 4 && adjacent(t_, j + 1) && is(t_, j + 1, "'") && adjacent(t_, j + 2) && is(t_, j + 2, "s")) suffix = 2;
    if (suffix == 0) return {};
    // "the 1800s" is a century; "the 2000s" stays the decade news means by it
    if (d.size() == 4 && d.compare(2, 2, "00") == 0 && d < "2000")
      return apostrophe ? ClassMatch{} : ClassMatch{j + 1 + suffix - i, d.substr(0, 2)};
    if (d.size() == 4) return apostrophe ? ClassMatch{} : ClassMatch{j + 1 + suffix - i, d.substr(0, 3)};
    if (d.size() == 2) return {j + 2 - i, (d == "00" || d == "10" ? "20" : "19") + d.substr(0, 1)};
    return {};
  }

  // "finished in 2:36:10", "a record of 1:59:40": seconds after a clock's minutes, with no "am" or
  // "pm" and no zone in capitals after them ("10:32:15 GMT", "10:32:15 a.m."), time a race or a
  // lap; no clock time (`j` is the token after the minutes).
  bool lapse_in_seconds(std::size_t j) const {
    if (!is(t_, j, ":") || !adjacent(t_, j) || !number_at(t_, j + 1) || !adjacent(t_, j + 1) || t_[j + 1].lower.size() != 2)
      return false;
    const std::size_t after = j + 2;
    if (after >= t_.size() || t_[after].kind != Kind::Word) return true;
    const std::string& word = t_[after].lower;
    return !t_[after].all_caps && word != "am" && word != "pm" && word != "a" && word != "p";
  }

  ClassMatch clock(std::size_t i) const {
    if (t_[i].kind != Kind::Number || t_[i].lower.size() > 2) return {};
    // (not the minutes of "11.05pm", nor the decimals of "2.5 pm")
    if (i >= 2 && is(t_, i - 1, ".") && adjacent(t_, i - 1) && adjacent(t_, i) && number_at(t_, i - 2)) return {};
    // (nor the minutes and seconds of a race time, "2:05:10")
    if (i >= 2 && is(t_, i - 1, ":") && adjacent(t_, i - 1) && adjacent(t_, i) && number_at(t_, i - 2)) return {};
    long h = *to_long(t_[i].lower), m = 0;
    std::size_t j = i + 1;
    bool colon = false;
    // "10:30", and "10.30" as British news writes it, which needs its "pm" ("2.30" alone is a number)
    const bool separator = (is(t_, j, ":") || is(t_, j, ".")) && adjacent(t_, j);
    if (separator && number_at(t_, j + 1) && adjacent(t_, j + 1) && t_[j + 1].lower.size() == 2) {
      m = *to_long(t_[j + 1].lower);
      colon = t_[j].lower == ":";
      j += 2;
    }
    // a.m. / p.m. / am / pm
    int half = 0;
    if ((is(t_, j, "a") || is(t_, j, "p")) && is(t_, j + 1, ".") && is(t_, j + 2, "m") && adjacent(t_, j + 1) &&
        adjacent(t_, j + 2)) {
      half = t_[j].lower == "a" ? 1 : 2;
      j += 3;
      if (is(t_, j, ".") && adjacent(t_, j)) ++j;
    } else if (is(t_, j, "am") || is(t_, j, "pm")) {
      half = t_[j].lower == "am" ? 1 : 2;
      ++j;
    }
    if (!colon && half == 0) return {};
    if (half == 0 && lapse_in_seconds(j)) return {};
    if (h > 24 || m > 59 || (half && (h < 1 || h > 12))) return {};
    if (half == 2 && h < 12) h += 12;
    if (half == 1 && h == 12) h = 0;
    return {j - i, fmt::format("{:02}:{:02}", h, m)};
  }

  // "1930" in "1930 GMT": a 24-hour time written as four digits (the rules ask for a time zone
  // after it, or "1930" would be the year).
  ClassMatch clock24(std::size_t i) const {
    if (t_[i].kind != Kind::Number || t_[i].lower.size() != 4) return {};
    const long hhmm = *to_long(t_[i].lower), h = hhmm / 100, m = hhmm % 100;
    if (h > 24 || m > 59 || (h == 24 && m != 0)) return {};
    return {1, fmt::format("{:02}:{:02}", h, m)};
  }

  ClassMatch iso_date(std::size_t i) const {
    if (t_[i].lower.size() != 4 || !is(t_, i + 1, "-") || !adjacent(t_, i + 1) || !number_at(t_, i + 2) ||
        !adjacent(t_, i + 2) || t_[i + 2].lower.size() != 2)
      return {};
    std::string norm = t_[i].lower + "-" + t_[i + 2].lower;
    std::size_t len = 3;
    // ("the 2023-24 season": a span of two years, written with the second's last two digits,
    // where those are no month, or a season or a campaign follows; "2011-12" alone stays
    // December 2011)
    const long second = *to_long(t_[i + 2].lower);
    const bool next_year_digits = (*to_long(t_[i].lower) + 1) % 100 == second;
    // (a season may have its sport or league before it: "the 2003-04 Premier League season")
    const bool season_after = is(t_, i + 4, "season") || is(t_, i + 5, "season") || is(t_, i + 4, "campaign");
    const bool span_noun = (i + 3 < t_.size() && set_.in_class(t_[i + 3].lower, "SPANNOUN")) || season_after;
    if (next_year_digits && (second > 12 || second == 0 || span_noun) && !(is(t_, i + 3, "-") && adjacent(t_, i + 3))) return {};
    if (is(t_, i + 3, "-") && adjacent(t_, i + 3) && number_at(t_, i + 4) && adjacent(t_, i + 4) &&
        t_[i + 4].lower.size() == 2) {
      norm += "-" + t_[i + 4].lower;
      len = 5;
    }
    return {len, norm};
  }

  ClassMatch slash_date(std::size_t i) const {
    if (t_[i].lower.size() > 2 || !is(t_, i + 1, "/") || !adjacent(t_, i + 1) || !number_at(t_, i + 2) ||
        !adjacent(t_, i + 2) || t_[i + 2].lower.size() > 2 || !is(t_, i + 3, "/") || !adjacent(t_, i + 3) ||
        !number_at(t_, i + 4) || !adjacent(t_, i + 4))
      return {};
    const std::string& y = t_[i + 4].lower;
    std::string year;
    if (y.size() == 4) year = y;
    else if (y.size() == 2) year = (*to_long(y) < 50 ? "20" : "19") + y;
    else return {};
    long month = *to_long(t_[i].lower), day = *to_long(t_[i + 2].lower);
    // "25/12/2024" can only be day first; "03/12/2024" is day first where the text writes its
    // other dates so ("9 December", as in Britain), else month first (US)
    const bool day_first = (month > 12 && day <= 12) || (day <= 12 && writes_day_first());
    if (day_first) std::swap(month, day);
    return {5, fmt::format("{}-{:02}-{:02}", year, month, day)};
  }

  // Whether the text writes a day before its month ("9 December", "2 May 1936") more often than
  // after it ("December 9"); worked out once per text, at its first slash date.
  bool writes_day_first() const {
    if (!day_first_) {
      int before = 0, after = 0;
      const auto day_number = [&](std::size_t k) {
        return number_at(t_, k) && t_[k].lower.size() <= 2 && *to_long(t_[k].lower) >= 1 && *to_long(t_[k].lower) <= 31;
      };
      for (std::size_t k = 0; k < t_.size(); ++k) {
        if (t_[k].kind != Kind::Word || !t_[k].capitalised || !set_.in_class(t_[k].lower, "MONTH")) continue;
        if (k > 0 && day_number(k - 1) && !t_[k].break_before) ++before;
        const std::size_t next = k + 1 < t_.size() && t_[k + 1].lower == "." ? k + 2 : k + 1;
        if (day_number(next) && !t_[next].break_before) ++after;
      }
      day_first_ = before > after;
    }
    return *day_first_;
  }

  const TimexRuleSet& set_;
  const std::vector<ScanToken>& t_;
  std::string_view text_;
  int numword_ = -1, ordword_ = -1;
  std::vector<const std::vector<LexEntry>*> entries_;  // per token; null when not in the lexicon
  std::vector<int> keys_;                               // per token: TimexRuleSet::key_id
  std::vector<std::uint64_t> sieve_bits_;               // per token: sieve_bits()
  int current_rule_ = -1, best_rule_ = -1;
  std::size_t best_end_ = 0;
  mutable std::optional<bool> day_first_;  // writes_day_first(), once known
  std::vector<Capture> caps_, best_caps_;
};

RuleMatcher::RuleMatcher(const TimexRuleSet& set, const std::vector<ScanToken>& tokens, std::string_view text)
    : impl_(std::make_unique<Impl>(set, tokens, text)) {}

RuleMatcher::~RuleMatcher() = default;

std::optional<RuleMatch> RuleMatcher::best_at(std::size_t i) {
  RuleMatch match;
  if (!impl_->best_at(i, match.rule, match.end, match.captures)) return std::nullopt;
  return match;
}

}  // namespace chronograph::core
