import { defineMessages } from '../../define.ts';

/** The web questionnaire opened through its one-time link, and the team's paper entry (docs/adr/0025). */
export const evaluationsWebQuestionnaire = defineMessages({
  'evaluations.web.questionnaire.linkInvalid': {
    nb: 'Denne lenken er allerede brukt, eller den gjelder ikke. Spør den som ga deg lenken om en ny.',
    nn: 'Denne lenka er alt brukt, eller ho gjeld ikkje. Spør den som gav deg lenka, om ei ny.',
    en: 'This link has already been used or is not valid. Ask whoever gave you the link for a new one.',
  },
  'evaluations.web.questionnaire.alreadyUsed': {
    nb: 'Svarene fra denne lenken er allerede sendt. En lenke kan bare brukes én gang.',
    nn: 'Svara frå denne lenka er alt sende. Ei lenke kan berre brukast éin gong.',
    en: 'The answers from this link have already been sent. A link can be used only once.',
  },
  'evaluations.web.questionnaire.pageTitle': { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaire' },
  'evaluations.web.questionnaire.noLink': {
    nb: 'Denne siden åpnes fra lenken du har fått på papir eller i en melding. Lenken mangler her.',
    nn: 'Denne sida blir opna frå lenka du har fått på papir eller i ei melding. Lenka manglar her.',
    en: 'This page opens from the link you were given on paper or in a message. The link is missing here.',
  },
  'evaluations.web.questionnaire.privacy': {
    nb: 'Svarene lagres uten navn, og vi tar bare vare på hvilken dag de kom inn.',
    nn: 'Svara blir lagra utan namn, og vi tek berre vare på kva dag dei kom inn.',
    en: 'Your answers are stored without your name, and we keep only the day they came in.',
  },
  'evaluations.web.questionnaire.required': { nb: '(må besvares)', nn: '(må svarast på)', en: '(required)' },
  'evaluations.web.questionnaire.chooseMany': {
    nb: 'Du kan velge flere.',
    nn: 'Du kan velje fleire.',
    en: 'You can choose more than one.',
  },
  'evaluations.web.questionnaire.scaleEnd': { nb: '{n} – {label}', nn: '{n} – {label}', en: '{n} – {label}' },
  'evaluations.web.questionnaire.textHint': {
    nb: 'Høyst 4000 tegn. Ikke skriv navn på deg selv eller andre.',
    nn: 'Høgst 4000 teikn. Ikkje skriv namn på deg sjølv eller andre.',
    en: 'At most 4,000 characters. Do not write your own or anyone else’s name.',
  },
  'evaluations.web.questionnaire.submit': { nb: 'Send svarene', nn: 'Send svara', en: 'Send the answers' },
  'evaluations.web.questionnaire.thanksTitle': {
    nb: 'Takk for svarene dine!',
    nn: 'Takk for svara dine!',
    en: 'Thank you for your answers!',
  },
  'evaluations.web.questionnaire.thanksBody': {
    nb: 'Svarene er sendt. Lenken kan ikke brukes igjen, og du kan nå lukke siden.',
    nn: 'Svara er sende. Lenka kan ikkje brukast igjen, og du kan no lukke sida.',
    en: 'Your answers have been sent. The link cannot be used again, and you can now close the page.',
  },
  'evaluations.web.paper.title': { nb: 'Legg inn papirskjema', nn: 'Legg inn papirskjema', en: 'Enter paper forms' },
  'evaluations.web.paper.intro': {
    nb: 'Skriv inn svarene fra ett utfylt papirskjema om gangen, akkurat slik de står. Skjemaet lagres uten navn.',
    nn: 'Skriv inn svara frå eitt utfylt papirskjema om gongen, akkurat slik dei står. Skjemaet blir lagra utan namn.',
    en: 'Enter the answers from one completed paper form at a time, exactly as written. The form is stored without a name.',
  },
  'evaluations.web.paper.choose': { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaire' },
  'evaluations.web.paper.none': {
    nb: 'Ingen spørreskjema er åpne for svar nå.',
    nn: 'Ingen spørjeskjema er opne for svar no.',
    en: 'No questionnaire is open for answers now.',
  },
  'evaluations.web.paper.saveNext': {
    nb: 'Lagre og skriv inn neste',
    nn: 'Lagre og skriv inn neste',
    en: 'Save and enter the next',
  },
  'evaluations.web.paper.saved': {
    nb: 'Lagret. Du har lagt inn {n} skjema her nå.',
    nn: 'Lagra. Du har lagt inn {n} skjema her no.',
    en: 'Saved. You have entered {n} forms here now.',
  },
  'evaluations.web.paper.back': {
    nb: 'Tilbake til teamets arbeidsrom',
    nn: 'Tilbake til arbeidsrommet til teamet',
    en: 'Back to the team’s workspace',
  },
});
