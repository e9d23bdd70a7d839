#include "core/timex/timex_tagger.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <optional>
#include <set>
#include <span>

#include "core/syntax/finite_governor.h"
#include "core/timex/names_not_times.h"
#include "core/timex/timex_calendar.h"
#include "core/timex/timex_rules.h"

namespace chronograph::core {

namespace {

using Kind = ScanToken::Kind;

struct ClassMatch {
  std::size_t len = 0;  // tokens consumed; 0 = no match
  std::string norm;
};

struct Capture {
  int label;
  std::string norm;
};

std::optional<long> to_long(std::string_view s) {
  long v = 0;
  if (s.empty()) return std::nullopt;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (error != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

bool adjacent(const std::vector<ScanToken>& t, std::size_t i) { return i < t.size() && !t[i].space_before; }
bool is(const std::vector<ScanToken>& t, std::size_t i, std::string_view s) { return i < t.size() && t[i].lower == s; }
bool number_at(const std::vector<ScanToken>& t, std::size_t i) { return i < t.size() && t[i].kind == Kind::Number; }

// Everything the matcher needs for one text.
class Matcher {
 public:
  Matcher(const TimexRuleSet& set, const std::vector<ScanToken>& tokens, std::string_view text)
      : set_(set), t_(tokens), text_(text) {
    numword_ = set.class_id("NUMWORD");
    ordword_ = set.class_id("ORDWORD");
  }

  // The longest match of any rule starting at token i: (rule, end token, captures).
  bool best_at(std::size_t i, int& rule, std::size_t& end, std::vector<Capture>& caps) {
    const auto it = set_.first_index.find(t_[i].kind == Kind::Number ? std::string("#") : t_[i].lower);
    if (it == set_.first_index.end()) return false;
    best_end_ = i;
    best_rule_ = -1;
    for (const int r : it->second) {
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
      walk(rl, 0, i);
    }
    if (best_rule_ < 0) return false;
    rule = best_rule_;
    end = best_end_;
    caps = best_caps_;
    return true;
  }

  ClassMatch match_class(int c, std::size_t i) const {
    if (i >= t_.size()) return {};
    switch (c) {
      case kNum: return num(i);
      case kYear4: return year4(i);
      case kDayNum: return daynum(i, 99);
      case kOrd: return ordinal(i);
      case kDecade: return decade(i);
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
                               !all_capitals(before) && !set_.lexicon.count(before.lower);
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
    if (i >= t_.size() || c < 0) return nullptr;
    const auto it = set_.lexicon.find(t_[i].lower);
    if (it == set_.lexicon.end()) return nullptr;
    for (const auto& e : it->second)
      if (e.class_id == c && (!e.needs_capital || t_[i].capitalised)) return &e;
    return nullptr;
  }

 private:
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

  ClassMatch num(std::size_t i) const {
    if (t_[i].kind == Kind::Number) {
      if (t_[i].lower.size() > 6 || !whole_number(i)) return {};
      // "2 1/2": a half written as a fraction; ISO 8601 allows "P2.5Y"
      if (is(t_, i + 1, "1") && is(t_, i + 2, "/") && is(t_, i + 3, "2") && adjacent(t_, i + 2) && adjacent(t_, i + 3))
        return {4, std::to_string(*to_long(t_[i].lower)) + ".5"};
      return {1, std::to_string(*to_long(t_[i].lower))};
    }
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
    if (t_[i].kind != Kind::Number || t_[i].lower.size() != 4 || !whole_number(i)) return {};
    const long y = *to_long(t_[i].lower);
    if (y < 1000 || y > 2999) return {};
    return {1, t_[i].lower};
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

  ClassMatch decade(std::size_t i) const {
    const bool apostrophe = t_[i].lower == "'" || t_[i].lower == "\xe2\x80\x99";  // ' or ’
    const std::size_t j = apostrophe ? i + 1 : i;
    if (!number_at(t_, j) || (j != i && !adjacent(t_, j))) return {};
    const std::string& d = t_[j].lower;
    if (d.back() != '0') return {};
    // "1990s", or "1990's" / "1990’s" as some write it (four digits only)
    std::size_t suffix = 0;
    if (adjacent(t_, j + 1) && is(t_, j + 1, "s")) suffix = 1;
    else if (d.size() == 4 && adjacent(t_, j + 1) && is(t_, j + 1, "\xe2\x80\x99s")) suffix = 1;
    else if (d.size() == 4 && adjacent(t_, j + 1) && is(t_, j + 1, "'") && adjacent(t_, j + 2) && is(t_, j + 2, "s")) suffix = 2;
    if (suffix == 0) return {};
    // "the 1800s" is a century; "the 2000s" stays the decade news means by it
    if (d.size() == 4 && d.compare(2, 2, "00") == 0 && d < "2000")
      return apostrophe ? ClassMatch{} : ClassMatch{j + 1 + suffix - i, d.substr(0, 2)};
    if (d.size() == 4) return apostrophe ? ClassMatch{} : ClassMatch{j + 1 + suffix - i, d.substr(0, 3)};
    if (d.size() == 2) return {j + 2 - i, (d == "00" || d == "10" ? "20" : "19") + d.substr(0, 1)};
    return {};
  }

  ClassMatch clock(std::size_t i) const {
    if (t_[i].kind != Kind::Number || t_[i].lower.size() > 2) return {};
    long h = *to_long(t_[i].lower), m = 0;
    std::size_t j = i + 1;
    bool colon = false;
    if (is(t_, j, ":") && adjacent(t_, j) && number_at(t_, j + 1) && adjacent(t_, j + 1) && t_[j + 1].lower.size() == 2) {
      m = *to_long(t_[j + 1].lower);
      j += 2;
      colon = true;
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
    return {5, fmt::format("{}-{:02}-{:02}", year, *to_long(t_[i].lower), *to_long(t_[i + 2].lower))};
  }

  const TimexRuleSet& set_;
  const std::vector<ScanToken>& t_;
  std::string_view text_;
  int numword_ = -1, ordword_ = -1;
  int current_rule_ = -1, best_rule_ = -1;
  std::size_t best_end_ = 0;
  std::vector<Capture> caps_, best_caps_;
};

// ---- clause tense --------------------------------------------------------------------

// The tagged token that starts at `byte`; none where no token starts there or the tagger did not run.
const Token* token_at(const TokenizedText& tagged, std::size_t byte) {
  const auto& toks = tagged.tokens;
  const auto it = std::lower_bound(toks.begin(), toks.end(), byte, [](const Token& t, std::size_t b) { return t.span.begin < b; });
  if (it == toks.end() || it->span.begin != byte || it->xpos.empty()) return nullptr;
  return &*it;
}

// The tense of the clause around tokens [begin, end): the nearest cue within the sentence
// (at most 12 tokens each side), the left one on a tie. A cue is a Penn tag when the tagger
// ran (VBD past; MD will/shall/'ll future; VBZ/VBP present), else a word of the lexicon
// classes FUTURECUE / PASTCUE / PRESENTCUE, else a word over four letters ending in -ed (past).
class TenseFinder {
 public:
  TenseFinder(const TimexRuleSet& set, const std::vector<ScanToken>& t, const TokenizedText* tagged)
      : t_(t),
        tagged_(tagged),
        future_(set.class_id("FUTURECUE")),
        past_(set.class_id("PASTCUE")),
        present_(set.class_id("PRESENTCUE")),
        not_past_(set.class_id("NOTPASTCUE")),
        deadline_(set.class_id("DEADLINECUE")),
        effective_(set.class_id("EFFECTIVECUE")),
        due_(set.class_id("DUECUE")),
        put_off_(set.class_id("PUTOFFCUE")),
        month_(set.class_id("MONTH")),
        until_(set.class_id("UNTILCUE")),
        defer_(set.class_id("DEFERCUE")),
        schedule_(set.class_id("SCHEDULECUE")),
        scheduled_noun_(set.class_id("SCHEDULEDNOUN")),
        promise_(set.class_id("PROMISECUE")),
        weekday_(set.class_id("WEEKDAY")),
        standard_(set.class_id("STANDARDCUE")),
        since_(set.class_id("SINCECUE")),
        earliest_(set.class_id("EARLIESTCUE")),
        report_(set.class_id("REPORTCUE")),
        past_aux_(set.class_id("PASTAUX")),
        sense_(set.class_id("SENSECUE")),
        ask_(set.class_id("ASKCUE")),
        forecast_(set.class_id("FORECASTCUE")),
        warn_of_(set.class_id("WARNOFCUE")),
        warning_noun_(set.class_id("WARNINGNOUN")),
        hazard_(set.class_id("HAZARD")),
        set_(set) {
    has_tags_ = tagged && std::any_of(tagged->tokens.begin(), tagged->tokens.end(),
                                      [](const Token& tok) { return !tok.xpos.empty(); });
  }

  // (Letting any future cue in the window beat a nearer past one scored lower on TBAQ train:
  // "officials said Monday the talks will resume" is about the Monday they spoke. So did asking
  // the parse first: 82.24 value F1 against 82.51; it only speaks where no cue is near.)
  Tense around(std::size_t begin, std::size_t end) const {
    if (earliest(begin) || open_condition_ahead(begin, end) || promised_thing(begin, end) || forecast_thing(begin) ||
        dates_headline_infinitive(begin, end))
      return Tense::Future;
    if (const Tense described = when_clause_tense(end); described != Tense::Unknown) return described;
    const Tense near = nearest_cue(begin, end);
    return near != Tense::Unknown ? near : governing_tense(begin, end);
  }

  // "follow a smaller round in March, when the company cut 400 jobs": a "when" clause right
  // after the expression tells what happened then, in the tense of that time.
  Tense when_clause_tense(std::size_t end) const {
    std::size_t k = end;
    if (k < t_.size() && !t_[k].break_before && t_[k].lower == ",") ++k;
    if (k >= t_.size() || t_[k].break_before || t_[k].lower != "when" || !has_tags_) return Tense::Unknown;
    const Token* when = tagged_at(t_[k].span.begin);
    if (!when || when->head < 0) return Tense::Unknown;
    const std::size_t at = static_cast<std::size_t>(when - tagged_->tokens.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s) return Tense::Unknown;
    const std::size_t verb = s->first_token + static_cast<std::size_t>(when->head);
    if (verb <= at || !tagged_->tokens[verb].xpos.starts_with("VB")) return Tense::Unknown;
    const Tense own = verb_tense(*s, verb);
    return own == Tense::Past ? own : Tense::Unknown;  // (a present "when" clause may be a habit or a condition)
  }

  // The direction a preposition right before the expression gives: a deadline ("by August") is
  // ahead, a start ("since March") behind; Unknown for any other word. "until" sets a deadline
  // only where until_deadline says so: "did not reopen until March" and "operated until March"
  // tell of a March past.
  Tense preposition(std::size_t begin, std::size_t end) const {
    if (begin == 0 || t_[begin].break_before) return Tense::Unknown;
    if (is_class(t_[begin - 1].lower, until_)) return until_deadline(begin, end) ? Tense::Future : Tense::Unknown;
    if (is_class(t_[begin - 1].lower, deadline_) || deferred_to(begin) || scheduled_for(begin)) return Tense::Future;
    if (is_class(t_[begin - 1].lower, since_)) return Tense::Past;
    return Tense::Unknown;
  }

  // "postponed to Friday", "pushed back to March": "to" after a verb that puts something off
  // (a particle or "again" may come between) names the new time, ahead.
  static constexpr std::size_t kShortReach = 4, kDeferReach = 8;
  bool deferred_to(std::size_t begin) const {
    if (begin < 2 || t_[begin].break_before || t_[begin - 1].lower != "to") return false;
    // (a long object may come between after a verb that only puts off: "delayed the launch of
    // the lunar lander to Thursday", not "gave food and blankets to Tuesday's quake survivors";
    // and an object has no verb of its own: "The move is a reply to Monday's declaration")
    static const std::set<std::string, std::less<>> kClauseWords = {
        ",", ";", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "which", "who"};
    for (std::size_t k = 2; k <= kDeferReach && k <= begin && !t_[begin - k + 1].break_before; ++k) {
      const std::string& w = t_[begin - k].lower;
      if (w == "from") return false;  // "suspended from Monday to Wednesday": a span
      if (kClauseWords.contains(w)) return false;
      if (is_class(w, defer_) && (k <= kShortReach || is_class(w, put_off_))) return true;
    }
    return false;
  }

  // "scheduled the vote for Tuesday", "set a snap election for September 22": "for" after a verb
  // that fixes when a thing will be (its object may come between), or right after a thing held
  // on a date, or "set" or "called" as a passive right before it ("was set for Monday"), names
  // that time, ahead; not after "had" ("had set the vote for Tuesday" may be past), and not for
  // any other thing ("set a sales record for March").
  bool scheduled_for(std::size_t begin) const {
    if (begin < 2 || t_[begin].break_before || t_[begin - 1].lower != "for") return false;
    const bool held = !t_[begin - 1].break_before && is_class(t_[begin - 2].lower, scheduled_noun_);
    if (set_passive(begin - 2)) return true;  // "the hearing was set for Monday"
    for (std::size_t k = 2; k <= 6 && k <= begin && !t_[begin - k + 1].break_before; ++k) {
      const std::string& w = t_[begin - k].lower;
      if (w == "," || w == "had") return false;
      if (!held && !is_class(w, schedule_)) continue;
      const std::size_t verb = begin - k;
      if (verb > 0 && !t_[verb].break_before && t_[verb - 1].lower == "had") return false;
      if (is_class(w, schedule_)) return true;
    }
    return held;
  }

  // "was set for", "is set for", "has been called for": a passive "set" or "called" right before
  // "for"; and "set" right after a noun ("Recount set for Monday", "the vote set for Tuesday").
  bool set_passive(std::size_t verb) const {
    const std::string& w = t_[verb].lower;
    if ((w != "set" && w != "called") || verb == 0 || t_[verb].break_before) return false;
    const std::string& be = t_[verb - 1].lower;
    if (be == "was" || be == "were" || be == "is" || be == "are" || be == "been" || be == "be") return true;
    const Token* before = w == "set" && has_tags_ ? tagged_at(t_[verb - 1].span.begin) : nullptr;
    return before && before->xpos.starts_with("NN");
  }

  // Whether "until"/"till" right before the expression sets a deadline ahead: in a clause that
  // puts something off or grants time ("postponed until Tuesday", "has given them until 9 a.m.
  // Tuesday"), even in the past tense, but not in one with "had" ("until Thursday, they had
  // described him as a witness"); "the talks lasted until Thursday" keeps the clause's tense.
  // A present or future clause looks ahead with "until" too: "expect rain every day until at least Thursday".
  bool until_deadline(std::size_t begin, std::size_t end) const {
    // "raised prices on Monday, effective Friday" (not "the increase was effective Monday")
    if (begin > 0 && !t_[begin].break_before && is_class(t_[begin - 1].lower, effective_) && !after_copula(begin - 1))
      return true;
    if (deferred_to(begin)) return !word_before(begin, [](const std::string& w) { return w == "had"; });
    if (scheduled_for(begin)) return true;
    const std::size_t at = until_at(begin);
    if (at == begin) return false;
    const auto had = [](const std::string& w) { return w == "had"; };
    const auto defers = [this](const std::string& w) { return is_class(w, defer_); };
    if (word_before(at, had) || word_after(end, had)) return false;
    const Tense clause = around(at, at + 1);
    return word_before(at, defers) || clause == Tense::Present || clause == Tense::Future;
  }

  // Whether the parse hangs the expression on a verb in the simple past (or the past perfect)
  // that is no verb of saying ("the trial, which began in January"), or on a noun that verb takes
  // ("withdrew from the agreement in January"): that verb's own time, which no slack moves ahead.
  bool hangs_on_own_past(std::size_t begin, std::size_t end) const {
    auto hung = hung_on(begin, end);
    if (!hung) return false;
    hung->head = verb_of_ing_clause(*hung->sentence, verb_taking_noun(*hung));
    const Token& head = tagged_->tokens[hung->head];
    if (head.upos == "VERB" && head.xpos == "VBD" && !is_class(head.lemma, report_))
      return !any_auxiliary(*hung, [](const Token&) { return true; });
    // ("the results were posted on March 4": a simple past passive)
    if (head.upos == "VERB" && head.xpos == "VBN" && !is_class(head.lemma, report_) &&
        any_auxiliary(*hung, [](const Token& t) { return t.deprel == "aux:pass" && t.xpos == "VBD"; }))
      return !any_auxiliary(*hung, [](const Token& t) { return t.deprel != "aux:pass"; });
    return hangs_on_past_perfect(*hung, begin);
  }

  // "could be called off if the union accepted the offer on Friday", "would go ahead unless the
  // companies made a new offer by Friday": a condition in the simple past on a clause with a
  // modal ahead (not "would have") supposes a time to come; its past form is no past.
  bool open_condition_ahead(std::size_t begin, std::size_t end) const {
    auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    // ("made a new offer on Sunday" with "Sunday" on "offer": the verb that takes the noun)
    for (int step = 0; step < 2 && toks[hung->head].upos == "NOUN" && toks[hung->head].head >= 0; ++step)
      hung->head = hung->sentence->first_token + static_cast<std::size_t>(toks[hung->head].head);
    const Token& verb = toks[hung->head];
    const bool condition = any_child(*hung->sentence, hung->head, [](const Token& t) {
      const std::string w = lower_text(t);
      return t.deprel == "mark" && (w == "if" || w == "unless");
    });
    if (!condition || verb.xpos != "VBD" || verb.head < 0 || !verb.deprel.starts_with("advcl")) return false;
    const std::size_t main = hung->sentence->first_token + static_cast<std::size_t>(verb.head);
    const bool modal = any_child(*hung->sentence, main, [](const Token& t) { return t.xpos == "MD"; });
    const bool perfect = any_child(*hung->sentence, main, [](const Token& t) { return t.lemma == "have" && t.deprel == "aux"; });
    return modal && !perfect;
  }

  // "promised a referendum next year", "threatened further strikes in January": a time on an
  // active verb of promising (PROMISECUE) after its object, or on that object, is the promised
  // thing's, ahead. Only a bare month or season or a "next" one: a weekday, a day of the month,
  // a year or a time counted back is the promise's ("threatened strikes on Monday", "last
  // month", "vowed revenge in 2020").
  bool promised_thing(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
      const std::string& w = t_[k].lower;
      if (is_class(w, weekday_) || t_[k].kind == Kind::Number || w == "last" || w == "ago" || w == "earlier" ||
          w == "past" || w == "previous" || w == "this")
        return false;
    }
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    const Sentence& s = *hung->sentence;
    std::size_t verb = hung->head;
    if (toks[verb].deprel == "obj" && toks[verb].head >= 0) verb = s.first_token + static_cast<std::size_t>(toks[verb].head);
    if (toks[verb].upos != "VERB" || !is_class(lower_text(toks[verb]), promise_)) return false;
    for (std::size_t j = s.first_token; j < hung->first; ++j)
      if (toks[j].head >= 0 && s.first_token + static_cast<std::size_t>(toks[j].head) == verb && toks[j].deprel == "obj") return true;
    return false;
  }

  // "forecast heavy rain on Sunday", "warned of more rain between Sunday evening and ...", "a
  // yellow warning for snow from Thursday": a time right after the noun phrase a verb of
  // forecasting takes (FORECASTCUE; WARNOFCUE with "of"), or a warning takes (WARNINGNOUN with
  // "of", or "for" and a HAZARD), its preposition or "late"/"early" between, is the forecast
  // thing's time, ahead.
  bool forecast_thing(std::size_t begin) const {
    static const std::set<std::string, std::less<>> kBefore = {"on",   "in",    "at",      "between", "from", "by",
                                                               "late", "early", "through", "over",    "until"};
    constexpr std::size_t kMaxPhraseWords = 6;
    if (!has_tags_) return false;
    std::size_t k = begin;
    while (k > 0 && begin - k < 2 && !t_[k].break_before && kBefore.contains(t_[k - 1].lower)) --k;
    const std::size_t phrase_end = k;
    for (; k > 0 && phrase_end - k < kMaxPhraseWords && !t_[k].break_before; --k) {
      const Token* tagged = tagged_at(t_[k - 1].span.begin);
      const std::string upos = tagged ? tagged->upos : std::string();
      if (upos != "DET" && upos != "ADJ" && upos != "NOUN" && upos != "NUM" && upos != "ADV") break;
    }
    if (k == phrase_end || k == 0 || t_[k].break_before) return false;
    const std::string& verb = t_[k - 1].lower;
    if (is_class(verb, forecast_)) return true;
    if ((verb != "of" && verb != "for") || k < 2 || t_[k - 1].break_before) return false;
    const std::string& before = t_[k - 2].lower;
    if (verb == "of") return is_class(before, warn_of_) || is_class(before, warning_noun_);
    // ("a warning for drivers on Monday" may be issued on Monday: "for" names the hazard only
    // when a hazard word ends the phrase)
    return is_class(before, warning_noun_) && is_class(t_[phrase_end - 1].lower, hazard_);
  }

  // "the first summit in three years", "its highest level in three decades", "for the first
  // time in four years": a ranking word (first, last, only, most, least, or a superlative) between
  // the clause's verb and the expression makes a duration after "in" a comparison's reach, back
  // from the DCT ("the first flights will resume in two weeks" ranks before the verb).
  bool ranked_before(std::size_t begin) const {
    constexpr std::size_t kReach = 8;
    for (std::size_t k = begin; k-- > 0 && begin - k <= kReach && !t_[k + 1].break_before;) {
      const std::string& w = t_[k].lower;
      const Token* tagged = has_tags_ ? tagged_at(t_[k].span.begin) : nullptr;
      if (w == "," || w == ";" || (tagged && (tagged->xpos.starts_with("VB") || tagged->xpos == "MD"))) return false;
      if (w == "first" || w == "last" || w == "only" || w == "most" || w == "least") return true;
      if (tagged && (tagged->xpos == "JJS" || tagged->xpos == "RBS")) return true;
    }
    return false;
  }

  // Whether a word hung on token `head` of sentence `s` is one `accept` takes.
  template <typename Accept>
  bool any_child(const Sentence& s, std::size_t head, Accept accept) const {
    for (std::size_t j = s.first_token; j < s.first_token + s.token_count; ++j) {
      const Token& t = tagged_->tokens[j];
      if (t.head >= 0 && s.first_token + static_cast<std::size_t>(t.head) == head && accept(t)) return true;
    }
    return false;
  }

  // "posted the results on March 4", "will reopen on December 4": a day after on, in, at or
  // during that dates a simple past (no verb of saying) or a verb with "will" is a day of that
  // verb's own time, which no day slack moves; not a deadline ("extended the offer until Nov. 9")
  // nor a noun's ("payable Dec. 15").
  bool dates_its_verb(std::size_t begin, std::size_t end) const {
    if (begin == 0 || t_[begin].break_before) return false;
    const std::string& before = t_[begin - 1].lower;
    if (before != "in" && before != "on" && before != "at" && before != "during") return false;
    return hangs_on_own_past(begin, end) || hangs_on_will(begin, end);
  }

  // Whether the expression is a time adverbial (not an object: "had set Nov. 10 as the
  // deadline") of a past perfect ("had visited the plant on Sept 20"): a day of its own past,
  // which no day slack moves ahead.
  bool dates_a_past_perfect(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    for (std::size_t j = hung->first; j < toks.size() && toks[j].span.begin < t_[end - 1].span.end; ++j) {
      const bool hangs_here = toks[j].head >= 0 && hung->sentence->first_token + static_cast<std::size_t>(toks[j].head) == hung->head;
      if (!hangs_here) continue;
      const bool adverbial = toks[j].deprel.starts_with("obl") || toks[j].deprel.starts_with("nmod");
      return adverbial && hangs_on_past_perfect(*hung, begin);
    }
    return false;
  }

  // Whether the parse hangs the expression on a verb with "will" or "shall" of its own ("the
  // summit will take place in May"): a time ahead, which no slack moves back before the DCT.
  bool hangs_on_will(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    return hung && any_auxiliary(*hung, [](const Token& t) { return t.deprel == "aux" && from_tag(t) == Tense::Future; });
  }

  // Whether the expression hangs on a participle or a relative clause that modifies a noun
  // ("The probe, launched from French Guiana in April 2019, passed ..."): background to the
  // narrative, which stays at the day it was at.
  bool dates_background(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const Token& head = tagged_->tokens[hung->head];
    return head.upos == "VERB" && ((head.xpos == "VBN" && head.deprel == "acl") || head.deprel == "acl:relcl");
  }

  // Whether the expression comes after a verb of saying that it dates in the parse ("officials
  // said on Tuesday").
  bool dates_a_report(std::size_t begin, std::size_t end) const {
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const Token& head = tagged_->tokens[hung->head];
    return hung->head < hung->first && head.upos == "VERB" && is_class(head.lemma, report_);
  }

 private:
  static constexpr std::size_t kWindow = 12;

  // Whether a word of the window before `begin` (after `end`), inside the sentence, is one `wanted` accepts.
  template <typename Accept>
  bool word_before(std::size_t begin, Accept wanted) const {
    for (std::size_t i = begin; i-- > 0 && begin - i <= kWindow;) {
      if (wanted(t_[i].lower)) return true;
      if (t_[i].break_before) break;
    }
    return false;
  }
  template <typename Accept>
  bool word_after(std::size_t end, Accept wanted) const {
    for (std::size_t i = end; i < t_.size() && i - end < kWindow && !t_[i].break_before; ++i)
      if (wanted(t_[i].lower)) return true;
    return false;
  }

  // The "until" ("till") right before the expression, "at least" between them allowed; `begin`
  // when there is none.
  std::size_t until_at(std::size_t begin) const {
    std::size_t at = begin;
    if (at >= 3 && t_[at - 1].lower == "least" && t_[at - 2].lower == "at" && !t_[at].break_before &&
        !t_[at - 1].break_before)
      at -= 2;
    if (at == 0 || t_[at].break_before || !is_class(t_[at - 1].lower, until_)) return begin;
    return at - 1;
  }

  // "as soon as" / "as early as" right before the expression.
  bool earliest(std::size_t begin) const {
    if (begin < 3 || t_[begin].break_before || t_[begin - 1].break_before || t_[begin - 2].break_before) return false;
    return t_[begin - 1].lower == "as" && is_class(t_[begin - 2].lower, earliest_) && t_[begin - 3].lower == "as";
  }

  // Each side stops for good at the sentence's edge: a token after a break has break_before,
  // but the ones after it do not.
  Tense nearest_cue(std::size_t begin, std::size_t end) const {
    bool left_open = true, right_open = true;
    for (std::size_t d = 1; d <= kWindow && (left_open || right_open); ++d) {
      left_open = left_open && begin >= d && !t_[begin - d + 1].break_before;
      if (left_open) {
        if (const Tense tense = cue(begin - d, true); tense != Tense::Unknown) return tense;
      }
      const std::size_t r = end + d - 1;
      right_open = right_open && r < t_.size() && !t_[r].break_before && !opens_coordinated_verb(r) &&
                   !relative_pronoun(r) && !opens_subordinate_clause(r) && !verb_of_subject_holding(r, begin) &&
                   !(t_[r].lower == "," && left_cue(begin) != Tense::Unknown);
      if (right_open && !modifies_noun_after(r)) {
        if (const Tense tense = cue(r, false); tense != Tense::Unknown) return tense;
      }
    }
    return Tense::Unknown;
  }

  // The nearest cue left of the expression in its sentence, within the window: where there is one,
  // the clause has its verb there, and a comma on the right closes that clause ("will visit the
  // area on Tuesday, his office said" is ahead, whatever "said" is).
  Tense left_cue(std::size_t begin) const {
    for (std::size_t d = 1; d <= kWindow && begin >= d && !t_[begin - d + 1].break_before; ++d)
      if (const Tense tense = cue(begin - d, true); tense != Tense::Unknown) return tense;
    return Tense::Unknown;
  }

  // "would meet them on Wednesday [and] hoped to ...": a verb coordinated after the expression
  // has its own tense, not the expression's clause's.
  bool opens_coordinated_verb(std::size_t i) const {
    const std::string& w = t_[i].lower;
    if ((w != "and" && w != "but") || i + 1 >= t_.size() || t_[i + 1].break_before || !has_tags_) return false;
    const Token* next = tagged_at(t_[i + 1].span.begin);
    return next && (next->xpos.starts_with("VB") || next->xpos == "MD");
  }

  // "will stay off the job through the weekend after talks collapsed", "recovered a glove on
  // Tuesday that they believe is hers": a clause that a subordinator the parse marks opens
  // after the expression has its own tense.
  bool opens_subordinate_clause(std::size_t i) const {
    static const std::set<std::string, std::less<>> kOpeners = {"after",  "before",  "when",   "while",
                                                                "because", "although", "though", "unless",
                                                                "whereas", "once",     "that"};
    if (!kOpeners.contains(t_[i].lower) || !has_tags_) return false;
    const Token* tagged = tagged_at(t_[i].span.begin);
    return tagged && tagged->deprel == "mark";
  }

  // "Anyone who was in the area on Sunday is asked to call": a verb (or its auxiliary) whose
  // subject holds the expression in a relative clause tells of the subject, not of the
  // expression's own clause (but "a service planned for Saturday was cancelled" and "officials
  // over the weekend became ..." have no clause of their own: the verb's tense is theirs).
  bool verb_of_subject_holding(std::size_t i, std::size_t begin) const {
    const Token* tagged = has_tags_ ? tagged_at(t_[i].span.begin) : nullptr;
    const Token* first = has_tags_ ? tagged_at(t_[begin].span.begin) : nullptr;
    if (!tagged || !first || !(tagged->xpos.starts_with("VB") || tagged->xpos == "MD")) return false;
    const auto& toks = tagged_->tokens;
    const std::size_t at = static_cast<std::size_t>(first - toks.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s) return false;
    const auto index = [&](int head) { return s->first_token + static_cast<std::size_t>(head); };
    std::size_t verb = static_cast<std::size_t>(tagged - toks.data());
    if ((toks[verb].deprel.starts_with("aux") || toks[verb].deprel == "cop") && toks[verb].head >= 0)
      verb = index(toks[verb].head);
    // (climb from the expression; the first subject on the way that hangs on the verb decides)
    constexpr int kClimb = 12;
    std::size_t j = at;
    bool relative = false;
    for (int step = 0; step < kClimb && toks[j].head >= 0; ++step) {
      const std::size_t up = index(toks[j].head);
      if (up == verb) {
        const bool subject = toks[j].deprel.starts_with("nsubj") || toks[j].deprel.starts_with("csubj");
        // (the parse may hang the expression on the subject beside its relative clause)
        const bool clause_before = any_child(*s, j, [&](const Token& t) { return t.deprel == "acl:relcl" && &t < first; });
        return subject && (relative || clause_before);
      }
      relative = relative || toks[j].deprel == "acl:relcl";
      j = up;
    }
    return false;
  }

  // "called off the countdown on Tuesday before the planned lift-off": a word the parse hangs on
  // a noun after it, as its modifier, tells of that noun's time, not the expression's clause's.
  bool modifies_noun_after(std::size_t i) const {
    const Token* tagged = has_tags_ ? tagged_at(t_[i].span.begin) : nullptr;
    if (!tagged || tagged->deprel != "amod" || tagged->head < 0) return false;
    const std::size_t at = static_cast<std::size_t>(tagged - tagged_->tokens.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    return s && s->first_token + static_cast<std::size_t>(tagged->head) > at;
  }

  // "passed a bill on Thursday that would give ...": a relative clause after the expression
  // tells of the noun before it, in its own tense.
  bool relative_pronoun(std::size_t i) const {
    const Token* tagged = has_tags_ ? tagged_at(t_[i].span.begin) : nullptr;
    return tagged && (tagged->xpos == "WDT" || tagged->xpos == "WP");
  }

  // The tense of the verb the expression hangs on in the parse, climbing through nouns and the
  // verbs it is coordinated with or a complement of ("said it would take control of the bank's
  // deposits and open a new bank on Monday"), or an -ing clause of ("the stock fell, rising to a
  // high in June from a low in March"); Unknown without a parse or such a verb.
  Tense governing_tense(std::size_t begin, std::size_t end) const {
    static constexpr int kClimb = 8;
    const auto hung = hung_on(begin, end);
    if (!hung) return Tense::Unknown;
    const auto& toks = tagged_->tokens;
    const Sentence& s = *hung->sentence;
    std::optional<std::size_t> v = hung->head;
    bool direct = true;  // whether v is the word the expression hangs on, or the head of one it is coordinated with
    for (int step = 0; v && step < kClimb; ++step) {
      const Token& tok = toks[*v];
      if (tok.xpos.starts_with("VB")) {
        if (const Tense own = verb_tense(s, *v); own != Tense::Unknown) return own;
        const bool ing_clause = verb_of_ing_clause(s, *v) != *v;
        if (tok.deprel != "conj" && tok.deprel != "xcomp" && !ing_clause) return Tense::Unknown;
      } else if (const Tense copula = direct ? copula_tense(s, *v) : Tense::Unknown; copula != Tense::Unknown) {
        return copula;  // "who was in the area between 9 a.m. and 5 p.m. on Sunday" (not a farther noun's)
      }
      direct = direct && step == 0 && coordinated_with_head(*hung, end);
      v = tok.head < 0 ? std::nullopt : std::optional<std::size_t>(s.first_token + static_cast<std::size_t>(tok.head));
    }
    return Tense::Unknown;
  }

  // Where the parse hangs the expression of scanned tokens [begin, end): its first tagged token,
  // that token's sentence and the token outside the expression it hangs on; none without a parse.
  struct Hung {
    std::size_t first;
    const Sentence* sentence;
    std::size_t head;
  };
  std::optional<Hung> hung_on(std::size_t begin, std::size_t end) const {
    const Token* first = has_tags_ ? tagged_at(t_[begin].span.begin) : nullptr;
    if (!first) return std::nullopt;
    const std::size_t at = static_cast<std::size_t>(first - tagged_->tokens.data());
    const Sentence* sentence = sentence_containing(*tagged_, at);
    const auto head = sentence ? head_outside(*sentence, at, t_[end - 1].span.end) : std::nullopt;
    if (!head) return std::nullopt;
    return Hung{at, sentence, *head};
  }

  // Whether the expression hangs on its head as a conjunct ("between 9 a.m. and 5 p.m. on Sunday").
  bool coordinated_with_head(const Hung& hung, std::size_t end) const {
    const auto& toks = tagged_->tokens;
    for (std::size_t j = hung.first; j < toks.size() && toks[j].span.begin < t_[end - 1].span.end; ++j)
      if (toks[j].head >= 0 && hung.sentence->first_token + static_cast<std::size_t>(toks[j].head) == hung.head)
        return toks[j].deprel == "conj";
    return false;
  }

  // "had received complaints in November", "had been warned in October": a past perfect with no
  // modal tells of its own past, and of its object's, unless that is a thing scheduled ("had
  // called an election in November"). Not a present perfect, which takes no past time of its
  // own: "has not ruled out further action in January" is about an action ahead.
  bool hangs_on_past_perfect(Hung hung, std::size_t begin) const {
    // (said to be at the time: "had received complaints in November", not "had adjourned the
    // case until Nov. 12", whose time is where the adjournment ends)
    const std::string before = begin > 0 && !t_[begin].break_before ? t_[begin - 1].lower : std::string();
    if (before != "in" && before != "on" && before != "at" && before != "during") return false;
    const auto& toks = tagged_->tokens;
    const Token& noun = toks[hung.head];
    if (noun.deprel == "obj" && noun.head >= 0 && !is_class(lower_text(noun), scheduled_noun_))
      hung.head = hung.sentence->first_token + static_cast<std::size_t>(noun.head);
    const Token& verb = toks[hung.head];
    if (verb.upos != "VERB" || verb.xpos != "VBN" || is_class(verb.lemma, report_)) return false;
    const bool perfect = any_auxiliary(hung, [&](const Token& t) { return t.lemma == "have" && t.xpos == "VBD"; });
    return perfect && !any_auxiliary(hung, [](const Token& t) { return t.xpos == "MD"; });
  }

  // The verb the noun the expression hangs on is an oblique of, through a preposition that
  // leaves it ("withdrew from the Paris Agreement in January", "pulled out of the deal"); the
  // head itself otherwise. A verb's object or a farther noun may be a thing still to come
  // ("priced in a rate cut in December", "took bookings for the holidays in December").
  std::size_t verb_taking_noun(const Hung& hung) const {
    const auto& toks = tagged_->tokens;
    const Token& noun = toks[hung.head];
    if ((noun.upos != "NOUN" && noun.upos != "PROPN") || noun.deprel != "obl" || noun.head < 0) return hung.head;
    if (is_class(lower_text(noun), scheduled_noun_)) return hung.head;
    const Sentence& s = *hung.sentence;
    for (std::size_t j = s.first_token; j < hung.head; ++j) {
      const Token& t = toks[j];
      if (t.deprel != "case" || t.head < 0 || s.first_token + static_cast<std::size_t>(t.head) != hung.head) continue;
      const std::string w = lower_text(t);
      return w == "from" || w == "of" ? s.first_token + static_cast<std::size_t>(noun.head) : hung.head;
    }
    return hung.head;
  }

  // An -ing clause's verb has no tense of its own: "closed at a record, climbing from a low in
  // January" is the time of "closed". The verb the clause hangs on, or `verb` itself.
  std::size_t verb_of_ing_clause(const Sentence& s, std::size_t verb) const {
    const Token& tok = tagged_->tokens[verb];
    if (tok.deprel != "advcl" || tok.xpos != "VBG" || tok.head < 0) return verb;
    return s.first_token + static_cast<std::size_t>(tok.head);
  }

  // Whether an auxiliary of the verb the expression hangs on is one `accept` takes.
  template <typename Accept>
  bool any_auxiliary(const Hung& hung, Accept accept) const {
    return any_child(*hung.sentence, hung.head, [&](const Token& t) { return t.deprel.starts_with("aux") && accept(t); });
  }

  // The token outside the expression (tokens from `at` up to byte `span_end`) that it hangs on.
  std::optional<std::size_t> head_outside(const Sentence& s, std::size_t at, std::size_t span_end) const {
    const auto& toks = tagged_->tokens;
    for (std::size_t j = at; j < s.first_token + s.token_count && toks[j].span.begin < span_end; ++j) {
      if (toks[j].head < 0) return std::nullopt;
      const std::size_t h = s.first_token + static_cast<std::size_t>(toks[j].head);
      if (h < at || toks[h].span.begin >= span_end) return h;
    }
    return std::nullopt;
  }

  // The tense of a noun or adjective predicate's copula ("was in the area", "will be busy"): its
  // verb_tense when a "cop" word hangs on it; Unknown otherwise.
  Tense copula_tense(const Sentence& s, std::size_t v) const {
    return any_child(s, v, [](const Token& t) { return t.deprel == "cop"; }) ? verb_tense(s, v, true) : Tense::Unknown;
  }

  // A verb's own tense: its first auxiliary's ("would open", "has closed", "was sold"), else its
  // tag; with_copula, a copula counts as an auxiliary.
  Tense verb_tense(const Sentence& s, std::size_t v, bool with_copula = false) const {
    const auto& toks = tagged_->tokens;
    for (std::size_t j = s.first_token; j < v; ++j) {
      const Token& aux = toks[j];
      if (aux.head < 0 || s.first_token + static_cast<std::size_t>(aux.head) != v) continue;
      if (aux.deprel != "aux" && aux.deprel != "aux:pass" && !(with_copula && aux.deprel == "cop")) continue;
      if (perfect(aux)) return Tense::Past;
      if (const Tense listed = lexicon_cue(lower_text(aux)); listed != Tense::Unknown) return listed;
      return from_tag(aux);
    }
    return from_tag(toks[v]);
  }

  // "temperatures could reach 41 degrees on Thursday", "may reopen Friday": a possibility lies
  // ahead, but one before "have" in the past ("could have started"; not "may have to close");
  // and "rescuers could not reach the village on Tuesday" or "could hear explosions" tells of
  // the past as often as not, so it is left to the other cues ("couldn't" is scanned as
  // "couldn", no modal here). The modal is scanned token `i`.
  Tense modal_cue(std::size_t i) const {
    const std::string& w = t_[i].lower;
    if (w != "may" && w != "might" && w != "could") return Tense::Unknown;
    const auto word_at = [&](std::size_t k) {
      return k < t_.size() && !t_[k].break_before ? t_[k].lower : std::string();
    };
    if (word_at(i + 1) == "have") return word_at(i + 2) == "to" ? Tense::Future : Tense::Past;
    const bool past_ability = w == "could" && (word_at(i + 1) == "not" || is_class(word_at(i + 1), sense_));
    return past_ability ? Tense::Unknown : Tense::Future;
  }

  // A past form after a modal is not past: "will be held", "would have signed".
  // A past auxiliary right before a future word is future too: "were planning", "was expected to".
  Tense cue(std::size_t i, bool before) const {
    if (standard_of_comparison(i)) return Tense::Unknown;
    const Tense tense = word_cue(i, before);
    if (tense == Tense::Future && (after_had(i) || infinitive_after_had(i))) return Tense::Past;
    if (tense != Tense::Past) return tense;
    if (is_class(t_[i].lower, past_aux_) && i + 1 < t_.size() && !t_[i + 1].break_before &&
        is_class(t_[i + 1].lower, future_))
      return Tense::Future;
    for (std::size_t k = 1; k <= 3 && k <= i && !t_[i - k + 1].break_before; ++k) {
      if (is_class(t_[i - k].lower, future_)) return Tense::Future;
      if (is_class(t_[i - k].lower, due_) && due_cue(i - k) == Tense::Future)
        return Tense::Future;  // "due to be signed"
    }
    if (present_passive(i)) return Tense::Present;
    return tense;
  }

  // "rose more than expected in March", "than analysts had forecast", "as planned": a participle
  // of expecting after "than" or "as" (up to five words of its subject between; not "such as")
  // names what a comparison measures by. It is no cue when the clause's verb on its left is in
  // the past; "goes ahead as planned on Tuesday" still looks ahead.
  bool standard_of_comparison(std::size_t i) const {
    if (!is_class(t_[i].lower, standard_)) return false;
    std::size_t k = 1;
    for (; k <= 6 && k <= i && !t_[i - k + 1].break_before; ++k) {
      const std::string& w = t_[i - k].lower;
      if (w == "than" || w == "as") break;
      if (t_[i - k].kind != Kind::Word || w == "had" || w == "have" || w == "has") continue;  // "than analysts had forecast"
      if (word_cue(i - k, true) != Tense::Unknown) return false;
    }
    if (k > 6 || k > i || t_[i - k + 1].break_before) return false;
    const std::size_t marker = i - k;
    if (t_[marker].lower == "as" && marker > 0 && !t_[marker].break_before && t_[marker - 1].lower == "such") return false;
    for (std::size_t d = 1; d <= kWindow && d <= marker && !t_[marker - d + 1].break_before; ++d)
      if (const Tense left = word_cue(marker - d, true); left != Tense::Unknown) return left == Tense::Past;
    return false;
  }

  // "had largely expected", "had planned", "had been due to expire": a future word after "had"
  // or "had been" (an adverb may come between) tells of what was expected before, in the past.
  bool after_had(std::size_t i) const {
    auto before = word_before_adverb(i);
    if (before && t_[*before].lower == "been") before = word_before_adverb(*before);
    return before && t_[*before].lower == "had";
  }

  // "had been due to expire Friday", "had planned to meet on Monday": an infinitive whose
  // governing word comes after "had" was ahead only then.
  bool infinitive_after_had(std::size_t i) const {
    if (i < 2 || t_[i].break_before || t_[i - 1].break_before || t_[i - 1].lower != "to") return false;
    return after_had(i - 2);
  }

  // "when he is sentenced on March 15": a participle right after a present form of "be" (an
  // adverb may come between) is a present passive, not the past.
  bool present_passive(std::size_t i) const {
    const auto before = word_before_adverb(i);
    if (!before) return false;
    const std::string& w = t_[*before].lower;
    return is_class(w, present_) && w != "says" && w != "does";
  }

  // The word right before `i` in its sentence, or the one before that when the tagger made the
  // first an adverb ("had largely expected", "is also sentenced"); none at the sentence's start.
  std::optional<std::size_t> word_before_adverb(std::size_t i) const {
    if (i == 0 || t_[i].break_before) return std::nullopt;
    const std::size_t before = i - 1;
    const Token* tagged = has_tags_ ? tagged_at(t_[before].span.begin) : nullptr;
    if (!tagged || tagged->xpos != "RB" || before == 0 || t_[before].break_before) return before;
    return before - 1;
  }

  // The lexicon's cue classes come first even when the tagger ran: they list irregular past
  // forms ("fell", "rose") that the EWT-trained tagger often reads as present (VBP), and
  // trusting its tag over them scored lower on TBAQ train. For the same reason a verb ending
  // in -ed is past whatever its tag; only a tag saying it is no verb ("unchanged" JJ) overrides.
  Tense word_cue(std::size_t i, bool before) const {
    const ScanToken& tok = t_[i];
    if (tok.kind != Kind::Word) return Tense::Unknown;
    const Token* tagged = has_tags_ ? tagged_at(tok.span.begin) : nullptr;
    // ("must have known": a past drawn as certain, not an obligation ahead)
    if (tok.lower == "must" && i + 1 < t_.size() && t_[i + 1].lower == "have") return Tense::Past;
    if (is_class(tok.lower, due_)) return due_cue(i);
    if (const Tense listed = lexicon_cue(tok.lower); listed != Tense::Unknown) {
      if (listed == Tense::Future && !before && tagged && finite_past_with_subject(*tagged)) return Tense::Past;
      return listed == Tense::Present && present_of_saying(tok, tagged) ? Tense::Past : listed;
    }
    if (tagged && perfect(*tagged)) return Tense::Past;
    if (tagged && tagged->xpos == "MD") return modal_cue(i);
    if (tagged && before && infinitive(*tagged)) return Tense::Future;
    const std::string& w = tok.lower;
    // ("due on November 7, followed by a meeting in December": an order, no past)
    if ((w == "followed" || w == "preceded") && i + 1 < t_.size() && t_[i + 1].lower == "by" && tagged &&
        tagged->xpos == "VBN")
      return Tense::Unknown;
    const bool ed_form = w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !is_class(w, not_past_);
    if (!tagged) return ed_form ? Tense::Past : Tense::Unknown;
    if (ed_form && tagged->xpos.rfind("VB", 0) == 0) return Tense::Past;
    if (counted_noun(*tagged)) return Tense::Unknown;
    const Tense by_tag = from_tag(*tagged);
    return by_tag == Tense::Present && present_of_saying(tok, tagged) ? Tense::Past : by_tag;
  }

  // "On Friday, the government planned to ...": a word of expecting (FUTURECUE) in the simple
  // past with a subject of its own, after the expression, tells when the planning was, in the
  // past ("planned a rally on Saturday" dates the rally, ahead; "was expected", "is scheduled"
  // have no subject of their own and still look ahead).
  bool finite_past_with_subject(const Token& tok) const {
    if (tok.xpos != "VBD") return false;
    const std::size_t at = static_cast<std::size_t>(&tok - tagged_->tokens.data());
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s || !any_child(*s, at, [](const Token& t) { return t.deprel == "nsubj"; })) return false;
    // ("By Friday, officials expected to have restored power": a deadline, ahead)
    const auto& toks = tagged_->tokens;
    for (std::size_t k = s->first_token; k + 1 < at; ++k)
      if (lower_text(toks[k]) == "by" && (toks[k + 1].upos == "PROPN" || toks[k + 1].upos == "NUM")) return false;
    return true;
  }

  // Whether scanned token `i` follows a copula ("was effective", "is due").
  bool after_copula(std::size_t i) const {
    static const std::set<std::string, std::less<>> kCopulas = {"is", "are",  "was",    "were",
                                                                "be", "been", "became", "become"};
    return i > 0 && !t_[i].break_before && kCopulas.contains(t_[i - 1].lower);
  }

  // "is due to be signed", "due on Friday", "due in October": what is due lies ahead; "due to
  // the storm" is a cause, and "came due in February" a debt that fell due (DUECUE).
  Tense due_cue(std::size_t i) const {
    static const std::set<std::string, std::less<>> kFellDue = {"came", "come", "comes", "became", "become", "fell"};
    static const std::set<std::string, std::less<>> kWhen = {"on",     "in",     "by",    "next",  "this", "at",
                                                             "before", "within", "early", "later", "soon", "tomorrow"};
    const auto word_at = [&](std::size_t k) {
      return k < t_.size() && !t_[k].break_before ? t_[k].lower : std::string();
    };
    if (i > 0 && !t_[i].break_before && kFellDue.contains(t_[i - 1].lower)) return Tense::Unknown;
    const std::string next = word_at(i + 1);
    if (next == "to") {
      const Token* verb = has_tags_ && i + 2 < t_.size() ? tagged_at(t_[i + 2].span.begin) : nullptr;
      const bool base_form = verb ? verb->xpos == "VB" : word_at(i + 2) == "be";
      return base_form ? Tense::Future : Tense::Unknown;
    }
    const bool when = kWhen.contains(next) || is_class(next, weekday_) || is_class(next, month_);
    return when ? Tense::Future : Tense::Unknown;
  }

  // "Israeli officials say Monday", "the ministry says on Tuesday": news tells in the present
  // what was said before it was printed, so the day is a past one.
  bool present_of_saying(const ScanToken& tok, const Token* tagged) const {
    if (tagged && !tagged->lemma.empty()) return is_class(tagged->lemma, report_);
    const std::string& w = tok.lower;
    return is_class(w, report_) || (w.size() > 1 && w.back() == 's' && is_class(w.substr(0, w.size() - 1), report_));
  }

  // "dropped 19.69 points Friday", "rose 3 percent": a present-tense tag right after a number
  // is a tagging slip for a counted noun, not the clause's tense.
  bool counted_noun(const Token& tok) const {
    if (tok.xpos != "VBZ" && tok.xpos != "VBP") return false;
    const std::size_t at = static_cast<std::size_t>(&tok - tagged_->tokens.data());
    return at > 0 && tagged_->tokens[at - 1].xpos == "CD";
  }

  // "has fluctuated", "have been searching": the present perfect tells of the past.
  bool perfect(const Token& tok) const {
    if (tok.xpos != "VBZ" && tok.xpos != "VBP") return false;
    const std::string w = lower_text(tok);
    if (tok.lemma != "have" && w != "has" && w != "have" && w != "'ve") return false;
    const auto& toks = tagged_->tokens;
    const std::size_t at = static_cast<std::size_t>(&tok - toks.data());
    for (std::size_t k = at + 1; k < toks.size() && k <= at + 3; ++k) {
      if (toks[k].xpos == "VBN") return true;
      if (toks[k].xpos != "RB" && toks[k].xpos != "PRP") return false;  // "has recently been", "have they gone"
    }
    return false;
  }

  // "set to resume Monday", "is to resume trading Tuesday": an infinitive before the expression
  // looks ahead; one after it is mostly a purpose ("rallied Friday to demand his return"), and
  // one right after a past verb is past ("voted to support the republic Friday").
  bool infinitive(const Token& tok) const {
    if (tok.xpos != "VB") return false;
    const auto& toks = tagged_->tokens;
    const std::size_t at = static_cast<std::size_t>(&tok - toks.data());
    if (at == 0 || toks[at - 1].xpos != "TO") return false;
    if (at < 2) return true;
    // "declined to comment" is past too; "celebrations to mark", "the decision to travel": a
    // noun's infinitive says what the thing is for, not when
    if (toks[at - 2].xpos.rfind("NN", 0) == 0) return told_to(at);
    return !past_verb_before(at - 2);
  }

  // "Council to vote on budget on Tuesday": a time the parse hangs on an infinitive right after
  // its subject, which no finite verb governs, is a headline's future ("Mayor to resign after
  // Monday's vote": Monday dates the vote, not the resigning).
  bool dates_headline_infinitive(std::size_t begin, std::size_t end) const {
    if (end < t_.size() && !t_[end].break_before && (t_[end].lower == "'s" || t_[end].lower == "'")) return false;
    const auto hung = hung_on(begin, end);
    if (!hung) return false;
    const auto& toks = tagged_->tokens;
    std::size_t at = hung->head;
    // ("to vote on budget on Tuesday" with the day on "budget": the verb that noun hangs on)
    if (toks[at].upos == "NOUN" && (toks[at].deprel == "obl" || toks[at].deprel == "obj") && toks[at].head >= 0)
      at = hung->sentence->first_token + static_cast<std::size_t>(toks[at].head);
    if (toks[at].xpos != "VB" || at < hung->sentence->first_token + 2 || toks[at - 1].xpos != "TO") return false;
    if (!toks[at - 2].xpos.starts_with("NN")) return false;
    const std::size_t first = hung->sentence->first_token;
    return !under_finite_verb(std::span<const Token>(toks.data() + first, hung->sentence->token_count), at - first);
  }

  // "urged the railroad to inspect", "asked the owners of the dam to repair": an infinitive
  // whose verb asks (ASKCUE) and whose verb's object phrase ends right before its "to" is what
  // that verb asks of the object, so it lies ahead ("forced airlines to cancel" is not).
  bool told_to(std::size_t at) const {
    static constexpr int kClimb = 6;
    const auto& toks = tagged_->tokens;
    const Sentence* s = sentence_containing(*tagged_, at);
    if (!s || toks[at].deprel != "xcomp" || toks[at].head < 0) return false;
    if (!is_class(toks[s->first_token + static_cast<std::size_t>(toks[at].head)].lemma, ask_)) return false;
    std::size_t k = at - 2;
    for (int step = 0; step < kClimb && toks[k].head >= 0; ++step) {
      if (toks[k].head == toks[at].head) return toks[k].deprel == "obj";
      k = s->first_token + static_cast<std::size_t>(toks[k].head);
    }
    return false;
  }

  // "voted to support", "came from behind to beat": a past verb at `last`, or before up to three
  // words of a particle or adverbial phrase that end there.
  bool past_verb_before(std::size_t last) const {
    const auto& toks = tagged_->tokens;
    for (std::size_t k = last; k + 4 > last; --k) {
      if (past_verb(toks[k])) return true;
      const std::string& tag = toks[k].xpos;
      if ((tag != "RB" && tag != "RP" && tag != "IN") || k == 0) return false;
    }
    return false;
  }

  static std::string lower_text(const Token& tok) {
    std::string w = tok.text;
    std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return w;
  }

  // A past verb by its tag or its form: "voted", "declined" (the tagger often says VBN).
  bool past_verb(const Token& tok) const {
    if (tok.xpos == "VBD") return true;
    const std::string w = lower_text(tok);
    const Tense listed = lexicon_cue(w);
    if (listed != Tense::Unknown) return listed == Tense::Past;
    return tok.xpos == "VBN" && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
  }

  Tense lexicon_cue(const std::string& w) const {
    const auto it = set_.lexicon.find(w);
    if (it == set_.lexicon.end()) return Tense::Unknown;
    for (const auto& e : it->second) {
      if (e.class_id == future_) return Tense::Future;
      if (e.class_id == past_) return Tense::Past;
      if (e.class_id == present_) return Tense::Present;
    }
    return Tense::Unknown;
  }

  bool is_class(const std::string& w, int c) const {
    const auto it = set_.lexicon.find(w);
    if (it == set_.lexicon.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [c](const LexEntry& e) { return e.class_id == c; });
  }

  const Token* tagged_at(std::size_t byte) const { return token_at(*tagged_, byte); }

  static Tense from_tag(const Token& tok) {
    if (tok.xpos == "VBD") return Tense::Past;
    if (tok.xpos == "VBZ" || tok.xpos == "VBP") return Tense::Present;
    if (tok.xpos == "MD") {
      std::string w = tok.lemma.empty() ? tok.norm : tok.lemma;
      if (w.empty()) w = tok.text;
      std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (w == "will" || w == "shall" || w == "'ll" || w == "wo" || w == "ll") return Tense::Future;
    }
    return Tense::Unknown;
  }

  const std::vector<ScanToken>& t_;
  const TokenizedText* tagged_;
  bool has_tags_ = false;
  int future_, past_, present_, not_past_, deadline_, effective_, due_, put_off_, month_, until_, defer_, schedule_,
      scheduled_noun_, promise_, weekday_, standard_, since_, earliest_, report_, past_aux_, sense_, ask_, forecast_,
      warn_of_, warning_noun_, hazard_;
  const TimexRuleSet& set_;
};

// ---- values --------------------------------------------------------------------------

// {LABEL} -> the capture's normalised form; an absent capture becomes `missing`.
std::string substitute(const std::string& tmpl, const TimexRuleSet& set, const std::vector<Capture>& caps,
                       std::string_view missing = {}) {
  std::string out;
  out.reserve(tmpl.size() + 8);
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '{') { out += tmpl[i]; continue; }
    const auto close = tmpl.find('}', i);
    const int label = set.label_id(std::string_view(tmpl).substr(i + 1, close - i - 1));
    bool found = false;
    for (const auto& c : caps)
      if (c.label == label) { out += c.norm; found = true; break; }
    if (!found) out += missing;
    i = close;
  }
  return out;
}

std::vector<std::string> split_args(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t j = s.find(' ', i);
    if (i < s.size()) out.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
    i = j == std::string::npos ? s.size() : j;
  }
  return out;
}

std::string unknown_of_unit(const std::string& unit) {
  if (unit == "D") return "XXXX-XX-XX";
  if (unit == "W") return "XXXX-WXX";
  if (unit == "WE") return "XXXX-WXX-WE";
  if (unit == "M") return "XXXX-XX";
  if (unit == "Q") return "XXXX-QX";
  if (unit == "DE") return "XXX";
  if (unit == "CE") return "XX";
  return "XXXX";
}

// Season codes in calendar order, with the first month of each (winter YYYY starts in December).
int season_index(const std::string& code) {
  if (code == "SP") return 0;
  if (code == "SU") return 1;
  if (code == "FA") return 2;
  if (code == "WI") return 3;
  return -1;
}
constexpr const char* kSeasonCodes[4] = {"SP", "SU", "FA", "WI"};

// year*4 + season of the DCT.
long dct_season(date::sys_days dct) {
  const date::year_month_day ymd{dct};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  if (m <= 2) return (y - 1) * 4L + 3;
  if (m == 12) return y * 4L + 3;
  return y * 4L + static_cast<long>((m - 3) / 3);
}

std::string format_season(long index) {
  const long y = index >= 0 ? index / 4 : -((-index + 3) / 4);
  const long s = index - y * 4;
  return format_year(date::year{static_cast<int>(y)}) + "-" + kSeasonCodes[s];
}

struct ValueContext {
  std::optional<date::sys_days> dct;
  std::function<Tense()> tense;
  std::optional<Interval> anchor;  // the last mentioned date, for @anchor and @anchor_ago
  // "by August" / "since March": a month named as a deadline lies ahead, one named as a start
  // behind, whatever the clause ("it said it would double its flights by August"); a weekday
  // does not follow this ("by Monday, officials had hardened their stance"), so only the month
  // functions use it.
  Tense preposition = Tense::Unknown;
  std::optional<Interval> last_quarter;  // the fiscal quarter last mentioned
  bool until = false;  // "until Tuesday": a weekday ahead
  std::optional<std::string> clock;  // the last time of day mentioned ("2023-02-06T04:17")
  // "on Thursday and Friday", "Friday and Thursday": the day of a weekday named right before;
  // the weekday is then the one nearest that day.
  std::optional<date::sys_days> continues;
  // Hung on a simple past ("began in January"), a past perfect ("had received complaints in
  // November") or a verb with "will" ("will take place in May"): the verb's own time, which no
  // month slack moves.
  bool own_time = false;
  // A time adverbial of a past perfect ("had visited the plant on Sept 20"), or one after
  // on/in/at/during of a simple past or a verb with "will" ("reopened on December 1", "will
  // reopen on December 4"): a day of the verb's own time, which no day slack moves. (Not a
  // noun's: "declared a dividend, payable Dec. 15".)
  bool own_day = false;
  // "follows Tuesday's declaration", "ahead of Sunday's vote": a weekday naming a thing by its
  // day; in a present clause that thing may lie either side of the DCT.
  bool possessive = false;
  // In the headline, whose present tells what happened ("Quake hits Turkey on Monday").
  bool headline = false;
  // A year named earlier in the sentence ("Last year the bank raised rates on September 14"):
  // the year of a month or day named without one.
  std::optional<date::year> sentence_year;
  Tense month_tense() const { return preposition != Tense::Unknown ? preposition : tense(); }
  Tense weekday_tense() const { return until ? Tense::Future : tense(); }
  // The quarter the text is talking about: the last date when it is a quarter, or the last
  // quarter when the last date is a day inside it ("for the quarter ended Sept. 30").
  std::optional<Interval> quarter_in_focus() const {
    if (!anchor) return std::nullopt;
    if (anchor->precision == Precision::Quarter) return anchor;
    if (anchor->precision == Precision::Day && last_quarter && last_quarter->start <= anchor->start &&
        anchor->start <= last_quarter->end)
      return last_quarter;
    return std::nullopt;
  }
};

std::string duration(const std::string& n_text, const std::string& unit) {
  const bool half = n_text.size() > 2 && n_text.compare(n_text.size() - 2, 2, ".5") == 0 &&
                    to_long(std::string_view(n_text).substr(0, n_text.size() - 2));
  if (half) {  // "2 1/2 years" = P2Y6M: the half goes to the next smaller unit
    const std::string whole = n_text.substr(0, n_text.size() - 2);
    if (unit == "Y") return "P" + whole + "Y6M";
    if (unit == "D") return "P" + whole + "DT12H";
    if (unit == "H") return "PT" + whole + "H30M";
    if (unit == "MIN") return "PT" + whole + "M30S";
    if (unit == "DE") return "P" + std::to_string(*to_long(whole) * 10 + 5) + "Y";
  }
  const auto n = to_long(n_text);
  const std::string n_s = n ? std::to_string(*n) : half ? n_text : "X";
  if (unit == "H" || unit == "S") return "PT" + n_s + unit;
  if (unit == "MIN") return "PT" + n_s + "M";
  if (unit == "Q") return n ? "P" + std::to_string(*n * 3) + "M" : "PXQ";
  if (unit == "WE") return "P" + n_s + "WE";
  // ISO 8601 has no decades or centuries: "two decades" is P20Y; TBAQ writes an unknown number of
  // decades PXY and of centuries PXC.
  if (unit == "DE") return n ? "P" + std::to_string(*n * 10) + "Y" : "PXY";
  if (unit == "CE") return n ? "P" + std::to_string(*n * 100) + "Y" : "PXC";
  return "P" + n_s + unit;
}

// "two years and three months" = P2Y3M, "two days and six hours" = P2DT6H: two durations, the
// larger unit first, written as one; PX... when they do not join.
std::string joined_duration(const std::string& n1, const std::string& u1, const std::string& n2,
                            const std::string& u2) {
  const std::string first = duration(n1, u1), second = duration(n2, u2);
  const bool first_time = first.find('T') != std::string::npos, second_time = second.starts_with("PT");
  if (first_time && !second_time) return "PXY";  // ("two hours and three days": no such order)
  if (second_time) return first + (first_time ? second.substr(2) : second.substr(1));
  return first + second.substr(1);
}

// A day moved by n units, months and years clamped to the month's last day.
date::sys_days shift_day(date::sys_days day, const std::string& unit, long n) {
  if (unit == "D") return day + date::days{n};
  if (unit == "W") return day + date::days{7 * n};
  long months = 0;
  if (unit == "M") months = n;
  else if (unit == "Q") months = 3 * n;
  else if (unit == "Y") months = 12 * n;
  else if (unit == "DE") months = 120 * n;
  else if (unit == "CE") months = 1200 * n;
  else return day;
  const date::year_month_day ymd{day};
  const date::year_month ym = ymd.year() / ymd.month() + date::months{months};
  return date::sys_days{ym / std::min(ymd.day(), (ym / date::last).day())};
}

// A TIMEX3 time of day ("2023-02-06T04:17") moved by n hours, minutes or seconds, to the
// minute; null for another unit or a value without a clock time.
std::optional<std::string> shift_clock(const std::string& value, const std::string& unit, long n) {
  const long step = unit == "H" ? 60 : unit == "MIN" ? 1 : 0;
  const auto day = value.size() >= 16 && value[10] == 'T' ? parse_iso_day(value.substr(0, 10)) : std::nullopt;
  const auto hh = day ? to_long(value.substr(11, 2)) : std::nullopt;
  const auto mm = hh && value[13] == ':' ? to_long(value.substr(14, 2)) : std::nullopt;
  if (step == 0 || !mm) return std::nullopt;
  const long minutes = *hh * 60 + *mm + n * step;
  const long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  const long in_day = minutes - days * 1440;
  return fmt::format("{}T{:02}:{:02}", format_day(*day + date::days{days}), in_day / 60, in_day % 60);
}

// The granularity of a rule's unit ("D", "W", "M", "Q", "Y", "DE", "CE"; hours and less are
// instants).
Precision precision_of_unit(std::string_view unit) {
  if (unit == "D") return Precision::Day;
  if (unit == "W") return Precision::Week;
  if (unit == "M") return Precision::Month;
  if (unit == "Q") return Precision::Quarter;
  if (unit == "Y") return Precision::Year;
  if (unit == "DE") return Precision::Decade;
  if (unit == "CE") return Precision::Century;
  return Precision::Instant;
}

// The unit that writes a value of this granularity, or null where none does (seasons).
const char* unit_of(Precision precision) {
  switch (precision) {
    case Precision::Week: return "W";
    case Precision::Month: return "M";
    case Precision::Year: return "Y";
    case Precision::Decade: return "DE";
    case Precision::Century: return "CE";
    default: return nullptr;
  }
}

std::string half_of(const std::string& unit) {
  if (unit == "Y") return "P6M";
  if (unit == "M") return "P2W";
  if (unit == "W") return "P3DT12H";
  if (unit == "D") return "PT12H";
  if (unit == "H") return "PT30M";
  if (unit == "MIN") return "PT30S";
  if (unit == "DE") return "P5Y";
  if (unit == "CE") return "P50Y";
  return "PX" + unit;
}

// Part n of `last` parts of the DCT's year + step ("the second half of next year"); like a
// quarter, a part said with no year in a past clause that lies after the DCT's is last year's.
std::string part_of_year(const ValueContext& ctx, char kind, long n, long last, long step) {
  if (n < 1 || n > last) return fmt::format("XXXX-{}X", kind);
  if (!ctx.dct) return fmt::format("XXXX-{}{}", kind, n);
  const date::year_month_day d{*ctx.dct};
  const long now = (static_cast<long>(static_cast<unsigned>(d.month())) - 1) * last / 12 + 1;
  if (step == 0 && n > now && ctx.tense() == Tense::Past) step = -1;
  return fmt::format("{}-{}{}", format_year(d.year() + date::years{step}), kind, n);
}

// "the week of April 8" (month, day, year or empty): the ISO week holding that day, its year
// the DCT's nearest as for "April 8".
std::string week_of(long month, long day, std::optional<long> year, const ValueContext& ctx) {
  const date::month m{static_cast<unsigned>(month)};
  const date::day d{static_cast<unsigned>(day)};
  if (!(date::year{2000} / m / d).ok()) return "XXXX-WXX";
  if (!year && !ctx.dct) return "XXXX-WXX";
  const date::year y = year ? date::year{static_cast<int>(*year)} : resolve_month_day_year(m, d, *ctx.dct, ctx.month_tense());
  if (!(y / m / d).ok()) return "XXXX-WXX";
  return format_iso_week(date::sys_days{y / m / d});
}

std::string call(const std::string& fn, const std::vector<std::string>& a, const ValueContext& ctx) {
  const auto arg = [&](std::size_t i) -> const std::string& {
    static const std::string empty;
    return i < a.size() ? a[i] : empty;
  };
  const auto num = [&](std::size_t i) { return to_long(arg(i)).value_or(0); };
  if (fn == "@dur") return duration(arg(0), arg(1));
  if (fn == "@dur2") return joined_duration(arg(0), arg(1), arg(2), arg(3));
  if (fn == "@weekday" || fn == "@weekday_step") {
    const date::weekday wd{static_cast<unsigned>(num(0) % 7)};
    if (fn == "@weekday" && ctx.continues) return format_day(nearest_weekday(wd, *ctx.continues));
    if (!ctx.dct) return "XXXX-WXX-" + arg(0);
    if (fn == "@weekday_step") return format_day(step_weekday(wd, *ctx.dct, static_cast<int>(num(1))));
    Tense tense = ctx.weekday_tense();
    if (tense == Tense::Present && ctx.headline) tense = Tense::Past;
    if (tense == Tense::Present && ctx.possessive) return format_day(nearest_weekday_or_on(wd, *ctx.dct));
    return format_day(resolve_weekday(wd, *ctx.dct, tense));
  }
  if (fn == "@overnight") {  // "overnight": in a past clause the night before the DCT, else the DCT's
    if (!ctx.dct) return "XXXX-XX-XX";
    return format_day(*ctx.dct - date::days{ctx.weekday_tense() == Tense::Past ? 1 : 0});
  }
  if (fn == "@anchor_weekday") {  // "the previous Friday": the one before the day last mentioned
    const date::weekday wd{static_cast<unsigned>(num(0) % 7)};
    const bool day_anchor = ctx.anchor && (ctx.anchor->precision == Precision::Day ||
                                           ctx.anchor->precision == Precision::Instant);
    const auto base = day_anchor ? std::optional<date::sys_days>{ctx.anchor->start} : ctx.dct;
    if (!base) return "XXXX-WXX-" + arg(0);
    if (num(1) > 0) return format_day(resolve_weekday(wd, *base, Tense::Future));  // strictly after
    const date::days back = date::weekday{*base} - wd;                             // 0..6
    return format_day(*base - (back == date::days{0} ? date::days{7} : back));
  }
  if (fn == "@century") {
    const long n = num(0);
    if (n < 1 || n > 99) return "XX";
    return num(1) < 0 ? fmt::format("-{:02}", n - 1) : fmt::format("{:02}", n - 1);
  }
  if (fn == "@bce") {
    const long n = num(0);
    if (n < 1 || n > 9999) return "XXXX";
    return format_year(date::year{static_cast<int>(1 - n)});
  }
  if (fn == "@half") return half_of(arg(0));
  if (fn == "@weekend") {
    if (!ctx.dct) return "XXXX-WXX-WE";
    if (!arg(0).empty()) return format_iso_week(shift_weekday(date::Saturday, *ctx.dct, static_cast<int>(num(0)))) + "-WE";
    Tense tense = ctx.tense();
    if (tense == Tense::Unknown) tense = Tense::Present;
    return format_iso_week(resolve_weekday(date::Saturday, *ctx.dct, tense)) + "-WE";
  }
  if (fn == "@ago" || fn == "@anchor_ago") {
    const auto n = arg(0).empty() ? std::optional<long>{1} : to_long(arg(0));
    const long dir = num(2) < 0 ? -1 : 1;
    if (!n) return dir < 0 ? "PAST_REF" : "FUTURE_REF";
    if (fn == "@anchor_ago" && ctx.anchor && ctx.anchor->precision == Precision::Instant) {
      // "nine hours later" after "at 4:17 a.m.": that time moved; without one, its day
      if (const auto moved = ctx.clock ? shift_clock(*ctx.clock, arg(1), dir * *n) : std::nullopt) return *moved;
      return format_day(ctx.anchor->start);
    }
    if (fn == "@anchor_ago" && ctx.anchor) {
      const auto moved = shift_day(ctx.anchor->start, arg(1), dir * *n);
      if (ctx.anchor->precision == Precision::Day) return format_day(moved);
      if (ctx.anchor->precision == Precision::Quarter) return format_quarter(date::year_month_day{moved}.year() / date::year_month_day{moved}.month());
      // A step finer than the anchor keeps the anchor's granularity: "in February ... a day
      // later" is some day of that February, not 2 February.
      if (const auto coarse = unit_of(ctx.anchor->precision); precision_of_unit(arg(1)) < ctx.anchor->precision && coarse)
        return shift_and_format(moved, coarse, 0);
      // and decades or centuries counted from a date keep its granularity: "founded in 1987
      // ... two decades later" is 2007, not the 2000s
      if (const auto fine = unit_of(ctx.anchor->precision); (arg(1) == "DE" || arg(1) == "CE") && fine)
        return shift_and_format(moved, fine, 0);
      return shift_and_format(moved, arg(1), 0);
    }
    const std::string& unit = arg(1);
    // TimeML: "profit rose in the third quarter ... from a year ago" is that quarter a year
    // earlier, so years counted back from a quarter just mentioned keep its granularity.
    if (const auto quarter = ctx.quarter_in_focus(); unit == "Y" && quarter) {
      const date::year_month_day moved{shift_day(quarter->start, "Y", dir * *n)};
      return format_quarter(moved.year() / moved.month());
    }
    if (!ctx.dct) return unknown_of_unit(unit);
    // TimeML: the value has the granularity of the unit counted ("six weeks ago" is a week).
    if (unit == "W") return format_iso_week(shift_day(*ctx.dct, unit, dir * *n));
    if (unit == "D") return format_day(shift_day(*ctx.dct, unit, dir * *n));
    if (unit == "H" || unit == "MIN" || unit == "S") return format_day(*ctx.dct);
    return shift_and_format(*ctx.dct, unit, dir * *n);
  }
  if (fn == "@then") {  // "since then", "at the time": the date last mentioned, as it was said
    if (!ctx.anchor) return "PAST_REF";
    if (ctx.anchor->precision == Precision::Day || ctx.anchor->precision == Precision::Instant) return format_day(ctx.anchor->start);
    if (ctx.anchor->precision == Precision::Quarter) {
      const date::year_month_day start{ctx.anchor->start};
      return format_quarter(start.year() / start.month());
    }
    const auto unit = unit_of(ctx.anchor->precision);
    return unit ? shift_and_format(ctx.anchor->start, unit, 0) : "PAST_REF";
  }
  if (fn == "@rel" || fn == "@anchor") {
    const auto n = arg(1).empty() ? std::optional<long>{0} : to_long(arg(1));
    if (!n) return arg(1).rfind('-', 0) == 0 ? "PAST_REF" : "FUTURE_REF";
    // Days count from a day: after "in August 2023", "the next day" is a day of that month (or
    // the first of the next), written as the month. A year or quarter before it is too often
    // background ("the bridge, built in 1965, ... closed the next day"; "a loss for the third
    // quarter"), so then, as with no date before it, a past clause's "the next day" is some day
    // before the DCT, never the day after it.
    const bool day_anchor = ctx.anchor && (arg(0) != "D" || ctx.anchor->precision == Precision::Day ||
                                           ctx.anchor->precision == Precision::Instant);
    if (fn == "@anchor" && arg(0) == "D" && *n != 0 && !day_anchor) {
      const bool past = ctx.tense() == Tense::Past;
      const bool month = ctx.anchor && ctx.anchor->precision == Precision::Month;
      if (month && (!past || !ctx.dct || ctx.anchor->end < *ctx.dct)) return call("@then", {}, ctx);
      if (past) return "PAST_REF";
    }
    auto base = fn == "@anchor" && day_anchor ? std::optional<date::sys_days>{ctx.anchor->start} : ctx.dct;
    // ("Voting will close on Sunday. The minister spoke at 2 p.m.": a day told in the past is
    // no day ahead of the article's; nor is "the previous week" after "next month")
    const bool past_ahead =
        fn == "@anchor" && *n <= 0 && base && ctx.dct && *base > *ctx.dct && ctx.tense() == Tense::Past;
    if (past_ahead) base = ctx.dct;
    if (!base) return unknown_of_unit(arg(0));
    return shift_and_format(*base, arg(0), *n);
  }
  if (fn == "@month" || fn == "@month_step") {
    const date::month m{static_cast<unsigned>(num(0))};
    if (!ctx.dct) return "XXXX-" + arg(0);
    const date::year_month_day d{*ctx.dct};
    date::year y = d.year();
    if (fn == "@month") {
      y = ctx.sentence_year ? *ctx.sentence_year
                            : resolve_month_year(m, *ctx.dct, ctx.month_tense(), ctx.own_time ? 0 : kMonthSlack);
    } else if (num(1) < 0) {
      y = m < d.month() ? d.year() : d.year() - date::years{1};
    } else if (num(1) > 0) {
      y = m > d.month() ? d.year() : d.year() + date::years{1};
    }
    return format_month(y / m);
  }
  if (fn == "@anchor_month") {  // "May of that year" (+ S years: "of the following year"): in the year last mentioned
    if (!ctx.anchor) return call("@month", {arg(0)}, ctx);
    const date::year y = date::year_month_day{ctx.anchor->start}.year() + date::years{num(1)};
    return format_month(y / date::month{static_cast<unsigned>(num(0))});
  }
  if (fn == "@anchor_season") {  // "the following spring" (S 1), "the previous winter" (S -1): next to the date last mentioned
    if (!ctx.anchor) return call("@season_step", {arg(0), arg(1)}, ctx);
    const long from = dct_season(num(1) > 0 ? ctx.anchor->end : ctx.anchor->start);  // ("in 2019 ... the following spring": 2020's)
    long idx = from - ((from % 4) + 4) % 4 + season_index(arg(0));
    if (num(1) > 0) { while (idx <= from) idx += 4; }
    else { while (idx >= from) idx -= 4; }
    return format_season(idx);
  }
  if (fn == "@month_in") {
    if (!ctx.dct) return "XXXX-" + arg(0);
    const date::year y = date::year_month_day{*ctx.dct}.year() + date::years{num(1)};
    return format_month(y / date::month{static_cast<unsigned>(num(0))});
  }
  if (fn == "@quarter_in") return part_of_year(ctx, 'Q', num(0), 4, num(1));
  if (fn == "@half_in") return part_of_year(ctx, 'H', num(0), 2, num(1));
  if (fn == "@in_year") {  // "the 1988 period": the quarter last mentioned, in that year; else the year
    if (const auto quarter = ctx.quarter_in_focus()) {
      const date::year_month_day a{quarter->start};
      return format_quarter(date::year{static_cast<int>(num(0))} / a.month());
    }
    return arg(0);
  }
  // month, ISO weekday, n (-1: the last), days after it: Thanksgiving = 11 4 4 (fourth Thursday
  // of November), Memorial Day = 5 1 -1, US Election Day = 11 1 1 1 (Tuesday after the first Monday)
  if (fn == "@nthday") {  // M W N [D [Y]]: the N-th (N = -1: last) weekday W of month M, plus D days, in year Y
    const date::month m{static_cast<unsigned>(num(0))};
    const date::weekday wd{static_cast<unsigned>(num(1) % 7)};
    const date::days after{num(3)};
    const long n = num(2);
    const std::string no_day = "XXXX-" + format_month(date::year{2000} / m).substr(5) + "-XX";
    // "the fifth Monday in February": a weekday the month does not have that year
    const auto exists = [&](date::year y) { return n < 0 || (n >= 1 && n <= 5 && (y / m / wd[static_cast<unsigned>(n)]).ok()); };
    const auto nth = [&](date::year y) {
      if (n < 0) return date::sys_days{y / m / wd[date::last]} + after;
      return date::sys_days{y / m / wd[static_cast<unsigned>(n)]} + after;
    };
    if (a.size() > 4 && !arg(4).empty()) {  // "the third Friday in May 2024"
      const date::year said{static_cast<int>(num(4))};
      return exists(said) ? format_day(nth(said)) : no_day;
    }
    if (!ctx.dct) return no_day;
    const date::year guess = date::year_month_day{*ctx.dct}.year();
    if (!exists(guess)) return no_day;
    const date::year_month_day day{nth(guess)};
    const date::year y = resolve_month_day_year(m, day.day(), *ctx.dct, ctx.tense());
    return exists(y) ? format_day(nth(y)) : no_day;
  }
  if (fn == "@week_of") return week_of(num(0), num(1), to_long(arg(2)), ctx);
  if (fn == "@nth_week_of") {  // the N-th seven days of the month (no N: the last seven)
    const long n = num(1), month = num(0);
    if (n > 4 || (!arg(1).empty() && n < 1) || month < 1 || month > 12) return "XXXX-WXX";
    const unsigned last_day = static_cast<unsigned>((date::year{2001} / date::month{static_cast<unsigned>(month)} / date::last).day());
    return week_of(month, arg(1).empty() ? last_day - 3 : 7 * (n - 1) + 4, to_long(arg(2)), ctx);
  }
  if (fn == "@monthday") {
    const date::month m{static_cast<unsigned>(num(0))};
    const date::day day{static_cast<unsigned>(num(1))};
    if (!(date::year{2000} / m / day).ok()) return "XXXX-" + arg(0) + "-XX";  // 2000: Feb 29 exists
    if (!ctx.dct) return "XXXX-" + arg(0) + "-" + arg(1);
    const date::year y = ctx.sentence_year ? *ctx.sentence_year
                                           : resolve_month_day_year(m, day, *ctx.dct, ctx.month_tense(),
                                                                    ctx.own_day ? kOwnDaySlack : kDaySlack);
    if (!(y / m / day).ok()) return "XXXX-" + arg(0) + "-XX";
    return format_day(date::sys_days{y / m / day});
  }
  if (fn == "@this_past") {  // "this past spring" / "this past week": the last one before the DCT's
    if (season_index(arg(0)) >= 0) return call("@season_step", {arg(0), "-1"}, ctx);
    return call("@rel", {arg(0), "-1"}, ctx);
  }
  if (fn == "@season" || fn == "@season_step") {
    const int s = season_index(arg(0));
    if (!ctx.dct) return "XXXX-" + arg(0);
    const long now = dct_season(*ctx.dct);
    const long cycle = now - ((now % 4) + 4) % 4;  // the year*4 of the DCT's season year
    long idx = cycle + s;
    const Tense tense = fn == "@season" ? ctx.month_tense() : Tense::Unknown;
    const long step = fn == "@season_step" ? num(1) : 0;
    if (step < 0 || tense == Tense::Past) { while (idx > now - (step < 0 ? 1 : 0)) idx -= 4; }
    if (step > 0 || tense == Tense::Future) { while (idx < now + (step > 0 ? 1 : 0)) idx += 4; }
    // "this winter" said in March is the winter just past, said in December the spring to come
    // is "this spring": the occurrence nearest the DCT's season (this year's on a tie); so is a
    // season in a clause of no past or future ("would help firms invest in the spring"), the one
    // ahead on a tie
    if (step == 0 && tense != Tense::Past && tense != Tense::Future) {
      const long ahead_on_tie = fn == "@season" ? 1 : 0;
      if (idx - now >= 3) idx -= 4;
      else if (now - idx >= 3 - ahead_on_tie) idx += 4;
    }
    return format_season(idx);
  }
  if (fn == "@quarter") {
    const long q = num(0);
    if (q < 1 || q > 4) return "XXXX-QX";
    if (!ctx.dct) return "XXXX-Q" + arg(0);
    const date::year_month_day d{*ctx.dct};
    const long now_q = (static_cast<unsigned>(d.month()) - 1) / 3 + 1;
    date::year y = d.year() + date::years{num(1)};  // "the year-ago third quarter": S = -1
    const Tense tense = ctx.tense();
    // Quarters are reported after they end: only a past clause moves a later quarter back a year.
    if (tense == Tense::Past && q > now_q) y -= date::years{1};
    return format_year(y) + "-Q" + std::to_string(q);
  }
  return {};
}

std::string evaluate(const std::string& tmpl, const TimexRuleSet& set, const std::vector<Capture>& caps,
                     const ValueContext& ctx) {
  if (tmpl.empty() || tmpl[0] != '@') return substitute(tmpl, set, caps);
  // In a call an absent capture is "_" so the arguments keep their places; "_" then reads as empty.
  auto args = split_args(substitute(tmpl, set, caps, "_"));
  const std::string fn = args.front();
  args.erase(args.begin());
  for (auto& a : args) a.erase(std::remove(a.begin(), a.end(), '_'), a.end());
  return call(fn, args, ctx);
}

bool looks_resolved(const std::string& value) {
  return !value.empty() && (std::isdigit(static_cast<unsigned char>(value[0])) || value[0] == '-') &&
         value.find('X') == std::string::npos;
}

// How many units a vague count ("the coming weeks", "recent days") spans at most: up to the
// next larger unit, so the range is wide enough to hold what the writer meant and still closed.
std::optional<long> vague_count_cap(const std::string& unit) {
  if (unit == "D") return 14;
  if (unit == "W") return 8;
  if (unit == "M") return 12;
  if (unit == "Y") return 10;
  return std::nullopt;
}

// "within 48 hours", "the past 36 hours": a count of hours, minutes or seconds from the DCT in
// whole days ("PT48H" = 2 days, "PT30M" = the DCT's day); nullopt for another value.
std::optional<long> clock_duration_days(const std::string& value) {
  if (value.size() < 4 || !value.starts_with("PT")) return std::nullopt;
  const auto n = to_long(std::string_view(value).substr(2, value.size() - 3));
  if (!n) return std::nullopt;
  const char unit = value.back();
  if (unit == 'H') return (*n + 23) / 24;
  return unit == 'M' || unit == 'S' ? std::optional<long>(0) : std::nullopt;
}

std::optional<Interval> anchored_duration(const std::string& value, const std::string& anchor,
                                          std::optional<date::sys_days> dct) {
  if (dct && value.starts_with("PT")) {
    const auto days = clock_duration_days(value);
    if (!days) return std::nullopt;
    const auto other = *dct + date::days{anchor == "past" ? -*days : *days};
    return anchor == "past" ? Interval{other, *dct, Precision::Day} : Interval{*dct, other, Precision::Day};
  }
  if (!dct || value.size() < 3 || value[0] != 'P' || value[1] == 'T') return std::nullopt;
  std::size_t k = 1;
  while (k < value.size() && std::isdigit(static_cast<unsigned char>(value[k]))) ++k;
  const bool vague = k == 1 && value[1] == 'X';
  const std::string unit = value.substr(vague ? 2 : k);
  const auto n = vague ? vague_count_cap(unit) : to_long(std::string_view(value).substr(1, k - 1));
  if (!n) return std::nullopt;
  const long sign = anchor == "past" ? -1 : 1;
  const date::year_month_day d{*dct};
  date::sys_days other;
  Precision precision = Precision::Unknown;
  if (unit == "D") { other = *dct + date::days{sign * *n}; precision = Precision::Day; }
  else if (unit == "W") { other = *dct + date::days{7 * sign * *n}; precision = Precision::Week; }
  else if (unit == "M" || unit == "Y") {  // decades and centuries are written in years (P10Y)
    const long months = unit == "M" ? *n : 12 * *n;
    const date::year_month ym = d.year() / d.month() + date::months{sign * months};
    const date::day day = std::min(d.day(), (ym / date::last).day());
    other = date::sys_days{ym / day};
    precision = unit == "M" ? Precision::Month : Precision::Year;
  } else {
    return std::nullopt;
  }
  return sign < 0 ? Interval{other, *dct, precision} : Interval{*dct, other, precision};
}

// "in three weeks", "in two years" said of what lies ahead: the day (for days and weeks), month
// or year that far after the DCT; none for a vague count ("in years") or a clock duration.
std::optional<Interval> counted_ahead(const std::string& value, std::optional<date::sys_days> dct) {
  if (value.size() < 3 || value[0] != 'P' || value[1] == 'T' || value[1] == 'X') return std::nullopt;
  const auto span = anchored_duration(value, "future", dct);
  if (!span) return std::nullopt;
  const date::year_month_day there{span->end};
  switch (span->precision) {
    case Precision::Day:
    case Precision::Week: return whole_day(span->end);
    case Precision::Month: return whole_month(there.year() / there.month());
    case Precision::Year: return whole_year(there.year());
    default: return std::nullopt;
  }
}

// "in three weeks of talks": the duration measures a noun after it, not a time ahead.
bool measures_a_noun(const std::vector<ScanToken>& scanned, std::size_t end) {
  return end < scanned.size() && !scanned[end].break_before && scanned[end].lower == "of";
}

// "a year earlier", "a year ago", "year-earlier": a date counted back from another to compare
// with it; the narrative stays where it was, so the next "a year earlier" counts from the same
// date, not from this one.
bool counts_back(const TimexRule& rule) {
  const std::string& v = rule.value;
  const bool relative = v.rfind("@ago ", 0) == 0 || v.rfind("@anchor_ago ", 0) == 0;
  return relative && v.size() > 3 && v.compare(v.size() - 3, 3, " -1") == 0;
}

// "earlier this month", "later this week": the part of the period before or after the DCT, not
// its first or last third; nullopt for other words, or a period the DCT is not in.
std::optional<Interval> side_of_now(const std::string& first_word, const std::string& value,
                                    std::optional<date::sys_days> dct) {
  if (!dct || (first_word != "earlier" && first_word != "later")) return std::nullopt;
  auto period = interval_of_value(value);
  if (!period || *dct < period->start || *dct > period->end) return std::nullopt;
  if (first_word == "earlier") period->end = *dct - date::days{1};
  else period->start = *dct + date::days{1};
  return period->ok() ? period : std::nullopt;
}

// "over the past month", "in the last decade": the unit of `precision` that ends at the DCT
// (19 Aug to 19 Sep), not the calendar unit before the DCT's; nullopt for a unit under a week.
std::optional<Interval> trailing_unit(Precision precision, date::sys_days dct) {
  const date::year_month_day today{dct};
  const auto months_back = [&](int n) {
    const date::year_month_day back = (date::year_month{today.year(), today.month()} - date::months{n}) / today.day();
    const date::year_month_day day = back.ok() ? back : back.year() / back.month() / date::last;
    return Interval{date::sys_days{day}, dct, Precision::Day};
  };
  switch (precision) {
    case Precision::Week:
      return Interval{dct - date::days{7}, dct, Precision::Day};
    case Precision::Month:
      return months_back(1);
    case Precision::Quarter:
      return months_back(3);
    case Precision::Year:
      return months_back(12);
    case Precision::Decade:
      return months_back(120);
    case Precision::Century:
      return months_back(1200);
    default:
      return std::nullopt;
  }
}

// The value of the period one before (step -1) or after (+1) the one `value` names: a year,
// quarter, month or ISO week; none for other precisions.
std::optional<std::string> neighbour_period(const std::string& value, int step) {
  const auto period = interval_of_value(value);
  if (!period) return std::nullopt;
  const date::sys_days beside = step < 0 ? period->start - date::days{1} : period->end + date::days{1};
  const date::year_month_day ymd{beside};
  switch (period->precision) {
    case Precision::Year:
      return format_year(ymd.year());
    case Precision::Quarter:
      return format_quarter(ymd.year() / ymd.month());
    case Precision::Month:
      return format_month(ymd.year() / ymd.month());
    case Precision::Week:
      return format_iso_week(beside);
    default:
      return std::nullopt;
  }
}

// "Sales fell at the end of the year" in February, "will reopen at the start of the year" in
// November: a part of the DCT's own period (a mod narrows it) that lies wholly ahead of the DCT
// in a past clause, or wholly behind it in a future one, is that part of the period before or
// after; the value that says so, or none.
std::optional<std::string> part_on_the_tense_side(const Timex& tx, Tense tense, std::optional<date::sys_days> dct) {
  if (!dct || tx.mod.empty() || !tx.interval) return std::nullopt;
  const auto whole = interval_of_value(tx.value);
  if (!whole || *dct < whole->start || *dct > whole->end) return std::nullopt;
  if (tense == Tense::Past && tx.interval->start > *dct) return neighbour_period(tx.value, -1);
  if (tense == Tense::Future && tx.interval->end < *dct) return neighbour_period(tx.value, +1);
  return std::nullopt;
}

// "after the 2020 census", "its 2019 report": a year between a determiner and the noun it
// modifies names a thing, not the time the story is at, so "two weeks later" does not count from it.
bool names_a_thing(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end, const TokenizedText* tagged) {
  static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "s"};
  if (begin == 0 || end >= t.size() || t[begin].break_before || t[end].break_before || end - begin != 1) return false;
  if (std::find(std::begin(kDeterminers), std::end(kDeterminers), t[begin - 1].lower) == std::end(kDeterminers)) return false;
  if (t[end].kind != Kind::Word) return false;
  const Token* next = tagged ? token_at(*tagged, t[end].span.begin) : nullptr;
  return next ? (next->upos == "NOUN" || next->upos == "ADJ" || next->upos == "PROPN") : true;
}

// Whether the expression is one end of a span or one of two choices ("between May and July",
// "from April until September", "in May or June"): its year goes with the other's.
bool joined_to_another(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  static const std::set<std::string> kJoints = {"and", "or", "to", "until", "till", "through", "-", "\u2013"};
  const bool after = end < t.size() && !t[end].break_before && kJoints.count(t[end].lower);
  const bool before = begin > 0 && !t[begin].break_before &&
                      (kJoints.count(t[begin - 1].lower) || t[begin - 1].lower == "between" || t[begin - 1].lower == "from");
  return after || before;
}

// "a winter storm", "spring floods": a bare word before the noun it modifies names a kind of
// thing, not a time (rules with `not-before-noun`; needs the tagger).
bool names_a_kind(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end, const TokenizedText* tagged) {
  if (end - begin != 1 || end >= t.size() || t[end].break_before || t[end].kind != Kind::Word || !tagged) return false;
  const Token* next = token_at(*tagged, t[end].span.begin);
  const bool before_noun = next && (next->upos == "NOUN" || next->upos == "PROPN");
  const bool determined = begin > 0 && !t[begin].break_before && (t[begin - 1].lower == "the" || t[begin - 1].lower == "this" ||
                                                                  t[begin - 1].lower == "last" || t[begin - 1].lower == "next");
  return before_noun && !determined;
}

// "the Sunday Times", "the Monday Club": a one-word match between "the" and a capitalised word
// (no part of a day) opens the title of a paper or a body (rules with `not-in-titles`).
bool opens_a_title(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  static const std::set<std::string> kDayParts = {"morning", "afternoon", "evening", "night", "noon", "midnight"};
  if (end - begin != 1 || begin == 0 || end >= t.size() || t[begin].break_before || t[end].break_before) return false;
  const ScanToken& next = t[end];
  return t[begin - 1].lower == "the" && t[begin].capitalised && next.kind == ScanToken::Kind::Word && next.capitalised &&
         next.space_before && kDayParts.count(next.lower) == 0;
}

// The bytes of the text's headline: its first line when a line follows and it ends in no full
// stop, question or exclamation mark; zero when there is none.
std::size_t headline_length(std::string_view text) {
  const std::size_t newline = text.find('\n');
  if (newline == std::string_view::npos) return 0;
  std::string_view line = text.substr(0, newline);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty() || line.back() == '.' || line.back() == '?' || line.back() == '!') return 0;
  return newline;
}

// Whether "'s" follows the expression ("Tuesday's vote", "Monday’s attack").
bool possessive_after(const std::vector<ScanToken>& t, std::size_t end) {
  if (end >= t.size()) return false;
  if (t[end].lower == "\xE2\x80\x99s") return true;
  return (t[end].lower == "'" || t[end].lower == "\xE2\x80\x99") && end + 1 < t.size() && t[end + 1].lower == "s" &&
         !t[end + 1].space_before;
}

// The day of a weekday expression that the one at token `i` continues: only "and", "or", "to",
// "through", "until" or a dash stands between them ("on Thursday and Friday", "from Thursday
// until Friday morning").
std::optional<date::sys_days> day_continued(const std::vector<ScanToken>& t, const std::optional<Timex>& weekday,
                                            std::size_t i) {
  if (!weekday || i < 2 || t[i].break_before || t[i - 1].break_before) return std::nullopt;
  if (!weekday->interval || t[i - 2].span.end != weekday->span.end) return std::nullopt;
  static const std::set<std::string, std::less<>> kJoiners{"and",  "or",    "to",   "through",
                                                                 "thru", "until", "till", "-",
                                                                 "\xE2\x80\x93"};
  if (!kJoiners.contains(t[i - 1].lower)) return std::nullopt;
  return weekday->interval->start;
}

}  // namespace

TimexTagger::TimexTagger(std::unique_ptr<TimexRuleSet> rules) : rules_(std::move(rules)) {}
TimexTagger::TimexTagger(TimexTagger&&) noexcept = default;
TimexTagger& TimexTagger::operator=(TimexTagger&&) noexcept = default;
TimexTagger::~TimexTagger() = default;

TimexTagger TimexTagger::load(const DataDir& data) { return load_from(data.data("timex")); }

TimexTagger TimexTagger::load_from(const std::filesystem::path& rules_dir) {
  return TimexTagger(std::make_unique<TimexRuleSet>(load_timex_rules(rules_dir)));
}

namespace {

// "between 3 a.m. and 5 a.m. on Sunday", "from 9 p.m. to 2 a.m. Friday": a time of day alone
// that opens a span of two times is on the day the second one names (the day before when the
// span crosses midnight), not on the day last mentioned.
void share_day_with_span_end(std::string_view text, std::vector<Timex>& timexes) {
  static constexpr std::string_view kJoints[] = {"and", "to", "-", "\u2013", "until", "till"};
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& first = timexes[k];
    const Timex& second = timexes[k + 1];
    if (first.rule != "clock" || second.rule == "clock" || first.span.end > second.span.begin) continue;
    if (first.value.size() < 11 || second.value.size() < 11 || first.value[10] != 'T' || second.value[10] != 'T') continue;
    std::string joint(text.substr(first.span.end, second.span.begin - first.span.end));
    joint.erase(0, joint.find_first_not_of(' '));
    joint.erase(joint.find_last_not_of(' ') + 1);
    if (std::find(std::begin(kJoints), std::end(kJoints), joint) == std::end(kJoints)) continue;
    // (the second's day, whether a clock time or a part of one: "and Sunday morning")
    const auto second_day = interval_of_value(second.value.substr(0, 10), "");
    if (!second_day) continue;
    const bool clocks = std::isdigit(static_cast<unsigned char>(second.value[11])) != 0;
    const bool overnight = clocks && first.value.substr(11) > second.value.substr(11);  // "from 9 p.m. to 2 a.m."
    const date::sys_days day = second_day->start - date::days{overnight ? 1 : 0};
    first.value = format_iso_day(day) + first.value.substr(10);
    first.interval = interval_of_value(first.value, first.mod);
  }
}

// "every Tuesday and Thursday", "every Friday at noon": a weekday that "and", "or" or a comma
// joins to a weekly set is in the set too, and a time of day that "at" joins to one is the set's
// time; neither is a day of this week.
void continue_weekly_sets(std::string_view text, std::vector<Timex>& timexes) {
  const auto weekly = [](const std::string& v) { return v.size() == 10 && v.starts_with("XXXX-WXX-") && v[9] >= '1' && v[9] <= '7'; };
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    const Timex& set = timexes[k];
    Timex& next = timexes[k + 1];
    if (set.type != "SET" || !weekly(set.value) || set.span.end > next.span.begin) continue;
    std::string joint(text.substr(set.span.end, next.span.begin - set.span.end));
    joint.erase(0, joint.find_first_not_of(' '));
    joint.erase(joint.find_last_not_of(' ') + 1);
    const bool day = next.value.size() == 10 && next.rule.find("weekday") != std::string::npos;
    const bool clock = next.value.size() > 11 && next.value[10] == 'T';
    if (day && (joint == "and" || joint == "or" || joint == ",")) {
      const auto weekday = date::weekday{*parse_iso_day(next.value)};
      next.value = "XXXX-WXX-" + std::to_string(weekday.iso_encoding());
    } else if (clock && (joint == "at" || joint == "in the")) {
      next.value = set.value + next.value.substr(10);
    } else {
      continue;
    }
    next.type = "SET";
    next.interval.reset();
  }
}

// "from March to May 2023", "between March and May last year", "from June 3 to July 9, 2021":
// a month (or a month's day) whose year is not written, opening a span whose end names one, is
// in that year, or the year before when its month comes later in the calendar.
void share_year_with_span_end(std::string_view text, std::vector<Timex>& timexes) {
  static constexpr std::string_view kJoints[] = {"and", "to", "-", "\u2013", "until", "till", "through"};
  static constexpr std::string_view kYearless[] = {"month", "mod-month", "pos-month", "month-day"};
  const auto month_of = [](const std::string& value) { return value.substr(5, 2); };
  // "2023-05", "XXXX-03-14": a value with a month
  const auto names_month = [](const std::string& value) {
    return value.size() >= 7 && value[4] == '-' && std::isdigit(static_cast<unsigned char>(value[5])) &&
           std::isdigit(static_cast<unsigned char>(value[6]));
  };
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& first = timexes[k];
    const Timex& second = timexes[k + 1];
    if (std::find(std::begin(kYearless), std::end(kYearless), first.rule) == std::end(kYearless)) continue;
    if (!looks_resolved(second.value) || first.span.end > second.span.begin || !names_month(first.value) ||
        !names_month(second.value))
      continue;
    std::string joint(text.substr(first.span.end, second.span.begin - first.span.end));
    // (a dash between spaces is one between clauses: "in December - October saw a rise")
    const bool spaced = !joint.empty() && (joint.front() == ' ' || joint.back() == ' ');
    joint.erase(0, joint.find_first_not_of(' '));
    joint.erase(joint.find_last_not_of(' ') + 1);
    if (spaced && (joint == "-" || joint == "\u2013")) continue;
    if (std::find(std::begin(kJoints), std::end(kJoints), joint) == std::end(kJoints)) continue;
    const auto year = to_long(second.value.substr(0, 4));
    if (!year) continue;
    const long first_year = month_of(first.value) > month_of(second.value) ? *year - 1 : *year;
    first.value = fmt::format("{:04d}", first_year) + first.value.substr(4);
    first.interval = interval_of_value(first.value, first.mod);
  }
}

// "the three months ended Dec. 31", "the nine months ending June 30": a counted period
// closed by a day is the days up to and including that day (2023-10-01..2023-12-31), so what
// happened "in" it is dated.
void close_periods_at_their_days(std::string_view text, std::vector<Timex>& timexes) {
  static constexpr std::string_view kClosers[] = {"ended", "ending", "that ended", "which ended", "through", "ended on", "ending on"};
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& period = timexes[k];
    const Timex& day = timexes[k + 1];
    if (period.type != "DURATION" || period.interval || !day.interval || day.interval->precision != Precision::Day) continue;
    if (period.span.end > day.span.begin) continue;
    std::string joint(text.substr(period.span.end, day.span.begin - period.span.end));
    joint.erase(0, joint.find_first_not_of(' '));
    joint.erase(joint.find_last_not_of(' ') + 1);
    std::transform(joint.begin(), joint.end(), joint.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(std::begin(kClosers), std::end(kClosers), joint) == std::end(kClosers)) continue;
    // counted back from the day after ("three months ended Dec. 31" from Jan. 1: Oct. 1)
    auto closed = anchored_duration(period.value, "past", day.interval->end + date::days{1});
    if (!closed) continue;
    closed->end = day.interval->end;
    period.interval = closed;
  }
}

// A year that sets the time of what its sentence tells: one that opens it ("Last year the bank
// raised rates on September 14", "In 2019, the firm opened a plant in March"), not one inside a
// clause, a comparison or a bound ("The company, founded in 2010, said ...", "Compared with
// last year, ..."), nor a possessor ("Next year's budget").
bool frames_its_sentence(const std::vector<ScanToken>& scanned, std::size_t i, std::size_t end,
                         const Interval& interval) {
  if (interval.precision != Precision::Year) return false;
  if (end < scanned.size() && !scanned[end].break_before && (scanned[end].lower == "'s" || scanned[end].lower == "'"))
    return false;
  const auto opens = [&](std::size_t k) { return k == 0 || scanned[k].break_before; };
  return opens(i) || (i > 0 && scanned[i - 1].lower == "in" && opens(i - 1));
}

}  // namespace

std::vector<Timex> TimexTagger::tag(std::string_view text, const TokenizedText* tokens,
                                    std::optional<date::sys_days> dct) const {
  const TimexRuleSet& set = *rules_;
  const auto scanned = scan_text(text);
  const std::size_t headline_end = headline_length(text);
  Matcher matcher(set, scanned, text);
  TenseFinder tenses(set, scanned, tokens);
  std::vector<Timex> out;
  std::optional<Interval> last_date, last_quarter;
  std::optional<std::string> last_clock;
  std::optional<Timex> last_weekday;
  std::optional<std::pair<std::size_t, date::year>> last_year;  // where the last year named ends, and which
  const auto year_of_sentence = [&](std::size_t at) -> std::optional<date::year> {
    if (!last_year) return std::nullopt;
    for (std::size_t k = last_year->first; k <= at && k < scanned.size(); ++k)
      if (scanned[k].break_before || scanned[k].lower == ";") return std::nullopt;
    return last_year->second;
  };
  std::vector<Capture> caps;
  for (std::size_t i = 0; i < scanned.size();) {
    int r = -1;
    std::size_t end = i;
    if (!matcher.best_at(i, r, end, caps)) { ++i; continue; }
    const TimexRule& rule = set.rules[r];
    if (rule.not_before_noun && names_a_kind(scanned, i, end, tokens)) { i = end; continue; }
    if (rule.not_in_titles && opens_a_title(scanned, i, end)) { i = end; continue; }
    if (const MatchSite site{set, scanned, headline_end};
        (!rule.a_name && names_a_title(site, i, end)) || names_an_event(site, i, end)) {
      i = end;
      continue;
    }
    std::optional<Tense> tense;
    ValueContext ctx{
        dct,
        [&] {
          if (!tense) tense = tenses.around(i, end);
          return *tense;
        },
        last_date,
        tenses.preposition(i, end),
        last_quarter,
        tenses.until_deadline(i, end),
        last_clock,
        day_continued(scanned, last_weekday, i),
        tenses.hangs_on_own_past(i, end) || (tenses.hangs_on_will(i, end) && !joined_to_another(scanned, i, end)),
        tenses.dates_a_past_perfect(i, end) || tenses.dates_its_verb(i, end),
        possessive_after(scanned, end),
        scanned[i].span.begin < headline_end,
        year_of_sentence(i)};
    Timex tx;
    tx.span = {scanned[i].span.begin, scanned[end - 1].span.end};
    tx.text = std::string(tx.span.of(text));
    tx.type = rule.type;
    tx.value = evaluate(rule.value, set, caps, ctx);
    if (!rule.time.empty()) tx.value.append("T").append(substitute(rule.time, set, caps));
    tx.mod = evaluate(rule.mod, set, caps, ctx);
    tx.rule = rule.id;
    if (tx.type == "DATE" || tx.type == "TIME") {
      tx.interval = interval_of_value(tx.value, tx.mod);
      if (const auto side = side_of_now(scanned[i].lower, tx.value, dct)) tx.interval = side;
      else if (rule.trailing && dct && tx.interval) tx.interval = trailing_unit(tx.interval->precision, *dct);
      else if (const auto moved = part_on_the_tense_side(tx, ctx.tense(), dct)) {
        tx.value = *moved;
        tx.interval = interval_of_value(tx.value, tx.mod);
      }
      // A date the calendar does not have ("2021-13", "February 30") stays underspecified.
      if (!tx.interval && looks_resolved(tx.value)) tx.value = "XXXX-XX-XX";
      // A date of a report moves the narrative only where it has no day yet.
      // (nor does a coarser date in a noun's participle or relative clause move it off its day)
      const bool background = last_date && last_date->precision == Precision::Day && tx.interval &&
                              tx.interval->precision > Precision::Day && tenses.dates_background(i, end);
      const bool narrative = !counts_back(rule) && (!last_date || !tenses.dates_a_report(i, end)) && !background &&
                             !(tx.interval && tx.interval->precision == Precision::Year && names_a_thing(scanned, i, end, tokens));
      if (tx.interval && narrative) {
        if (frames_its_sentence(scanned, i, end, *tx.interval))
          last_year = {end, date::year_month_day{tx.interval->start}.year()};
        last_date = tx.interval;
        last_clock = tx.value.find('T') == 10 ? std::optional{tx.value} : std::nullopt;
      }
      if (tx.interval && !counts_back(rule) && tx.interval->precision == Precision::Quarter) last_quarter = tx.interval;
    } else if (tx.type == "DURATION" && !rule.anchor.empty()) {
      // ("over the following weeks" counts from the story's time, which is not the DCT's)
      const bool following = std::any_of(scanned.begin() + static_cast<std::ptrdiff_t>(i), scanned.begin() + static_cast<std::ptrdiff_t>(end),
                                         [](const ScanToken& t) { return t.lower == "following"; });
      if (!following) tx.interval = anchored_duration(tx.value, rule.anchor, dct);
    } else if (tx.type == "DURATION" && i > 0 && !scanned[i].break_before && ctx.tense() == Tense::Future) {
      // "will decide within two weeks": a time ahead counted from the article's date; "will
      // reopen in three weeks": the time that far ahead
      if (scanned[i - 1].lower == "within") tx.interval = anchored_duration(tx.value, "future", dct);
      if (scanned[i - 1].lower == "in" && !measures_a_noun(scanned, end) && !tenses.ranked_before(i))
        tx.interval = counted_ahead(tx.value, dct);
    }
    tx.id = fmt::format("t{}", out.size() + 1);
    last_weekday = rule.value.starts_with("@weekday ") ? std::optional{tx} : std::nullopt;
    out.push_back(std::move(tx));
    i = end;
  }
  share_day_with_span_end(text, out);
  continue_weekly_sets(text, out);
  share_year_with_span_end(text, out);
  close_periods_at_their_days(text, out);
  return out;
}

}  // namespace chronograph::core
