// Reads the documents chronograph accepts, validating them at the edge:
//
//   .txt .text .md   UTF-8 text, optionally opening with a YAML front matter block
//                    ("---\ntitle: ...\ndate: 2021-12-04\nid: ...\n---\n")
//   .tml             TimeML: DOCID, DCT and TEXT, with the gold annotations kept
//   .jsonl           one {"id","text","dct","title"} object per line
//   a folder         every file above in it and below it, in sorted path order
//
// Errors name the file and the byte offset, line or line:column; nothing is half-read.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/reporter.h"
#include "core/documents/document.h"

namespace chronograph::core {

struct DctChoices {
  std::optional<date::sys_days> command_line;           // --dct, for every document
  std::map<std::string, date::sys_days> by_document;    // the overrides file's `documents:`
};

// Reads every input (files or folders). Throws InputError / ParseError on bad input, and when
// no document at all was found.
std::vector<Document> read_documents(const std::vector<std::filesystem::path>& inputs);

// One file, by its extension.
std::vector<Document> read_document_file(const std::filesystem::path& file);

// A text document from memory; `path` is only used in messages.
Document parse_text_document(std::string content, const std::string& path);

// JSON Lines from memory; errors name path:LINE.
std::vector<Document> parse_jsonl_documents(std::string_view content, const std::string& path);

// Applies the DCT precedence (document.h) to every document.
void choose_dcts(std::vector<Document>& documents, const DctChoices& choices);

// "2021-12-04" -> the day; anything else (2021-13-40, 2021-02-30, 04/12/2021) throws an
// InputError naming `what` (e.g. "--dct") and the expected form.
date::sys_days parse_dct(std::string_view text, const std::string& what);

// A plain article's headline: its first line, when a blank line follows it and it reads as one
// (four to 25 words with a lower-case letter, no final full stop or colon, no byline); else "".
std::string headline_of(std::string_view text);

// True for the extensions read_documents picks up in folders.
bool is_document_path(const std::filesystem::path& file);

}  // namespace chronograph::core
