// Tester 46, E1: Chinese text, and one short German sentence, looked English; only texts of
// two or more sentences in a Latin-letter language were flagged.
#include "core/events/language.h"

#include <string>

#include <catch2/catch.hpp>

using chronograph::core::looks_english;

TEST_CASE("tester46 E1: a text written in another script is not English, however short", "[events][language]") {
  const std::string text = GENERATE(as<std::string>{},
      "山火于周四爆发。周一有3500人被疏散。",
      "山火于周四爆发。",
      "Пожар начался в четверг.",
      "اندلع الحريق يوم الخميس.",
      "山火は木曜日に発生した。",
      "산불이 목요일에 발생했다.");
  CAPTURE(text);
  CHECK_FALSE(looks_english(text));
}

TEST_CASE("tester46 E1: one short sentence whose function words are another language's is not English", "[events][language]") {
  const std::string text = GENERATE(as<std::string>{},
      "Der Waldbrand brach am Donnerstag aus.",
      "Der Zug kam im Schnee nicht an.",
      "Das Feuer wurde am Montag auch gelöscht.",
      "Le feu est sous contrôle dans la soirée.");
  CAPTURE(text);
  CHECK_FALSE(looks_english(text));
}

TEST_CASE("tester46 E1: English with a few foreign words or letters stays English", "[events][language]") {
  const std::string text = GENERATE(as<std::string>{},
      "Hello there",
      "The blaze started on Thursday.",
      "Der Spiegel reported the leak on Monday.",
      "President Xi Jinping (习近平) arrived in Paris on Monday.",
      "Café owners in Zürich said the strike would hurt business.",
      "Das Boot director dies aged 90");
  CAPTURE(text);
  CHECK(looks_english(text));
}
