#include "core/syntax/conllu.h"

#include <charconv>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace chronograph::core {

namespace {

struct Row {
  std::string fields[10];
  int line = 0;
};

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool parse_int(std::string_view s, int& value) {
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  return error == std::errc{} && end == s.data() + s.size();
}

class Builder {
 public:
  explicit Builder(std::string name) : name_(std::move(name)) {}

  void comment(std::string_view line) {
    constexpr std::string_view kText = "# text = ";
    if (line.rfind(kText, 0) == 0) sentence_text_ = std::string(line.substr(kText.size()));
  }

  void row(std::string_view line, int line_number) {
    const auto fields = split_tabs(line);
    if (fields.size() != 10)
      throw ParseError({name_, line_number, 1},
                       fmt::format("expected 10 tab-separated fields, found {}", fields.size()),
                       {}, "CoNLL-U rows are ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC",
                       std::string(line));
    const std::string_view id = fields[0];
    if (id.find('.') != std::string_view::npos) return;  // empty node
    if (const auto dash = id.find('-'); dash != std::string_view::npos) {
      int first = 0, last = 0;
      if (!parse_int(id.substr(0, dash), first) || !parse_int(id.substr(dash + 1), last) || last < first)
        bad_field(line, line_number, 0, fmt::format("'{}' is not a word range", id));
      multiword_.push_back({first, last, std::string(fields[1]), std::string(fields[9])});
      return;
    }
    int number = 0;
    if (!parse_int(id, number) || number != static_cast<int>(rows_.size()) + 1)
      bad_field(line, line_number, 0,
                fmt::format("word id '{}' should be {}", id, rows_.size() + 1));
    int head = 0;
    if (fields[6] != "_" && (!parse_int(fields[6], head) || head < 0))
      bad_field(line, line_number, 6, fmt::format("'{}' is not a head index", fields[6]));
    Row row;
    for (int i = 0; i < 10; ++i) row.fields[i] = std::string(fields[static_cast<std::size_t>(i)]);
    row.line = line_number;
    rows_.push_back(std::move(row));
    lines_.emplace_back(line);
  }

  void end_sentence() {
    if (rows_.empty()) return;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      int head = 0;
      parse_int(rows_[i].fields[6], head);
      if (rows_[i].fields[6] != "_" && head > static_cast<int>(rows_.size()))
        bad_field(lines_[i], rows_[i].line, 6,
                  fmt::format("head {} is past the sentence's {} words", head, rows_.size()));
    }
    if (!doc_.text.empty()) doc_.text += '\n';
    const std::size_t base = doc_.text.size();
    std::string text = sentence_text_ ? *sentence_text_ : rebuilt_text();
    doc_.text += text;
    Sentence sentence;
    sentence.first_token = doc_.tokens.tokens.size();
    sentence.token_count = rows_.size();
    std::size_t cursor = 0;
    std::size_t mw = 0;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      const int number = static_cast<int>(i) + 1;
      while (mw < multiword_.size() && multiword_[mw].last < number) ++mw;
      Token token = from_row(rows_[i]);
      if (mw < multiword_.size() && multiword_[mw].first <= number) {
        place_multiword(text, cursor, mw, i, token);
        token.fused_with_next = number < multiword_[mw].last;
      } else {
        place(text, cursor, token.text, token);
      }
      token.span.begin += base;
      token.span.end += base;
      doc_.tokens.tokens.push_back(std::move(token));
    }
    const auto& first = doc_.tokens.tokens[sentence.first_token];
    sentence.span = {first.span.begin, doc_.tokens.tokens.back().span.end};
    doc_.tokens.sentences.push_back(sentence);
    rows_.clear();
    lines_.clear();
    multiword_.clear();
    sentence_text_.reset();
  }

  ConlluDocument take() { return std::move(doc_); }

 private:
  struct Multiword {
    int first, last;
    std::string form, misc;
  };

  [[noreturn]] void bad_field(std::string_view line, int line_number, int field, std::string message) {
    const auto fields = split_tabs(line);
    int column = 1;
    for (int i = 0; i < field && i < static_cast<int>(fields.size()); ++i)
      column += static_cast<int>(fields[static_cast<std::size_t>(i)].size()) + 1;
    throw ParseError({name_, line_number, column}, std::move(message), {}, {}, std::string(line));
  }

  static Token from_row(const Row& row) {
    auto value = [](const std::string& s) { return s == "_" ? std::string() : s; };
    Token token;
    token.text = row.fields[1];
    token.norm = row.fields[1];
    token.lemma = row.fields[2] == "_" && row.fields[1] != "_" ? std::string() : row.fields[2];
    token.upos = value(row.fields[3]);
    token.xpos = value(row.fields[4]);
    token.feats = value(row.fields[5]);
    int head = 0;
    token.head = parse_int(row.fields[6], head) ? head - 1 : -1;
    token.deprel = value(row.fields[7]);
    return token;
  }

  // Finds `form` at or after the cursor (skipping spaces); when the text does not hold it
  // (a `# text` line that disagrees), the token gets an empty span at the cursor.
  static void place(const std::string& text, std::size_t& cursor, const std::string& form, Token& token) {
    std::size_t at = cursor;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (text.compare(at, form.size(), form) == 0) {
      token.span = {at, at + form.size()};
      cursor = at + form.size();
    } else if (const auto found = text.find(form, cursor); found != std::string::npos && !form.empty()) {
      token.span = {found, found + form.size()};
      cursor = found + form.size();
    } else {
      token.span = {cursor, cursor};
    }
    token.text = text.substr(token.span.begin, token.span.size());
  }

  void place_multiword(const std::string& text, std::size_t& cursor, std::size_t mw, std::size_t i,
                       Token& token) {
    const Multiword& word = multiword_[mw];
    const int number = static_cast<int>(i) + 1;
    if (number == word.first) {
      Token whole;
      std::size_t probe = cursor;
      place(text, probe, word.form, whole);
      multiword_span_ = whole.span;
      multiword_cursor_ = whole.span.begin;
      std::string joined;
      for (int k = word.first; k <= word.last; ++k) joined += rows_[static_cast<std::size_t>(k - 1)].fields[1];
      multiword_spelled_ = joined == word.form;
      cursor = whole.span.end;
    }
    if (multiword_spelled_) {
      token.span = {multiword_cursor_, multiword_cursor_ + token.norm.size()};
      multiword_cursor_ = token.span.end;
    } else if (number == word.first) {
      token.span = multiword_span_;
    } else {
      token.span = {multiword_span_.end, multiword_span_.end};
    }
    token.text = text.substr(token.span.begin, token.span.size());
  }

  std::string rebuilt_text() const {
    std::string text;
    for (const Row& row : rows_) {
      text += row.fields[1];
      if (row.fields[9].find("SpaceAfter=No") == std::string::npos) text += ' ';
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
  }

  std::string name_;
  ConlluDocument doc_;
  std::vector<Row> rows_;
  std::vector<std::string> lines_;
  std::vector<Multiword> multiword_;
  std::optional<std::string> sentence_text_;
  Span multiword_span_;
  std::size_t multiword_cursor_ = 0;
  bool multiword_spelled_ = false;
};

}  // namespace

ConlluDocument parse_conllu(std::string_view content, const std::string& name) {
  Builder builder(name);
  int line_number = 0;
  std::size_t start = 0;
  while (start < content.size()) {
    auto end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_number;
    if (line.empty()) {
      builder.end_sentence();
    } else if (line.front() == '#') {
      builder.comment(line);
    } else {
      builder.row(line, line_number);
    }
    start = end + 1;
  }
  builder.end_sentence();
  return builder.take();
}

ConlluDocument read_conllu(const std::filesystem::path& file) {
  return parse_conllu(read_file(file), file.string());
}

std::string_view universal_relation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

std::string write_conllu(std::string_view text, const TokenizedText& tokens) {
  auto field = [](const std::string& s) { return s.empty() ? std::string("_") : s; };
  auto one_line = [](std::string_view s) {
    std::string out(s);
    for (char& c : out)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
  };
  std::string out;
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) {
    const Sentence& sentence = tokens.sentences[s];
    out += fmt::format("# sent_id = {}\n# text = {}\n", s + 1, one_line(sentence.span.of(text)));
    for (std::size_t i = 0; i < sentence.token_count; ++i) {
      const Token& token = tokens.tokens[sentence.first_token + i];
      const bool starts_fused = token.fused_with_next && (i == 0 || !tokens.tokens[sentence.first_token + i - 1].fused_with_next);
      if (starts_fused) {  // a multiword token line: "2-3<TAB>won't"
        std::size_t last = i;
        while (last + 1 < sentence.token_count && tokens.tokens[sentence.first_token + last].fused_with_next) ++last;
        const Span surface{token.span.begin, tokens.tokens[sentence.first_token + last].span.end};
        const bool glued_after = last + 1 < sentence.token_count &&
                                 tokens.tokens[sentence.first_token + last + 1].span.begin == surface.end;
        out += fmt::format("{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}\n", i + 1, last + 1,
                           field(one_line(surface.of(text))), glued_after ? "SpaceAfter=No" : "_");
      }
      const bool inside_fused = token.fused_with_next || (i > 0 && tokens.tokens[sentence.first_token + i - 1].fused_with_next);
      const bool last = i + 1 == sentence.token_count;
      const bool glued = !last && tokens.tokens[sentence.first_token + i + 1].span.begin == token.span.end;
      std::string form = token.text.empty() ? token.norm : one_line(token.text);
      out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}\n", i + 1, field(form), field(token.lemma),
                         field(token.upos), field(token.xpos), field(token.feats),
                         token.head < 0 ? (token.deprel.empty() ? std::string("_") : "0")
                                        : std::to_string(token.head + 1),
                         field(token.deprel), glued && !inside_fused ? "SpaceAfter=No" : "_");
    }
    out += '\n';
  }
  return out;
}

}  // namespace chronograph::core
