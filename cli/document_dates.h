// The last step of choosing each document's date, shared by the commands that read articles:
// a document still without one takes its dateline's (core/pipeline/dateline.h), and the user
// is told where each such date came from, or that there is none.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "core/documents/document.h"
#include "core/documents/document_reader.h"
#include "core/timex/timex_tagger.h"

namespace chronograph::cli {

void date_from_datelines(std::vector<core::Document>& documents, const core::TimexTagger& timex, Context& context);

// core::choose_dcts, and a note for each document whose own date (front matter, JSONL, TimeML)
// a different --dct or overrides date replaces: a mismatch is more often a slip than a choice.
void choose_dcts(std::vector<core::Document>& documents, const core::DctChoices& choices, Context& context);

// Adds `--dct YYYY-MM-DD` to a command. A value that is not a day ("2026-02-30") is bad usage,
// refused while the command line is read (exit 2), before any document is opened.
void add_dct_option(CLI::App& command, std::optional<std::string>& dct);

// Says once, for each document still without a date, how to give one.
void note_missing_dates(const std::vector<core::Document>& documents, Context& context);

}  // namespace chronograph::cli
