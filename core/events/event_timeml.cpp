#include "core/events/event_timeml.h"

#include <unordered_map>

#include <fmt/format.h>

namespace chronograph::core {

void add_event_annotations(const std::vector<EventMention>& events, TimemlAnnotations& out) {
  for (std::size_t e = 0; e < events.size(); ++e) {
    const auto& mention = events[e];
    const std::string eid = fmt::format("e{}", e + 1);
    out.events.push_back({eid, mention.span, mention.event_class});
    out.instances.push_back({fmt::format("ei{}", e + 1), eid, mention.tense.empty() ? "NONE" : mention.tense,
                             mention.aspect.empty() ? "NONE" : mention.aspect,
                             mention.polarity.empty() ? "POS" : mention.polarity,
                             mention.pos.empty() ? "OTHER" : mention.pos, mention.modality});
  }
}

std::vector<GoldEvent> gold_events(const TimemlAnnotations& annotations) {
  std::unordered_map<std::string, const InstanceAnnotation*> first_instance;
  for (const auto& instance : annotations.instances) first_instance.emplace(instance.event_id, &instance);
  std::vector<GoldEvent> events;
  for (const auto& event : annotations.events) {
    GoldEvent gold{event.span, event.event_class, {}, {}, {}, {}};
    if (const auto found = first_instance.find(event.eid); found != first_instance.end()) {
      gold.tense = found->second->tense;
      gold.aspect = found->second->aspect;
      gold.polarity = found->second->polarity;
      gold.pos = found->second->pos;
    }
    events.push_back(std::move(gold));
  }
  return events;
}

}  // namespace chronograph::core
