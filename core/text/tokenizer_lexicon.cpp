#include "core/text/tokenizer_lexicon.h"

#include <algorithm>
#include <fstream>

#include <fmt/format.h>

#include "core/common/error.h"
#include "core/text/unicode.h"

namespace chronograph::core {

namespace {

// One non-comment line of a lexicon file, split on ASCII blanks, with each field's column.
struct Line {
  SourcePos where;
  std::string text;
  std::vector<std::string> fields;
  std::vector<int> columns;  // 1-based
};

std::vector<Line> read_lines(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw InputError(fmt::format("cannot read lexicon '{}'", path.string()),
                     "rebuild so that data/lexicons/ is staged, or pass --data-dir DIR");
  std::vector<Line> lines;
  std::string text;
  int number = 0;
  while (std::getline(in, text)) {
    ++number;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (number == 1 && text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    Line line{SourcePos{path.string(), number, 1}, text, {}, {}};
    std::size_t at = 0;
    while (at < text.size()) {
      while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
      if (at == text.size()) break;
      const std::size_t end = text.find_first_of(" \t", at);
      const std::size_t stop = end == std::string::npos ? text.size() : end;
      line.fields.push_back(text.substr(at, stop - at));
      line.columns.push_back(static_cast<int>(at) + 1);
      at = stop;
    }
    if (line.fields.empty() || line.fields.front().starts_with('#')) continue;
    lines.push_back(std::move(line));
  }
  return lines;
}

[[noreturn]] void fail(const Line& line, std::size_t field, const std::string& message,
                       const std::string& hint) {
  SourcePos where = line.where;
  int width = 1;
  if (field < line.fields.size()) {
    where.column = line.columns[field];
    width = static_cast<int>(line.fields[field].size());
  }
  throw ParseError(where, message, hint, {}, line.text, width);
}

void expect_fields(const Line& line, std::size_t count, const std::string& hint) {
  if (line.fields.size() == count) return;
  const std::string message =
      line.fields.size() > count
          ? fmt::format("unexpected '{}' after the entry", line.fields[count])
          : fmt::format("expected {} fields, found {}", count, line.fields.size());
  fail(line, std::min(count, line.fields.size() - 1), message, hint);
}

void read_abbreviations(const std::filesystem::path& path, TokenizerLexicon& lexicon) {
  const std::string hint = "write 'ABBREVIATION.' or 'ABBREVIATION. title'";
  for (const Line& line : read_lines(path)) {
    if (line.fields.size() > 2) expect_fields(line, 2, hint);
    const std::string& entry = line.fields[0];
    if (entry.size() < 2 || entry.back() != '.')
      fail(line, 0, fmt::format("abbreviation '{}' does not end with a period", entry), hint);
    if (line.fields.size() == 2) {
      if (line.fields[1] != "title")
        fail(line, 1, fmt::format("unknown tag '{}'", line.fields[1]), "the only tag is 'title'");
      lexicon.titles.insert(entry);
    }
    lexicon.abbreviations.insert(entry);
  }
}

void read_hyphens(const std::filesystem::path& path, TokenizerLexicon& lexicon) {
  const std::string hint =
      "write 'prefix WORD', 'date-modifier WORD', 'date-word WORD', 'unit WORD' or 'compound "
      "WORD-WORD'";
  for (const Line& line : read_lines(path)) {
    expect_fields(line, 2, hint);
    const std::string& tag = line.fields[0];
    std::string word = unicode::ascii_lower(line.fields[1]);
    if (tag == "prefix") {
      lexicon.hyphen_prefixes.insert(std::move(word));
    } else if (tag == "date-modifier") {
      lexicon.date_modifiers.insert(std::move(word));
    } else if (tag == "date-word") {
      lexicon.date_words.insert(std::move(word));
    } else if (tag == "unit") {
      lexicon.units.insert(std::move(word));
    } else if (tag == "compound") {
      const auto hyphen = word.find('-');
      if (hyphen == std::string::npos || hyphen == 0 || hyphen + 1 == word.size() ||
          word.find('-', hyphen + 1) != std::string::npos)
        fail(line, 1,
             fmt::format("compound '{}' is not two words joined by one hyphen", line.fields[1]),
             hint);
      lexicon.hyphen_compounds.insert(std::move(word));
    } else {
      fail(line, 0, fmt::format("unknown tag '{}'", tag), hint);
    }
  }
}

void read_clitics(const std::filesystem::path& path, TokenizerLexicon& lexicon) {
  const std::string hint = "write 'suffix 'CLITIC' or 'split WORD PART PART...'";
  for (const Line& line : read_lines(path)) {
    const std::string& tag = line.fields[0];
    if (tag == "suffix") {
      expect_fields(line, 2, hint);
      const std::string suffix = unicode::ascii_lower(line.fields[1]);
      if (std::count(suffix.begin(), suffix.end(), '\'') != 1)
        fail(line, 1, fmt::format("suffix '{}' must hold one straight apostrophe", suffix), hint);
      lexicon.clitic_suffixes.push_back(suffix);
    } else if (tag == "split") {
      if (line.fields.size() < 4) expect_fields(line, 4, hint);
      const std::string word = unicode::ascii_lower(line.fields[1]);
      std::vector<std::string> parts;
      std::string joined;
      for (std::size_t k = 2; k < line.fields.size(); ++k) {
        parts.push_back(unicode::ascii_lower(line.fields[k]));
        joined += parts.back();
      }
      if (joined != word)
        fail(line, 2, fmt::format("the parts spell '{}', not '{}'", joined, word),
             "the parts must spell the word exactly");
      lexicon.word_splits[word] = std::move(parts);
    } else {
      fail(line, 0, fmt::format("unknown tag '{}'", tag), hint);
    }
  }
  std::stable_sort(lexicon.clitic_suffixes.begin(), lexicon.clitic_suffixes.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

void read_emoticons(const std::filesystem::path& path, TokenizerLexicon& lexicon) {
  for (const Line& line : read_lines(path)) {
    expect_fields(line, 1, "write one emoticon per line");
    const std::string& entry = line.fields[0];
    const auto first = unicode::decode(entry, 0).cp;
    if (unicode::is_alnum(first))
      fail(line, 0, fmt::format("emoticon '{}' starts with a letter or digit", entry),
           "words are tokenized before emoticons are looked up");
    lexicon.emoticons.push_back(entry);
  }
  std::stable_sort(lexicon.emoticons.begin(), lexicon.emoticons.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

void read_words(const std::filesystem::path& path, std::unordered_set<std::string>& words,
                bool lower) {
  for (const Line& line : read_lines(path)) {
    expect_fields(line, 1, "write one word per line");
    words.insert(lower ? unicode::ascii_lower(line.fields[0]) : line.fields[0]);
  }
}

}  // namespace

TokenizerLexicon TokenizerLexicon::load_from(const std::filesystem::path& dir) {
  TokenizerLexicon lexicon;
  read_abbreviations(dir / "abbreviations.txt", lexicon);
  read_hyphens(dir / "hyphens.txt", lexicon);
  read_clitics(dir / "clitics.txt", lexicon);
  read_emoticons(dir / "emoticons.txt", lexicon);
  read_words(dir / "sentence_starters.txt", lexicon.sentence_starters, false);
  read_words(dir / "number_suffixes.txt", lexicon.number_suffixes, true);
  return lexicon;
}

}  // namespace chronograph::core
