// A named participant (person, organisation, place, group) merged across its aliases.
#pragma once

#include <string>
#include <vector>

namespace chronograph::graph {

struct Entity {
  std::string id;    // slug of the canonical name: "joe-biden"
  std::string name;  // canonical name: "Joe Biden"
  std::string type;  // PERSON | ORGANIZATION | LOCATION | GROUP
  std::vector<std::string> aliases;
  friend bool operator==(const Entity&, const Entity&) = default;
};

}  // namespace chronograph::graph
