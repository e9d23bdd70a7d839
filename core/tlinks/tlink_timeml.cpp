#include "core/tlinks/tlink_timeml.h"

#include <algorithm>
#include <iterator>
#include <map>

#include <fmt/format.h>

namespace chronograph::core {

namespace {

std::size_t token_starting(const TokenizedText& tokens, Span span) {
  const auto& t = tokens.tokens;
  auto it = std::upper_bound(t.begin(), t.end(), span.begin, [](std::size_t b, const Token& tok) { return b < tok.span.begin; });
  if (it != t.begin() && std::prev(it)->span.end > span.begin) --it;  // the token holding the start
  if (it == t.end()) return t.empty() ? 0 : t.size() - 1;
  return static_cast<std::size_t>(it - t.begin());
}

}  // namespace

GoldTlinkInput tlink_input_from_timeml(const TimemlFile& file, const TokenizedText& tokens) {
  GoldTlinkInput out;
  out.input.text = file.text;
  out.input.tokens = &tokens;
  out.input.dct = file.dct;
  out.dct_tid = file.annotations.dct ? file.annotations.dct->tid : "t0";
  std::map<std::string, const InstanceAnnotation*> instance_of;
  for (const auto& instance : file.annotations.instances) instance_of.emplace(instance.event_id, &instance);
  for (const auto& event : file.annotations.events) {
    const auto it = instance_of.find(event.eid);
    if (it == instance_of.end()) continue;
    const InstanceAnnotation& i = *it->second;
    out.input.events.push_back({token_starting(tokens, event.span), event.span, event.event_class, i.tense, i.aspect,
                                i.polarity, i.pos});
    out.eiids.push_back(i.eiid);
  }
  for (const auto& timex : file.annotations.timexes) {
    out.input.timexes.push_back({timex.span, timex.type, timex.value});
    out.tids.push_back(timex.tid);
  }
  return out;
}

std::vector<TlinkAnnotation> to_tlink_annotations(const std::vector<TlinkOutput>& links,
                                                  const std::vector<std::string>& eiids,
                                                  const std::vector<std::string>& tids, const std::string& dct_tid) {
  auto id_of = [&](TlinkOutput::Kind kind, std::size_t index) -> std::string {
    switch (kind) {
      case TlinkOutput::Kind::Event: return eiids.at(index);
      case TlinkOutput::Kind::Timex: return tids.at(index);
      case TlinkOutput::Kind::Dct: return dct_tid;
    }
    return {};
  };
  std::vector<TlinkAnnotation> out;
  for (const auto& link : links)
    out.push_back({fmt::format("l{}", out.size() + 1), link.rel_type, id_of(link.from_kind, link.from), id_of(link.to_kind, link.to)});
  return out;
}

}  // namespace chronograph::core
