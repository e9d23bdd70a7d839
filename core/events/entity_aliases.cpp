#include "core/events/entity_aliases.h"

namespace chronograph::core {

ShortName short_name_of(std::string_view name, std::string_view type, std::string_view full_name,
                        std::string_view full_type) {
  const auto first_space = full_name.find(' ');
  if (first_space == std::string_view::npos) return ShortName::None;
  // "the House" after "the House of Representatives", "Rovers" after "Riverside Rovers": an
  // organisation named by its first word before "of", or by its last word
  if (type == "ORGANIZATION") {
    if (full_type != "ORGANIZATION") return ShortName::None;
    if (full_name.substr(0, first_space) == name && full_name.substr(first_space).starts_with(" of ")) return ShortName::FirstWord;
    return full_name.substr(full_name.rfind(' ') + 1) == name ? ShortName::LastWord : ShortName::None;
  }
  const bool named = full_type == "PERSON" || full_type == "MISC";
  if (named && full_name.substr(full_name.rfind(' ') + 1) == name) return ShortName::LastWord;
  if ((named || full_type == "ORGANIZATION") && full_name.substr(0, first_space) == name) return ShortName::FirstWord;
  return ShortName::None;
}

}  // namespace chronograph::core
