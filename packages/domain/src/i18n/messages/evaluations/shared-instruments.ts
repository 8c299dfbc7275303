import type { EvaluationQuestionKind } from '../../../evaluations/instruments.ts';
import { defineMessages, type Translations } from '../../define.ts';

const kinds = {
  'evaluations.questionnaire.kind.single': { nb: 'Ett valg', nn: 'Eitt val', en: 'Single choice' },
  'evaluations.questionnaire.kind.multiple': { nb: 'Flere valg', nn: 'Fleire val', en: 'Multiple choice' },
  'evaluations.questionnaire.kind.scale': { nb: 'Skala 1–5', nn: 'Skala 1–5', en: 'Scale 1–5' },
  'evaluations.questionnaire.kind.text': { nb: 'Fritekst', nn: 'Fritekst', en: 'Free text' },
} satisfies Record<`evaluations.questionnaire.kind.${EvaluationQuestionKind}`, Translations>;

/** The interview guide and the questionnaires (docs/adr/0025): what the server says and both apps show. */
export const evaluationsSharedInstruments = defineMessages({
  ...kinds,
  'evaluations.questionnaire.status.draft': { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  'evaluations.questionnaire.status.open': { nb: 'Åpent for svar', nn: 'Ope for svar', en: 'Open for answers' },
  'evaluations.questionnaire.status.closed': { nb: 'Lukket', nn: 'Lukka', en: 'Closed' },
  'evaluations.guide.duplicateKey': {
    nb: 'To temaer eller spørsmål i guiden har samme nøkkel. Hver nøkkel kan bare brukes én gang.',
    nn: 'To tema eller spørsmål i guiden har same nøkkel. Kvar nøkkel kan berre brukast éin gong.',
    en: 'Two themes or questions in the guide have the same key. Each key can be used only once.',
  },
  'evaluations.questionnaire.optionCount': {
    nb: 'Et spørsmål med valg trenger fra 2 til 12 svaralternativer.',
    nn: 'Eit spørsmål med val treng frå 2 til 12 svaralternativ.',
    en: 'A choice question needs from 2 to 12 options.',
  },
  'evaluations.questionnaire.scaleLabels': {
    nb: 'En skala trenger en tekst for hver ende (1 og 5).',
    nn: 'Ein skala treng ein tekst for kvar ende (1 og 5).',
    en: 'A scale needs a label for each end (1 and 5).',
  },
  'evaluations.questionnaire.closed': {
    nb: 'Spørreskjemaet er lukket og kan ikke endres.',
    nn: 'Spørjeskjemaet er lukka og kan ikkje endrast.',
    en: 'The questionnaire is closed and cannot be changed.',
  },
  'evaluations.questionnaire.notDraft': {
    nb: 'Spørsmålene kan bare endres mens skjemaet er et utkast.',
    nn: 'Spørsmåla kan berre endrast medan skjemaet er eit utkast.',
    en: 'The questions can be changed only while the questionnaire is a draft.',
  },
  'evaluations.questionnaire.notOpen': {
    nb: 'Spørreskjemaet er ikke åpent for svar.',
    nn: 'Spørjeskjemaet er ikkje ope for svar.',
    en: 'The questionnaire is not open for answers.',
  },
  'evaluations.questionnaire.noQuestions': {
    nb: 'Legg til minst ett spørsmål før skjemaet åpnes.',
    nn: 'Legg til minst eitt spørsmål før skjemaet blir opna.',
    en: 'Add at least one question before opening the questionnaire.',
  },
  'evaluations.questionnaire.breakdownSingle': {
    nb: 'Bare et spørsmål med ett valg kan dele opp tabellene.',
    nn: 'Berre eit spørsmål med eitt val kan dele opp tabellane.',
    en: 'Only a single-choice question can split the tables.',
  },
  'evaluations.answers.invalid': {
    nb: 'Noen svar må rettes før skjemaet kan sendes.',
    nn: 'Nokre svar må rettast før skjemaet kan sendast.',
    en: 'Some answers need correcting before the form can be sent.',
  },
  'evaluations.answers.required': {
    nb: 'Dette spørsmålet må besvares.',
    nn: 'Dette spørsmålet må svarast på.',
    en: 'This question must be answered.',
  },
  'evaluations.answers.oneChoice': {
    nb: 'Velg bare ett svar.',
    nn: 'Vel berre eitt svar.',
    en: 'Choose only one answer.',
  },
  'evaluations.answers.scale': {
    nb: 'Velg et tall fra 1 til 5.',
    nn: 'Vel eit tal frå 1 til 5.',
    en: 'Choose a number from 1 to 5.',
  },
  'evaluations.answers.tooLong': {
    nb: 'Svaret kan være høyst 4000 tegn.',
    nn: 'Svaret kan vere høgst 4000 teikn.',
    en: 'The answer can be at most 4,000 characters.',
  },
});
