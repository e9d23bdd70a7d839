// The compiled TIMEX rules: the scanner that cuts raw text into tokens, the lexicon of word
// classes, and the token patterns (data/timex/README.md documents both file formats).
// Internal to core/timex; public for the tests that run every rule's examples.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/span.h"
#include "core/timex/rule_sieve.h"
#include "core/timex/named_periods.h"

namespace chronograph::core {

// A token of the raw text: a run of letters (any byte >= 0x80 counts as a letter), a run of
// digits, or one punctuation character. Whitespace is skipped but remembered.
struct ScanToken {
  enum class Kind : std::uint8_t { Word, Number, Punct };
  Span span;
  std::string lower;  // ASCII-lower-cased bytes
  Kind kind = Kind::Punct;
  bool space_before = false;    // whitespace between this token and the previous one
  bool break_before = false;    // a blank line or sentence end (. ! ?) before this token
  bool capitalised = false;     // first byte is A-Z
  bool all_caps = false;        // two or more letters, none lower-case ("FOMC", "ECB")
};

std::vector<ScanToken> scan_text(std::string_view text);

// Token i of a scanned text, false past its end: written right after the token before it; this
// lower-cased word; a number.
inline bool adjacent(const std::vector<ScanToken>& t, std::size_t i) { return i < t.size() && !t[i].space_before; }
inline bool is(const std::vector<ScanToken>& t, std::size_t i, std::string_view s) { return i < t.size() && t[i].lower == s; }
inline bool number_at(const std::vector<ScanToken>& t, std::size_t i) { return i < t.size() && t[i].kind == ScanToken::Kind::Number; }

// One entry of a lexicon class: its normalised form and how it must be written.
struct LexEntry {
  int class_id = 0;
  std::string norm;
  bool abbreviation = false;  // written "jan." in the lexicon: needs and takes a directly following "."
  bool needs_capital = false; // written "May!" in the lexicon: only "May", never the verb "may"
};

// A pattern compiled to a small automaton of atoms, splits and jumps.
struct PatternNode {
  enum class Op : std::uint8_t { Literal, Class, Split, Jump, Accept };
  Op op = Op::Accept;
  std::string literal;  // Literal: one lower-case token
  int class_id = -1;    // Class
  int label = -1;       // Class: index of its capture label
  int next = -1, alt = -1;
};

struct TimexExample {
  int line = 0;
  std::string text;   // without the brackets
  Span extent;        // the expected expression inside text
  std::string value, mod, freq;
  std::optional<std::string> dct;  // "2021-12-04"; "none" for no DCT; empty: the file default
};

struct TimexRule {
  std::string id;
  std::string file;
  int line = 0;
  std::vector<PatternNode> nodes;  // nodes[0] is the start
  std::string type, value, mod, time, anchor;
  std::string freq, quant;  // optional templates, SET only: TimeML's freq ("{TIMES}X") and quant
  // optional: a template naming the day the period ends on ("the week ending Nov. 26"): the
  // interval is then the period's length up to that day, not the calendar unit
  std::string ends_on;
  // optional: the time runs from `first` to `last` days around the last day of the value's
  // interval ("over Easter" = Easter Sunday -2 .. +1: Good Friday to Easter Monday)
  std::optional<std::pair<int, int>> around_last_day;
  std::vector<std::string> reject_before, reject_after, require_before, require_after;
  std::vector<std::string> reject_in_sentence;  // no match in a sentence with any of these words
  bool not_in_names = false;  // no match whose capitalised first word follows a capitalised word
  bool not_before_noun = false;  // no one-word match ("a winter storm", "in the morning papers") right before a noun it modifies
  bool not_in_titles = false;  // no one-word match between "the" and a capitalised word ("the Sunday Times")
  bool a_name = false;         // the words are a day's name, written in title case in prose too ("Memorial Day")
  bool trailing = false;       // the time is the unit that ends at the DCT, whatever unit the value names ("the past month")
  std::vector<TimexExample> examples;
};

// Built-in classes, implemented in C++ (data/timex/README.md lists them); lexicon classes follow.
enum BuiltinClass : int { kNum, kYear4, kDayNum, kOrd, kDecade, kClock, kIsoDate, kSlashDate, kClock24, kDecade2, kBuiltinCount };
// No built-in class reads more tokens than this ("10 : 30 p . m .", "1 , 250 , 000 , 000" read 7).
inline constexpr std::size_t kMaxBuiltinTokens = 8;

struct TimexRuleSet {
  std::vector<std::string> class_names;  // builtins first
  std::unordered_map<std::string, std::vector<LexEntry>> lexicon;  // lower-case word -> entries
  std::vector<std::string> labels;       // capture labels, referenced as {LABEL} in templates
  std::vector<TimexRule> rules;          // in file order = priority on equal length
  // A token's key is its lower-case text, or "#" for digits; keys some rule can match have ids.
  std::unordered_map<std::string, int> key_ids;
  std::vector<std::vector<int>> rules_by_first_key;  // by key id: the rules that can start there
  // Per rule whose first atom is a literal word: which key ids its second token can have (empty
  // for the other rules, whose second token may be anything). A sieve run before the matcher.
  std::vector<std::vector<bool>> second_keys;
  RuleSieve sieve;  // what each rule needs near its start
  std::string examples_dct = "2021-12-04";
  std::vector<NamedPeriod> periods;  // periods.tsv: "the Bronze Age", "the Victorian era"

  int key_id(const ScanToken& token) const;  // -1 when no rule can match the token
  // Whether rule r can match with a second token of key id `key` (-1: none or unknown).
  bool may_follow(int r, int key) const {
    const auto& keys = second_keys[static_cast<std::size_t>(r)];
    return keys.empty() || (key >= 0 && keys[static_cast<std::size_t>(key)]);
  }
  int class_id(std::string_view name) const;  // -1 when unknown
  // Whether `word` (lower-cased) is a word of the class named `name`.
  bool in_class(const std::string& word, std::string_view name) const;
  int label_id(std::string_view name) const;  // -1 when unknown
};

// Reads lexicon.txt then rules.txt from dir; ParseError "file:line:col: ..." on any mistake.
TimexRuleSet load_timex_rules(const std::filesystem::path& dir);

}  // namespace chronograph::core
