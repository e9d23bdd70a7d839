#include "core/events/tbaq_corpus.h"

#include <filesystem>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"

namespace fs = std::filesystem;
using namespace chronograph::core;

TEST_CASE("written event TimeML reads back with the same text, spans and classes", "[events][timeml]") {
  TimemlText doc;
  doc.id = "demo";
  doc.dct = "2020-03-02";
  doc.text = "\nA & B met <again>. They talked.\n";
  EventMention met;
  met.span = {7, 10};
  met.event_class = "OCCURRENCE";
  met.tense = "PAST";
  met.aspect = "NONE";
  met.polarity = "POS";
  met.pos = "VERB";
  met.modality = "actual";
  EventMention talked = met;
  talked.span = {25, 31};
  const fs::path file = fs::temp_directory_path() / "chronograph-events-timeml-test.tml";
  chronograph::write_file_atomically(file, write_events_timeml(doc, {talked, met}));
  const TimemlText back = read_timeml_text(file);
  fs::remove(file);
  CHECK(back.text == doc.text);
  CHECK(back.dct == "2020-03-02");
  REQUIRE(back.events.size() == 2);
  CHECK(back.events[0].span == Span{7, 10});
  CHECK(back.events[1].span.of(back.text) == "talked");
  CHECK(back.events[0].tense == "PAST");
}
