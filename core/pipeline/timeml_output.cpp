#include "core/pipeline/timeml_output.h"

#include <fmt/format.h>

#include "core/common/utc_offset.h"
#include "core/events/event_timeml.h"
#include "core/tlinks/tlink_timeml.h"

namespace chronograph::core {

namespace {

constexpr const char* kDctId = "t0";

}  // namespace

TimemlAnnotations to_timeml(const DocumentAnalysis& analysis) {
  TimemlAnnotations out;
  for (std::size_t t = 0; t < analysis.timexes.size(); ++t) {
    const auto& timex = analysis.timexes[t];
    if (timex.derived) continue;  // (an age: no TIMEX3 of TimeML's)
    out.timexes.push_back({fmt::format("t{}", t + 1), timex.span, timex.type, without_utc_offset(timex.value), timex.mod, {}, "NONE", {},
                             timex.freq, timex.quant});
  }
  const auto& events = analysis.events.events;
  add_event_annotations(events, out);
  std::vector<std::string> eiids, tids;
  for (std::size_t e = 0; e < events.size(); ++e) eiids.push_back(fmt::format("ei{}", e + 1));
  for (std::size_t t = 0; t < analysis.timexes.size(); ++t) tids.push_back(fmt::format("t{}", t + 1));
  std::vector<TlinkOutput> links;  // links to the DCT only when there is one
  const auto derived = [&](TlinkOutput::Kind kind, std::size_t index) {
    return kind == TlinkOutput::Kind::Timex && analysis.timexes[index].derived;
  };
  for (const auto& link : analysis.tlinks) {
    if (derived(link.from_kind, link.from) || derived(link.to_kind, link.to)) continue;
    if (analysis.document.dct || (link.from_kind != TlinkOutput::Kind::Dct && link.to_kind != TlinkOutput::Kind::Dct))
      links.push_back(link);
  }
  out.tlinks = to_tlink_annotations(links, eiids, tids, kDctId);
  if (analysis.document.dct) {
    TimexAnnotation dct;
    dct.tid = kDctId;
    dct.type = "DATE";
    dct.value = format_iso_day(*analysis.document.dct);
    dct.function_in_document = "CREATION_TIME";
    out.dct = dct;
  }
  return out;
}

}  // namespace chronograph::core
