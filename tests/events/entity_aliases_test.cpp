#include "core/events/entity_aliases.h"

#include <string>

#include <catch2/catch.hpp>

using chronograph::core::spells_out;

TEST_CASE("an acronym spells out a name's initials, with or without its joining words", "[events][entities]") {
  const auto [acronym, name, spelled] = GENERATE(table<std::string, std::string, bool>({
      {"FTC", "Federal Trade Commission", true},
      {"NHTSA", "National Highway Traffic Safety Administration", true},
      {"SEC", "Securities and Exchange Commission", true},
      {"FBI", "Federal Bureau of Investigation", true},
      {"DOJ", "Department of Justice", true},
      {"DFE", "Department for Education", true},
      {"ECB", "European Central Bank", true},
      {"ECB", "European Commission", false},
      {"FT", "Federal Trade Commission", false},
      {"F", "Federal", false},  // one letter, one word: no acronym
  }));
  CAPTURE(acronym, name);
  CHECK(spells_out(acronym, name) == spelled);
}

TEST_CASE("an organisation's name turns at its 'of' both ways for an alias", "[events][entities][alias]") {
  const auto [name, turned] = GENERATE(table<std::string, std::string>({
      {"Department of Justice", "Justice Department"},
      {"Justice Department", "Department of Justice"},
      {"Ministry of Defence", "Defence Ministry"},
      {"Homeland Security Department", "Department of Homeland Security"},
      {"Department of Homeland Security", "Homeland Security Department"},
      {"Federal Reserve Bank of New York", ""},  // "of" after other than its first word
      {"Treasury", ""},
  }));
  CAPTURE(name);
  CHECK(chronograph::core::name_turned_at_of(name) == turned);
}

namespace {
struct Named {
  std::string name, type;
};
}  // namespace

TEST_CASE("an organisation's word stands first for the organisation it opens before 'of'", "[events][entities][alias]") {
  const auto [word, first, second, expected] = GENERATE(table<std::string, std::string, std::string, int>({
      {"Bank", "European Central Bank", "Bank of England", 1},
      {"Bank", "Bank of England", "European Central Bank", 0},
      {"House", "White House", "House of Representatives", 1},
      {"Department", "State Department", "Department of Justice", 1},
      {"Commission", "European Commission", "Federal Trade Commission", 0},  // two by the last word: the first named
      {"Rovers", "Riverside Rovers", "Bank of England", 0},                  // by its last word only
  }));
  const std::vector<Named> entities{{first, "ORGANIZATION"}, {second, "ORGANIZATION"}};
  CAPTURE(word, first, second);
  CHECK(chronograph::core::resolve_short_name(word, "ORGANIZATION", entities, /*first_of_several=*/true) == expected);
}

TEST_CASE("a person's one-word name is still the last word before the first", "[events][entities][alias]") {
  const std::vector<Named> entities{{"Harris Walker", "PERSON"}, {"Kamala Harris", "PERSON"}};
  CHECK(chronograph::core::resolve_short_name("Harris", "PERSON", entities, true) == 1);
}
