#include "core/common/yaml_mistakes.h"

#include <vector>

#include <fmt/format.h>

namespace chronograph {

namespace {

struct Place {
  int line = 1, column = 1;
  char what = 0;
};

// Walks the text once, keeping what is open at each character: quotes, flow collections, a
// block scalar's lines (whose content is text, not YAML: "|" then "  He said \"no").
class YamlScanner {
 public:
  explicit YamlScanner(std::string_view yaml) : yaml_(yaml) {}

  std::optional<YamlMistake> first_mistake() {
    for (std::size_t k = 0; k < yaml_.size(); ++k) {
      if (const auto tab = step(yaml_[k])) return tab;
      column_ = yaml_[k] == '\n' ? 1 : column_ + 1;
      if (yaml_[k] == '\n') ++line_;
    }
    if (quote_.what)
      return YamlMistake{quote_.line, quote_.column, fmt::format("this `{}` is never closed", quote_.what),
                         fmt::format("end the text with another `{}`, or leave the quotes out", quote_.what)};
    if (!flows_.empty())
      return YamlMistake{flows_.front().line, flows_.front().column,
                         fmt::format("this `{}` is never closed", flows_.front().what),
                         fmt::format("close it with `{}`", flows_.front().what == '[' ? ']' : '}')};
    return std::nullopt;
  }

 private:
  // A tab in the indentation of a line with content, outside quotes and flows, is a mistake.
  std::optional<YamlMistake> step(char c) {
    if (c == '\n') {
      start_line();
    } else if (quote_.what) {
      read_quoted(c);
    } else if (indenting_ && (c == ' ' || c == '\t' || c == '\r')) {
      ++indent_;
      if (c == '\t' && !tab_) tab_ = Place{line_, column_, c};
    } else if (indenting_) {
      indenting_ = false;
      in_block_ = in_block_ && indent_ > block_indent_;
      if (tab_ && c != '#' && flows_.empty() && !in_block_)
        return YamlMistake{tab_->line, tab_->column, "a tab is used for indentation; YAML needs spaces",
                           "indent with spaces"};
      if (!in_block_) read_plain(c);
    } else if (!comment_ && !in_block_) {
      read_plain(c);
    }
    return std::nullopt;
  }

  void start_line() {
    indenting_ = true;
    indent_ = 0;
    tab_.reset();
    comment_ = false;
    last_ = 0;
    space_before_ = false;
  }

  // Where a node may begin: at the start of a line, after "key: ", "- " or "? ", or after
  // "[", "{" or "," inside a flow ("title: it's" has no quote, "[a, 'b']" has one).
  bool node_starts_here() const {
    if (last_ == 0) return true;
    if ((last_ == ':' || last_ == '-' || last_ == '?') && space_before_) return true;
    return !flows_.empty() && (last_ == '[' || last_ == '{' || last_ == ',');
  }

  void read_plain(char c) {
    const bool space = c == ' ' || c == '\t' || c == '\r';
    if (!space) {
      if (c == '#' && (last_ == 0 || space_before_)) {
        comment_ = true;
        return;
      }
      const bool starts = node_starts_here();
      if (starts && (c == '"' || c == '\'')) quote_ = Place{line_, column_, c};
      else if (starts && (c == '[' || c == '{')) flows_.push_back(Place{line_, column_, c});
      else if ((c == ']' || c == '}') && !flows_.empty()) flows_.pop_back();
      else if (starts && flows_.empty() && (c == '|' || c == '>')) open_block();
      last_ = c;
    }
    space_before_ = space;
  }

  void read_quoted(char c) {
    if (escaped_) {
      escaped_ = false;
    } else if (quote_.what == '"' && c == '\\') {
      escaped_ = true;
    } else if (c == quote_.what) {
      quote_.what = 0;  // ('' inside single quotes closes and opens again: the same to us)
      last_ = c;
      space_before_ = false;
    }
  }

  void open_block() {
    in_block_ = true;
    block_indent_ = indent_;
  }

  std::string_view yaml_;
  int line_ = 1, column_ = 1;
  bool indenting_ = true, comment_ = false, escaped_ = false, space_before_ = false;
  int indent_ = 0, block_indent_ = 0;
  bool in_block_ = false;
  char last_ = 0;
  std::optional<Place> tab_;
  Place quote_;
  std::vector<Place> flows_;
};

std::vector<std::string_view> lines_of(std::string_view yaml) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin <= yaml.size()) {
    std::size_t end = yaml.find('\n', begin);
    if (end == std::string_view::npos) end = yaml.size();
    std::string_view line = yaml.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

int indent_of(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? -1 : static_cast<int>(first);
}

// "key: value" with a plain value after the colon, no "key:" opening a map (nor a flow, a quote
// or a block scalar, which the scanner above reads).
bool key_with_value(std::string_view line) {
  const auto colon = line.find(": ");
  if (colon == std::string_view::npos || line.substr(static_cast<std::size_t>(indent_of(line))).starts_with("- "))
    return false;
  const auto value = line.find_first_not_of(' ', colon + 1);
  if (value == std::string_view::npos) return false;
  static constexpr std::string_view kNotPlain = "#{[\"'|>&*!";
  return kNotPlain.find(line[value]) == std::string_view::npos;
}

//     date: 1980s            yaml-cpp stops at the second line ("illegal map value"), where the
//      title: x              first, a key with its value, cannot hold a deeper one: the two keys
//                            of one entry do not line up, and either may be the one misplaced.
std::optional<YamlMistake> misaligned_key(std::string_view yaml, int error_line) {
  const auto lines = lines_of(yaml);
  if (error_line < 2 || static_cast<std::size_t>(error_line) > lines.size()) return std::nullopt;
  const auto line = [&](int number) { return lines[static_cast<std::size_t>(number) - 1]; };
  const auto content = [&](int number) { return indent_of(line(number)) >= 0 && line(number)[indent_of(line(number))] != '#'; };
  const std::string_view here = line(error_line);
  int before = error_line - 1;
  while (before >= 1 && !content(before)) --before;
  if (before < 1) return std::nullopt;
  const std::string_view previous = line(before);
  const int indent = indent_of(here), previous_indent = indent_of(previous);
  if (indent <= previous_indent || !key_with_value(previous)) return std::nullopt;
  return YamlMistake{before, previous_indent + 1,
                     fmt::format("this line is indented by {} spaces and line {} by {}; the keys of one entry line up",
                                 previous_indent, error_line, indent),
                     "indent both lines by the same number of spaces"};
}

}  // namespace

std::optional<YamlMistake> find_yaml_mistake(std::string_view yaml, int last_line) {
  auto mistake = YamlScanner(yaml).first_mistake();
  if (mistake && mistake->line > last_line) mistake.reset();
  if (!mistake) mistake = misaligned_key(yaml, last_line);
  return mistake;
}

}  // namespace chronograph
