#include "core/events/entity_aliases.h"

#include <cctype>
#include <string>

namespace chronograph::core {

namespace {

// "Commons", "Lords", "Representatives": a capitalised word in a plural's "-s", not a name's
// ("Paris", "Texas", "Cyprus", "Bahamas").
bool plural_noun_like(std::string_view word) {
  if (word.size() < 4 || word.back() != 's') return false;
  const char before = word[word.size() - 2];
  return before != 'a' && before != 'i' && before != 'u' && before != 's';
}

}  // namespace

ShortName short_name_of(std::string_view name, std::string_view type, std::string_view full_name,
                        std::string_view full_type) {
  const auto first_space = full_name.find(' ');
  if (first_space == std::string_view::npos) return ShortName::None;
  // ("Boeing" is no "Boeing 737", nor "Embraer" an "Embraer 190": a name ending in a number is
  // one of the things its first word makes or runs)
  if (std::isdigit(static_cast<unsigned char>(full_name[full_name.rfind(' ') + 1])) && full_name.substr(0, first_space) == name)
    return ShortName::None;
  // "the Commons" for "the House of Commons", "the Lords" for "the House of Lords": the plural
  // noun after an organisation's last "of" (not a place's name: "Bank of England", "Reserve Bank
  // of Avalon")
  if (full_type == "ORGANIZATION" && type != "LOCATION" && plural_noun_like(name) && full_name.size() > name.size() + 4 &&
      full_name.ends_with(name) && full_name.substr(full_name.size() - name.size() - 4, 4) == " of ")
    return ShortName::LastWord;
  // "the House" after "the House of Representatives", "Rovers" after "Riverside Rovers": an
  // organisation named by its first word before "of", or by its last word
  if (type == "ORGANIZATION") {
    if (full_type != "ORGANIZATION") return ShortName::None;
    if (full_name.substr(0, first_space) == name && full_name.substr(first_space).starts_with(" of ")) return ShortName::FirstWord;
    return full_name.substr(full_name.rfind(' ') + 1) == name ? ShortName::LastWord : ShortName::None;
  }
  // "Kelira" after "Mount Kelira", "Everest" for "Mount Everest": news drops a mountain's
  // "Mount" as it drops a person's first name (not a lake's or a fort's: "Lake Charles" and
  // "Fort Worth" are never "Charles" and "Worth")
  if (full_type == "LOCATION" && full_name.substr(first_space + 1) == name) {
    const std::string_view kind = full_name.substr(0, first_space);
    if (kind == "Mount" || kind == "Mt." || kind == "Mt") return ShortName::LastWord;
  }
  // "Canal" after "the Meridian Canal", "Vardo" after "Port Vardo": a one-word place (a place's
  // kind word alone, or a name after "in") that ends a place's name is that place
  if (type == "LOCATION" && full_type == "LOCATION" && name.find(' ') == std::string_view::npos &&
      full_name.substr(full_name.rfind(' ') + 1) == name)
    return ShortName::LastWord;
  // "Porto" after "his club, Dynamo Porto": a name of no known kind that is the last word of an
  // organisation's is that organisation, as "Rovers" is "Riverside Rovers" (not a place after
  // "of" or "for": "Bank of Porto", "Transport for London")
  if (type == "MISC" && full_type == "ORGANIZATION" && full_name.substr(full_name.rfind(' ') + 1) == name) {
    const std::string_view rest = full_name.substr(0, full_name.rfind(' '));
    const std::string_view before = rest.substr(rest.rfind(' ') + 1);
    if (before != "of" && before != "for" && before != "and" && before != "&") return ShortName::LastWord;
  }
  const bool named = full_type == "PERSON" || full_type == "MISC";
  if (named && full_name.substr(full_name.rfind(' ') + 1) == name) return ShortName::LastWord;
  if ((named || full_type == "ORGANIZATION") && full_name.substr(0, first_space) == name) return ShortName::FirstWord;
  return ShortName::None;
}

namespace {

std::string initials(std::string_view name, bool every_word) {
  std::string out;
  std::size_t begin = 0;
  while (begin < name.size()) {
    std::size_t end = name.find(' ', begin);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(begin, end - begin);
    const bool joining = word == "of" || word == "and" || word == "the" || word == "for" || word == "Of" ||
                         word == "And" || word == "The" || word == "For";
    if (!word.empty() && std::isalpha(static_cast<unsigned char>(word[0])) && (every_word || !joining))
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    begin = end + 1;
  }
  return out;
}

}  // namespace

bool spells_out(std::string_view acronym, std::string_view name) {
  if (acronym.size() < 2 || name.find(' ') == std::string_view::npos) return false;
  return initials(name, false) == acronym || initials(name, true) == acronym;
}

std::string name_turned_at_of(std::string_view name) {
  const auto first_space = name.find(' ');
  const auto last_space = name.rfind(' ');
  if (first_space == std::string_view::npos) return {};
  const std::string_view first = name.substr(0, first_space), last = name.substr(last_space + 1);
  const std::string_view rest = name.substr(first_space + 1);
  if (rest.starts_with("of ")) return std::string(rest.substr(3)) + " " + std::string(first);
  if (name.find(" of ") != std::string_view::npos) return {};
  return std::string(last) + " of " + std::string(name.substr(0, last_space));
}

}  // namespace chronograph::core
