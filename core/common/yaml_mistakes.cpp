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

}  // namespace

std::optional<YamlMistake> find_yaml_mistake(std::string_view yaml, int last_line) {
  auto mistake = YamlScanner(yaml).first_mistake();
  if (mistake && mistake->line > last_line) return std::nullopt;
  return mistake;
}

}  // namespace chronograph
