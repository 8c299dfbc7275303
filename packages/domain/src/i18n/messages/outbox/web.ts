import { defineMessages } from '../../define.ts';

/** The notifications a person has been sent, on Min side. */
export const outboxWeb = defineMessages({
  'outbox.web.heading': { nb: 'Varsler', nn: 'Varsel', en: 'Notifications' },
  'outbox.web.intro': {
    nb: 'Beskjeder fra Knutepunkt til deg, for eksempel når et praksiseksempel er vurdert.',
    nn: 'Meldingar frå Knutepunkt til deg, til dømes når eit praksiseksempel er vurdert.',
    en: 'Messages from Knutepunkt to you, for example when a practice example has been reviewed.',
  },
  'outbox.web.none': {
    nb: 'Du har ingen varsler.',
    nn: 'Du har ingen varsel.',
    en: 'You have no notifications.',
  },
  'outbox.web.loading': { nb: 'Henter varsler …', nn: 'Hentar varsel …', en: 'Loading notifications …' },
});
