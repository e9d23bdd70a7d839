#include "core/text/conllu_text.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "core/common/error.h"
#include "core/text/unicode.h"

namespace chronograph::core {

namespace {

struct Builder {
  explicit Builder(const std::string& file) : path(file) {}
  const std::string& path;
  ConlluText out;
  // The sentence being read.
  std::string text;
  bool has_text = false, new_paragraph = false;
  int text_line = 0;
  std::size_t sentence_start = 0, cursor = 0;  // bytes into out.text
  std::size_t first_token = 0;
  int skip_until = 0;  // last word id covered by a multi-word token line

  void comment(std::string_view line, int number) {
    if (line.starts_with("# newdoc")) {
      ++out.documents;
      new_paragraph = true;
    } else if (line.starts_with("# newpar")) {
      ++out.paragraphs;
      new_paragraph = true;
    } else if (line.starts_with("# text = ") || line == "# text =") {
      text = line.size() > 9 ? std::string(line.substr(9)) : std::string();
      has_text = true;
      text_line = number;
    }
  }

  void begin_sentence_text(int number) {
    if (!has_text)
      throw ParseError(SourcePos{path, number, 1}, "sentence without a '# text' line",
                       "the raw text is rebuilt from '# text' lines");
    if (!out.text.empty()) out.text += new_paragraph ? "\n\n" : " ";
    new_paragraph = false;
    sentence_start = out.text.size();
    out.text += text;
    cursor = sentence_start;
    first_token = out.tokens.size();
    has_text = false;
  }

  // Finds `form` (its non-space characters, in order) at the cursor, skipping whitespace.
  void token(std::string_view form, std::string_view line, int number) {
    const std::string_view all(out.text);
    std::size_t begin = std::string::npos;
    for (std::size_t f = 0; f < form.size();) {
      const auto want = unicode::decode(form, f);
      if (unicode::is_space(want.cp)) {
        f += want.length;
        continue;
      }
      while (cursor < all.size() && unicode::is_space(unicode::decode(all, cursor).cp))
        cursor += unicode::decode(all, cursor).length;
      if (all.substr(cursor, want.length) != form.substr(f, want.length))
        throw ParseError(
            SourcePos{path, number, 1},
            fmt::format("token '{}' is not next in the text of line {}", form, text_line),
            "the tokens must spell the sentence's '# text'", {}, std::string(line));
      if (begin == std::string::npos) begin = cursor;
      cursor += want.length;
      f += want.length;
    }
    if (begin != std::string::npos) out.tokens.push_back({begin, cursor});
  }

  void word_line(std::string_view line, int number) {
    const std::size_t tab = line.find('\t');
    const std::size_t tab2 = tab == std::string_view::npos ? tab : line.find('\t', tab + 1);
    if (tab2 == std::string_view::npos)
      throw ParseError(SourcePos{path, number, 1}, "a word line needs ID and FORM columns", {}, {},
                       std::string(line));
    const std::string_view id = line.substr(0, tab), form = line.substr(tab + 1, tab2 - tab - 1);
    if (id.find('.') != std::string_view::npos) return;  // empty nodes are not in the text
    if (const auto dash = id.find('-'); dash != std::string_view::npos) {
      skip_until = std::stoi(std::string(id.substr(dash + 1)));
      token(form, line, number);
      return;
    }
    if (std::stoi(std::string(id)) <= skip_until) return;
    token(form, line, number);
  }

  void end_sentence() {
    if (out.tokens.size() > first_token)
      out.sentences.push_back({out.tokens[first_token].begin, out.tokens.back().end});
    skip_until = 0;
  }
};

}  // namespace

namespace {

// Greedy wrapping of one line [begin, end): while what is left is `width` code points or
// more, the last space within the first `width` + 1 code points (else the first after
// them) becomes a line break.
void wrap_line(std::string& text, std::size_t begin, std::size_t end, std::size_t width) {
  std::vector<std::size_t> offsets;  // byte offset of each code point
  for (std::size_t at = begin; at < end; at += unicode::decode(text, at).length)
    offsets.push_back(at);
  constexpr std::size_t kNone = std::string::npos;
  std::size_t start = 0;
  while (offsets.size() - start >= width) {
    std::size_t last_space = kNone;
    for (std::size_t i = 0; start + i < offsets.size(); ++i) {
      if (i > width && last_space != kNone) break;
      if (text[offsets[start + i]] == ' ') last_space = i;
    }
    if (last_space == kNone || last_space == 0) return;  // one word longer than a line
    text[offsets[start + last_space]] = '\n';
    start += last_space + 1;
  }
}

}  // namespace

void wrap_lines(std::string& text, std::size_t width) {
  if (width == 0) return;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    wrap_line(text, begin, end, width);
    begin = end + 1;
  }
}

ConlluText parse_conllu_text(std::string_view content, const std::string& path,
                             std::size_t wrap_width) {
  Builder b(path);
  bool in_sentence = false;
  int number = 0;
  std::size_t at = 0;
  while (at <= content.size()) {
    std::size_t end = content.find('\n', at);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++number;
    if (line.empty()) {
      if (in_sentence) b.end_sentence();
      in_sentence = false;
    } else if (line.front() == '#') {
      b.comment(line, number);
    } else {
      if (!in_sentence) b.begin_sentence_text(number);
      in_sentence = true;
      b.word_line(line, number);
    }
    if (end == content.size()) break;
    at = end + 1;
  }
  if (in_sentence) b.end_sentence();
  if (wrap_width > 0) wrap_lines(b.out.text, wrap_width);
  return std::move(b.out);
}

ConlluText read_conllu_text(const std::filesystem::path& path, std::size_t wrap_width) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("cannot read '{}'", path.string()));
  std::ostringstream content;
  content << in.rdbuf();
  return parse_conllu_text(content.str(), path.string(), wrap_width);
}

std::vector<Span> surface_tokens(const TokenizedText& system) {
  std::vector<Span> spans;
  spans.reserve(system.tokens.size());
  bool joining = false;
  for (const Token& token : system.tokens) {
    if (joining) {
      spans.back().end = token.span.end;
    } else {
      spans.push_back(token.span);
    }
    joining = token.fused_with_next;
  }
  return spans;
}

PrfScore score_spans(const std::vector<Span>& gold, const std::vector<Span>& system) {
  PrfScore score{gold.size(), system.size(), 0};
  std::size_t g = 0, s = 0;
  while (g < gold.size() && s < system.size()) {
    if (gold[g] == system[s]) {
      ++score.correct, ++g, ++s;
    } else if (gold[g] < system[s]) {
      ++g;
    } else {
      ++s;
    }
  }
  return score;
}

SegmentationScore score_segmentation(const ConlluText& gold, const TokenizedText& system) {
  std::vector<Span> sentences;
  sentences.reserve(system.sentences.size());
  for (const Sentence& sentence : system.sentences) sentences.push_back(sentence.span);
  return {score_spans(gold.tokens, surface_tokens(system)), score_spans(gold.sentences, sentences)};
}

}  // namespace chronograph::core
