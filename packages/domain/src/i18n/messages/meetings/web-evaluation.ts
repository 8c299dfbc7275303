import { defineMessages } from '../../define.ts';

/** The evaluation form after a meeting, in the web app (docs/adr/0022). */
export const meetingsWebEvaluation = defineMessages({
  'meetings.web.evaluation.title': {
    nb: 'Evaluering: {title}',
    nn: 'Evaluering: {title}',
    en: 'Evaluation: {title}',
  },
  'meetings.web.evaluation.back': { nb: 'Tilbake til møtet', nn: 'Tilbake til møtet', en: 'Back to the meeting' },
  'meetings.web.evaluation.intro': {
    nb: 'Svaret ditt er anonymt. Vi lagrer at du har svart, men ikke hvilket svar som er ditt. Svarene vises bare samlet, og aldri før minst fem har svart.',
    nn: 'Svaret ditt er anonymt. Vi lagrar at du har svart, men ikkje kva svar som er ditt. Svara blir berre viste samla, og aldri før minst fem har svart.',
    en: 'Your answer is anonymous. We keep a note that you have answered, but not which answer is yours. Answers are only shown as totals, and never before at least five have answered.',
  },
  'meetings.web.evaluation.closesOn': {
    nb: 'Du kan svare til og med {date}.',
    nn: 'Du kan svare til og med {date}.',
    en: 'You can answer until the end of {date}.',
  },
  'meetings.web.evaluation.optional': {
    nb: 'Valgfritt. Ikke skriv navn eller noe som kan kjenne igjen deg eller andre.',
    nn: 'Valfritt. Ikkje skriv namn eller noko som kan kjenne att deg eller andre.',
    en: 'Optional. Do not write names or anything that could identify you or others.',
  },
  'meetings.web.evaluation.submit': { nb: 'Send svaret', nn: 'Send svaret', en: 'Send your answer' },
  'meetings.web.evaluation.thanks': {
    nb: 'Takk for svaret ditt! Det er lagret.',
    nn: 'Takk for svaret ditt! Det er lagra.',
    en: 'Thank you for your answer! It has been saved.',
  },
  'meetings.web.evaluation.answered': {
    nb: 'Du har svart på denne evalueringen. Takk!',
    nn: 'Du har svart på denne evalueringa. Takk!',
    en: 'You have answered this evaluation. Thank you!',
  },
  'meetings.web.evaluation.notOpen': {
    nb: 'Evalueringen er ikke åpnet ennå. Du får en e-post når den er klar.',
    nn: 'Evalueringa er ikkje opna enno. Du får ein e-post når ho er klar.',
    en: 'The evaluation is not open yet. You will get an e-mail when it is.',
  },
  'meetings.web.evaluation.linkHeading': { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
  'meetings.web.evaluation.linkText': {
    nb: 'Si hva du syntes om møtet',
    nn: 'Sei kva du synest om møtet',
    en: 'Tell us what you thought of the meeting',
  },
});
