#include "core/events/simple_tokenizer.h"

#include <array>
#include <cctype>

namespace chronograph::core {

namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool is_split_punct(unsigned char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '!' ||
         c == '?' || c == '[' || c == ']' || c == '{' || c == '}' || c == '`';
}

// "U.S.", "Mr.", "a.m.", "Jan.": the final period belongs to the word.
bool keeps_period(std::string_view word) {
  if (word.size() < 2) return false;
  const std::string_view stem = word.substr(0, word.size() - 1);
  if (stem.find('.') != std::string_view::npos) return true;
  static constexpr std::array<std::string_view, 24> kAbbrev{
      "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col",
      "Inc", "Corp", "Co", "Ltd", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"};
  for (auto a : kAbbrev)
    if (stem == a) return true;
  return stem.size() == 1 && std::isupper(static_cast<unsigned char>(stem[0]));
}

void push(TokenizedText& out, std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end) return;
  Token t;
  t.span = {begin, end};
  t.text = std::string(text.substr(begin, end - begin));
  // The models see straight apostrophes.
  std::string norm;
  for (std::size_t i = 0; i < t.text.size(); ++i) {
    if (t.text.compare(i, 3, "\xE2\x80\x99") == 0 || t.text.compare(i, 3, "\xE2\x80\x98") == 0) {
      norm += '\'';
      i += 2;
    } else {
      norm += t.text[i];
    }
  }
  t.norm = std::move(norm);
  out.tokens.push_back(std::move(t));
}

// Splits one whitespace-free chunk [begin, end) into tokens.
void split_chunk(TokenizedText& out, std::string_view text, std::size_t begin, std::size_t end) {
  // Leading punctuation.
  while (begin < end && (is_split_punct(static_cast<unsigned char>(text[begin])) || text[begin] == '\'')) {
    push(out, text, begin, begin + 1);
    ++begin;
  }
  std::vector<std::pair<std::size_t, std::size_t>> tail;
  // Trailing punctuation (and a final period unless an abbreviation).
  while (end > begin) {
    const unsigned char c = static_cast<unsigned char>(text[end - 1]);
    if (is_split_punct(c) || c == '\'') {
      tail.emplace_back(end - 1, end);
      --end;
    } else if (c == '.' && !keeps_period(text.substr(begin, end - begin))) {
      tail.emplace_back(end - 1, end);
      --end;
    } else {
      break;
    }
  }
  // Clitics.
  const std::string_view word = text.substr(begin, end - begin);
  static constexpr std::array<std::string_view, 14> kClitics{
      "n't", "'s", "'re", "'ve", "'ll", "'d", "'m",
      "n\xE2\x80\x99t", "\xE2\x80\x99s", "\xE2\x80\x99re", "\xE2\x80\x99ve", "\xE2\x80\x99ll", "\xE2\x80\x99" "d", "\xE2\x80\x99m"};
  std::size_t split = end;
  for (auto c : kClitics) {
    if (word.size() > c.size() && word.substr(word.size() - c.size()) == c) {
      split = end - c.size();
      break;
    }
  }
  push(out, text, begin, split);
  push(out, text, split, end);
  for (auto it = tail.rbegin(); it != tail.rend(); ++it) push(out, text, it->first, it->second);
}

void make_sentences(TokenizedText& out, std::string_view text) {
  std::size_t first = 0;
  auto close = [&](std::size_t last_exclusive) {
    if (last_exclusive <= first) return;
    Sentence s;
    s.first_token = first;
    s.token_count = last_exclusive - first;
    s.span = {out.tokens[first].span.begin, out.tokens[last_exclusive - 1].span.end};
    out.sentences.push_back(s);
    first = last_exclusive;
  };
  for (std::size_t i = 0; i < out.tokens.size(); ++i) {
    const std::string& t = out.tokens[i].text;
    const bool last = i + 1 == out.tokens.size();
    if (last) {
      close(i + 1);
      break;
    }
    // A blank line between this token and the next ends the sentence.
    const std::string_view gap = text.substr(out.tokens[i].span.end, out.tokens[i + 1].span.begin - out.tokens[i].span.end);
    if (gap.find("\n\n") != std::string_view::npos || gap.find("\n\r\n") != std::string_view::npos) {
      close(i + 1);
      continue;
    }
    if (t == "." || t == "!" || t == "?") {
      std::size_t j = i + 1;
      while (j < out.tokens.size() && (out.tokens[j].text == "\"" || out.tokens[j].text == ")" || out.tokens[j].text == "'"))
        ++j;
      if (j >= out.tokens.size()) continue;
      const unsigned char c = static_cast<unsigned char>(out.tokens[j].text[0]);
      if (std::isupper(c) || std::isdigit(c) || c == '"' || c >= 128) {
        i = j - 1;
        close(j);
      }
    }
  }
}

}  // namespace

TokenizedText simple_tokenize(std::string_view text) {
  TokenizedText out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t j = i;
    while (j < text.size() && !is_space(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) split_chunk(out, text, i, j);
    i = j;
  }
  make_sentences(out, text);
  return out;
}

}  // namespace chronograph::core
