import type { QuoteCheck } from '../../../evaluations/quotes.ts';
import { defineMessages, type Translations } from '../../define.ts';

const checks = {
  'evaluations.analysis.check.clear': {
    nb: 'Sjekket: ingenting som kan peke ut en person',
    nn: 'Sjekka: ingenting som kan peike ut ein person',
    en: 'Checked: nothing that could point to a person',
  },
  'evaluations.analysis.check.flagged': {
    nb: 'Kan peke ut en person: blir i teamet til det er skrevet om eller overstyrt',
    nn: 'Kan peike ut ein person: blir i teamet til det er skrive om eller overstyrt',
    en: 'Could point to a person: stays in the team until reworded or overridden',
  },
  'evaluations.analysis.check.overridden': {
    nb: 'Overstyrt av evalueringslederen',
    nn: 'Overstyrt av evalueringsleiaren',
    en: 'Overridden by the evaluation lead',
  },
} satisfies Record<`evaluations.analysis.check.${QuoteCheck}`, Translations>;

/**
 * The analysis and the dialogue (docs/adr/0025): the quote check's words, the server's refusals
 * and the e-mail to the service contacts when the preliminary findings are shared.
 */
export const evaluationsSharedAnalysis = defineMessages({
  ...checks,
  'evaluations.analysis.error.overrideNotNeeded': {
    nb: 'Bare et sitat som er flagget kan overstyres.',
    nn: 'Berre eit sitat som er flagga kan overstyrast.',
    en: 'Only a flagged quote can be overridden.',
  },
  'evaluations.analysis.error.dialogueExists': {
    nb: 'Evalueringen har allerede et dialogmøte.',
    nn: 'Evalueringa har allereie eit dialogmøte.',
    en: 'The evaluation already has a dialogue meeting.',
  },
  'evaluations.analysis.error.noService': {
    nb: 'Registrer tjenesten som evalueres før funnene deles.',
    nn: 'Registrer tenesta som blir evaluert før funna blir delte.',
    en: 'Record the service evaluated before sharing the findings.',
  },
  'evaluations.analysis.dialogueTitle': {
    nb: 'Dialogmøte: {title}',
    nn: 'Dialogmøte: {title}',
    en: 'Dialogue meeting: {title}',
  },
  'evaluations.mail.findingsShared.subject': {
    nb: 'Foreløpige funn fra brukerevalueringen «{title}»',
    nn: 'Førebelse funn frå brukarevalueringa «{title}»',
    en: 'Preliminary findings from the user evaluation “{title}”',
  },
  'evaluations.mail.findingsShared.body': {
    nb: 'Evalueringsteamet har delt foreløpige funn fra «{title}» med dere som kontaktpersoner for tjenesten.\n\nLes dem når du er logget inn: {link}\n\nFunnene drøftes i dialogmøtet før rapporten skrives.',
    nn: 'Evalueringsteamet har delt førebelse funn frå «{title}» med dykk som kontaktpersonar for tenesta.\n\nLes dei når du er logga inn: {link}\n\nFunna blir drøfta i dialogmøtet før rapporten blir skriven.',
    en: 'The evaluation team has shared preliminary findings from “{title}” with you as the service’s contacts.\n\nRead them when signed in: {link}\n\nThe findings are discussed at the dialogue meeting before the report is written.',
  },
});
