import { defineMessages } from '../../define.ts';

/** The coordinators' evaluation pages: the questions, sending, and the totals (docs/adr/0022). */
export const meetingsAdminEvaluation = defineMessages({
  'meetings.admin.evaluation.link': { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
  'meetings.admin.evaluation.heading': {
    nb: 'Evaluering: {title}',
    nn: 'Evaluering: {title}',
    en: 'Evaluation: {title}',
  },
  'meetings.admin.evaluation.back': { nb: 'Tilbake til møtet', nn: 'Tilbake til møtet', en: 'Back to the meeting' },
  'meetings.admin.evaluation.intro': {
    nb: 'Etter møtet får alle med bekreftet plass et kort skjema: ett spørsmål de svarer på fra 1 til 5, og inntil fem spørsmål med fritekst. Svarene er anonyme og vises bare samlet, når minst fem har svart.',
    nn: 'Etter møtet får alle med stadfesta plass eit kort skjema: eitt spørsmål dei svarer på frå 1 til 5, og inntil fem spørsmål med fritekst. Svara er anonyme og blir berre viste samla, når minst fem har svart.',
    en: 'After the meeting, everyone with a confirmed seat gets a short form: one question answered from 1 to 5, and up to five free-text questions. Answers are anonymous and only shown as totals, once at least five have answered.',
  },
  'meetings.admin.evaluation.questionsHeading': { nb: 'Spørsmål', nn: 'Spørsmål', en: 'Questions' },
  'meetings.admin.evaluation.ratingQuestion': {
    nb: 'Spørsmål med svar fra 1 til 5',
    nn: 'Spørsmål med svar frå 1 til 5',
    en: 'Question answered from 1 to 5',
  },
  'meetings.admin.evaluation.ratingQuestionDefault': {
    nb: 'Hvor nyttig var samlingen for deg?',
    nn: 'Kor nyttig var samlinga for deg?',
    en: 'How useful was the meeting for you?',
  },
  'meetings.admin.evaluation.textQuestions': {
    nb: 'Spørsmål med fritekst (inntil fem)',
    nn: 'Spørsmål med fritekst (inntil fem)',
    en: 'Free-text questions (up to five)',
  },
  'meetings.admin.evaluation.textQuestion': {
    nb: 'Fritekstspørsmål {n}',
    nn: 'Fritekstspørsmål {n}',
    en: 'Free-text question {n}',
  },
  'meetings.admin.evaluation.addText': {
    nb: 'Legg til fritekstspørsmål',
    nn: 'Legg til fritekstspørsmål',
    en: 'Add a free-text question',
  },
  'meetings.admin.evaluation.removeText': {
    nb: 'Fjern fritekstspørsmål {n}',
    nn: 'Fjern fritekstspørsmål {n}',
    en: 'Remove free-text question {n}',
  },
  'meetings.admin.evaluation.closesOn': { nb: 'Siste svardag', nn: 'Siste svardag', en: 'Last day for answers' },
  'meetings.admin.evaluation.save': { nb: 'Lagre spørsmålene', nn: 'Lagre spørsmåla', en: 'Save the questions' },
  'meetings.admin.evaluation.saved': {
    nb: 'Spørsmålene er lagret.',
    nn: 'Spørsmåla er lagra.',
    en: 'The questions have been saved.',
  },
  'meetings.admin.evaluation.sentNote': {
    nb: 'Evalueringen ble sendt {date}. Spørsmålene kan ikke endres lenger.',
    nn: 'Evalueringa vart send {date}. Spørsmåla kan ikkje endrast lenger.',
    en: 'The evaluation was sent on {date}. Its questions can no longer be changed.',
  },
  'meetings.admin.evaluation.sendHeading': { nb: 'Send ut', nn: 'Send ut', en: 'Send' },
  'meetings.admin.evaluation.send': { nb: 'Send evalueringen', nn: 'Send evalueringa', en: 'Send the evaluation' },
  'meetings.admin.evaluation.sendText': {
    nb: 'Alle med bekreftet plass ({count}) får en e-post med lenke til skjemaet. Det kan bare gjøres én gang, og spørsmålene kan ikke endres etterpå.',
    nn: 'Alle med stadfesta plass ({count}) får ein e-post med lenkje til skjemaet. Det kan berre gjerast éin gong, og spørsmåla kan ikkje endrast etterpå.',
    en: 'Everyone with a confirmed seat ({count}) gets an e-mail with a link to the form. This can only be done once, and the questions cannot be changed afterwards.',
  },
  'meetings.admin.evaluation.sendNotYet': {
    nb: 'Evalueringen kan sendes når spørsmålene er lagret og møtet er over.',
    nn: 'Evalueringa kan sendast når spørsmåla er lagra og møtet er over.',
    en: 'The evaluation can be sent once the questions are saved and the meeting is over.',
  },
  'meetings.admin.evaluation.sendDone': {
    nb: 'Evalueringen er sendt til {count} deltakere.',
    nn: 'Evalueringa er send til {count} deltakarar.',
    en: 'The evaluation has been sent to {count} participants.',
  },
  'meetings.admin.evaluation.sendAlready': {
    nb: 'Evalueringen var allerede sendt. Ingen fikk den to ganger.',
    nn: 'Evalueringa var alt send. Ingen fekk ho to gonger.',
    en: 'The evaluation had already been sent. Nobody got it twice.',
  },
  'meetings.admin.evaluation.answered': {
    nb: '{answered} av {participants} har svart.',
    nn: '{answered} av {participants} har svart.',
    en: '{answered} of {participants} have answered.',
  },
  'meetings.admin.evaluation.resultsLink': { nb: 'Se resultatene', nn: 'Sjå resultata', en: 'See the results' },
  'meetings.admin.evaluation.results.heading': {
    nb: 'Resultater: {title}',
    nn: 'Resultat: {title}',
    en: 'Results: {title}',
  },
  'meetings.admin.evaluation.results.back': {
    nb: 'Tilbake til evalueringen',
    nn: 'Tilbake til evalueringa',
    en: 'Back to the evaluation',
  },
  'meetings.admin.evaluation.results.notEnough': {
    nb: 'Ikke nok svar ennå til å vise resultater ({count} av {min}).',
    nn: 'Ikkje nok svar enno til å vise resultat ({count} av {min}).',
    en: 'Not enough answers yet to show results ({count} of {min}).',
  },
  'meetings.admin.evaluation.results.summary': {
    nb: '{count} har svart. Gjennomsnittet er {mean} av 5.',
    nn: '{count} har svart. Gjennomsnittet er {mean} av 5.',
    en: '{count} have answered. The mean is {mean} out of 5.',
  },
  'meetings.admin.evaluation.results.answer': { nb: 'Svar', nn: 'Svar', en: 'Answer' },
  'meetings.admin.evaluation.results.count': { nb: 'Antall', nn: 'Tal', en: 'Number' },
  'meetings.admin.evaluation.results.share': { nb: 'Andel', nn: 'Del', en: 'Share' },
  'meetings.admin.evaluation.results.textsNote': {
    nb: 'Fritekstsvarene vises i tilfeldig rekkefølge, uten navn og dato.',
    nn: 'Fritekstsvara blir viste i tilfeldig rekkjefølgje, utan namn og dato.',
    en: 'The free-text answers are shown in a random order, without names or dates.',
  },
  'meetings.admin.evaluation.results.tooFewTexts': {
    nb: 'Færre enn fem har svart på dette spørsmålet, så svarene vises ikke.',
    nn: 'Færre enn fem har svart på dette spørsmålet, så svara blir ikkje viste.',
    en: 'Fewer than five answered this question, so the answers are not shown.',
  },
});
