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

TEST_CASE("a short Spanish or Portuguese text is flagged by the function words English does not use", "[events][language]") {
  const std::string text = GENERATE(as<std::string>{},
      "MADRID, 14 de julio de 2024 - El Gobierno aprobó el martes un nuevo plan de vivienda que entrará en vigor el "
      "próximo mes. La ministra dijo que las obras comenzarán en otoño.",
      "El ministro dijo que sus planes para la vivienda son urgentes.",
      "O governo disse que as obras começam em maio, como previsto pela lei.");
  CAPTURE(text);
  CHECK_FALSE(looks_english(text));
  // one such word in English text is a name's or a prefix's
  CHECK(looks_english("Que Sera Group said on Monday it would cut 300 jobs."));
  CHECK(looks_english("The para-athletics team won gold in Paris on Sunday."));
}
