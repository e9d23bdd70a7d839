#include "cli/document_dates.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/common/interval.h"
#include "core/events/language.h"
#include "core/pipeline/dateline.h"

namespace chronograph::cli {

void add_dct_option(CLI::App& command, std::optional<std::string>& dct) {
  // CLI11 prefixes the option's name: "--dct: '2026-02-30' is not a date; ...".
  const CLI::Validator is_day(
      [](const std::string& text) -> std::string {
        if (parse_iso_day(text)) return {};
        return fmt::format("'{}' is not a date; write the document date as YYYY-MM-DD, e.g. --dct 2021-12-04", text);
      },
      "YYYY-MM-DD");
  command.add_option("--dct", dct, "the document date for every input, YYYY-MM-DD")->check(is_day);
}

// (a text in another language gets no events, so its date does not matter: it is told that)
void note_missing_dates(const std::vector<core::Document>& documents, Context& context) {
  for (const auto& document : documents)
    if (!document.dct && core::looks_english(document.text))
      context.reporter.note_once(fmt::format(
          "'{}' has no document date, so relative dates ('on Tuesday') stay unresolved; give one with "
          "--dct 2021-12-04, a `date:` line in front matter, or `documents: {{{}: {{dct: 2021-12-04}}}}` in the overrides",
          document.path, document.id));
}

void choose_dcts(std::vector<core::Document>& documents, const core::DctChoices& choices, Context& context) {
  std::vector<std::optional<date::sys_days>> own;
  for (const auto& document : documents)
    own.push_back(document.dct_source == core::DctSource::Document ? document.dct : std::nullopt);
  core::choose_dcts(documents, choices);
  for (std::size_t i = 0; i < documents.size(); ++i)
    if (own[i] && documents[i].dct && *documents[i].dct != *own[i])
      context.reporter.note(fmt::format("{}: the document's own date is {}; {} from {} is used instead", documents[i].path,
                                        date::format("%F", *own[i]), date::format("%F", *documents[i].dct),
                                        documents[i].dct_source == core::DctSource::CommandLine ? "--dct"
                                                                                              : "the overrides file"));
}

namespace {
std::string yearless_dateline_note(const std::string& path, const core::YearlessDateline& partial) {
  if (partial.month_day.empty())
    return fmt::format("{}: the dateline's '{}' has no date, so it cannot date the article; give the date with "
                       "--dct YYYY-MM-DD (a {})",
                       path, partial.text, partial.text);
  return fmt::format("{}: the dateline's '{}' has no year, so it cannot date the article; give the year with --dct YYYY-{}",
                     path, partial.text, partial.month_day);
}

// A dateline that writes its date in figures not led by the year ("03/04/2025") leaves the
// order of day and month to a guess; one that spells the month or leads with the year does not.
bool date_order_guessed(const std::string& text) {
  const bool has_letters = std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c); });
  const bool year_first = text.size() >= 5 && std::all_of(text.begin(), text.begin() + 4, [](unsigned char c) {
                            return std::isdigit(c);
                          }) && !std::isdigit(static_cast<unsigned char>(text[4]));
  return !has_letters && !year_first;
}
}  // namespace

void date_from_datelines(std::vector<core::Document>& documents, const core::TimexTagger& timex, Context& context) {
  const auto found = core::date_from_datelines(documents, timex);
  for (std::size_t i = 0; i < documents.size(); ++i) {
    // A full date the dateline spells out is the article's date beyond doubt: said with -v
    // only, not before every run's real warnings (t54 #75).
    if (found[i] && (context.verbose || date_order_guessed(found[i]->text)))
      context.reporter.note(fmt::format("{}: no document date was given, so the dateline's '{}' ({}) is used; give --dct "
                                        "to change it",
                                        documents[i].path, found[i]->text, date::format("%F", found[i]->day)));
    else if (!found[i] && !documents[i].dct)
      if (const auto partial = core::yearless_dateline(timex, documents[i].text))
        context.reporter.note(yearless_dateline_note(documents[i].path, *partial));
  }
  note_missing_dates(documents, context);
}

}  // namespace chronograph::cli
