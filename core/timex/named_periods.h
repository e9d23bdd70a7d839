// Named periods of the past ("the late Bronze Age", "the Middle Ages", "the Victorian era") as
// broad approximate intervals, from the table data/timex/periods.tsv.
//
// They are time expressions of the graph only (`Timex::derived`): TimeML gives such names no
// TIMEX3, so `annotate --format timeml` leaves them out.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/timex/timex.h"

namespace chronograph::core {

struct NamedPeriod {
  std::string name;                 // as written: "Bronze Age", "Victorian era"
  std::optional<int> first, last;   // ISO years; none where the calendar holds no bound
};

// Reads the table; ParseError "file:line:col: ..." on a malformed row. No file: no periods.
std::vector<NamedPeriod> load_named_periods(const std::filesystem::path& file);

// Adds an expression for each period named in `text` outside the expressions found ("the late
// Bronze Age": -1149..-0799, APPROX), keeping `timexes` in text order and numbering their ids again.
void tag_named_periods(std::string_view text, const std::vector<NamedPeriod>& periods, std::vector<Timex>& timexes);

}  // namespace chronograph::core
