// The document date an article prints near its top, for documents given none: a full date
// (day, month and year) standing alone on one of the first lines, as datelines and bylines
// print it:
//
//   ROTTERDAM, Monday 14 March 2022 — Thousands of dock workers ...     -> 2022-03-14
//   Published: March 14, 2022 10:32 GMT                                 -> 2022-03-14
// A date inside a sentence is not read ("The deal was signed on 12 March 2013."), nor one a
// headline is about ("Local elections 2 May 2024: what you need to know"): after the date (and
// a clock time and time zone) the line must end or go on after a dash or bar, and at most a
// short place name or label may come before it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "core/documents/document.h"
#include "core/timex/timex_tagger.h"

namespace chronograph::core {

struct DatelineDate {
  date::sys_days day;
  std::string text;  // the date as the dateline writes it ("Monday 14 March 2022")
};

std::optional<DatelineDate> dateline_date(const TimexTagger& timex, std::string_view text);

// "SAN JOSE, Calif., Feb 14 (Reuters) -", "LOS ANGELES (Dec. 3) —", "BRUSSELS, Thursday —": a
// dateline whose date has no year, which cannot date the article but tells the user which date
// to give.
struct YearlessDateline {
  std::string month_day;  // "02-14"; empty for a weekday alone
  std::string text;       // "Feb 14", "Thursday"
};
std::optional<YearlessDateline> yearless_dateline(const TimexTagger& timex, std::string_view text);

// Every document without a DCT takes its dateline's date (DctSource::Dateline); returns, per
// document, the dateline found (nullopt where none was or a DCT was already given).
std::vector<std::optional<DatelineDate>> date_from_datelines(std::vector<Document>& documents, const TimexTagger& timex);

}  // namespace chronograph::core
