import { defineMessages } from '../../define.ts';

/** The outbox of notifications in the admin app. */
export const outboxAdmin = defineMessages({
  // The menu item and the dashboard's link
  'outbox.admin.nav': { nb: 'Varsler', nn: 'Varsel', en: 'Notifications' },
  'outbox.admin.dashboardLink': { nb: 'Se varslene', nn: 'Sjå varsla', en: 'See the notifications' },

  // The list
  'outbox.admin.title': { nb: 'Varsler (utboks)', nn: 'Varsel (utboks)', en: 'Notifications (outbox)' },
  'outbox.admin.smtp': {
    nb: 'E-post blir ikke sendt før en e-postserver (SMTP) er satt opp, så varslene vises her i stedet.',
    nn: 'E-post blir ikkje send før ein e-posttenar (SMTP) er sett opp, så varsla blir viste her i staden.',
    en: 'E-mail is not sent until an e-mail (SMTP) server is configured, so notifications are shown here instead.',
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
  'outbox.admin.sent': { nb: 'Sendt', nn: 'Sendt', en: 'Sent' },
  'outbox.admin.notSent': { nb: 'Ikke sendt', nn: 'Ikkje sendt', en: 'Not sent' },
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
  'outbox.admin.kind.other': { nb: 'Annet varsel', nn: 'Anna varsel', en: 'Other notification' },
});
