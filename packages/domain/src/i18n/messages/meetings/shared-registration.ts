import { defineMessages } from '../../define.ts';

/**
 * Network meetings, both apps: what the registration's details (ADR 18) and the calendar
 * feeds (ADR 19) say on the server. Nynorsk: eit møte, fleire møte, møta.
 */
export const meetingsSharedRegistration = defineMessages({
  'meetings.error.detailsWaiting': {
    nb: 'Du står på ventelisten. Vi spør om resten når du får plass.',
    nn: 'Du står på ventelista. Vi spør om resten når du får plass.',
    en: 'You are on the waiting list. We ask about the rest when you get a seat.',
  },
  'meetings.calendar.personalFeedName': { nb: 'Mine møter', nn: 'Mine møte', en: 'My meetings' },
  'meetings.calendar.waitingPrefix': { nb: 'Venteliste', nn: 'Venteliste', en: 'Waiting list' },
  'meetings.feed.title': { nb: 'Nye nettverksmøter', nn: 'Nye nettverksmøte', en: 'New network meetings' },
  'meetings.feed.networkTitle': {
    nb: 'Nye møter i {network}',
    nn: 'Nye møte i {network}',
    en: 'New meetings of {network}',
  },
  'meetings.feed.subtitle': {
    nb: 'Fagsamlinger og møter i recoverynettverkene, nyeste først.',
    nn: 'Fagsamlingar og møte i recoverynettverka, nyaste først.',
    en: 'Gatherings and meetings of the recovery networks, newest first.',
  },
  'meetings.feed.cancelled': { nb: 'Avlyst', nn: 'Avlyst', en: 'Cancelled' },
});
