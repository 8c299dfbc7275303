import { defineMessages } from '../../define.ts';

/** The lead's questionnaire pages in the admin app: the list, the builder, opening and the one-time links (docs/adr/0025). */
export const evaluationsAdminQuestionnaire = defineMessages({
  // The list and a new questionnaire.
  'evaluations.admin.questionnaire.list.title': { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaires' },
  'evaluations.admin.questionnaire.list.intro': {
    nb: 'Skriv spørsmålene mens skjemaet er et utkast, åpne det for svar i datainnsamlingen, og lag engangslenker til dem som skal svare på nett. Svar på papir legger teamet inn selv.',
    nn: 'Skriv spørsmåla medan skjemaet er eit utkast, opne det for svar i datainnsamlinga, og lag eingongslenkjer til dei som skal svare på nett. Svar på papir legg teamet inn sjølv.',
    en: 'Write the questions while the questionnaire is a draft, open it for answers during data collection, and make one-time links for those who answer online. The team enters paper answers themselves.',
  },
  'evaluations.admin.questionnaire.list.empty': {
    nb: 'Evalueringen har ingen spørreskjema ennå.',
    nn: 'Evalueringa har ingen spørjeskjema enno.',
    en: 'The evaluation has no questionnaires yet.',
  },
  'evaluations.admin.questionnaire.col.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'evaluations.admin.questionnaire.col.language': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'evaluations.admin.questionnaire.col.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'evaluations.admin.questionnaire.col.questions': { nb: 'Spørsmål', nn: 'Spørsmål', en: 'Questions' },
  'evaluations.admin.questionnaire.col.links': { nb: 'Lenker', nn: 'Lenkjer', en: 'Links' },
  'evaluations.admin.questionnaire.col.responses': { nb: 'Svar', nn: 'Svar', en: 'Responses' },
  'evaluations.admin.questionnaire.linksValue': {
    nb: '{made} laget, {used} brukt',
    nn: '{made} laga, {used} brukte',
    en: '{made} made, {used} used',
  },
  'evaluations.admin.questionnaire.create.title': {
    nb: 'Nytt spørreskjema',
    nn: 'Nytt spørjeskjema',
    en: 'New questionnaire',
  },
  'evaluations.admin.questionnaire.create.submit': {
    nb: 'Lag spørreskjemaet',
    nn: 'Lag spørjeskjemaet',
    en: 'Create the questionnaire',
  },
  'evaluations.admin.questionnaire.create.created': {
    nb: 'Spørreskjemaet er laget. Skriv spørsmålene nedenfor.',
    nn: 'Spørjeskjemaet er laga. Skriv spørsmåla nedanfor.',
    en: 'The questionnaire has been created. Write the questions below.',
  },
  'evaluations.admin.questionnaire.field.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'evaluations.admin.questionnaire.field.intro': { nb: 'Innledning', nn: 'Innleiing', en: 'Introduction' },
  'evaluations.admin.questionnaire.field.introHint': {
    nb: 'Står øverst i skjemaet: hva det gjelder, at det er frivillig og anonymt, og omtrent hvor lang tid det tar.',
    nn: 'Står øvst i skjemaet: kva det gjeld, at det er frivillig og anonymt, og omtrent kor lang tid det tek.',
    en: 'Shown at the top of the questionnaire: what it is about, that it is voluntary and anonymous, and roughly how long it takes.',
  },
  'evaluations.admin.questionnaire.field.language': {
    nb: 'Språket i skjemaet',
    nn: 'Språket i skjemaet',
    en: 'The questionnaire’s language',
  },
  // One questionnaire: its details, status and counts.
  'evaluations.admin.questionnaire.back': {
    nb: 'Alle spørreskjemaene',
    nn: 'Alle spørjeskjemaa',
    en: 'All questionnaires',
  },
  'evaluations.admin.questionnaire.statusLine': {
    nb: 'Status: {status}.',
    nn: 'Status: {status}.',
    en: 'Status: {status}.',
  },
  'evaluations.admin.questionnaire.counts': {
    nb: 'Lenker laget: {made}. Lenker brukt: {used}. Svar: {responses}, av dem {paper} fra papir.',
    nn: 'Lenkjer laga: {made}. Lenkjer brukte: {used}. Svar: {responses}, av dei {paper} frå papir.',
    en: 'Links made: {made}. Links used: {used}. Responses: {responses}, of which {paper} from paper.',
  },
  'evaluations.admin.questionnaire.details.title': {
    nb: 'Om skjemaet',
    nn: 'Om skjemaet',
    en: 'About the questionnaire',
  },
  'evaluations.admin.questionnaire.details.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'evaluations.admin.questionnaire.details.saved': {
    nb: 'Tittel, innledning og språk er lagret.',
    nn: 'Tittel, innleiing og språk er lagra.',
    en: 'The title, introduction and language have been saved.',
  },
  'evaluations.admin.questionnaire.open': { nb: 'Åpne for svar', nn: 'Opne for svar', en: 'Open for answers' },
  'evaluations.admin.questionnaire.openHint': {
    nb: 'Skjemaet kan åpnes når evalueringen er i datainnsamlingen. Etter det kan spørsmålene ikke endres.',
    nn: 'Skjemaet kan opnast når evalueringa er i datainnsamlinga. Etter det kan ikkje spørsmåla endrast.',
    en: 'The questionnaire can be opened once the evaluation is in data collection. After that the questions cannot change.',
  },
  'evaluations.admin.questionnaire.openConfirm': {
    nb: 'Når «{title}» er åpnet for svar, kan spørsmålene ikke endres lenger, fordi svarene viser til dem. Vil du åpne skjemaet?',
    nn: 'Når «{title}» er opna for svar, kan ikkje spørsmåla endrast lenger, fordi svara viser til dei. Vil du opne skjemaet?',
    en: 'Once “{title}” is open for answers, the questions can no longer change, because the answers refer to them. Open the questionnaire?',
  },
  'evaluations.admin.questionnaire.opened': {
    nb: 'Skjemaet er åpnet for svar. Nå kan du lage lenker.',
    nn: 'Skjemaet er opna for svar. No kan du lage lenkjer.',
    en: 'The questionnaire is open for answers. You can now make links.',
  },
  'evaluations.admin.questionnaire.close': { nb: 'Lukk skjemaet', nn: 'Lukk skjemaet', en: 'Close the questionnaire' },
  'evaluations.admin.questionnaire.closeConfirm': {
    nb: 'Når «{title}» er lukket, virker ikke lenkene lenger, og skjemaet kan ikke åpnes igjen. Vil du lukke det?',
    nn: 'Når «{title}» er lukka, verkar ikkje lenkjene lenger, og skjemaet kan ikkje opnast att. Vil du lukke det?',
    en: 'Once “{title}” is closed, its links stop working and it cannot be opened again. Close it?',
  },
  'evaluations.admin.questionnaire.closedNow': {
    nb: 'Skjemaet er lukket.',
    nn: 'Skjemaet er lukka.',
    en: 'The questionnaire has been closed.',
  },
  'evaluations.admin.questionnaire.closedNote': {
    nb: 'Skjemaet er lukket. Lenkene virker ikke lenger, og ingenting kan endres.',
    nn: 'Skjemaet er lukka. Lenkjene verkar ikkje lenger, og ingenting kan endrast.',
    en: 'The questionnaire is closed. Its links no longer work and nothing can be changed.',
  },
  // The question builder.
  'evaluations.admin.questionnaire.questions.title': { nb: 'Spørsmål', nn: 'Spørsmål', en: 'Questions' },
  'evaluations.admin.questionnaire.questions.draftNote': {
    nb: 'Spørsmålene kan endres så lenge skjemaet er et utkast. Husk å lagre.',
    nn: 'Spørsmåla kan endrast så lenge skjemaet er eit utkast. Hugs å lagre.',
    en: 'The questions can be changed while the questionnaire is a draft. Remember to save.',
  },
  'evaluations.admin.questionnaire.questions.lockedNote': {
    nb: 'Skjemaet er åpnet for svar, så spørsmålene kan ikke endres.',
    nn: 'Skjemaet er opna for svar, så spørsmåla kan ikkje endrast.',
    en: 'The questionnaire has been opened for answers, so the questions cannot change.',
  },
  'evaluations.admin.questionnaire.questions.empty': {
    nb: 'Ingen spørsmål ennå.',
    nn: 'Ingen spørsmål enno.',
    en: 'No questions yet.',
  },
  'evaluations.admin.questionnaire.questions.add': {
    nb: 'Legg til spørsmål: {kind}',
    nn: 'Legg til spørsmål: {kind}',
    en: 'Add a question: {kind}',
  },
  'evaluations.admin.questionnaire.questions.save': {
    nb: 'Lagre spørsmålene',
    nn: 'Lagre spørsmåla',
    en: 'Save the questions',
  },
  'evaluations.admin.questionnaire.questions.saved': {
    nb: 'Spørsmålene er lagret.',
    nn: 'Spørsmåla er lagra.',
    en: 'The questions have been saved.',
  },
  'evaluations.admin.questionnaire.question.name': { nb: 'Spørsmål {n}', nn: 'Spørsmål {n}', en: 'Question {n}' },
  'evaluations.admin.questionnaire.question.kind': { nb: 'Type svar', nn: 'Type svar', en: 'Kind of answer' },
  'evaluations.admin.questionnaire.question.text': {
    nb: 'Spørsmålsteksten',
    nn: 'Spørsmålsteksten',
    en: 'The question’s text',
  },
  'evaluations.admin.questionnaire.question.required': {
    nb: 'Må besvares',
    nn: 'Må svarast på',
    en: 'Must be answered',
  },
  'evaluations.admin.questionnaire.question.optional': { nb: 'Frivillig', nn: 'Frivillig', en: 'Optional' },
  'evaluations.admin.questionnaire.question.options': {
    nb: 'Svaralternativer (2–12)',
    nn: 'Svaralternativ (2–12)',
    en: 'Options (2–12)',
  },
  'evaluations.admin.questionnaire.question.option': {
    nb: 'Alternativ {n}',
    nn: 'Alternativ {n}',
    en: 'Option {n}',
  },
  'evaluations.admin.questionnaire.question.addOption': {
    nb: 'Legg til alternativ i {name}',
    nn: 'Legg til alternativ i {name}',
    en: 'Add an option to {name}',
  },
  'evaluations.admin.questionnaire.question.scaleLow': {
    nb: 'Tekst ved 1 (lavest)',
    nn: 'Tekst ved 1 (lågast)',
    en: 'Label at 1 (lowest)',
  },
  'evaluations.admin.questionnaire.question.scaleHigh': {
    nb: 'Tekst ved 5 (høyest)',
    nn: 'Tekst ved 5 (høgast)',
    en: 'Label at 5 (highest)',
  },
  'evaluations.admin.questionnaire.question.scaleEnds': {
    nb: '1 = {low}, 5 = {high}',
    nn: '1 = {low}, 5 = {high}',
    en: '1 = {low}, 5 = {high}',
  },
  'evaluations.admin.questionnaire.moveUp': { nb: 'Flytt opp: {name}', nn: 'Flytt opp: {name}', en: 'Move up: {name}' },
  'evaluations.admin.questionnaire.moveDown': {
    nb: 'Flytt ned: {name}',
    nn: 'Flytt ned: {name}',
    en: 'Move down: {name}',
  },
  'evaluations.admin.questionnaire.remove': { nb: 'Fjern: {name}', nn: 'Fjern: {name}', en: 'Remove: {name}' },
  'evaluations.admin.questionnaire.optionOf': {
    nb: 'alternativ {n} i {name}',
    nn: 'alternativ {n} i {name}',
    en: 'option {n} of {name}',
  },
  // The breakdown question.
  'evaluations.admin.questionnaire.breakdown.title': {
    nb: 'Inndeling av rapporten',
    nn: 'Inndeling av rapporten',
    en: 'Splitting the report',
  },
  'evaluations.admin.questionnaire.breakdown.intro': {
    nb: 'Velg eventuelt ett spørsmål med ett valg (for eksempel aldersgruppe) som deler tabellene i rapporten opp etter svaret. Grupper med færre svar enn den minste gruppestørrelsen i planen blir skjult, så ingen kan kjennes igjen.',
    nn: 'Vel eventuelt eitt spørsmål med eitt val (til dømes aldersgruppe) som deler tabellane i rapporten opp etter svaret. Grupper med færre svar enn den minste gruppestorleiken i planen blir gøymde, så ingen kan kjennast att.',
    en: 'Optionally choose one single-choice question (an age group, say) that splits the report’s tables by its answer. Groups with fewer responses than the plan’s smallest group size are hidden, so no one can be recognised.',
  },
  'evaluations.admin.questionnaire.breakdown.legend': {
    nb: 'Del opp tabellene etter',
    nn: 'Del opp tabellane etter',
    en: 'Split the tables by',
  },
  'evaluations.admin.questionnaire.breakdown.none': {
    nb: 'Ingen inndeling',
    nn: 'Inga inndeling',
    en: 'No split',
  },
  'evaluations.admin.questionnaire.breakdown.noChoices': {
    nb: 'Skjemaet har ingen lagrede spørsmål med ett valg.',
    nn: 'Skjemaet har ingen lagra spørsmål med eitt val.',
    en: 'The questionnaire has no saved single-choice questions.',
  },
  'evaluations.admin.questionnaire.breakdown.save': {
    nb: 'Lagre inndelingen',
    nn: 'Lagre inndelinga',
    en: 'Save the split',
  },
  'evaluations.admin.questionnaire.breakdown.saved': {
    nb: 'Inndelingen er lagret.',
    nn: 'Inndelinga er lagra.',
    en: 'The split has been saved.',
  },
  // One-time links.
  'evaluations.admin.questionnaire.links.title': {
    nb: 'Lenker til dem som svarer',
    nn: 'Lenkjer til dei som svarar',
    en: 'Links for those who answer',
  },
  'evaluations.admin.questionnaire.links.intro': {
    nb: 'Hver lenke kan brukes én gang, av én person. Lag så mange du trenger, høyst 500 om gangen.',
    nn: 'Kvar lenkje kan brukast éin gong, av éin person. Lag så mange du treng, høgst 500 om gongen.',
    en: 'Each link can be used once, by one person. Make as many as you need, at most 500 at a time.',
  },
  'evaluations.admin.questionnaire.links.notOpen': {
    nb: 'Lenker kan lages når skjemaet er åpnet for svar.',
    nn: 'Lenkjer kan lagast når skjemaet er opna for svar.',
    en: 'Links can be made once the questionnaire is open for answers.',
  },
  'evaluations.admin.questionnaire.links.count': {
    nb: 'Antall lenker (1–500)',
    nn: 'Tal på lenkjer (1–500)',
    en: 'Number of links (1–500)',
  },
  'evaluations.admin.questionnaire.links.create': { nb: 'Lag lenker', nn: 'Lag lenkjer', en: 'Make links' },
  'evaluations.admin.questionnaire.links.made': {
    nb: '{n} nye lenker er laget.',
    nn: '{n} nye lenkjer er laga.',
    en: '{n} new links have been made.',
  },
  'evaluations.admin.questionnaire.links.warning': {
    nb: 'Lenkene vises bare nå. De lagres ikke noe sted der de kan hentes igjen, så last dem ned eller skriv dem ut før du går fra siden. Gi én lenke til hver person: en lenke kan bare brukes én gang.',
    nn: 'Lenkjene blir viste berre no. Dei blir ikkje lagra nokon stad der dei kan hentast att, så last dei ned eller skriv dei ut før du går frå sida. Gi éi lenkje til kvar person: ei lenkje kan berre brukast éin gong.',
    en: 'The links are shown only now. They are not stored anywhere they can be fetched again, so download or print them before you leave the page. Give one link to each person: a link can be used only once.',
  },
  'evaluations.admin.questionnaire.links.caption': {
    nb: 'De nye lenkene',
    nn: 'Dei nye lenkjene',
    en: 'The new links',
  },
  'evaluations.admin.questionnaire.links.col.n': { nb: 'Nr.', nn: 'Nr.', en: 'No.' },
  'evaluations.admin.questionnaire.links.col.link': { nb: 'Lenke', nn: 'Lenkje', en: 'Link' },
  'evaluations.admin.questionnaire.links.csv': {
    nb: 'Last ned som CSV',
    nn: 'Last ned som CSV',
    en: 'Download as CSV',
  },
  'evaluations.admin.questionnaire.links.csvFile': {
    nb: 'sporreskjema-lenker',
    nn: 'sporjeskjema-lenkjer',
    en: 'questionnaire-links',
  },
  'evaluations.admin.questionnaire.links.print': { nb: 'Skriv ut', nn: 'Skriv ut', en: 'Print' },
});
