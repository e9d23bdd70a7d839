// Repairs of the tagger's mistakes that break a clause apart, each checked on UD EWT dev: a
// past tense read as a participle or a noun, a present tense read as a noun, a name read as a
// verb or as a function word, a noun read as an adjective or a gerund, "near" read as an
// adjective, and a headline's passive participle read as a past tense. Each returns true when it retagged something; all but passive_headline need the
// sentence parsed again (core/syntax/morphosyntax.cpp).
//
// A sentence that ends in a full stop has a finite verb; when ours has none and the parser hung
// a past participle on the noun it made the root ("A powerful earthquake [struck] southern
// Turkey on Monday", "Thousands of protesters [marched] through the capital"), the participle
// is the main verb in the past tense that the tagger missed: it becomes VBD, and the sentence
// is parsed again.
//
//   if (finite_verb_from_participle(sentence)) parser.parse(sentence);   // after Parser::parse
//
// Only a participle after the root noun, attached as `acl` to it or to the noun of its `nmod`
// ("Thousands of protesters marched"), with an object, an oblique or a counted time ("struck
// nine hours later"), and with no auxiliary ("having been struck") or infinitive ("Leaders
// expected to agree deal.") of its own; only in a sentence without a finite verb (VBZ, VBP,
// VBD, MD) that ends in a full stop: headlines ("Three people killed in crash") are left as
// they are.
#pragma once

#include <functional>
#include <span>
#include <string>

#include "core/syntax/word_classes.h"
#include "core/text/token.h"

namespace chronograph::core {

// A sentence that ends in a full stop or "!", or in a dotted abbreviation that holds its stop
// ("The window closes at 11 p.m."): no headline.
bool ends_with_full_stop(std::span<const Token> sentence);

// True when a participle was retagged (the sentence needs parsing again).
bool finite_verb_from_participle(std::span<Token> sentence);

// A past participle the parser made the root of a sentence that ends in a full stop, with an
// active subject, an object or oblique, and no auxiliary ("Barcelona and Manchester City also
// [made] offers in January") is the past tense when `past_form` says the word is one: it
// becomes VBD (the parse stays as it is).
bool finite_verb_from_root_participle(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// The same repair inside a clause: a participle hung as `acl` on the noun right after a word
// that opens a clause ("in 2021, when blazes [destroyed] 100,000 hectares", "after troops
// [captured] the town", "a deal in the spring but talks [stalled] over price"), with an object
// or oblique (or a preposition right after it) and no auxiliary, is that clause's verb. So is one
// hung as `advcl` on the main verb right after a noun the parser made that verb's oblique
// ("reopened on Friday after a grounded ship [blocked] it"), and one right after a noun the parser
// made its own oblique, the day before that noun taken into its phrase ("but on May 6 tests
// [found] lead").
bool finite_verb_after_clause_opener(std::span<Token> sentence);

// "approved a declaration after the storm [hit].": a past form read as a noun that closes a
// clause a word opens, right after that clause's noun phrase (a determiner, modifiers, a noun),
// is the clause's past tense when `past_form` says the word is one (the caller may count a
// participle that is also the base form: "After the drummer [quit], the band split"): it becomes
// VBD, and the sentence is parsed again.
bool past_verb_closing_opened_clause(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// A participle hung as `acl` on a noun that the parser made the subject (or a dislocated
// phrase, or the complement: "Its sales [tripled] in 2025, the company said") of a later verb
// with a subject of its own after the participle, or of a verb of saying, is that first
// clause's past tense: "A quake [struck] southern Turkey on Monday, officials said" (the
// parser made "said" the verb of both "quake" and "officials"). With an object, an oblique or
// a counted time, and no auxiliary, like the repairs above; or with that later subject's phrase
// right after it, which is its object the parser took away ("In April, the company [recalled]
// 45,000 pickup trucks over a brake line", parsed with "trucks" the verb of "company" and "pickup");
// then a plural present right after that subject is the noun heading the object: it becomes NNS.
bool finite_verb_from_second_subject(std::span<Token> sentence);

// In a sentence whose root is a noun and that ends in a full stop, a singular noun hung on the
// noun before it as that noun's compound, after a determiner, is the past tense the tagger
// missed when `past_form` says the word is one ("The quake [hit] at 4:17 a.m. near the city")
// and no finite verb belongs to the root: it becomes VBD.
bool finite_verb_from_compound_head(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// A past form right after a noun, with no subject, auxiliary or object of its own, in a sentence
// with another finite verb, is the participle of a reduced relative clause when
// `participle_form` says the word is one and the parser hung it as `acl` ("the agreements
// [reached] in Geneva are the main items") or as an `xcomp`, which no finite verb can be
// ("discussed the agreements [reached] in Geneva"), or a finite auxiliary follows it ("the protesters
// [arrested] were released"): it becomes VBN, and the sentence is parsed again (the participle
// then hangs on its own noun).
bool participle_from_reduced_relative(std::span<Token> sentence, const std::function<bool(const std::string&)>& participle_form);

// A subject with a relative clause whose verb the parser did not find ("when a developer who had
// been charged in a case [agreed] to cooperate"): the past participle it hung on the clause's
// last noun, with no auxiliary and no finite verb after it, is the subject's verb in the past
// tense when `past_form` says the word is one: it becomes VBD, and the sentence is parsed again.
// So does a past form read as an adjective or a noun right after the comma closing the relative
// clause of a sentence's opening noun phrase, when no verb heads the sentence ("The bridge, which
// opened in 1932, [closed] on Monday", "Revenue for the quarter, which ended Sept. 28, [rose] 6%"),
// and a participle read as the modifier of the noun after it there, when only a conjoined verb
// follows ("The storm, which formed off the coast, [reached] Route 5 late Friday and flooded ...").
bool finite_verb_after_relative_clause(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// A participle right after the noun phrase that opens a sentence ending in a full stop, before
// a noun phrase it acts on and with no finite verb after it in its clause, is the past tense
// the tagger missed when `past_form` says the word is one: "Thousands of farmers [blocked]
// highways on Monday, police said" (the parser then made "highways" the subject of "said").
// Not before a time ("The funds raised this year will ..."). It becomes VBD, and the sentence
// is parsed again.
bool finite_verb_after_opening_subject(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// "Talks stalled for most of August before Benfica accepted an offer": a participle right after
// the sentence's opening noun phrase, when the sentence's only finite verb is that of a clause
// opened by "before", "after", "until", "when" ... right before it, is the main clause's past
// verb (the parser otherwise hangs it on "Talks" and makes "Benfica" an oblique); true when
// retagged.
bool finite_verb_before_time_clause(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// In a sentence without a finite verb, a past form read as an adjective or a participle right
// after the names that open it, before an object, is the clause's past tense when `past_form`
// says the word is one ("Delta, Lufthansa and KLM [delayed] hundreds of flights", "Google [cut]
// 200 jobs", "Procter & Gamble [raised] prices"; a capitalised common noun inside the names is
// one of their words): it becomes VBD, and the sentence is parsed again.
bool past_verb_from_adjective_after_names(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// A past form read as an adjective (or as a participle modifying the next noun) that the parse
// gives a subject but no copula, right after that subject, is the past tense of its clause:
// "The army withdrew on Monday and the rebels [advanced]", "Officials said the storm [damaged]
// homes". It becomes VBD, and the sentence is parsed again.
bool past_verb_from_adjective_with_subject(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// "the three months [ended] September 30", "the quarter [ended] Sept. 29": "ended" between a
// period's noun and a date closes that period; read as a past tense it makes the date its object
// and the sentence's verb its conjunct. It becomes VBN, and the sentence is parsed again.
bool participle_closing_a_period(std::span<Token> sentence);

// A sentence whose root is an infinitive with "to" and no finite verb before it ("The partners
// [agreed] in February to close both plants" parsed with "agreed" a modifier of "partners" and
// "close" the root): the past participle hung as `acl` on the root's subject, before the root
// and with no auxiliary, is the sentence's past tense when `past_form` says the word is one. It
// becomes VBD, and the sentence is parsed again.
bool finite_verb_before_root_infinitive(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// "old" closing an age ("23-year-old", "five-month-old") with no noun after it is the noun the
// age names, not an adjective ("The 23-year-old [signed] a contract", parsed with no subject):
// it becomes NN, and the sentence is parsed again.
bool noun_from_age(std::span<Token> sentence);

// In a sentence without a finite verb (but conjuncts after it), a participle or adjective right
// after the comma that closes a name in apposition to a noun is the subject's past tense when
// `past_form` says the word is one: "The coach of the national team, Lena Sorvik, [resigned] on
// Tuesday", "Her rival, Tomas Hollo, [conceded] defeat ... and called on ...". It becomes VBD,
// and the sentence is parsed again.
bool finite_verb_after_apposition(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// A plural noun right after "and" or "but" and before a preposition, an adverb or an article,
// in a clause whose verb before it is a present tense in "-s" with no other finite verb between,
// is that verb's second predicate the tagger missed ("The window opens on 1 January and [closes]
// at 11pm", "The ballot opens on 11 September and [closes] on 15 September"): it becomes VBZ.
// Not after a common noun ("sells shirts and ties at the market", "sabotage and attempts to
// kill" list things).
bool present_verb_conjoined_to_present_verb(std::span<Token> sentence, const WordClasses& classes);

// In a sentence without a finite verb (but one right after "and" or "but", or one in a clause
// a subordinator opens the sentence with), a plural noun after a noun and before "to" and a base
// form is the present-tense verb the tagger missed ("The government [plans] to hire ...", "The
// company [plans] to close two plants and expects to cut ...", "If they do not, the union
// [plans] to extend the strike"): it becomes VBZ.
bool finite_verb_from_plural_noun(std::span<Token> sentence);

// In a sentence with no verb at all that ends in a full stop (but in a relative clause that a
// comma and "which" or "who" open and the full stop closes: "The bank [cut] rates too quickly in
// 2008, which allowed inflation to return", or in a second predicate "and" or "but" joins to the
// first: "The company [cut] 800 jobs in March and spent ...", or in a main clause after one that
// a subordinator opens the sentence with, where the verb may end the clause: "A decade later,
// after the drummer left, the band [split]."), the first word after a noun that
// the tagger read as a singular noun (or as an adjective before a number, a determiner or an
// owner: "The airline [shut] two routes") but saw as a past tense ("The central bank [cut] interest
// rates on Thursday."; the caller's `seen_as` may count a participle that is also the base form,
// "The judge [set] bail"), or as a plural noun but saw as a present tense ("The new league season
// [starts] in August."), is the clause's verb: it becomes VBD or VBZ, and the sentence is parsed
// again. So is a singular noun right after a name and before a name or a determiner that the
// tagger saw as a plural present or a base form, which look the same ("Chelsea [face] Arsenal
// on Saturday", a team's name taking a plural verb as British news writes it): it becomes VBP.
// A quote that opens the sentence, ends in a comma and has a verb of its own after it ("\"This
// [stinks],\" said the shadow housing secretary") but none inside it: a plural noun right after
// "this", "that", "it", "he", "she" or "everything" that WordNet knows as a present tense is the
// quote's verb. It becomes VBZ, and the sentence is parsed again.
bool present_verb_in_opening_quote(std::span<Token> sentence, const WordClasses& classes);

bool verb_in_verbless_sentence(std::span<Token> sentence, const std::function<bool(const std::string&, std::string_view)>& seen_as);

// In a sentence that ends in a full stop (no headline) and has no finite verb, a plural noun
// right after a noun, WordNet's present form of a verb, before a noun phrase with a past
// participle on its last noun, is the present-tense verb the tagger missed ("The plan [calls]
// for cuts made by the board"; finite_verb_from_participle would make the participle the
// verb): it becomes VBZ, and the sentence is parsed again. So is one the parser made a second
// subject of a past tense after that phrase, the sentence's only finite verb, which becomes the
// participle ("The recall [covers] cars [built] in 2022").
bool present_verb_before_participle_noun(std::span<Token> sentence, const WordClasses& classes);

// A base form (VB) with a plural subject before it and no auxiliary or "to" of its own is the
// present tense the tagger missed ("Forecasters [expect] rain until Thursday"), and so is one
// heading the sentence with a name for its subject ("Germany [meet] Spain on Tuesday": a team
// takes a plural verb in British news): it becomes VBP.
// The parse stays as it is.
bool present_from_base_form_after_subject(std::span<Token> sentence);

// A present-tense form (VBP), or a base form (VB) heading the sentence, of a verb whose past
// looks the same, after a singular noun subject (or a capitalised word read as an adjective,
// a name) and with no auxiliary, is that past: "The insurer [shut] down its systems" ("shuts"
// would be the present). The parse stays as it is.
bool past_from_present_after_singular_subject(std::span<Token> sentence,
                                              const std::function<bool(const std::string&)>& past_form);

// A present form that is also a past one ("hit", "cut", "beat") with a weekday, "yesterday" or
// "ago" at most three steps below it tells of that past day: "Oil prices [hit] a record high on
// Monday", "Rovers [beat] Ashby 2-1 on Sunday". It becomes VBD (the parse stays as it is).
bool past_from_present_on_a_past_day(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// A noun the parser made the head of a clause that "unless", "if", "when", ... opens, with the
// noun before it as a compound and no verb of its own, is that clause's present-tense verb
// when the two agree and WordNet knows the word as a verb ("unless vaccination rates [rise]",
// "if the price [rises]"): it becomes VBP or VBZ.
bool finite_verb_from_clause_noun(std::span<Token> sentence, const WordClasses& classes);

// A headline (the text's first sentence, no final stop, a few words) says what was done to its subject with a bare
// participle: "Former mayor convicted of taking bribes", "Police chief suspended over leak".
// Its past form without an object, auxiliary or complement is read as that passive
// participle: the verb becomes VBN and its subject nsubj:pass. No new parse is needed. So is a
// verb that says what its object is ("find", "declare", "rule", ...) with only that complement:
// "Former mayor found guilty of bribery", "Climber declared dead" (an "object" that WordNet
// knows only as an adjective becomes that complement).
bool passive_headline(std::span<Token> sentence, const WordClasses& classes);

// An adjective right after a noun and before a preposition is the noun that heads the phrase
// when WordNet knows it as one ("the Portuguese Cup [final] on Sunday"): English puts
// adjectives before their noun. It becomes NN. Not after "nothing", "something", ... ("nothing
// wrong with it"), nor before "than".
bool noun_from_adjective_after_noun(std::span<Token> sentence, const WordClasses& classes);

// An adjective right before a finite verb or a modal, after its phrase's determiner, owner or
// modifier, that WordNet knows as a noun is the phrase's head noun: "its chief [executive] would
// leave", "The chief [executive] resigned", or before a name set off by commas before the verb
// ("Its chief [executive], Anna Berg, said"); so is one after a verb and "the", before a clause's
// opener: "reached the [final] after beating"; and an adverb right after an owner's "'s" ("The
// women's [downhill] follows"). It becomes NN, and the sentence is parsed again.
bool noun_from_adjective_before_verb(std::span<Token> sentence, const WordClasses& classes);

// A present tense in "-s" right after a number of several ("The bank shut nine [branches]") agrees
// with no such count: it is the plural noun WordNet knows, counted by the number (not an
// auxiliary: "€2bn has been invested"). It becomes
// NNS, and the sentence is parsed again. A present tense without "-s" after a count that "a" opens,
// or a determiner and a currency sign ("a $14 million [plan] to replace ..."), becomes the
// singular noun NN: such a phrase is no plural subject ("Some 20 million live here" stays).
bool noun_from_present_after_count(std::span<Token> sentence, const WordClasses& classes);

// A present tense in "-s" right after a modifier (an adjective or a noun) and right before a past
// form ("Pyroclastic [flows] travelled five kilometres", "Mud [slides] buried the road") is the
// plural noun WordNet knows, the subject of that past verb: no present verb takes a past tense
// after it, and one a participle completes ("it seems settled") is no such word. The parser must
// have hung the past verb on the present one ("carries heightened risks" keeps its verb). It
// becomes NNS, and the sentence is parsed again.
bool noun_from_present_before_past_verb(std::span<Token> sentence, const WordClasses& classes);

// A gerund between a determiner and a noun ("The [managing] director said") that the parser hung
// as an auxiliary or a copula, which only closed-class words are, or whose determiner it made
// the root, is read as the noun that modifies the next (as "the [opening] ceremony"): it becomes
// NN, and the sentence is parsed again.
bool noun_from_gerund_between_determiner_and_noun(std::span<Token> sentence);

// A sentence's first word read as a present-tense verb right before a preposition is the plural
// noun WordNet knows ("[Winds] of up to 120 km/h tore ...", "[Talks] between the two sides"):
// a sentence does not open with a finite verb and a preposition. It becomes NNS. So does an
// imperative there become NN, when a finite verb follows the preposition's noun phrase ("[Work]
// on the damaged bridge resumed in May"): an order is not followed by a subject's verb.
bool noun_from_initial_verb_before_preposition(std::span<Token> sentence, const WordClasses& classes);

// A sentence's first word read as an imperative right before a noun and a finite verb is the
// noun WordNet knows, modifying the next ("[Ferry] operator suspends crossings", "[Train] drivers
// walk out"): an order is not followed by its own subject's verb. It becomes NN.
bool noun_from_initial_verb_before_subject(std::span<Token> sentence, const WordClasses& classes);

// A word read as a present-tense verb right after a word that opens a clause ("as", "while",
// "after", ...) and right before a past tense, a participle, a modal or a present tense is that
// clause's subject, the plural noun WordNet knows: "as [winds] gusted to 90 mph", "while [winds]
// gusted" (the parser then made "winds" the clause's verb and left "gusted" no subject); so is
// one right before a noun WordNet knows as a verb too, which a preposition, an adverb or a
// punctuation mark follows: "once [winds] drop below 40 mph" (that noun is the clause's verb and
// becomes VBP). A verb right after such a word has no subject before it, and a finite verb is
// never followed by another. It becomes NNS, and the sentence is parsed again.
bool noun_from_present_verb_after_clause_opener(std::span<Token> sentence, const WordClasses& classes);

// A word right after a modal ("could", "will", "may", ...), or after a modal or "do" and "not",
// that WordNet knows as a verb, tagged as an adverb, adjective or noun and followed by no verb,
// is the modal's verb ("the number of cases could [double] by the end of the month", "if wage
// growth does not [slow]"): it becomes VB, and the sentence is parsed again.
bool verb_after_modal(std::span<Token> sentence, const WordClasses& classes);

// An adjective, noun or adverb (not after a determiner) whose form WordNet knows as an irregular
// past but not as that part of speech nor (but for an adverb) as a base verb ("tore", "swore",
// "threw"; "Sales [rose] more than expected", "sales [fell]", read as adverbs; not "-ed" words,
// nor "-n" participles such as "torn") is the past tense the tagger missed: it becomes VBD
// (lemmatize again).
bool past_verb_from_impossible_word(std::span<Token> sentence, const WordClasses& classes);

// A participle the parser made a verb's xcomp right after that verb's object noun, with no
// object or subject of its own, is the head noun of the object when WordNet knows the very form
// as a noun: "cut its revenue [forecast] on Wednesday" (forecast, broadcast, cut, bid, set);
// not after a causative verb ("have my hair cut"). It becomes NN, and the sentence is parsed again.
bool noun_from_object_participle(std::span<Token> sentence, const WordClasses& classes);

// The participle of a verb that news uses as the noun closing a compound ("cut", "forecast",
// "bid", "broadcast"), hung as `acl` on the singular noun right before it, that has a
// determiner, is the head of that compound when WordNet knows the form as a noun: "expected a
// rate [cut] in May", "approved a budget [cut]". Not with an object, an auxiliary or an agent
// ("the money cut by the board"), nor for other verbs ("the rule [put] in place"). It becomes
// NN, and the sentence is parsed again.
bool noun_from_participle_closing_compound(std::span<Token> sentence, const WordClasses& classes);

// "forty", "ninety-five", "thirteen": a cardinal number word from eleven to ninety-nine is a
// number whatever the tagger made of it (UD EWT never shows "forty" or "ninety", so it reads
// them as adjectives by their "-y"): it becomes NUM / CD. Needs no parse; run before the first.
bool number_from_cardinal_word(std::span<Token> sentence);

// "visited the worst-[hit] towns", "the flood-[hit] villages", "the well-[run] company": a verb
// form joined by a hyphen to the word before it (no spaces), right before a noun, that the
// tagger read as a base or present form but the treebank also shows as a participle, closes a
// compound adjective: it becomes VBN, as "war-torn" is read. Needs no parse; run before the first.
bool participle_from_hyphenated_verb(std::span<Token> sentence, const std::function<bool(const std::string&)>& participle_form);

// "Catch-up sessions will be held", "follow-up talks": a base form joined by a hyphen to a particle
// ("up", "out", "in", "off", ...) before a noun is, with its particle, a noun that modifies it:
// both become NN, before the sentence is parsed. Returns whether any changed.
bool noun_from_hyphenated_phrasal_verb(std::span<Token> sentence);

// A base form (VB) right after a noun that is not the object of the same verb, with no
// auxiliary, subject, object, complement, particle or adverb of its own, hung on a verb that
// lets no object act ("make", "let", "see", ...), is the head of the noun phrase when WordNet
// knows it as a noun: "a freeze on public sector [pay] until 2024" (not "demanded the
// president step down"). It becomes NN, and the sentence is parsed again.
bool noun_from_bare_base_form(std::span<Token> sentence, const WordClasses& classes);

// "near" after a noun and before a name or a determiner is the preposition ("a quake [near]
// Izmit", "the crash near the airport"), not the adjective of "the near future": it becomes IN.
bool preposition_from_near(std::span<Token> sentence);

// "that" right after a verb and before a common noun, with no verb after it before the next
// comma or the sentence's end, points at the noun ("approved [that] therapy on Thursday"), no
// clause it opens ("said that prices rose"): it becomes DT.
bool determiner_from_that_before_noun(std::span<Token> sentence);

// A preposition that is also an adverb, with nothing after it but a conjunction, punctuation or
// the sentence's end ("had denied wrongdoing [throughout] and his lawyer said", "the day
// [before] , officials"), is the adverb: it becomes RB, and the sentence is parsed again.
bool adverb_from_stranded_preposition(std::span<Token> sentence);

// A gerund that the parser conjoined to a noun ("decline in memory and [thinking]") or made the
// complement of the main verb "have" ("13 percent had [swelling] in the brain"), with no object
// or auxiliary of its own, is the noun WordNet knows: it becomes NN.
bool noun_from_gerund(std::span<Token> sentence, const WordClasses& classes);

// A word in capitals after "the" that the tagger read as a function word is a name: "the
// WHO expects" (not the pronoun "who"), "the IN programme". It becomes NNP.
bool name_from_capitals_after_the(std::span<Token> sentence);

// A pronoun written in capitals right before a noun not in capitals is an acronym that names
// what the noun is about: "as IT Outage Enters Fourth Day", "the IT systems" (no subject "it").
// It becomes NNP.
bool name_from_capital_pronoun_before_noun(std::span<Token> sentence);

// Three or more capitalised words after "the" that end in a name the tagger saw, read in part
// as adjectives or common nouns, are that name: "the Federal Emergency Management Agency". Each
// word's Penn tag becomes NNP (a common noun becomes PROPN; an adjective stays ADJ, as UD has
// it), and the sentence is parsed again.
bool name_from_capitalised_run(std::span<Token> sentence);

// The lemmatizer's edit scripts strip "-ed" from a strong past form ("fled" -> "fl") and from
// an unseen verb in "-e" ("convened" -> "conven"): a past form whose lemma WordNet knows as no
// verb takes the first of "-e", "-ee", "-eed", "-ead" on its stem that it does know ("convene",
// "flee", "bleed", "lead"). A script that strips a doubled consonant ("stopped" -> "stop") from
// one that is not doubled ("slumped" -> "slum") gives the stem instead ("slump"). Needs no new
// parse.
bool strong_past_lemma(Token& t, const WordClasses& classes);

// A capitalised first word the tagger read as a present-tense verb right before a past form
// or a ", who" clause is a name ("Mendes moved into the office", "Mendes, who resigned ...",
// the -s of an unknown name taken for a verb's):
// it becomes NNP, and the sentence is parsed again (after which the past form may need
// finite_verb_from_participle).
bool name_from_initial_verb(std::span<Token> sentence);

// A participle that ends a sentence right after a comma and a noun phrase is the past tense of the
// attribution that closes it ("..., an outside investigation [found]."), when it is a verb of
// reporting or finding ("..., the bridge destroyed." is absolute) and the tagger has seen that
// form as a past: it becomes VBD, and the sentence is parsed again.
bool past_verb_closing_attribution(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

// Capitalised words that open a sentence, read as adjectives and right before a finite verb or
// a modal, are the name of its subject ("Meridian Mutual said", "Meridian will publish": "-ian"
// reads like "Canadian"): they become NNP, and the sentence is parsed again. Not quantifiers
// ("Many were killed"), nor the words of a headline in title case ("Heavy Rain Hits Lyon").
bool name_from_initial_adjectives(std::span<Token> sentence);

// A verb (any VB* tag) whose form WordNet knows, but never as a verb form, is the adverb,
// adjective or noun it does know ("upgraded it [late] that afternoon"): it becomes RB, JJ or NN
// (in that order), and the sentence is parsed again.
bool word_from_impossible_verb(std::span<Token> sentence, const WordClasses& classes);

// "expected hot, dry [winds] to return": a word after two adjectives joined by a comma or "and"
// is the noun they describe, not a present tense, when WordNet knows it as a plural noun: it
// becomes NNS, and the sentence is parsed again.
bool noun_after_coordinated_adjectives(std::span<Token> sentence, const WordClasses& classes);

// A present tense the parser hung where only a noun goes, as an object, subject or oblique
// ("recalled 25,000 pickup [trucks] to fix ..." with "trucks" the object of "recalled"), is the
// plural noun WordNet knows, unless the treebank showed the word as a present tense
// (`seen_as_present`: "helps" is a verb where the parser went wrong) and it is more than the
// bare object of the verb right before it ("denied [reports] last month that ..."): it becomes
// NNS, and the sentence is parsed again.
bool noun_from_verb_in_noun_slot(std::span<Token> sentence, const WordClasses& classes,
                                 const std::function<bool(const std::string&)>& seen_as_present);

// A singular noun right after an object's or oblique's noun, that the treebank shows as a past
// participle, before a preposition and a date, is the participle of a reduced relative clause
// dated there: "beating the previous record [set] in June 1976", "broke the promise [made] on
// Monday". Not a noun news closes compounds with ("a rate cut in May", "the energy cost in
// 2020"), nor after a sentence's subject. It becomes VBN, and the sentence is parsed again.
bool participle_before_dated_phrase(std::span<Token> sentence, const std::function<bool(const std::string&)>& participle_form);

// A plural noun right after a clause's opener ("as", "after", "while", ...) and a name, before an
// object's first word (a determiner, an owner, a number, an adjective), is that clause's
// present tense when WordNet knows the word as one: "as England
// [records] hottest June since 1884", "after Apple [reports] its results" (not "as England fans
// celebrated"). It becomes VBZ, and the sentence is parsed again.
bool present_verb_after_name_in_clause(std::span<Token> sentence, const WordClasses& classes);

// A plural noun right after the one to three capitalised words (names, or adjectives the tagger
// took them for) that open a sentence, before "to" and a bare verb, is the present tense WordNet
// knows, whose subject the name is: "[Veridian] [plans] to file for approval", "Norvik [aims] to
// cut costs". Not when a finite verb follows before a comma or a clause's opener ("Airline plans
// to cut fares were shelved": the phrase is a subject). It becomes VBZ, the capitalised
// adjectives names, and the sentence is parsed again.
bool present_verb_before_infinitive_after_name(std::span<Token> sentence, const WordClasses& classes);

// A capitalised base form inside a sentence that ends in a full stop, after a lower-case word
// and before a name, is the first word of that name, not a verb: "Officers will return to [Call]
// Lane next Friday", "a march from [Speak] Street". It becomes NNP ("to" before it the
// preposition IN), and the sentence is parsed again. Not after a quote, bracket or colon, nor in
// a headline, which capitalises its verbs.
bool name_from_capitalised_base_form(std::span<Token> sentence);

// An adjective or adverb right after the infinitive's "to", that WordNet knows as a verb and that
// no verb follows, is that infinitive ("pledged to [triple] spending on defence"); so is a verb
// that multiplies an amount ("double", "triple", "halve") after a verb and a "to" read as a
// preposition, before an object ("agreed to [triple] adaptation finance"; not "agreed to new
// terms"), and a comparative that is a verb before an article, an owner or a gerund ("expected
// to [lower] borrowing costs"; not "fell to lower levels"). It becomes VB ("to" TO), and the
// sentence is parsed again.
bool verb_after_infinitive_to(std::span<Token> sentence, const WordClasses& classes);

// An auxiliary is a closed class ("be", "have", "do", the modals, "get"); an open-class verb
// form read as one ("Troops [entered] destroyed villages" tagged like "had", lemma "entereve") is
// a verb: it becomes VERB (its Penn tag kept), is lemmatised again, and the sentence is parsed
// again. Only forms with a verb's ending ("-ed", "-ing", "-s"), which no misspelt auxiliary has.
bool verb_from_open_class_auxiliary(std::span<Token> sentence);

// A sentence's capitalised first word read as a name, that the training text only ever tagged
// as a common noun (`seen_as`), is that noun: "Revenue climbed 58 percent" ("Apple", tagged a
// name there too, stays one). It becomes NN (NNS when only ever plural); the parse stays.
bool common_noun_opening_sentence(std::span<Token> sentence, const std::function<bool(const std::string&, std::string_view)>& seen_as);

}  // namespace chronograph::core
