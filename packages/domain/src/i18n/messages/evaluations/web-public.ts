import { defineMessages } from '../../define.ts';

/** The published reports on the web app (docs/adr/0025): the list, a report, its printable copy and the follow-up. */
export const evaluationsWebPublic = defineMessages({
  'evaluations.web.reports.title': {
    nb: 'Evalueringsrapporter',
    nn: 'Evalueringsrapportar',
    en: 'Evaluation reports',
  },
  'evaluations.web.reports.intro': {
    nb: 'Rapporter fra Bruker spør bruker-evalueringer: brukere av en tjeneste intervjuer andre brukere om hvordan de opplever tjenesten. Under hver rapport ser du hvordan tjenesten følger opp anbefalingene.',
    nn: 'Rapportar frå Brukar spør brukar-evalueringar: brukarar av ei teneste intervjuar andre brukarar om korleis dei opplever tenesta. Under kvar rapport ser du korleis tenesta følgjer opp tilrådingane.',
    en: 'Reports from User asks user evaluations: users of a service interview other users about how they experience the service. Under each report you can see how the service follows up the recommendations.',
  },
  'evaluations.web.reports.empty': {
    nb: 'Ingen rapporter er publisert ennå.',
    nn: 'Ingen rapportar er publiserte enno.',
    en: 'No reports have been published yet.',
  },
  'evaluations.web.reports.item': {
    nb: '{service} · publisert {date}',
    nn: '{service} · publisert {date}',
    en: '{service} · published {date}',
  },
  'evaluations.web.reports.itemNoService': { nb: 'Publisert {date}', nn: 'Publisert {date}', en: 'Published {date}' },
  'evaluations.web.report.back': {
    nb: 'Alle evalueringsrapporter',
    nn: 'Alle evalueringsrapportar',
    en: 'All evaluation reports',
  },
  'evaluations.web.report.published': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'evaluations.web.report.service': { nb: 'Tjenesten', nn: 'Tenesta', en: 'The service' },
  'evaluations.web.report.commissioner': { nb: 'Oppdragsgiver', nn: 'Oppdragsgivar', en: 'Commissioned by' },
  'evaluations.web.report.centre': { nb: 'Gjennomført av', nn: 'Gjennomført av', en: 'Carried out by' },
  'evaluations.web.report.period': { nb: 'Periode', nn: 'Periode', en: 'Period' },
  'evaluations.web.report.easyReadLink': {
    nb: 'Les et lettlest sammendrag',
    nn: 'Les eit lettlese samandrag',
    en: 'Read an easy-read summary',
  },
  'evaluations.web.report.printLink': {
    nb: 'Utskriftsvennlig versjon (lagre som PDF)',
    nn: 'Utskriftsvenleg versjon (lagre som PDF)',
    en: 'Printable version (save as PDF)',
  },
  'evaluations.web.report.description': {
    nb: 'Bruker spør bruker-evaluering av {service}, publisert {date}.',
    nn: 'Brukar spør brukar-evaluering av {service}, publisert {date}.',
    en: 'User asks user evaluation of {service}, published {date}.',
  },
  'evaluations.web.report.summary': { nb: 'Sammendrag', nn: 'Samandrag', en: 'Summary' },
  'evaluations.web.report.recommendations': { nb: 'Anbefalinger', nn: 'Tilrådingar', en: 'Recommendations' },
  'evaluations.web.followUp.heading': {
    nb: 'Oppfølging av anbefalingene',
    nn: 'Oppfølging av tilrådingane',
    en: 'Follow-up of the recommendations',
  },
  'evaluations.web.followUp.intro': {
    nb: 'Tjenesten har svart på hver anbefaling og gir status etter 6 og 12 måneder.',
    nn: 'Tenesta har svart på kvar tilråding og gir status etter 6 og 12 månader.',
    en: 'The service has responded to each recommendation and gives a status after 6 and 12 months.',
  },
  'evaluations.web.followUp.closed': {
    nb: 'Oppfølgingen er avsluttet.',
    nn: 'Oppfølginga er avslutta.',
    en: 'The follow-up has been closed.',
  },
  'evaluations.web.followUp.response': {
    nb: 'Tjenestens svar',
    nn: 'Svaret frå tenesta',
    en: 'The service’s response',
  },
  'evaluations.web.followUp.plannedAction': { nb: 'Planlagt tiltak', nn: 'Planlagt tiltak', en: 'Planned action' },
  'evaluations.web.followUp.responsible': { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Responsible' },
  'evaluations.web.followUp.current': { nb: 'Status nå', nn: 'Status no', en: 'Current status' },
  'evaluations.web.followUp.history': { nb: 'Historikk', nn: 'Historikk', en: 'History' },
  'evaluations.web.followUp.historyItem': {
    nb: '{date}: {status}',
    nn: '{date}: {status}',
    en: '{date}: {status}',
  },
  'evaluations.web.followUp.recommendation': { nb: 'Anbefaling', nn: 'Tilråding', en: 'Recommendation' },
  'evaluations.web.followUp.comment': { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
  'evaluations.web.print.title': { nb: '{title} (utskrift)', nn: '{title} (utskrift)', en: '{title} (print)' },
  'evaluations.web.print.button': {
    nb: 'Skriv ut eller lagre som PDF',
    nn: 'Skriv ut eller lagre som PDF',
    en: 'Print or save as PDF',
  },
  'evaluations.web.print.back': { nb: 'Tilbake til rapporten', nn: 'Tilbake til rapporten', en: 'Back to the report' },
  'evaluations.web.print.statusAt': {
    nb: 'Status for oppfølgingen per {date}.',
    nn: 'Status for oppfølginga per {date}.',
    en: 'Status of the follow-up as of {date}.',
  },
});
