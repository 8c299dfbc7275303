/**
 * Word lists for the re-identification check (reidentification.ts). They are deliberately
 * incomplete: the check warns, the team decides. Names and places are matched as written
 * (capitalised); diagnoses and roles in any case, with Norwegian endings.
 */

/** About 200 of the most common Norwegian first names, bokmål and nynorsk spellings. Left out: names that are also common words at the start of a sentence (Per, Liv, Bo). */
export const FIRST_NAMES = `
Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina Maria
Elisabeth Kristin Bente Heidi Silje Hanne Gerd Linda Tone Elin Anita Wenche Grethe Camilla Ragnhild Kjersti
Monica Mona Ellen Julie Hege Gunn Ruth Karin Aud Synnøve Thea Mari Nora Emma Sara Sofie Ingeborg Sigrid
Turid Torill Unni Vigdis Åse Else Jorunn Gunnhild Målfrid Oddny Aslaug Brita Dagny Eldbjørg Signe Tove
Siri Lene Marte Martine Maren Helene Line Stine Trine Cecilie Kristine Ane Guro Tuva Ingvild Vilde Frida
Hanna Nora Ella Olivia Leah Amalie Malin Mathilde Emilie Jenny Ragna Gudrun Borghild Kirsten Lillian
Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Hans Geir Tor Morten Terje Odd Erik Thomas Martin Andreas
Rune Trond Harald Olav Tore Jon Anders Gunnar Rolf Einar Leif Helge Espen Kristian Stein Nils Frode Øyvind
Johan Magnus Jonas Eirik Erlend Even Sindre Sondre Håkon Henrik Fredrik Kristoffer Tobias Sander Markus
Mathias Emil Jakob Filip William Oliver Noah Elias Isak Aksel Ludvig Olaf Sverre Asbjørn Audun Ivar Ketil
Sigurd Torstein Gudmund Halvor Eivind Vegard Vidar Roar Steinar Ola Kåre Jostein Oddvar Ragnar Sigmund
Asle Ingvar Eilev Sjur Torbjørn Tormod Aslak Brynjulf Eigil Gaute Hallvard Haldor Njål Torleiv Alf Egil
Finn Idar Jørgen Petter Paul Pål Stian Tommy Kenneth Robert Roger Ronny Glenn Arild Atle Bård
Mohammed Muhammad Ali Ahmed Fatima Aisha Amina Omar Hassan Abdi Yusuf Anna Piotr Tomasz Katarzyna
`
  .split(/\s+/)
  .filter((n) => n && !['Per', 'Liv', 'Bo'].includes(n));

/** Places below the municipality: neighbourhoods, villages and hamlets in Trøndelag and Rogaland. */
export const PLACES = `
Saupstad Heimdal Lade Byåsen Moholt Kolstad Lundamo Hana Lura Tiller Ranheim Charlottenlund Strindheim
Nardo Singsaker Rosenborg Møllenberg Bakklandet Ila Elvehavn Sverresborg Flatåsen Kattem Huseby
Romolslia Risvollan Tonstad Stavne Kystad Okstad Klæbu Sjetnan Stavset Hallset Hoeggen Leangen Jakobsli
Vikåsen Angelltrøa Brundalen Nyborg Valentinlyst Lerkendal Gløshaugen Berg Bratsberg Leinstrand Byneset
Spongdal Hommelvik Hell Skatval Levanger Hegra Mostadmark Stjørdal Støren Soknedal Buvika Børsa Orkanger
Fannrem Hitra Frøya Skaun Gauldal Lensvik Agdenes Rissa Leksvik Stadsbygd Åfjord Botngård Brekstad Ørland
Hinna Gausel Madla Hundvåg Storhaug Eiganes Våland Tasta Hillevåg Kampen Jåtten Forus Sola Tananger
Kvernaland Bryne Nærbø Varhaug Vigrestad Ålgård Figgjo Jørpeland Tau Hommersåk Riska Dale Sviland
Gandal Bogafjell Sandved Austrått Ganddal Hanabergmarka Skeiane Trones Vatne Stangeland Lurahammaren
Kopervik Åkrehamn Skudeneshavn Vedavågen Judaberg Finnøy Rennesøy Vikevåg Randaberg Kleppe Orre
`
  .split(/\s+/)
  .filter(Boolean);

/** Words that name a place below the municipality; a capitalised word after them is a place. */
export const PLACE_WORDS = [
  'bydel',
  'bydelen',
  'grenda',
  'grende',
  'bygda',
  'bygd',
  'tettstedet',
  'tettstaden',
  'boligfeltet',
  'bustadfeltet',
  'nabolaget',
  'gården',
  'garden',
];

/** Rare diagnoses; abbreviations are matched as written, the rest in any case with endings. */
export const DIAGNOSES = [
  'Huntington',
  'Tourette',
  'narkolepsi',
  'Prader-Willi',
  'cystisk fibrose',
  'Duchenne',
  'muskeldystrofi',
  'spinal muskelatrofi',
  'Rett syndrom',
  'Retts syndrom',
  'Williams syndrom',
  'fragilt X',
  'Ehlers-Danlos',
  'Marfan',
  'Angelman',
  'fenylketonuri',
  'hemofili',
  'blødarsjukdom',
  'blødersykdom',
  'tuberøs sklerose',
  'Friedreich',
  'Wilsons sykdom',
  'Addison',
  'Gaucher',
  'Fabry',
  'Pompe',
  'cystinose',
  'progeri',
  'akromegali',
  'Creutzfeldt-Jakob',
  'amyotrofisk lateralsklerose',
  'Turners syndrom',
  'Klinefelter',
  'osteogenesis imperfecta',
  'epidermolysis bullosa',
];
export const DIAGNOSIS_ABBREVIATIONS = ['ALS', 'SMA', 'PKU', 'CJD', 'EDS', 'FOP'];

/** Roles few people hold, so that naming one may point to a person. Any case, with endings. */
export const ROLES = [
  'ordfører',
  'varaordfører',
  'rådmann',
  'kommunedirektør',
  'kommuneoverlege',
  'kommunelege',
  'kommunalsjef',
  'statsforvalter',
  'fylkesmann',
  'lensmann',
  'sokneprest',
  'prest',
  'biskop',
  'rektor',
  'styreleder',
  'styreleiar',
  'daglig leder',
  'dagleg leiar',
  'enhetsleder',
  'einingsleiar',
  'avdelingsleder',
  'avdelingsleiar',
  'leder av',
  'leiar av',
  'leiar for',
  'leder for',
];

/** After «eneste»/«einaste», these words are not a role («det eneste som hjalp»). */
export const NOT_AFTER_ONLY = new Set(
  'som gangen gong gongen måten måte måten grunnen grunnen ting tingen jeg eg vi dei de du han hun ho det fordi hvis viss og men til i på av for med en ei et eit gang'.split(
    ' ',
  ),
);

/** Capitalised words that are not names even mid-sentence: pronouns, services, institutions, municipalities. */
export const NOT_NAMES = new Set(
  `
NAV Nav Jeg Eg Vi Me De Dei Du Dere Dykk Han Hun Ho Det Dette Den Deg Meg Seg Oss
Norge Noreg Norway Trøndelag Rogaland Trondheim Stavanger Sandnes Bergen Oslo Tromsø Malvik Melhus
Midtre Gauldal Orkland Indre Fosen Klepp Hå Time Gjesdal Strand Karmøy Haugesund Sokndal Eigersund
Helse Helseforetak Sykehus Sykehuset Sjukehus Sjukehuset St Olavs Olav Kommune Kommunen Fylkeskommunen
Statsforvalteren Husbanken Lånekassen Politiet Kriminalomsorgen Barnevernet Bufetat Helsenorge
Midt-Norge Nord-Norge Vest Sør-Øst Helsedirektoratet Folkehelseinstituttet Universitetssykehus Universitetssjukehus Mental Helse LMS
Bruker Spør Brukerspør Korus KORUS DPS BUP ROP FACT ACT Rusfeltet Frelsesarmeen Kirkens Bymisjon
Facebook Messenger Teams Zoom Google Vipps BankID Altinn Digipost Jesus Gud Koranen Bibelen
Januar Februar Mars April Mai Juni Juli August September Oktober November Desember
Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag Måndag Tysdag Laurdag Sundag Jul Påske
`
    .split(/\s+/)
    .filter(Boolean),
);
