#include "core/documents/document_reader.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/common/yaml_mistakes.h"
#include "core/documents/utf8.h"
#include "core/timeml/timeml_reader.h"

namespace chronograph::core {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string lower_extension(const fs::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

void require_utf8(std::string_view content, const std::string& path) {
  const auto bad = first_invalid_utf8(content);
  if (!bad) return;
  const auto where = line_column_at(content, *bad);
  throw ParseError(SourcePos{path, where.line, where.column},
                   fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02X})", *bad,
                               static_cast<unsigned char>(content[*bad])),
                   {}, "convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE`");
}

void require_text(std::string_view text, const std::string& path) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw InputError(fmt::format("'{}' has no text", path), "give chronograph an article with some text in it");
}

// The front matter block, if the content opens with "---" on a line of its own.
struct FrontMatter {
  std::string yaml;
  std::size_t yaml_offset = 0;  // where the YAML starts in the content
  std::size_t body_offset = 0;  // where the text after the closing line starts
};

std::optional<FrontMatter> find_front_matter(std::string_view content, std::size_t start) {
  const auto rest = content.substr(start);
  const std::size_t open = rest.starts_with("---\n") ? 4 : rest.starts_with("---\r\n") ? 5 : 0;
  if (open == 0) return std::nullopt;
  std::size_t line = start + open;
  while (line < content.size()) {
    std::size_t end = content.find('\n', line);
    if (end == std::string_view::npos) end = content.size();
    std::string_view text = content.substr(line, end - line);
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (text == "---" || text == "...")
      return FrontMatter{std::string(content.substr(start + open, line - start - open)), start + open,
                         std::min(end + 1, content.size())};
    line = end + 1;
  }
  return std::nullopt;  // an opening "---" with no closing line is just text
}

// The text of 1-based line `number` of `content`, for a diagnostic's source line.
std::string nth_line(std::string_view content, int number) {
  std::size_t offset = 0;
  for (int line = 1; line < number && offset != std::string_view::npos; ++line) {
    offset = content.find('\n', offset);
    if (offset != std::string_view::npos) ++offset;
  }
  return offset == std::string_view::npos ? std::string{} : std::string(line_at(content, offset));
}

// "09:30", "09:30:00Z", "09:30:00+01:00": a clock time opens with hours and minutes.
bool opens_with_clock_time(std::string_view text) {
  const auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  return digit(0) && digit(1) && text.size() > 2 && text[2] == ':' && digit(3) && digit(4);
}

// The day a publication date names: "2025-07-22", or the same day with its time as Jekyll, Hugo
// and scrapers write it ("2025-07-22T09:30:00Z", "2025-07-22 09:30:00 +0100"). The day as
// written is the one the page's readers saw; its clock time and zone do not move it.
std::optional<date::sys_days> publication_day(std::string_view text) {
  const std::size_t split = text.find_first_of("T ");
  if (split == std::string_view::npos) return parse_iso_day(text);
  if (!opens_with_clock_time(text.substr(split + 1))) return std::nullopt;
  return parse_iso_day(text.substr(0, split));
}

date::sys_days dct_from_yaml(const YAML::Node& node, const std::string& path, int first_line,
                             std::string_view content) {
  const std::string text = node.IsScalar() ? node.Scalar() : std::string{};
  if (const auto day = publication_day(text)) return *day;
  const int line = first_line + node.Mark().line;
  throw ParseError(SourcePos{path, line, node.Mark().column + 1}, fmt::format("'{}' is not a date", text), {},
                   "write the publication date as YYYY-MM-DD, e.g. date: 2021-12-04", nth_line(content, line),
                   static_cast<int>(std::max<std::size_t>(1, text.size())));
}

void read_front_matter(Document& document, const FrontMatter& front, std::string_view content) {
  const int first_line = line_column_at(content, front.yaml_offset).line;
  YAML::Node root;
  try {
    root = YAML::Load(front.yaml);
  } catch (const YAML::Exception& error) {
    if (const auto mistake = find_yaml_mistake(front.yaml, error.mark.line + 1)) {
      const int line = first_line + mistake->line - 1;
      throw ParseError(SourcePos{document.path, line, mistake->column},
                       fmt::format("front matter: {}", mistake->message), {}, mistake->help, nth_line(content, line));
    }
    const int line = first_line + error.mark.line;
    throw ParseError(SourcePos{document.path, line, error.mark.column + 1},
                     fmt::format("front matter is not valid YAML: {}", error.msg), {}, {}, nth_line(content, line));
  }
  if (!root || root.IsNull()) return;
  if (!root.IsMap())
    throw ParseError(SourcePos{document.path, first_line, 1}, "front matter must be a map of keys", {},
                     "write e.g. `title: ...` and `date: 2021-12-04` between the two --- lines");
  if (const auto title = root["title"]; title && title.IsScalar()) document.title = title.Scalar();
  if (const auto id = root["id"]; id && id.IsScalar()) document.id = id.Scalar();
  if (const auto date = root["date"]; date && !date.IsNull()) {
    document.dct = dct_from_yaml(date, document.path, first_line, content);
    document.dct_source = DctSource::Document;
  }
}

std::string stem_id(const fs::path& file) { return file.stem().string(); }

}  // namespace

date::sys_days parse_dct(std::string_view text, const std::string& what) {
  if (const auto day = parse_iso_day(text)) return *day;
  throw InputError(fmt::format("{}: '{}' is not a date", what, text),
                   "write the document date as YYYY-MM-DD, e.g. --dct 2021-12-04");
}

// A plain article's headline: its first line, when it reads as one (four to 25 words with a
// lower-case letter, or three with a lower-case word: "Parliament passes bill", not "Associated
// Press Writer"; no final full stop or colon, no byline, no time stamp) and is set apart: a
// blank line follows it, or it ends without the punctuation that ends or breaks off a sentence
// or a word that runs on, and a clearly longer paragraph follows on the next line.
namespace {

// Whether a line ends as a sentence does, or breaks off inside one ("...", a comma, a quote).
bool ends_a_sentence(std::string_view line) {
  static constexpr std::string_view kEnders[] = {".", "!", "?", ",", ";", "\"", "'", "\u201d", "\u2019", ")", "\u2026"};
  return std::any_of(std::begin(kEnders), std::end(kEnders), [&](std::string_view e) { return line.ends_with(e); });
}

// Whether `rest` starts with a line that opens a paragraph (a capital, a digit or a quote first)
// and is clearly longer than `line`: a headline over an unwrapped paragraph, not the first line
// of text wrapped at a fixed width, whose lines are about as long as each other.
bool opens_a_longer_paragraph(std::string_view line, std::string_view rest) {
  const std::size_t begin = rest.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return false;
  const std::size_t end = std::min(rest.find('\n', begin), rest.size());
  const std::string_view next = rest.substr(begin, end - begin);
  const unsigned char first = static_cast<unsigned char>(next.front());
  const bool curly_quote = next.starts_with("\u201c") || next.starts_with("\u2018");
  const bool opens = std::isupper(first) || std::isdigit(first) || first == '"' || curly_quote;
  return opens && line.size() * 5 < next.size() * 4;
}

// "Officials in the port city said on Monday that": a line ending on a word that cannot end a
// headline runs on into the next one.
bool ends_on_a_function_word(std::string_view line) {
  static constexpr std::string_view kWords[] = {"that", "the", "a", "an", "and", "or", "of", "to", "in", "on",
                                                "for", "with", "at", "by", "from", "as", "but", "its", "their", "his", "her"};
  const std::size_t space = line.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
  return std::find(std::begin(kWords), std::end(kWords), last) != std::end(kWords);
}

// "Updated 11 June 2025 at 10.31 BST", "Published: ...": a page's time stamp, no headline.
bool time_stamp(std::string_view line) {
  for (const std::string_view opener : {"Updated ", "Published ", "Posted ", "Last updated ", "First published "})
    if (line.starts_with(opener)) return true;
  return false;
}

// "# Title", "## Title ##": a Markdown heading's marker is markup, not part of the title.
std::string_view without_heading_marker(std::string_view line) {
  const std::size_t hashes = line.find_first_not_of('#');
  if (hashes == 0 || hashes > 6 || hashes == std::string_view::npos || line[hashes] != ' ') return line;
  const std::size_t text = line.find_first_not_of(' ', hashes);
  if (text == std::string_view::npos) return line;
  line.remove_prefix(text);
  const std::size_t closing = line.find_last_not_of('#');
  if (closing != std::string_view::npos && closing + 1 < line.size() && line[closing] == ' ')
    line = line.substr(0, line.find_last_not_of(' ', closing) + 1);
  return line;
}

}  // namespace

std::string headline_of(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const std::size_t end = std::min(text.find('\n', begin), text.size());
  std::string_view line = text.substr(begin, end - begin);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
  line = without_heading_marker(line);
  const std::size_t next = text.find_first_not_of(" \t\r", end + 1);
  const bool blank_after = end < text.size() && next != std::string_view::npos && text[next] == '\n';
  const bool text_after = end < text.size() && text.find_first_not_of(" \t\r\n", end) != std::string_view::npos;
  if (line.empty() || line.back() == '.' || line.back() == ':' || line.starts_with("By ") || time_stamp(line)) return {};
  if (!blank_after && (!text_after || ends_a_sentence(line) || ends_on_a_function_word(line) ||
                       !opens_a_longer_paragraph(line, text.substr(end + 1))))
    return {};
  const auto words = 1 + std::count(line.begin(), line.end(), ' ');
  const bool lower = std::any_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  bool lower_word = false;
  for (std::size_t at = line.find(' '); at != std::string_view::npos; at = line.find(' ', at + 1))
    lower_word = lower_word || (at + 1 < line.size() && line[at + 1] >= 'a' && line[at + 1] <= 'z');
  const bool long_enough = words >= 4 || (words == 3 && lower_word);
  return long_enough && words <= 25 && lower ? std::string(line) : std::string{};
}

Document parse_text_document(std::string content, const std::string& path) {
  require_utf8(content, path);
  Document document;
  document.path = path;
  document.id = stem_id(path);
  document.format = DocumentFormat::Text;
  std::size_t start = content.starts_with(kBom) ? kBom.size() : 0;
  if (const auto front = find_front_matter(content, start)) {
    read_front_matter(document, *front, content);
    start = front->body_offset;
  }
  document.body_offset = start;
  document.text = content.substr(start);
  require_text(document.text, path);
  if (document.title.empty()) document.title = headline_of(document.text);
  return document;
}

std::vector<Document> parse_jsonl_documents(std::string_view content, const std::string& path) {
  require_utf8(content, path);
  std::vector<Document> documents;
  std::size_t offset = 0;
  for (int line_number = 1; offset < content.size(); ++line_number) {
    std::size_t end = content.find('\n', offset);
    if (end == std::string_view::npos) end = content.size();
    const std::string_view line = content.substr(offset, end - offset);
    const std::size_t line_offset = offset;
    offset = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = fmt::format("{}:{}", path, line_number);
    nlohmann::json object;
    try {
      object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& error) {
      throw ParseError(SourcePos{path, line_number, static_cast<int>(std::max<std::size_t>(1, error.byte))},
                       "line is not JSON", {}, R"(each line must be one object: {"id": "...", "text": "...", "dct": "2021-12-04"})",
                       std::string(line.substr(0, 200)));
    }
    if (!object.is_object() || !object.contains("text") || !object["text"].is_string())
      throw ParseError(SourcePos{path, line_number, 1}, "line has no \"text\" string", {},
                       R"(each line must be one object: {"id": "...", "text": "...", "dct": "2021-12-04"})");
    Document document;
    document.format = DocumentFormat::JsonLines;
    document.path = where;
    document.id = object.value("id", fmt::format("{}-{}", stem_id(path), line_number));
    document.title = object.value("title", std::string{});
    document.text = object["text"].get<std::string>();
    document.body_offset = line_offset;
    // "dct", or the names scrapers give a publication date ("2024-05-13" or "2024-05-13T10:00:00Z")
    for (const char* key : {"dct", "date", "published", "published_at", "publication_date", "pubdate"}) {
      if (!object.contains(key) || object[key].is_null()) continue;
      const std::string dct = object[key].is_string() ? object[key].get<std::string>() : object[key].dump();
      const auto day = publication_day(dct);
      document.dct = day ? *day : parse_dct(dct, fmt::format("{}: \"{}\"", where, key));
      document.dct_source = DctSource::Document;
      break;
    }
    require_text(document.text, where);
    documents.push_back(std::move(document));
  }
  if (documents.empty()) throw InputError(fmt::format("'{}' has no documents (no non-empty lines)", path));
  return documents;
}

namespace {

Document read_timeml_document(const fs::path& file) {
  const std::string content = read_file(file);
  require_utf8(content, file.string());
  TimemlFile timeml = parse_timeml(content, file.string());
  Document document;
  document.format = DocumentFormat::TimeML;
  document.path = file.string();
  document.id = timeml.doc_id.empty() ? stem_id(file) : timeml.doc_id;
  document.title = timeml.title;
  document.text = std::move(timeml.text);
  document.sentence_ends = std::move(timeml.sentence_ends);
  if (timeml.dct) {
    document.dct = timeml.dct;
    document.dct_source = DctSource::Document;
  }
  document.gold = std::move(timeml.annotations);
  return document;
}

enum class Kind { Text, TimeML, JsonLines, Other };

Kind kind_of(const fs::path& file) {
  const std::string extension = lower_extension(file);
  if (extension == ".txt" || extension == ".text" || extension == ".md") return Kind::Text;
  if (extension == ".tml" || extension == ".timeml") return Kind::TimeML;
  if (extension == ".jsonl" || extension == ".ndjson") return Kind::JsonLines;
  return Kind::Other;
}

}  // namespace

bool is_document_path(const fs::path& file) { return kind_of(file) != Kind::Other; }

std::vector<Document> read_document_file(const fs::path& file) {
  switch (kind_of(file)) {
    case Kind::TimeML: return {read_timeml_document(file)};
    case Kind::JsonLines: return parse_jsonl_documents(read_file(file), file.string());
    case Kind::Text:
    case Kind::Other: break;  // any other single file named on the command line is read as text
  }
  std::string content = read_file(file);
  if (content.empty()) throw InputError(fmt::format("'{}' is empty", file.string()));
  return {parse_text_document(std::move(content), file.string())};
}

std::vector<Document> read_documents(const std::vector<fs::path>& inputs) {
  std::vector<Document> documents;
  for (const auto& input : inputs) {
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      for (auto& document : read_document_file(input)) documents.push_back(std::move(document));
      continue;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied))
      if (entry.is_regular_file() && is_document_path(entry.path())) files.push_back(entry.path());
    if (files.empty())
      throw InputError(fmt::format("'{}' holds no documents", input.string()),
                       "chronograph reads .txt, .md, .tml and .jsonl files");
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
      for (auto& document : read_document_file(file)) documents.push_back(std::move(document));
  }
  if (documents.empty()) throw InputError("no documents to read", "name one or more files or folders");
  return documents;
}

void choose_dcts(std::vector<Document>& documents, const DctChoices& choices) {
  for (auto& document : documents) {
    if (choices.command_line) {
      document.dct = choices.command_line;
      document.dct_source = DctSource::CommandLine;
    } else if (const auto found = choices.by_document.find(document.id); found != choices.by_document.end()) {
      document.dct = found->second;
      document.dct_source = DctSource::Overrides;
    }
  }
}

}  // namespace chronograph::core
