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
