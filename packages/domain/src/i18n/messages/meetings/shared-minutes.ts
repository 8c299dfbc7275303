import type { ActionPointStatus } from '../../../meetings/action-points.ts';
import type { MinutesVisibility } from '../../../meetings/minutes.ts';
import { defineMessages, type Translations } from '../../define.ts';

/** Minutes and action points, in both apps and the e-mails (docs/adr/0020). */
type LabelKey =
  `meetings.minutes.visibility.${MinutesVisibility}` | `meetings.actionPoints.status.${ActionPointStatus}`;

const labels = {
  'meetings.minutes.visibility.participants': {
    nb: 'Deltakerne på møtet',
    nn: 'Deltakarane på møtet',
    en: 'The meeting’s participants',
  },
  'meetings.minutes.visibility.network': {
    nb: 'Alle i nettverkets medlemsorganisasjoner',
    nn: 'Alle i medlemsorganisasjonane til nettverket',
    en: 'Everyone in the network’s member organisations',
  },
  'meetings.minutes.visibility.public': { nb: 'Alle (offentlig)', nn: 'Alle (offentleg)', en: 'Everyone (public)' },
  'meetings.actionPoints.status.open': { nb: 'Ikke startet', nn: 'Ikkje starta', en: 'Not started' },
  'meetings.actionPoints.status.in_progress': { nb: 'Pågår', nn: 'Pågår', en: 'In progress' },
  'meetings.actionPoints.status.done': { nb: 'Fullført', nn: 'Fullført', en: 'Done' },
  'meetings.actionPoints.status.dropped': { nb: 'Lagt bort', nn: 'Lagt bort', en: 'Dropped' },
} satisfies Record<LabelKey, Translations>;

export const meetingsSharedMinutes = defineMessages({
  ...labels,
  'meetings.minutes.heading': { nb: 'Referat', nn: 'Referat', en: 'Minutes' },
  'meetings.minutes.attachments': { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachments' },
  'meetings.actionPoints.heading': { nb: 'Oppfølgingspunkter', nn: 'Oppfølgingspunkt', en: 'Action points' },
  'meetings.actionPoints.what': { nb: 'Hva', nn: 'Kva', en: 'What' },
  'meetings.actionPoints.organisations': { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Responsible' },
  'meetings.actionPoints.dueDate': { nb: 'Frist', nn: 'Frist', en: 'Due' },
  'meetings.actionPoints.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'meetings.actionPoints.comment': { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
  'meetings.actionPoints.none': {
    nb: 'Ingen oppfølgingspunkter.',
    nn: 'Ingen oppfølgingspunkt.',
    en: 'No action points.',
  },
  'meetings.actionPoints.error.commentRequired': {
    nb: 'Skriv en kommentar når du lukker et oppfølgingspunkt: hva ble gjort, eller hvorfor det legges bort.',
    nn: 'Skriv ein kommentar når du lukkar eit oppfølgingspunkt: kva vart gjort, eller kvifor det vert lagt bort.',
    en: 'Write a comment when you close an action point: what was done, or why it is dropped.',
  },
  'meetings.actionPoints.error.noOrganisation': {
    nb: 'Velg minst én ansvarlig organisasjon.',
    nn: 'Vel minst éin ansvarleg organisasjon.',
    en: 'Choose at least one responsible organisation.',
  },
  'meetings.actionPoints.error.notInNetwork': {
    nb: 'Ansvarlige organisasjoner må være medlemmer av nettverket.',
    nn: 'Ansvarlege organisasjonar må vere medlemmer av nettverket.',
    en: 'Responsible organisations must be members of the network.',
  },
  'meetings.actionPoints.error.tooMany': {
    nb: 'Et møte kan ha høyst {max} oppfølgingspunkter.',
    nn: 'Eit møte kan ha høgst {max} oppfølgingspunkt.',
    en: 'A meeting can have at most {max} action points.',
  },
  'meetings.actionPoints.error.notPublished': {
    nb: 'Referatet er ikke publisert ennå.',
    nn: 'Referatet er ikkje publisert enno.',
    en: 'The minutes are not published yet.',
  },
  'meetings.minutes.error.tooManyAttachments': {
    nb: 'Et referat kan ha høyst {max} vedlegg.',
    nn: 'Eit referat kan ha høgst {max} vedlegg.',
    en: 'Minutes can have at most {max} attachments.',
  },
  'meetings.minutes.error.empty': {
    nb: 'Skriv referatet før du publiserer det.',
    nn: 'Skriv referatet før du publiserer det.',
    en: 'Write the minutes before you publish them.',
  },
  'meetings.minutes.error.draftMeeting': {
    nb: 'Møtet er ikke publisert, så det kan ikke ha referat ennå.',
    nn: 'Møtet er ikkje publisert, så det kan ikkje ha referat enno.',
    en: 'The meeting is not published, so it cannot have minutes yet.',
  },
  'meetings.mail.minutes.subject': {
    nb: 'Referat: {title}',
    nn: 'Referat: {title}',
    en: 'Minutes: {title}',
  },
  'meetings.mail.minutes.body': {
    nb: 'Referatet fra «{title}», {when}, er publisert.\n\nLes det her: {link}',
    nn: 'Referatet frå «{title}», {when}, er publisert.\n\nLes det her: {link}',
    en: 'The minutes of “{title}”, {when}, are published.\n\nRead them here: {link}',
  },
  'meetings.mail.actionPoint.subject': {
    nb: 'Oppfølgingspunkt for {organisation}',
    nn: 'Oppfølgingspunkt for {organisation}',
    en: 'Action point for {organisation}',
  },
  'meetings.mail.actionPoint.body': {
    nb: '{organisation} er ansvarlig for et oppfølgingspunkt fra «{title}»:\n\n{what}\n\nFrist: {due}\n\nOppdater status og kommenter her: {link}',
    nn: '{organisation} er ansvarleg for eit oppfølgingspunkt frå «{title}»:\n\n{what}\n\nFrist: {due}\n\nOppdater status og kommenter her: {link}',
    en: '{organisation} is responsible for an action point from “{title}”:\n\n{what}\n\nDue: {due}\n\nUpdate its status and comment here: {link}',
  },
  'meetings.mail.actionPoint.noDue': { nb: 'ingen', nn: 'ingen', en: 'none' },
});
