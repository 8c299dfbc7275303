import type { EvaluationResponseKind, FollowUpStatus } from '../../../evaluations/follow-up.ts';
import { defineMessages, type Translations } from '../../define.ts';

const responses = {
  'evaluations.followUp.response.agreed': { nb: 'Enig', nn: 'Einig', en: 'Agreed' },
  'evaluations.followUp.response.partly': { nb: 'Delvis enig', nn: 'Delvis einig', en: 'Partly agreed' },
  'evaluations.followUp.response.not_agreed': { nb: 'Ikke enig', nn: 'Ikkje einig', en: 'Not agreed' },
} satisfies Record<`evaluations.followUp.response.${EvaluationResponseKind}`, Translations>;

const statuses = {
  'evaluations.followUp.status.done': { nb: 'Gjennomført', nn: 'Gjennomført', en: 'Done' },
  'evaluations.followUp.status.in_progress': { nb: 'I gang', nn: 'I gang', en: 'In progress' },
  'evaluations.followUp.status.not_started': { nb: 'Ikke startet', nn: 'Ikkje starta', en: 'Not started' },
} satisfies Record<`evaluations.followUp.status.${FollowUpStatus}`, Translations>;

/** The follow-up of the recommendations (docs/adr/0025): labels both apps show, and the request e-mail. */
export const evaluationsSharedFollowUp = defineMessages({
  ...responses,
  ...statuses,
  'evaluations.followUp.noResponse': {
    nb: 'Tjenesten har ikke svart ennå.',
    nn: 'Tenesta har ikkje svart enno.',
    en: 'The service has not responded yet.',
  },
  'evaluations.followUp.alreadyRequested': {
    nb: 'Tjenesten er allerede bedt om status for denne runden.',
    nn: 'Tenesta er allereie beden om status for denne runden.',
    en: 'The service has already been asked for a status for this round.',
  },
  'evaluations.followUp.noStatus': { nb: 'Ingen status ennå', nn: 'Ingen status enno', en: 'No status yet' },
  'evaluations.followUp.round': {
    nb: 'Etter {months} måneder',
    nn: 'Etter {months} månader',
    en: 'After {months} months',
  },
  'evaluations.followUp.mail.request.subject': {
    nb: 'Status for anbefalingene: «{title}»',
    nn: 'Status for tilrådingane: «{title}»',
    en: 'Status of the recommendations: “{title}”',
  },
  'evaluations.followUp.mail.request.body': {
    nb: 'Det er nå {months} måneder siden rapporten «{title}» ble publisert. Vi ber tjenesten om å gi status for hver anbefaling: gjennomført, i gang eller ikke startet, gjerne med en kommentar.\n\nStatusen blir vist på den offentlige rapportsiden.\n\nGi status her: {link}',
    nn: 'Det er no {months} månader sidan rapporten «{title}» vart publisert. Vi ber tenesta om å gi status for kvar tilråding: gjennomført, i gang eller ikkje starta, gjerne med ein kommentar.\n\nStatusen blir vist på den offentlege rapportsida.\n\nGi status her: {link}',
    en: 'It is now {months} months since the report “{title}” was published. We ask the service to give a status for each recommendation: done, in progress or not started, preferably with a comment.\n\nThe status is shown on the public report page.\n\nGive the status here: {link}',
  },
});
