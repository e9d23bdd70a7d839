// What a mistyped event id is answered with (graph/ids/id_hint.h), on ids written for the test.
#include "graph/ids/id_hint.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace chronograph::graph;

namespace {

const std::vector<std::string> kIds = {"ridgeback-fire-ignites", "fire-crews-arrive", "firefighters-rest",
                                       "ransomware-attack-shuts-down-records", "hospital-diverts-ambulances"};

}  // namespace

TEST_CASE("an id's words count whole, and a run of as many words is measured like the whole id", "[ids][id_hint]") {
  CHECK(word_distance("ignites", "ridgeback-fire-ignites") == 0);
  CHECK(word_distance("fire-ignite", "ridgeback-fire-ignites") == 1);
  CHECK(word_distance("ridgeback-fire-ignites", "ridgeback-fire-ignites") == 0);
  // must not: a run further than a third of the wanted id away is no near match
  CHECK(word_distance("zzz", "build-up") > 1);
}

TEST_CASE("ids holding the typed words, in their own order, whole words only", "[ids][id_hint]") {
  CHECK(ids_with_words("fire", kIds) == std::vector<std::string>{"ridgeback-fire-ignites", "fire-crews-arrive"});
  CHECK(ids_with_words("fire", kIds, 1) == std::vector<std::string>{"ridgeback-fire-ignites"});
  CHECK(ids_with_words("ambulance", kIds).empty());
}

TEST_CASE("the closest ids come first, a typo early in a long id included", "[ids][id_hint]") {
  CHECK(closest_ids("fire-crew-arrive", kIds, 1) == std::vector<std::string>{"fire-crews-arrive"});
  CHECK(likely_ids_hint("ransomware-atack", kIds) == "did you mean 'ransomware-attack-shuts-down-records'?");
  CHECK(likely_ids_hint("hospital-diverts-ambulance", kIds) == "did you mean 'hospital-diverts-ambulances'?");
}

TEST_CASE("with nothing likely the hint names the closest ids, and nothing without ids", "[ids][id_hint]") {
  CHECK(likely_ids_hint("zzz", kIds).empty());
  CHECK(unknown_id_hint("zzz", kIds).starts_with("the closest ids are '"));
  CHECK(unknown_id_hint("zzz", {}).empty());
}
