import { defineMessages } from '../../define.ts';

/** The web app's minutes section, action points and the "siden sist" page (docs/adr/0020). */
export const meetingsWebMinutes = defineMessages({
  'meetings.web.minutes.updated': { nb: 'Publisert {date}', nn: 'Publisert {date}', en: 'Published {date}' },
  'meetings.web.minutes.sinceLastLink': {
    nb: 'Siden sist: åpne oppfølgingspunkter i nettverket',
    nn: 'Sidan sist: opne oppfølgingspunkt i nettverket',
    en: 'Since last time: the network’s open action points',
  },
  'meetings.web.sinceLast.title': { nb: 'Siden sist', nn: 'Sidan sist', en: 'Since last time' },
  'meetings.web.sinceLast.intro': {
    nb: 'Åpne oppfølgingspunkter fra nettverkets tidligere møter, med siste status. Redaktører i en ansvarlig organisasjon kan oppdatere status.',
    nn: 'Opne oppfølgingspunkt frå dei tidlegare møta i nettverket, med siste status. Redaktørar i ein ansvarleg organisasjon kan oppdatere status.',
    en: 'Open action points from the network’s earlier meetings, with their latest status. Editors of a responsible organisation can update the status.',
  },
  'meetings.web.sinceLast.back': { nb: 'Tilbake til møtet', nn: 'Tilbake til møtet', en: 'Back to the meeting' },
  'meetings.web.sinceLast.from': {
    nb: 'Fra «{title}», {date}',
    nn: 'Frå «{title}», {date}',
    en: 'From “{title}”, {date}',
  },
  'meetings.web.sinceLast.none': {
    nb: 'Ingen åpne oppfølgingspunkter fra tidligere møter.',
    nn: 'Ingen opne oppfølgingspunkt frå tidlegare møte.',
    en: 'No open action points from earlier meetings.',
  },
  'meetings.web.actionPoints.history': { nb: 'Historikk', nn: 'Historikk', en: 'History' },
  'meetings.web.actionPoints.update': { nb: 'Oppdater status', nn: 'Oppdater status', en: 'Update the status' },
  'meetings.web.actionPoints.commentHint': {
    nb: 'Må fylles ut når du setter status til fullført eller lagt bort.',
    nn: 'Må fyllast ut når du set status til fullført eller lagt bort.',
    en: 'Required when you set the status to done or dropped.',
  },
  'meetings.web.actionPoints.save': { nb: 'Lagre status', nn: 'Lagre status', en: 'Save the status' },
  'meetings.web.actionPoints.saved': { nb: 'Status er lagret.', nn: 'Status er lagra.', en: 'The status is saved.' },
  'meetings.web.actionPoints.noDue': { nb: 'Ingen frist', nn: 'Ingen frist', en: 'No due date' },
});
