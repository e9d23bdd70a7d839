#include "core/syntax/date_ranges.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

struct Phrase {
  int first = 0;
  int end = 0;  // one past the last word
  bool contains(int k) const { return k >= first && k < end; }
};

bool nominal(const Token& token) { return token.upos == "NOUN" || token.upos == "PROPN" || token.upos == "PRON"; }

std::string lower_at(std::span<const Token> sentence, int k) { return lowercase_ascii(sentence[static_cast<std::size_t>(k)].text); }

// "October", "Oct.", "Sept": a capitalised month name ("may" and "march" in lower case are verbs).
bool is_month_at(std::span<const Token> sentence, int k) {
  const std::string& text = sentence[static_cast<std::size_t>(k)].text;
  if (text.empty() || text[0] < 'A' || text[0] > 'Z') return false;
  std::string lower = lowercase_ascii(text);
  if (lower.ends_with('.')) lower.pop_back();
  return is_month_word(lower);
}

// "1", "30", "1st", "30th": a day of the month.
bool is_day_at(std::span<const Token> sentence, int k) {
  std::string_view lower = sentence[static_cast<std::size_t>(k)].text;
  for (const std::string_view ordinal : {"st", "nd", "rd", "th"})
    if (lower.size() > 2 && lower.ends_with(ordinal)) lower.remove_suffix(2);
  if (lower.empty() || lower.size() > 2 || !std::all_of(lower.begin(), lower.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const int day = std::stoi(std::string(lower));
  return day >= 1 && day <= 31;
}

bool is_year_at(std::span<const Token> sentence, int k) { return is_year_word(lower_at(sentence, k)); }

// The date phrase that starts at `k`: "1 October 2024", "Oct. 1, 2024", "September 2025", "June",
// "2024". Its end is `k` when there is none.
Phrase date_phrase_at(std::span<const Token> sentence, int k) {
  const int n = static_cast<int>(sentence.size());
  const auto is = [&](int j, auto test) { return j < n && test(sentence, j); };
  int j = k;
  if (is(j, is_day_at) && is(j + 1, is_month_at)) {
    j += 2;  // 1 October
  } else if (is(j, is_month_at)) {
    ++j;
    if (is(j, is_day_at)) ++j;  // Oct. 1
    if (j > k + 1 && j + 1 < n && lower_at(sentence, j) == "," && is(j + 1, is_year_at)) ++j;  // Oct. 1, 2024
  } else if (is(j, is_year_at)) {
    return {k, j + 1};
  } else {
    return {k, k};
  }
  if (is(j, is_year_at)) ++j;
  return {k, j};
}

// The same, unless a noun right after it makes it that noun's modifier ("the 2024 season").
Phrase date_phrase_before_no_noun(std::span<const Token> sentence, int k) {
  const Phrase phrase = date_phrase_at(sentence, k);
  const bool modifier = phrase.end < static_cast<int>(sentence.size()) && nominal(sentence[static_cast<std::size_t>(phrase.end)]) &&
                        sentence[static_cast<std::size_t>(phrase.end)].upos != "PRON";
  return modifier ? Phrase{k, k} : phrase;
}

// The one word of the phrase whose head lies outside it; -1 when the parse split the phrase.
int head_of_phrase(std::span<const Token> sentence, Phrase phrase) {
  int head = -1;
  for (int k = phrase.first; k < phrase.end; ++k) {
    if (phrase.contains(sentence[static_cast<std::size_t>(k)].head)) continue;
    if (head >= 0) return -1;
    head = k;
  }
  return head;
}

// "d" a day, "m" a month, "y" a year, "," a comma: the shape of a date phrase, word by word.
std::string shape_of(std::span<const Token> sentence, Phrase phrase) {
  std::string shape;
  for (int k = phrase.first; k < phrase.end; ++k)
    shape += is_month_at(sentence, k) ? 'm' : is_year_at(sentence, k) ? 'y' : is_day_at(sentence, k) ? 'd' : ',';
  return shape;
}

// A second phrase the parse split ("and 31 March 2024" with "31" a conjunct of "2023" and
// "March" hung on "2024") takes the inner arcs of the first when the two have one shape; its
// head is then the word in the place of the first's head, still where the parse hung it. Returns
// that head, or -1 when the shapes differ.
int mirror_first_phrase(std::span<Token> sentence, Phrase first, int h1, Phrase second) {
  if (shape_of(sentence, first) != shape_of(sentence, second)) return -1;
  const int offset = second.first - first.first;
  for (int k = first.first; k < first.end; ++k) {
    if (k == h1) continue;
    const Token& model = sentence[static_cast<std::size_t>(k)];
    Token& copy = sentence[static_cast<std::size_t>(k + offset)];
    copy.head = model.head + offset;
    copy.deprel = model.deprel;
  }
  return h1 + offset;
}

// Where a date phrase may hang: as an oblique, a noun's modifier, a conjunct, or the root.
bool adverbial_relation(std::string_view deprel) {
  static constexpr std::array<std::string_view, 8> kRelations = {"obl", "obl:tmod", "obl:unmarked", "nmod",
                                                                 "nmod:tmod", "nmod:unmarked", "conj", "root"};
  return std::find(kRelations.begin(), kRelations.end(), deprel) != kRelations.end();
}

// Hangs `word` on `head` with `deprel`; what outside `phrase` hung on a word of the phrase (but
// punctuation) hangs on the phrase's old head instead.
void move_phrase(std::span<Token> sentence, Phrase phrase, int word, int head, std::string deprel) {
  const int old_head = sentence[static_cast<std::size_t>(word)].head;
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) {
    Token& t = sentence[static_cast<std::size_t>(k)];
    if (!phrase.contains(k) && phrase.contains(t.head) && t.upos != "PUNCT" && t.deprel != "case" && t.deprel != "cc")
      t.head = old_head;
  }
  sentence[static_cast<std::size_t>(word)].head = head;
  sentence[static_cast<std::size_t>(word)].deprel = std::move(deprel);
}

bool joins_range(std::string_view marker, std::string_view connector) {
  if (marker == "between") return connector == "and";
  return connector == "to" || connector == "until" || connector == "till" || connector == "through";
}

// The first phrase: its marker is its `case`, and it is an oblique or a noun's `nmod`.
void mend_first_phrase(std::span<Token> sentence, int marker, int h1) {
  Token& marker_token = sentence[static_cast<std::size_t>(marker)];
  marker_token.head = h1;
  marker_token.deprel = "case";
  Token& first = sentence[static_cast<std::size_t>(h1)];
  if (adverbial_relation(first.deprel) || first.head < 0) return;
  first.deprel = nominal(sentence[static_cast<std::size_t>(first.head)]) ? "nmod" : "obl";
}

// The second phrase: the first's conjunct after "between", an oblique like it after "from".
void mend_second_phrase(std::span<Token> sentence, bool between, int connector, int h1, Phrase second, int h2) {
  Token& link = sentence[static_cast<std::size_t>(connector)];
  link.head = h2;
  link.deprel = between ? "cc" : "case";
  const Token& first = sentence[static_cast<std::size_t>(h1)];
  const Token& other = sentence[static_cast<std::size_t>(h2)];
  if (between) {
    if (other.head != h1 || other.deprel != "conj") move_phrase(sentence, second, h2, h1, "conj");
    return;
  }
  const bool beside_first = (other.head == h1 || other.head == first.head) && adverbial_relation(other.deprel);
  if (beside_first) return;
  if (first.head < 0) move_phrase(sentence, second, h2, h1, "nmod");
  else move_phrase(sentence, second, h2, first.head, first.deprel);
}

}  // namespace

int keep_date_ranges_together(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int mended = 0;
  for (int marker = 0; marker + 3 < n; ++marker) {
    const std::string opener = lower_at(sentence, marker);
    if (opener != "between" && opener != "from") continue;
    const Phrase first = date_phrase_before_no_noun(sentence, marker + 1);
    if (first.end == first.first || first.end + 1 >= n || !joins_range(opener, lower_at(sentence, first.end))) continue;
    const int connector = first.end;
    const Phrase second = date_phrase_before_no_noun(sentence, connector + 1);
    const int h1 = head_of_phrase(sentence, first);
    if (second.end == second.first || h1 < 0) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    int h2 = head_of_phrase(sentence, second);
    if (h2 < 0) h2 = mirror_first_phrase(sentence, first, h1, second);
    if (h2 < 0) continue;
    mend_first_phrase(sentence, marker, h1);
    mend_second_phrase(sentence, opener == "between", connector, h1, second, h2);
    const bool changed = !std::equal(before.begin(), before.end(), sentence.begin(), [](const Token& a, const Token& b) {
      return a.head == b.head && a.deprel == b.deprel;
    });
    if (changed && kept_as_tree(sentence, before)) ++mended;
  }
  return mended;
}

}  // namespace chronograph::core
