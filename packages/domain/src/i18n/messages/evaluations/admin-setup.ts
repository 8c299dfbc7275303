import type { EvaluationMethod } from '../../../evaluations/setup-schemas.ts';
import { defineMessages, type Translations } from '../../define.ts';

const methods = {
  'evaluations.admin.setup.method.group_interviews': {
    nb: 'Gruppeintervjuer',
    nn: 'Gruppeintervju',
    en: 'Group interviews',
  },
  'evaluations.admin.setup.method.individual_interviews': {
    nb: 'Individuelle intervjuer',
    nn: 'Individuelle intervju',
    en: 'Individual interviews',
  },
  'evaluations.admin.setup.method.questionnaire': { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaire' },
} satisfies Record<`evaluations.admin.setup.method.${EvaluationMethod}`, Translations>;

/** Setting an evaluation up in the admin app (docs/adr/0025): refusals, the overview and its parts' navigation. */
export const evaluationsAdminSetup = defineMessages({
  ...methods,
  // Refusals and validation (the server translates them).
  'evaluations.admin.setup.validation.endBeforeStart': {
    nb: 'Sluttdatoen kan ikke være før startdatoen.',
    nn: 'Sluttdatoen kan ikkje vere før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  'evaluations.admin.setup.validation.count': {
    nb: 'Skriv et helt tall, 0 eller mer.',
    nn: 'Skriv eit heilt tal, 0 eller meir.',
    en: 'Enter a whole number, 0 or more.',
  },
  'evaluations.admin.setup.validation.countTooLarge': {
    nb: 'Tallet er for stort (høyst 10 000).',
    nn: 'Talet er for stort (høgst 10 000).',
    en: 'The number is too large (at most 10,000).',
  },
  'evaluations.admin.setup.validation.retention': {
    nb: 'Lagringstiden må være et helt antall måneder fra 1 til 60.',
    nn: 'Lagringstida må vere eit heilt tal månader frå 1 til 60.',
    en: 'The retention period must be a whole number of months from 1 to 60.',
  },
  'evaluations.admin.setup.validation.minGroupSize': {
    nb: 'Minste gruppestørrelse må være et helt tall fra 5 til 50. Den kan aldri være under 5.',
    nn: 'Minste gruppestorleik må vere eit heilt tal frå 5 til 50. Han kan aldri vere under 5.',
    en: 'The smallest group size must be a whole number from 5 to 50. It can never be below 5.',
  },
  'evaluations.admin.setup.error.noSuchNetwork': {
    nb: 'Nettverket finnes ikke.',
    nn: 'Nettverket finst ikkje.',
    en: 'The network does not exist.',
  },
  'evaluations.admin.setup.error.notYourNetwork': {
    nb: 'Du kan bare starte evalueringer i nettverk du koordinerer.',
    nn: 'Du kan berre starte evalueringar i nettverk du koordinerer.',
    en: 'You can only start evaluations in networks you coordinate.',
  },
  'evaluations.admin.setup.error.noSuchOrganisation': {
    nb: 'Organisasjonen finnes ikke i katalogen.',
    nn: 'Organisasjonen finst ikkje i katalogen.',
    en: 'The organisation is not in the directory.',
  },
  'evaluations.admin.setup.error.unknownEmail': {
    nb: 'Ingen konto har denne e-postadressen. Personen må registrere seg først.',
    nn: 'Ingen konto har denne e-postadressa. Personen må registrere seg først.',
    en: 'No account has this e-mail address. The person must sign up first.',
  },
  'evaluations.admin.setup.error.alreadyOnTeam': {
    nb: 'Personen er allerede med i teamet.',
    nn: 'Personen er alt med i teamet.',
    en: 'The person is already on the team.',
  },
  'evaluations.admin.setup.error.leadIsOnTeam': {
    nb: 'Lederen er med i teamet uten å legges til.',
    nn: 'Leiaren er med i teamet utan å bli lagd til.',
    en: 'The lead is on the team without being added.',
  },
  'evaluations.admin.setup.error.notOnTeam': {
    nb: 'Personen er ikke med i teamet.',
    nn: 'Personen er ikkje med i teamet.',
    en: 'The person is not on the team.',
  },
  'evaluations.admin.setup.error.newLeadNotCoordinator': {
    nb: 'Ny leder må være koordinator i nettverket som gjennomfører evalueringen.',
    nn: 'Ny leiar må vere koordinator i nettverket som gjennomfører evalueringa.',
    en: 'The new lead must be a coordinator of the network running the evaluation.',
  },
  'evaluations.admin.setup.error.leadOnly': {
    nb: 'Bare lederen selv eller en administrator kan gi ledelsen videre.',
    nn: 'Berre leiaren sjølv eller ein administrator kan gi leiinga vidare.',
    en: 'Only the lead or an administrator can hand the lead over.',
  },
  'evaluations.admin.setup.error.tooManyFiles': {
    nb: 'Avtalen kan ha høyst {max} filer. Slett en før du laster opp en ny.',
    nn: 'Avtalen kan ha høgst {max} filer. Slett ei før du lastar opp ei ny.',
    en: 'The agreement can have at most {max} files. Delete one before uploading another.',
  },
});
