import type { Rating } from '../../../meetings/evaluation-schemas.ts';
import { defineMessages, type Translations } from '../../define.ts';

/** Each rating has words as well as a number: the form never relies on the figure (or stars) alone. */
const ratings = {
  'meetings.evaluation.rating.1': { nb: '1 – Svært dårlig', nn: '1 – Svært dårleg', en: '1 – Very poor' },
  'meetings.evaluation.rating.2': { nb: '2 – Dårlig', nn: '2 – Dårleg', en: '2 – Poor' },
  'meetings.evaluation.rating.3': { nb: '3 – Middels', nn: '3 – Middels', en: '3 – Fair' },
  'meetings.evaluation.rating.4': { nb: '4 – Bra', nn: '4 – Bra', en: '4 – Good' },
  'meetings.evaluation.rating.5': { nb: '5 – Svært bra', nn: '5 – Svært bra', en: '5 – Very good' },
} satisfies Record<`meetings.evaluation.rating.${Rating}`, Translations>;

/** The evaluation after a meeting (docs/adr/0022): the rating words, the server's refusals and the e-mail. */
export const meetingsSharedEvaluation = defineMessages({
  ...ratings,
  'meetings.evaluation.error.cancelled': {
    nb: 'Et avlyst møte evalueres ikke.',
    nn: 'Eit avlyst møte blir ikkje evaluert.',
    en: 'A cancelled meeting is not evaluated.',
  },
  'meetings.evaluation.validation.closesBeforeEnd': {
    nb: 'Siste svardag må være etter møtet.',
    nn: 'Siste svardag må vere etter møtet.',
    en: 'The last day for answers must be after the meeting.',
  },
  'meetings.evaluation.error.alreadySent': {
    nb: 'Evalueringen er sendt ut, og spørsmålene kan ikke endres lenger.',
    nn: 'Evalueringa er send ut, og spørsmåla kan ikkje endrast lenger.',
    en: 'The evaluation has been sent, and its questions can no longer be changed.',
  },
  'meetings.evaluation.error.noQuestions': {
    nb: 'Evalueringen har ingen spørsmål ennå. Skriv dem først.',
    nn: 'Evalueringa har ingen spørsmål enno. Skriv dei først.',
    en: 'The evaluation has no questions yet. Write them first.',
  },
  'meetings.evaluation.error.notOver': {
    nb: 'Evalueringen kan sendes når møtet er over, og før siste svardag.',
    nn: 'Evalueringa kan sendast når møtet er over, og før siste svardag.',
    en: 'The evaluation can be sent once the meeting is over, and before the last day for answers.',
  },
  'meetings.evaluation.error.notParticipant': {
    nb: 'Bare de som hadde plass på møtet, kan svare på evalueringen.',
    nn: 'Berre dei som hadde plass på møtet, kan svare på evalueringa.',
    en: 'Only those who had a seat at the meeting can answer its evaluation.',
  },
  'meetings.evaluation.error.closed': {
    nb: 'Evalueringen er stengt, og tar ikke imot flere svar.',
    nn: 'Evalueringa er stengd, og tek ikkje imot fleire svar.',
    en: 'The evaluation is closed and takes no more answers.',
  },
  'meetings.evaluation.error.notOpen': {
    nb: 'Evalueringen er ikke åpnet ennå.',
    nn: 'Evalueringa er ikkje opna enno.',
    en: 'The evaluation is not open yet.',
  },
  'meetings.evaluation.error.formChanged': {
    nb: 'Skjemaet stemmer ikke med evalueringens spørsmål. Last inn siden på nytt og svar igjen.',
    nn: 'Skjemaet stemmer ikkje med spørsmåla i evalueringa. Last inn sida på nytt og svar igjen.',
    en: 'The form does not match the evaluation’s questions. Reload the page and answer again.',
  },
  'meetings.evaluation.error.alreadyAnswered': {
    nb: 'Du har allerede svart på denne evalueringen. Svaret ditt er tatt vare på, og ingenting ble endret.',
    nn: 'Du har alt svart på denne evalueringa. Svaret ditt er teke vare på, og ingenting vart endra.',
    en: 'You have already answered this evaluation. Your answer is kept, and nothing was changed.',
  },
  'meetings.mail.evaluation.subject': {
    nb: 'Hva syntes du om {title}?',
    nn: 'Kva synest du om {title}?',
    en: 'What did you think of {title}?',
  },
  'meetings.mail.evaluation.body': {
    nb: 'Takk for at du var med på «{title}», {when}.\n\nVi vil gjerne høre hva du syntes. Evalueringen er kort og anonym: svarene vises bare samlet, og aldri før minst fem har svart.\n\nSvar her: {link}',
    nn: 'Takk for at du var med på «{title}», {when}.\n\nVi vil gjerne høyre kva du synest. Evalueringa er kort og anonym: svara blir berre viste samla, og aldri før minst fem har svart.\n\nSvar her: {link}',
    en: 'Thank you for taking part in “{title}”, {when}.\n\nWe would like to hear what you thought. The evaluation is short and anonymous: answers are only shown as totals, and never before at least five have answered.\n\nAnswer here: {link}',
  },
});
