// Issue 42 of the ninth round: a short English text with no common function word (a headline)
// is English; a short text in another language is still flagged.
#include "core/events/language.h"

#include <string>

#include <catch2/catch.hpp>

using chronograph::core::looks_english;

TEST_CASE("issue 42: short English headlines and leads look English, function words or not", "[events][language]") {
  const std::string text = GENERATE(as<std::string>{},
      "Central bank holds rates, signals cuts could begin next spring",
      "Regulator opens probe into airline's pricing, seeks refunds for passengers",
      "Dockworkers vote to strike, threatening holiday shipping delays nationwide",
      "Storm knocks out power across three counties; crews expect repairs by Friday",
      "Chipmaker shares slide after profit warning, analysts cut targets sharply",
      "Council approves new housing plan despite protests from residents downtown.",
      "Central bank holds rates, signals cuts could begin next spring\n\nThe central bank kept its main rate "
      "unchanged on Thursday and said it could start cutting next spring if inflation keeps easing.");
  CAPTURE(text);
  CHECK(looks_english(text));
}

TEST_CASE("issue 42: short texts in other languages are still flagged", "[events][language]") {
  const std::string text = GENERATE(as<std::string>{},
      "Le gouvernement a annoncé mardi une nouvelle réforme des retraites pour les fonctionnaires.",
      "Die Regierung hat am Dienstag eine neue Rentenreform angekündigt, teilte ein Sprecher mit.",
      "El gobierno anunció el martes una nueva reforma de las pensiones para los funcionarios.",
      "Il governo ha annunciato martedì una nuova riforma delle pensioni per i dipendenti pubblici.",
      "De regering heeft dinsdag een nieuwe pensioenhervorming aangekondigd voor ambtenaren.",
      "La banque centrale maintient ses taux et signale des baisses possibles au printemps, selon les analystes "
      "interrogés par la presse. Les marchés ont réagi avec calme à cette annonce.");
  CAPTURE(text);
  CHECK_FALSE(looks_english(text));
}

TEST_CASE("a long text in another language is flagged, and a long English one is not", "[events][language]") {
  const std::string german =
      "Die Regierung hat am Dienstag eine neue Rentenreform angekündigt. Die Opposition kritisierte den Plan scharf "
      "und kündigte Widerstand im Parlament an. Gewerkschaften riefen zu Protesten auf, die am Wochenende in mehreren "
      "Städten stattfinden sollen. Der Minister verteidigte die Reform als notwendig und sagte, ohne sie sei das System "
      "nicht mehr zu finanzieren.";
  const std::string english =
      "The government announced a new pension reform on Tuesday. The opposition criticised the plan sharply and "
      "promised to fight it in parliament. Unions called for protests, which are to take place in several cities at "
      "the weekend. The minister defended the reform as necessary and said that without it the system could no longer "
      "be paid for.";
  CHECK_FALSE(looks_english(german));
  CHECK(looks_english(english));
}
