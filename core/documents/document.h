// A document to process: its text, its identity and its document creation time (DCT).
//
// Where the DCT comes from, first match wins (README "Document dates"):
//   1. --dct on the command line (applies to every document of the run)
//   2. the overrides file's `documents: {ID: {dct: ...}}` entry
//   3. the document itself: front matter `date:`, TimeML <DCT>, JSONL "dct"
//   4. the date of the article's dateline ("ROTTERDAM, 14 March 2022 —"; core/pipeline/dateline.h)
//   5. none: relative expressions stay relative (XXXX-...), never resolved against today
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "core/timeml/annotations.h"

namespace chronograph::core {

enum class DctSource { None, CommandLine, Overrides, Document, Dateline };

enum class DocumentFormat { Text, TimeML, JsonLines };

struct Document {
  std::string id;     // front matter id, TimeML DOCID, JSONL "id", or the file's stem
  std::string path;   // the file it came from; "path:LINE" for a JSONL line
  std::string title;  // front matter / JSONL title; empty when none
  DocumentFormat format = DocumentFormat::Text;
  // The text every span indexes: the body after any BOM and front matter, as UTF-8 bytes
  // exactly as in the file (CRLF, NBSP and curly quotes kept; the tokenizer handles them).
  std::string text;
  std::size_t body_offset = 0;  // byte offset of `text` in the file, for messages
  // Offsets in `text` where the file's markup ends a sentence that the text itself runs on
  // into the next (a .tml file's <s> elements): the tokenizer ends a sentence there.
  std::vector<std::size_t> sentence_ends;
  std::optional<date::sys_days> dct;
  DctSource dct_source = DctSource::None;
  // A .tml file's own annotations (gold): used by `eval` and `--use-gold`.
  std::optional<TimemlAnnotations> gold;
};

}  // namespace chronograph::core
