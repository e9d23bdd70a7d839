#include <cstdio>
#include "core/timex/timex_rules.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/timex/value_functions.h"

namespace chronograph::core {

namespace {

constexpr const char* kBuiltinNames[kBuiltinCount] = {"NUM",   "YEAR4",   "DAYNUM",    "ORD",    "DECADE",
                                                      "CLOCK", "ISODATE", "SLASHDATE", "CLOCK24", "DECADE2"};
const std::set<std::string> kTypes{"DATE", "TIME", "DURATION", "SET"};

bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
// ’ or ‘ (U+2019, U+2018) at byte `at`: an apostrophe as typeset.
bool curly_apostrophe(std::string_view text, std::size_t at) {
  return text[at] == '\xE2' && at + 2 < text.size() && text[at + 1] == '\x80' && (text[at + 2] == '\x99' || text[at + 2] == '\x98');
}

// An en or an em dash, U+2013 or U+2014: a mark of its own, not part of the word it touches
// ("March–May" is "March" "–" "May", as "2018–2021" is).
bool unicode_dash(std::string_view text, std::size_t at) {
  return text[at] == '\xE2' && at + 2 < text.size() && text[at + 1] == '\x80' && (text[at + 2] == '\x93' || text[at + 2] == '\x94');
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Reports a mistake at a column of a line of a rule file.
struct LineContext {
  std::string path;
  int line = 0;
  std::string text;
  [[noreturn]] void fail(std::size_t column0, const std::string& message, const std::string& hint = {},
                         int width = 1) const {
    throw ParseError(SourcePos{path, line, static_cast<int>(column0) + 1}, message, hint,
                     "data/timex/README.md describes the rule and lexicon formats", text, width);
  }
};

std::vector<std::string> read_lines(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw InputError(fmt::format("{}: cannot read the timex rules", file.string()),
                            "check --data-dir; data/timex/ must hold lexicon.txt and rules.txt");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool is_comment_or_blank(std::string_view line) {
  const auto t = trim(line);
  return t.empty() || t.front() == '#';
}

// ---- lexicon -------------------------------------------------------------------------

void load_lexicon(TimexRuleSet& set, const std::filesystem::path& file) {
  const auto lines = read_lines(file);
  int current = -1;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    if (is_comment_or_blank(line)) continue;
    const LineContext ctx{file.string(), static_cast<int>(n + 1), line};
    if (line.rfind("class ", 0) == 0) {
      const std::string name{trim(std::string_view(line).substr(6))};
      if (name.empty() || set.class_id(name) >= 0) ctx.fail(6, fmt::format("class '{}' is empty or defined twice", name));
      current = static_cast<int>(set.class_names.size());
      set.class_names.push_back(name);
      continue;
    }
    if (line.front() != ' ' && line.front() != '\t') ctx.fail(0, "expected 'class NAME' or an indented entry 'word word => norm'");
    if (current < 0) ctx.fail(0, "an entry before any 'class NAME' line");
    const auto arrow = line.find("=>");
    if (arrow == std::string::npos) ctx.fail(line.size(), "missing '=> norm' at the end of the entry");
    const std::string norm{trim(std::string_view(line).substr(arrow + 2))};
    if (norm.empty()) ctx.fail(arrow + 2, "empty normalised form after '=>'");
    const auto words = split_words(std::string_view(line).substr(0, arrow));
    if (words.empty()) ctx.fail(0, "no words before '=>'");
    for (std::string w : words) {
      LexEntry entry{current, norm, false, false};
      if (w.size() > 1 && w.back() == '!') { entry.needs_capital = true; w.pop_back(); }
      if (w.size() > 1 && w.back() == '.') { entry.abbreviation = true; w.pop_back(); }
      std::transform(w.begin(), w.end(), w.begin(), lower);
      const auto tokens = scan_text(w);
      if (tokens.size() != 1) ctx.fail(line.find(w), fmt::format("'{}' is not one token", w),
                                       "write multi-word expressions as rules");
      set.lexicon[w].push_back(entry);
    }
  }
}

// ---- patterns ------------------------------------------------------------------------

PatternNode make_node(PatternNode::Op op) {
  PatternNode node;
  node.op = op;
  return node;
}

struct Frag {
  int start = -1;
  std::vector<std::pair<int, bool>> outs;  // (node, patch its alt instead of next)
};

class PatternCompiler {
 public:
  PatternCompiler(TimexRuleSet& set, TimexRule& rule, const LineContext& ctx, std::size_t offset, std::string_view text)
      : set_(set), rule_(rule), ctx_(ctx), offset_(offset), text_(text) {}

  void compile() {
    rule_.nodes.clear();
    rule_.nodes.push_back(make_node(PatternNode::Op::Jump));  // node 0: the start
    Frag f = sequence();
    if (pos_ < text_.size()) ctx_.fail(offset_ + pos_, fmt::format("unexpected '{}' in the pattern", text_[pos_]));
    if (f.start < 0) ctx_.fail(offset_, "empty pattern");
    rule_.nodes[0].next = f.start;
    patch(f, add(make_node(PatternNode::Op::Accept)));
  }

 private:
  int add(PatternNode node) {
    rule_.nodes.push_back(std::move(node));
    return static_cast<int>(rule_.nodes.size() - 1);
  }
  void patch(const Frag& f, int target) {
    for (auto [node, alt] : f.outs) (alt ? rule_.nodes[node].alt : rule_.nodes[node].next) = target;
  }
  void skip_space() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  Frag concat(Frag a, Frag b) {
    if (a.start < 0) return b;
    if (b.start < 0) return a;
    patch(a, b.start);
    return {a.start, b.outs};
  }

  Frag sequence() {
    Frag f;
    for (;;) {
      skip_space();
      if (pos_ >= text_.size() || text_[pos_] == ')' || text_[pos_] == '|') return f;
      f = concat(f, item());
    }
  }

  Frag item() {
    const std::size_t at = pos_;
    Frag f = atom();
    if (pos_ < text_.size() && (text_[pos_] == '?' || text_[pos_] == '*' || text_[pos_] == '+')) {
      const char q = text_[pos_++];
      const int split = add(make_node(PatternNode::Op::Split));
      rule_.nodes[split].next = f.start;
      if (q == '?') {
        f.outs.push_back({split, true});
        return {split, f.outs};
      }
      patch(f, split);
      return {q == '*' ? split : f.start, {{split, true}}};
    }
    if (f.start < 0) ctx_.fail(offset_ + at, "empty pattern element");
    return f;
  }

  Frag atom() {
    const char c = text_[pos_];
    if (c == '{') return class_atom();
    if (c == '(') return group();
    if (c == '?' || c == '*' || c == '+' || c == '}') ctx_.fail(offset_ + pos_, fmt::format("unexpected '{}' in the pattern", c));
    return literal();
  }

  Frag class_atom() {
    const std::size_t open = pos_;
    const auto close = text_.find('}', pos_);
    if (close == std::string_view::npos) ctx_.fail(offset_ + open, "unclosed '{' in the pattern");
    std::string name{text_.substr(open + 1, close - open - 1)};
    std::string label = name;
    if (const auto colon = name.find(':'); colon != std::string::npos) {
      label = name.substr(colon + 1);
      name = name.substr(0, colon);
    }
    const int id = set_.class_id(name);
    if (id < 0) ctx_.fail(offset_ + open, fmt::format("unknown class '{{{}}}'", name),
                          did_you_mean(name, set_.class_names), static_cast<int>(close - open + 1));
    pos_ = close + 1;
    PatternNode node = make_node(PatternNode::Op::Class);
    node.class_id = id;
    node.label = label_of(label);
    const int n = add(node);
    return {n, {{n, false}}};
  }

  int label_of(const std::string& label) {
    int id = set_.label_id(label);
    if (id < 0) {
      id = static_cast<int>(set_.labels.size());
      set_.labels.push_back(label);
    }
    return id;
  }

  Frag group() {
    const std::size_t open = pos_++;
    std::vector<Frag> alts{sequence()};
    while (pos_ < text_.size() && text_[pos_] == '|') {
      ++pos_;
      alts.push_back(sequence());
    }
    if (pos_ >= text_.size() || text_[pos_] != ')') ctx_.fail(offset_ + open, "unclosed '(' in the pattern");
    ++pos_;
    Frag out;
    int prev_split = -1;
    for (std::size_t i = 0; i < alts.size(); ++i) {
      if (alts[i].start < 0) ctx_.fail(offset_ + open, "an empty alternative in '( | )'; use '?' for optional parts");
      int entry = alts[i].start;
      if (i + 1 < alts.size()) {
        entry = add(make_node(PatternNode::Op::Split));
        rule_.nodes[entry].next = alts[i].start;
      }
      if (prev_split >= 0) rule_.nodes[prev_split].alt = entry; else out.start = entry;
      prev_split = i + 1 < alts.size() ? entry : -1;
      out.outs.insert(out.outs.end(), alts[i].outs.begin(), alts[i].outs.end());
    }
    return out;
  }

  Frag literal() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && std::string_view(" (){}|?*+").find(text_[pos_]) == std::string_view::npos) ++pos_;
    std::string word{text_.substr(start, pos_ - start)};
    std::transform(word.begin(), word.end(), word.begin(), lower);
    Frag f;
    for (const auto& token : scan_text(word)) {
      PatternNode node = make_node(PatternNode::Op::Literal);
      node.literal = token.lower;
      const int n = add(node);
      f = concat(f, Frag{n, {{n, false}}});
    }
    return f;
  }

  TimexRuleSet& set_;
  TimexRule& rule_;
  const LineContext& ctx_;
  std::size_t offset_;
  std::string_view text_;
  std::size_t pos_ = 0;
};

// ---- rules ---------------------------------------------------------------------------

void check_template(const TimexRuleSet& set, const TimexRule& rule, const LineContext& ctx, std::size_t offset,
                    const std::string& text) {
  std::set<int> labels;
  for (const auto& node : rule.nodes)
    if (node.op == PatternNode::Op::Class) labels.insert(node.label);
  for (std::size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
    const auto close = text.find('}', i);
    if (close == std::string::npos) ctx.fail(offset + i, "unclosed '{' in the template");
    const std::string name = text.substr(i + 1, close - i - 1);
    const int id = set.label_id(name);
    if (id < 0 || !labels.count(id))
      ctx.fail(offset + i, fmt::format("'{{{}}}' is not captured by this rule's pattern", name), {},
               static_cast<int>(close - i + 1));
  }
  if (!text.empty() && text[0] == '@') {
    const std::string fn = text.substr(0, text.find(' '));
    if (!is_value_function(fn))
      ctx.fail(offset, fmt::format("unknown function '{}'", fn),
               did_you_mean(fn, value_function_names()),
               static_cast<int>(fn.size()));
  }
}

TimexExample parse_example(const LineContext& ctx, std::size_t offset, std::string_view text) {
  TimexExample ex;
  ex.line = ctx.line;
  const auto arrow = text.find(" => ");
  if (arrow == std::string_view::npos) ctx.fail(offset, "an example needs 'TEXT => VALUE'");
  std::string sentence{trim(text.substr(0, arrow))};
  auto rest = split_words(text.substr(arrow + 4));
  if (rest.empty()) ctx.fail(offset + arrow + 4, "an example needs a value after '=>'");
  ex.value = rest[0];
  for (std::size_t i = 1; i < rest.size(); ++i) {
    if (rest[i].rfind("mod=", 0) == 0) ex.mod = rest[i].substr(4);
    else if (rest[i].rfind("dct=", 0) == 0) ex.dct = rest[i].substr(4);
    else if (rest[i].rfind("freq=", 0) == 0) ex.freq = rest[i].substr(5);
    else ctx.fail(offset + text.find(rest[i], arrow), fmt::format("unknown example option '{}'", rest[i]),
                  "use mod=MOD, freq=FREQ or dct=YYYY-MM-DD|none");
  }
  if (ex.dct && *ex.dct != "none" && !parse_iso_day(*ex.dct))
    ctx.fail(offset + text.find("dct="), fmt::format("'{}' is not a day (YYYY-MM-DD)", *ex.dct));
  const auto open = sentence.find('['), close = sentence.find(']');
  if (open == std::string::npos && close == std::string::npos) {
    ex.text = sentence;
    ex.extent = {0, sentence.size()};
    return ex;
  }
  if (open == std::string::npos || close == std::string::npos || close < open)
    ctx.fail(offset, "mark the expected expression with one '[...]'");
  ex.text = sentence.substr(0, open) + sentence.substr(open + 1, close - open - 1) + sentence.substr(close + 1);
  ex.extent = {open, close - 1};
  return ex;
}

void finish_rule(TimexRuleSet& set, TimexRule& rule, const LineContext& ctx) {
  if (rule.nodes.empty()) ctx.fail(0, fmt::format("rule '{}' has no pattern", rule.id));
  if (rule.type.empty()) ctx.fail(0, fmt::format("rule '{}' has no type", rule.id));
  if (rule.value.empty()) ctx.fail(0, fmt::format("rule '{}' has no value", rule.id));
  // (TimeML gives freq and quant to a SET only)
  if ((!rule.freq.empty() || !rule.quant.empty()) && rule.type != "SET")
    ctx.fail(0, fmt::format("rule '{}' has a freq or quant but type {}", rule.id, rule.type), "only a SET takes them");
  set.rules.push_back(std::move(rule));
}

// The words of a reject-/require- list in lower case; a `{CLASS}` stands for every word of that
// lexicon class ("reject-before his her {MODW}").
std::vector<std::string> word_list(const TimexRuleSet& set, const LineContext& ctx, std::size_t at, const std::string& value) {
  std::vector<std::string> words;
  for (std::string w : split_words(value)) {
    if (w.size() < 3 || w.front() != '{' || w.back() != '}') {
      std::transform(w.begin(), w.end(), w.begin(), lower);
      words.push_back(std::move(w));
      continue;
    }
    const std::string name = w.substr(1, w.size() - 2);
    const int id = set.class_id(name);
    if (id < kBuiltinCount) {
      const std::size_t column = at + value.find(w);
      if (id < 0) ctx.fail(column, fmt::format("unknown class '{}'", w), did_you_mean(name, set.class_names), static_cast<int>(w.size()));
      ctx.fail(column, fmt::format("'{}' is built in: a word list takes lexicon classes only", w));
    }
    for (const auto& [word, entries] : set.lexicon)
      if (std::any_of(entries.begin(), entries.end(), [&](const LexEntry& e) { return e.class_id == id; })) words.push_back(word);
  }
  return words;
}

void set_field(TimexRuleSet& set, TimexRule& rule, const LineContext& ctx) {
  const std::string& line = ctx.text;
  const std::size_t key_at = line.find_first_not_of(" \t");
  const std::size_t key_end = line.find_first_of(" \t", key_at);
  const std::string key = line.substr(key_at, key_end == std::string::npos ? std::string::npos : key_end - key_at);
  const std::size_t value_at = key_end == std::string::npos ? line.size() : line.find_first_not_of(" \t", key_end);
  const std::string value{trim(value_at == std::string::npos ? std::string_view{} : std::string_view(line).substr(value_at))};
  const std::size_t at = value_at == std::string::npos ? line.size() : value_at;
  if (value.empty()) ctx.fail(at, fmt::format("'{}' needs a value", key));
  if (key == "pattern") {
    PatternCompiler(set, rule, ctx, at, value).compile();
  } else if (key == "type") {
    if (!kTypes.count(value)) ctx.fail(at, fmt::format("unknown type '{}'", value), "use DATE, TIME, DURATION or SET");
    rule.type = value;
  } else if (key == "value" || key == "mod" || key == "time" || key == "ends-on" || key == "freq" || key == "quant") {
    if (rule.nodes.empty()) ctx.fail(key_at, fmt::format("'{}' before the rule's pattern", key));
    check_template(set, rule, ctx, at, value);
    (key == "value"  ? rule.value
     : key == "mod"  ? rule.mod
     : key == "time" ? rule.time
     : key == "freq" ? rule.freq
     : key == "quant" ? rule.quant
                     : rule.ends_on) = value;
  } else if (key == "around-last-day") {
    int first = 0, last = 0;
    char extra = 0;
    if (std::sscanf(std::string(value).c_str(), "%d %d %c", &first, &last, &extra) != 2 || first > last)
      ctx.fail(at, fmt::format("'around-last-day' takes two day counts, the first not above the second, not '{}'", value),
               "e.g. around-last-day -2 1");
    rule.around_last_day = std::pair{first, last};
  } else if (key == "anchor") {
    if (value != "past" && value != "future") ctx.fail(at, fmt::format("unknown anchor '{}'", value), "use past or future");
    rule.anchor = value;
  } else if (key == "reject-before" || key == "reject-after" || key == "require-after" || key == "require-before" ||
             key == "reject-in-sentence") {
    auto words = word_list(set, ctx, at, value);
    (key == "reject-before"        ? rule.reject_before
     : key == "reject-after"       ? rule.reject_after
     : key == "require-after"      ? rule.require_after
     : key == "reject-in-sentence" ? rule.reject_in_sentence
                                   : rule.require_before) = words;
  } else if (key == "not-in-names" || key == "not-before-noun" || key == "not-in-titles" || key == "a-name" ||
             key == "trailing") {
    if (value != "yes" && value != "no") ctx.fail(at, fmt::format("'{}' takes yes or no, not '{}'", key, value));
    (key == "not-in-names"      ? rule.not_in_names
     : key == "not-before-noun" ? rule.not_before_noun
     : key == "not-in-titles"   ? rule.not_in_titles
     : key == "a-name"          ? rule.a_name
                                : rule.trailing) = value == "yes";
  } else if (key == "example") {
    rule.examples.push_back(parse_example(ctx, at, value));
  } else {
    ctx.fail(key_at, fmt::format("unknown field '{}'", key),
             did_you_mean(key, {"pattern", "type", "value", "mod", "time", "anchor", "reject-before", "reject-after",
                                "require-before", "require-after", "reject-in-sentence", "not-in-names", "not-before-noun", "not-in-titles",
                                "a-name", "trailing", "ends-on", "around-last-day", "freq", "quant", "example"}),
             static_cast<int>(key.size()));
  }
}

void load_rules(TimexRuleSet& set, const std::filesystem::path& file) {
  const auto lines = read_lines(file);
  std::optional<TimexRule> rule;
  LineContext rule_ctx;
  std::set<std::string> ids;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    if (is_comment_or_blank(line)) continue;
    const LineContext ctx{file.string(), static_cast<int>(n + 1), line};
    if (line.front() == ' ' || line.front() == '\t') {
      if (!rule) ctx.fail(0, "a field before any 'rule ID' line");
      set_field(set, *rule, ctx);
      continue;
    }
    const auto words = split_words(line);
    if (words[0] == "examples-dct" && words.size() == 2) {
      if (!parse_iso_day(words[1])) ctx.fail(13, fmt::format("'{}' is not a day (YYYY-MM-DD)", words[1]));
      set.examples_dct = words[1];
      continue;
    }
    if (words[0] != "rule" || words.size() != 2) ctx.fail(0, "expected 'rule ID' or an indented field");
    if (rule) finish_rule(set, *rule, rule_ctx);
    if (!ids.insert(words[1]).second) ctx.fail(5, fmt::format("rule '{}' is defined twice", words[1]));
    rule.emplace();
    rule->id = words[1];
    rule->file = file.string();
    rule->line = ctx.line;
    rule_ctx = ctx;
  }
  if (rule) finish_rule(set, *rule, rule_ctx);
}

// ---- first- and second-token index ---------------------------------------------------

// The atoms a match can begin with from `node`; `accepts` is set when the match can end there.
void first_atoms(const TimexRule& rule, int node, std::set<int>& seen, std::vector<const PatternNode*>& out,
                 bool& accepts) {
  if (node < 0 || !seen.insert(node).second) return;
  const auto& n = rule.nodes[node];
  switch (n.op) {
    case PatternNode::Op::Literal:
    case PatternNode::Op::Class: out.push_back(&n); return;
    case PatternNode::Op::Split:
      first_atoms(rule, n.next, seen, out, accepts);
      first_atoms(rule, n.alt, seen, out, accepts);
      return;
    case PatternNode::Op::Jump: first_atoms(rule, n.next, seen, out, accepts); return;
    case PatternNode::Op::Accept: accepts = true; return;
  }
}

// The keys of the tokens an atom can start on: a literal's word; a lexicon class's words; "#"
// for a built-in class of digits, with the number words (and "'" before a decade: "'90s").
class AtomKeys {
 public:
  explicit AtomKeys(const TimexRuleSet& set)
      : numword_(set.class_id("NUMWORD")), ordword_(set.class_id("ORDWORD")) {
    for (const auto& [word, entries] : set.lexicon)
      for (const auto& e : entries) words_of_class_[e.class_id].push_back(word);
  }

  void add(const PatternNode& atom, std::set<std::string>& keys) {
    if (atom.op == PatternNode::Op::Literal) {
      // (a token of digits has the key "#")
      const bool digits = !atom.literal.empty() && std::isdigit(static_cast<unsigned char>(atom.literal[0]));
      keys.insert(digits ? std::string("#") : atom.literal);
      return;
    }
    const int c = atom.class_id;
    if (c >= kBuiltinCount) {
      // (a class's word of digits, as "4" of QUARTERNUM, is a token of digits: key "#")
      for (const auto& word : words_of_class_[c])
        keys.insert(std::isdigit(static_cast<unsigned char>(word[0])) ? std::string("#") : word);
      return;
    }
    keys.insert("#");
    if (c == kDecade || c == kDecade2) keys.insert("'");
    if (c == kNum || c == kYear4) keys.insert(words_of_class_[numword_].begin(), words_of_class_[numword_].end());
    if (c == kDayNum || c == kOrd) keys.insert(words_of_class_[ordword_].begin(), words_of_class_[ordword_].end());
  }

 private:
  int numword_, ordword_;
  std::unordered_map<int, std::vector<std::string>> words_of_class_;
};

int intern_key(TimexRuleSet& set, const std::string& key) {
  const auto [it, added] = set.key_ids.try_emplace(key, static_cast<int>(set.key_ids.size()));
  return it->second;
}

// The keys the second token of rule r can have, when every first atom is one literal word and
// no match ends after it; nothing otherwise.
std::optional<std::set<std::string>> second_token_keys(const TimexRule& rule, const std::vector<const PatternNode*>& firsts,
                                                       AtomKeys& atom_keys) {
  std::set<std::string> keys;
  for (const auto* first : firsts) {
    if (first->op != PatternNode::Op::Literal) return std::nullopt;
    std::set<int> seen;
    std::vector<const PatternNode*> seconds;
    bool accepts = false;
    first_atoms(rule, first->next, seen, seconds, accepts);
    if (accepts) return std::nullopt;
    for (const auto* atom : seconds) atom_keys.add(*atom, keys);
  }
  return keys;
}

void index_rules(TimexRuleSet& set) {
  AtomKeys atom_keys(set);
  std::vector<std::optional<std::set<std::string>>> seconds(set.rules.size());
  for (std::size_t r = 0; r < set.rules.size(); ++r) {
    std::set<int> seen;
    std::vector<const PatternNode*> atoms;
    bool accepts = false;
    first_atoms(set.rules[r], 0, seen, atoms, accepts);
    std::set<std::string> keys;
    for (const auto* atom : atoms) atom_keys.add(*atom, keys);
    for (const auto& k : keys) {
      const auto id = static_cast<std::size_t>(intern_key(set, k));
      if (id >= set.rules_by_first_key.size()) set.rules_by_first_key.resize(id + 1);
      set.rules_by_first_key[id].push_back(static_cast<int>(r));
    }
    seconds[r] = second_token_keys(set.rules[r], atoms, atom_keys);
    if (seconds[r]) for (const auto& k : *seconds[r]) intern_key(set, k);
  }
  set.rules_by_first_key.resize(set.key_ids.size());
  set.second_keys.resize(set.rules.size());
  for (std::size_t r = 0; r < set.rules.size(); ++r) {
    if (!seconds[r]) continue;
    set.second_keys[r].assign(set.key_ids.size(), false);
    for (const auto& k : *seconds[r]) set.second_keys[r][static_cast<std::size_t>(set.key_ids.at(k))] = true;
  }
}

}  // namespace

std::vector<ScanToken> scan_text(std::string_view text) {
  std::vector<ScanToken> tokens;
  tokens.reserve(text.size() / 5);
  std::size_t i = 0;
  bool space = false, brk = true;
  int newlines = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (c == '\n' && ++newlines >= 2) brk = true;
      space = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {  // NBSP
      space = true;
      i += 2;
      continue;
    }
    ScanToken t;
    t.span.begin = i;
    if (curly_apostrophe(text, i)) {
      // (read as the straight one: "New Year’s Eve", "Monday’s", "the ’80s" match as written with ')
      i += 3;
      t.kind = ScanToken::Kind::Punct;
      t.span.end = i;
      t.lower = "'";
    } else if (unicode_dash(text, i)) {
      i += 3;
      t.kind = ScanToken::Kind::Punct;
    } else if (is_digit(c)) {
      while (i < text.size() && is_digit(static_cast<unsigned char>(text[i]))) ++i;
      t.kind = ScanToken::Kind::Number;
    } else if (is_letter(c)) {
      // (a curly apostrophe inside a word ends it: "Monday’s" is "Monday" "'" "s")
      while (i < text.size() && is_letter(static_cast<unsigned char>(text[i])) &&
             !(text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') && !curly_apostrophe(text, i) &&
             !unicode_dash(text, i))
        ++i;
      t.kind = ScanToken::Kind::Word;
    } else {
      ++i;
      t.kind = ScanToken::Kind::Punct;
    }
    if (t.lower.empty()) {
      t.span.end = i;
      t.lower.assign(text.data() + t.span.begin, i - t.span.begin);
      for (char& ch : t.lower) ch = lower(ch);
    }
    t.capitalised = c >= 'A' && c <= 'Z';
    t.all_caps = t.capitalised && t.kind == ScanToken::Kind::Word && i - t.span.begin > 1 &&
                 std::none_of(text.begin() + static_cast<std::ptrdiff_t>(t.span.begin), text.begin() + static_cast<std::ptrdiff_t>(i),
                              [](char ch) { return ch >= 'a' && ch <= 'z'; });
    t.space_before = space;
    t.break_before = brk;
    if (!tokens.empty()) {
      const auto& prev = tokens.back();
      t.break_before = brk || (space && prev.kind == ScanToken::Kind::Punct &&
                               (prev.lower == "." || prev.lower == "!" || prev.lower == "?"));
    }
    tokens.push_back(std::move(t));
    space = false;
    brk = false;
    newlines = 0;
  }
  return tokens;
}

bool TimexRuleSet::in_class(const std::string& word, std::string_view name) const {
  const int id = class_id(name);
  const auto it = lexicon.find(word);
  if (id < 0 || it == lexicon.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [id](const LexEntry& e) { return e.class_id == id; });
}

int TimexRuleSet::key_id(const ScanToken& token) const {
  const auto it = key_ids.find(token.kind == ScanToken::Kind::Number ? std::string("#") : token.lower);
  return it == key_ids.end() ? -1 : it->second;
}

int TimexRuleSet::class_id(std::string_view name) const {
  for (std::size_t i = 0; i < class_names.size(); ++i)
    if (class_names[i] == name) return static_cast<int>(i);
  return -1;
}

int TimexRuleSet::label_id(std::string_view name) const {
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (labels[i] == name) return static_cast<int>(i);
  return -1;
}

TimexRuleSet load_timex_rules(const std::filesystem::path& dir) {
  TimexRuleSet set;
  set.class_names.assign(std::begin(kBuiltinNames), std::end(kBuiltinNames));
  load_lexicon(set, dir / "lexicon.txt");
  load_rules(set, dir / "rules.txt");
  set.periods = load_named_periods(dir / "periods.tsv");
  set.sieve = build_rule_sieve(set);  // (first: it gives its words key ids)
  index_rules(set);
  return set;
}

}  // namespace chronograph::core
