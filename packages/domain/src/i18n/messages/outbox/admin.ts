import { defineMessages } from '../../define.ts';

/** The outbox of notifications in the admin app. */
export const outboxAdmin = defineMessages({
  // The menu item and the dashboard's link
  'outbox.admin.nav': { nb: 'Varsler', nn: 'Varsel', en: 'Notifications' },
  'outbox.admin.dashboardLink': { nb: 'Se varslene', nn: 'Sjå varsla', en: 'See the notifications' },

  // The list
  'outbox.admin.title': { nb: 'Varsler (utboks)', nn: 'Varsel (utboks)', en: 'Notifications (outbox)' },
  'outbox.admin.intro': {
    nb: 'Her er alle varslene plattformen sender på e-post, og hvordan leveringen gikk. Uten en e-postserver (SMTP) blir de ikke sendt, men kan leses her.',
    nn: 'Her er alle varsla plattforma sender på e-post, og korleis leveringa gjekk. Utan ein e-posttenar (SMTP) blir dei ikkje sende, men kan lesast her.',
    en: 'Here are all the notifications the platform sends by e-mail, and how their delivery went. Without an e-mail (SMTP) server they are not sent, but can be read here.',
  },
  'outbox.admin.scopeAdmin': {
    nb: 'Som administrator ser du varslene til alle.',
    nn: 'Som administrator ser du varsla til alle.',
    en: 'As an administrator you see everyone’s notifications.',
  },
  'outbox.admin.scopeOwn': {
    nb: 'Du ser varslene som er til deg.',
    nn: 'Du ser varsla som er til deg.',
    en: 'You see the notifications addressed to you.',
  },
  'outbox.admin.empty': {
    nb: 'Det er ingen varsler her ennå.',
    nn: 'Det er ingen varsel her enno.',
    en: 'There are no notifications here yet.',
  },
  'outbox.admin.list': {
    nb: 'Varsler, nyeste først',
    nn: 'Varsel, nyaste først',
    en: 'Notifications, newest first',
  },
  'outbox.admin.to': { nb: 'Til', nn: 'Til', en: 'To' },
  'outbox.admin.created': { nb: 'Laget', nn: 'Laga', en: 'Created' },
  'outbox.admin.kind': { nb: 'Hva slags', nn: 'Kva slag', en: 'Kind' },
  'outbox.admin.body': { nb: 'Vis teksten', nn: 'Vis teksten', en: 'Show the text' },
  'outbox.admin.page': { nb: 'Side {page}', nn: 'Side {page}', en: 'Page {page}' },
  'outbox.admin.kind.practice.submitted': {
    nb: 'Praksiseksempel sendt inn til vurdering',
    nn: 'Praksiseksempel sendt inn til vurdering',
    en: 'Practice example submitted for review',
  },
  'outbox.admin.kind.practice.returned': {
    nb: 'Praksiseksempel sendt tilbake',
    nn: 'Praksiseksempel sendt tilbake',
    en: 'Practice example sent back',
  },
  'outbox.admin.kind.practice.published': {
    nb: 'Praksiseksempel publisert',
    nn: 'Praksiseksempel publisert',
    en: 'Practice example published',
  },
  // Network meetings' notifications (docs/adr/0018)
  'outbox.admin.kind.meeting.confirmed': {
    nb: 'Bekreftet påmelding til møte',
    nn: 'Stadfesta påmelding til møte',
    en: 'Meeting registration confirmed',
  },
  'outbox.admin.kind.meeting.promoted': {
    nb: 'Fått plass fra ventelisten',
    nn: 'Fått plass frå ventelista',
    en: 'Moved from the waiting list to a seat',
  },
  'outbox.admin.kind.meeting.changed': {
    nb: 'Endret tid eller sted for møte',
    nn: 'Endra tid eller stad for møte',
    en: 'Meeting time or place changed',
  },
  'outbox.admin.kind.meeting.cancelled': { nb: 'Møte avlyst', nn: 'Møte avlyst', en: 'Meeting cancelled' },
  'outbox.admin.kind.meeting.reminder': {
    nb: 'Påminnelse om møte',
    nn: 'Påminning om møte',
    en: 'Meeting reminder',
  },
  'outbox.admin.kind.meeting.deadlinePassed': {
    nb: 'Påmeldingsfristen er ute',
    nn: 'Påmeldingsfristen er ute',
    en: 'Registration deadline passed',
  },
  'outbox.admin.kind.meeting.minutes': { nb: 'Referat publisert', nn: 'Referat publisert', en: 'Minutes published' },
  'outbox.admin.kind.meeting.actionPoint': {
    nb: 'Oppfølgingspunkt til organisasjonen',
    nn: 'Oppfølgingspunkt til organisasjonen',
    en: 'Action point for the organisation',
  },
  'outbox.admin.kind.meeting.evaluation': {
    nb: 'Evaluering etter møte',
    nn: 'Evaluering etter møte',
    en: 'Evaluation after a meeting',
  },
  'outbox.admin.kind.other': { nb: 'Annet varsel', nn: 'Anna varsel', en: 'Other notification' },
  'outbox.admin.kind.security.passwordReset': {
    nb: 'Lenke for å lage nytt passord',
    nn: 'Lenkje for å lage nytt passord',
    en: 'Link to choose a new password',
  },
  'outbox.admin.kind.security.signInMethodLinked': {
    nb: 'Ny innloggingsmåte koblet til kontoen',
    nn: 'Ny innloggingsmåte kopla til kontoen',
    en: 'New sign-in method linked to the account',
  },
  'outbox.admin.kind.security.other': { nb: 'Sikkerhetsvarsel', nn: 'Tryggleiksvarsel', en: 'Security notice' },
  // Someone else's security message: the list leaves its text out (docs/adr/0014)
  'outbox.admin.bodyHidden': {
    nb: 'Innholdet er skjult fordi det har en lenke som bare mottakeren kan bruke.',
    nn: 'Innhaldet er skjult fordi det har ei lenkje som berre mottakaren kan bruke.',
    en: 'The content is hidden because it holds a link only the recipient may use.',
  },

  // Delivery by e-mail (docs/adr/0014)
  'outbox.admin.status': { nb: 'Levering', nn: 'Levering', en: 'Delivery' },
  'outbox.admin.status.no_smtp': {
    nb: 'Ikke sendt: ingen e-postserver er satt opp',
    nn: 'Ikkje sendt: ingen e-posttenar er sett opp',
    en: 'Not sent: no e-mail server is configured',
  },
  'outbox.admin.status.waiting': { nb: 'Venter på å bli sendt', nn: 'Ventar på å bli sendt', en: 'Waiting to be sent' },
  'outbox.admin.status.sending': { nb: 'Blir sendt nå', nn: 'Blir sendt no', en: 'Being sent' },
  'outbox.admin.status.sent': { nb: 'Sendt {time}', nn: 'Sendt {time}', en: 'Sent {time}' },
  'outbox.admin.status.failed': { nb: 'Kunne ikke sendes', nn: 'Kunne ikkje sendast', en: 'Could not be sent' },
  'outbox.admin.status.digest': {
    nb: 'Kommer i den daglige samle-e-posten',
    nn: 'Kjem i den daglege samle-e-posten',
    en: 'Goes in the daily digest',
  },
  'outbox.admin.status.skipped': {
    nb: 'Ikke sendt: mottakeren har valgt bort denne typen varsler',
    nn: 'Ikkje sendt: mottakaren har valt bort denne typen varsel',
    en: 'Not sent: the recipient has turned this kind of notification off',
  },
  'outbox.admin.attempts': { nb: 'Forsøk', nn: 'Forsøk', en: 'Tries' },
  'outbox.admin.lastError': {
    nb: 'Svar fra e-postserveren',
    nn: 'Svar frå e-posttenaren',
    en: 'The e-mail server’s reply',
  },
  'outbox.admin.resend': { nb: 'Send på nytt', nn: 'Send på nytt', en: 'Send again' },
  'outbox.admin.resend.done': {
    nb: 'Varselet venter på å bli sendt på nytt.',
    nn: 'Varselet ventar på å bli sendt på nytt.',
    en: 'The notification is waiting to be sent again.',
  },
  'outbox.admin.resend.notFailed': {
    nb: 'Bare varsler som ikke kunne sendes, kan sendes på nytt.',
    nn: 'Berre varsel som ikkje kunne sendast, kan sendast på nytt.',
    en: 'Only notifications that could not be sent can be sent again.',
  },
});
