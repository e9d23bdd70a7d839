// When a one-word name stands for a longer one: "Biden" for "Joe Biden" (a person's last
// word, or failing that the first), "Veltra" for "Veltra Semiconductor" (a firm's first word).
// One rule for names within an article (EntityFinder) and across articles
// (graph/assemble/entity_merge.h).
//
//   short_name_of("Veltra", "MISC", "Veltra Semiconductor", "ORGANIZATION") == ShortName::FirstWord
//   resolve_short_name("Biden", "PERSON", entities)   // the index of joe-biden, or -1
//   spells_out("NHTSA", "National Highway Traffic Safety Administration") == true
//   name_turned_at_of("Department of Justice") == "Justice Department"
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronograph::core {

enum class ShortName { None, LastWord, FirstWord };

// `name` and `type` are the one-word name's; `full_name` and `full_type` the candidate's. A name
// typed an organisation on its own ("Bank", by its organisation word) is a short form only of an
// organisation it opens before "of" ("House" for "House of Representatives") or ends ("Rovers"
// for "Riverside Rovers"); a name of a place or group is none, nor is a name of one word.
ShortName short_name_of(std::string_view name, std::string_view type, std::string_view full_name,
                        std::string_view full_type);

// Whether the capitals `acronym` are the initials of the name's words, without "of", "and",
// "the", "for" ("FTC": "Federal Trade Commission"; "SEC": "Securities and Exchange
// Commission") or with them ("DOJ": "Department of Justice").
bool spells_out(std::string_view acronym, std::string_view name);

// The same organisation's name in the other order: "Justice Department" for "Department of
// Justice" and back ("Defence Ministry", "Ministry of Defence"); empty for a name of one word,
// or with "of" after other than its first word ("Bank of England" turns; "Federal Reserve Bank of
// New York" does not).
std::string name_turned_at_of(std::string_view name);

// The index of the one entity (anything with `name` and `type`) the one-word name stands for,
// by its last word before its first; -1 when none does or several do. An organisation's word
// stands first for the one it opens before "of": "the Bank" after "the Bank of England" and "the
// European Central Bank" is the Bank of England, "the House" is the House of Representatives,
// not the White House. Within one article,
// `first_of_several` takes the first of several: news names the person it is about in full
// first and then by surname alone, and a relative who shares the surname by full name ("Ines
// Varga ... her daughter, Clara Varga, said ... Varga fled Hungary").
// `accepts(entity, how)` may turn down a candidate ("Leeds" is no short name of "Leeds
// University": the finder knows that news calls a university by its first word only when that
// is its town's name).
template <class Entity, class Accepts>
int resolve_short_name(std::string_view name, std::string_view type, const std::vector<Entity>& entities,
                       bool first_of_several, Accepts&& accepts) {
  const bool organisation = type == "ORGANIZATION";
  for (const ShortName wanted : {organisation ? ShortName::FirstWord : ShortName::LastWord,
                                 organisation ? ShortName::LastWord : ShortName::FirstWord}) {
    int found = -1;
    for (std::size_t e = 0; e < entities.size(); ++e) {
      if (short_name_of(name, type, entities[e].name, entities[e].type) != wanted || !accepts(entities[e], wanted)) continue;
      if (found >= 0 && first_of_several) break;
      if (found >= 0) return -1;
      found = static_cast<int>(e);
    }
    if (found >= 0) return found;
  }
  return -1;
}

template <class Entity>
int resolve_short_name(std::string_view name, std::string_view type, const std::vector<Entity>& entities,
                       bool first_of_several = false) {
  return resolve_short_name(name, type, entities, first_of_several, [](const Entity&, ShortName) { return true; });
}

}  // namespace chronograph::core
