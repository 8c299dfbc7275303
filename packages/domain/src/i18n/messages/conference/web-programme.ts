import type { Locale } from '../../locale.ts';
import type { AccessFeature } from '../../../conference/browse.ts';
import { defineMessages, type Translations } from '../../define.ts';

/** Every access feature and every content language has a label; a missing one is a type error. */
const labels = {
  'conference.web.access.signLanguage': {
    nb: 'Tegnspråktolket',
    nn: 'Teiknspråktolka',
    en: 'Sign language interpreted',
  },
  'conference.web.access.captioned': { nb: 'Teksting', nn: 'Teksting', en: 'Live captions' },
  'conference.web.access.streamed': { nb: 'Strømmes', nn: 'Blir strøyma', en: 'Streamed' },
  'conference.web.access.hearingLoop': {
    nb: 'Teleslynge i rommet',
    nn: 'Teleslynge i rommet',
    en: 'Hearing loop in the room',
  },
  'conference.web.access.stepFree': { nb: 'Trinnfri adkomst', nn: 'Trinnfri tilkomst', en: 'Step-free access' },
  'conference.web.language.nb': { nb: 'Bokmål', nn: 'Bokmål', en: 'Norwegian Bokmål' },
  'conference.web.language.nn': { nb: 'Nynorsk', nn: 'Nynorsk', en: 'Norwegian Nynorsk' },
  'conference.web.language.en': { nb: 'Engelsk', nn: 'Engelsk', en: 'English' },
} satisfies Record<`conference.web.access.${AccessFeature}` | `conference.web.language.${Locale}`, Translations>;

/**
 * The conference's public pages on the web app (docs/adr/0023): the editions, an edition's
 * page, the programme with its filters, «now and next», a session, the speakers. Nynorsk:
 * ein konferanse, fleire konferansar; ein sesjon, sesjonar; foredragshaldar(ar).
 */
export const conferenceWebProgramme = defineMessages({
  ...labels,
  // ---------------------------------------------------------------- the list and an edition
  'conference.web.list.title': { nb: 'Konferanser', nn: 'Konferansar', en: 'Conferences' },
  'conference.web.list.description': {
    nb: 'Program, foredragsholdere og praktisk informasjon for konferansene nettverkene arrangerer.',
    nn: 'Program, foredragshaldarar og praktisk informasjon for konferansane nettverka arrangerer.',
    en: 'Programmes, speakers and practical information for the conferences the networks organise.',
  },
  'conference.web.list.empty': {
    nb: 'Ingen konferanser har publisert program ennå.',
    nn: 'Ingen konferansar har publisert program enno.',
    en: 'No conference has published a programme yet.',
  },
  'conference.web.edition.back': { nb: 'Alle konferanser', nn: 'Alle konferansar', en: 'All conferences' },
  'conference.web.fact.venue': { nb: 'Hvor', nn: 'Kvar', en: 'Where' },
  'conference.web.edition.about': { nb: 'Om konferansen', nn: 'Om konferansen', en: 'About the conference' },
  'conference.web.edition.pages': { nb: 'Programmet', nn: 'Programmet', en: 'The programme' },
  'conference.web.edition.noProgramme': {
    nb: 'Programmet er ikke publisert ennå.',
    nn: 'Programmet er ikkje publisert enno.',
    en: 'The programme has not been published yet.',
  },
  'conference.web.link.programme': { nb: 'Se programmet', nn: 'Sjå programmet', en: 'See the programme' },
  'conference.web.link.changes': {
    nb: 'Endringer i programmet',
    nn: 'Endringar i programmet',
    en: 'Programme changes',
  },
  'conference.web.link.mine': { nb: 'Mitt program', nn: 'Mitt program', en: 'My programme' },
  'conference.web.exports.heading': {
    nb: 'Programmet i kalender og apper',
    nn: 'Programmet i kalender og appar',
    en: 'The programme in calendars and apps',
  },
  'conference.web.exports.calendar': {
    nb: 'Kalenderfil (iCal)',
    nn: 'Kalenderfil (iCal)',
    en: 'Calendar file (iCal)',
  },
  'conference.web.exports.frabXml': {
    nb: 'For konferanseapper (frab XML)',
    nn: 'For konferanseappar (frab XML)',
    en: 'For conference apps (frab XML)',
  },
  'conference.web.exports.frabJson': {
    nb: 'Som data (frab JSON)',
    nn: 'Som data (frab JSON)',
    en: 'As data (frab JSON)',
  },
  'conference.web.partners.organiser': { nb: 'Arrangører', nn: 'Arrangørar', en: 'Organisers' },
  'conference.web.partners.partner': { nb: 'Samarbeidspartnere', nn: 'Samarbeidspartnarar', en: 'Partners' },

  // ---------------------------------------------------------------- the programme
  'conference.web.programme.documentTitle': {
    nb: 'Program – {edition}',
    nn: 'Program – {edition}',
    en: 'Programme – {edition}',
  },
  'conference.web.programme.release': {
    nb: 'Programversjon {name}, publisert {date}',
    nn: 'Programversjon {name}, publisert {date}',
    en: 'Programme version {name}, published {date}',
  },
  'conference.web.programme.days': { nb: 'Dager', nn: 'Dagar', en: 'Days' },
  'conference.web.programme.allDays': { nb: 'Alle dager', nn: 'Alle dagar', en: 'All days' },
  'conference.web.filters.label': {
    nb: 'Søk og filtrer i programmet',
    nn: 'Søk og filtrer i programmet',
    en: 'Search and filter the programme',
  },
  'conference.web.filters.q': {
    nb: 'Søk i tittel, beskrivelse og navn',
    nn: 'Søk i tittel, skildring og namn',
    en: 'Search titles, descriptions and names',
  },
  'conference.web.filters.all': { nb: 'Alle', nn: 'Alle', en: 'All' },
  'conference.web.filters.submit': { nb: 'Vis', nn: 'Vis', en: 'Show' },
  'conference.web.filters.clear': {
    nb: 'Fjern søk og filtre',
    nn: 'Fjern søk og filter',
    en: 'Clear search and filters',
  },
  'conference.web.programme.results': { nb: 'Sesjoner', nn: 'Sesjonar', en: 'Sessions' },
  'conference.web.programme.countOne': { nb: '1 sesjon', nn: '1 sesjon', en: '1 session' },
  'conference.web.programme.count': { nb: '{count} sesjoner', nn: '{count} sesjonar', en: '{count} sessions' },
  'conference.web.programme.empty': {
    nb: 'Ingen sesjoner passer søket. Prøv færre filtre eller en annen dag.',
    nn: 'Ingen sesjonar passar søket. Prøv færre filter eller ein annan dag.',
    en: 'No sessions match. Try fewer filters or another day.',
  },
  'conference.web.slot': { nb: 'Kl. {time}', nn: 'Kl. {time}', en: '{time}' },
  'conference.web.slotDay': { nb: '{day} kl. {time}', nn: '{day} kl. {time}', en: '{day}, {time}' },
  'conference.web.field.track': { nb: 'Spor', nn: 'Spor', en: 'Track' },
  'conference.web.field.room': { nb: 'Rom', nn: 'Rom', en: 'Room' },
  'conference.web.field.type': { nb: 'Type', nn: 'Type', en: 'Type' },
  'conference.web.field.language': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'conference.web.field.access': { nb: 'Tilgjengelighet', nn: 'Tilgjenge', en: 'Accessibility' },
  'conference.web.session.time': { nb: 'Tid', nn: 'Tid', en: 'Time' },
  'conference.web.session.with': { nb: 'Med {names}', nn: 'Med {names}', en: 'With {names}' },

  // ---------------------------------------------------------------- now and next
  'conference.web.now.title': { nb: 'Nå og neste', nn: 'No og neste', en: 'Now and next' },
  'conference.web.now.now': { nb: 'Nå', nn: 'No', en: 'Now' },
  'conference.web.now.next': { nb: 'Neste', nn: 'Neste', en: 'Next' },
  'conference.web.now.nothingNow': {
    nb: 'Ingenting pågår akkurat nå.',
    nn: 'Ingenting går føre seg akkurat no.',
    en: 'Nothing is on right now.',
  },
  'conference.web.now.nothingNext': {
    nb: 'Det kommer ingen flere sesjoner.',
    nn: 'Det kjem ingen fleire sesjonar.',
    en: 'There are no more sessions.',
  },
  'conference.web.now.refresh': {
    nb: 'Siden oppdateres hvert minutt.',
    nn: 'Sida blir oppdatert kvart minutt.',
    en: 'This page updates every minute.',
  },

  // ---------------------------------------------------------------- a session
  'conference.web.session.back': { nb: 'Til programmet', nn: 'Til programmet', en: 'To the programme' },
  'conference.web.session.about': { nb: 'Om sesjonen', nn: 'Om sesjonen', en: 'About the session' },
  'conference.web.session.materials': { nb: 'Materiell', nn: 'Materiell', en: 'Materials' },
  'conference.web.session.floor': { nb: 'Etasje: {floor}', nn: 'Etasje: {floor}', en: 'Floor: {floor}' },
  'conference.web.session.interpreted': {
    nb: 'Tolking i rommet',
    nn: 'Tolking i rommet',
    en: 'Interpreting in the room',
  },
  'conference.web.session.recorded': {
    nb: 'Sesjonen tas opp.',
    nn: 'Sesjonen blir teken opp.',
    en: 'The session is recorded.',
  },
  'conference.web.session.calendar': { nb: 'Legg i kalenderen', nn: 'Legg i kalenderen', en: 'Add to your calendar' },

  // ---------------------------------------------------------------- speakers
  'conference.web.speakers.title': { nb: 'Foredragsholdere', nn: 'Foredragshaldarar', en: 'Speakers' },
  'conference.web.speakers.documentTitle': {
    nb: 'Foredragsholdere – {edition}',
    nn: 'Foredragshaldarar – {edition}',
    en: 'Speakers – {edition}',
  },
  'conference.web.speakers.empty': {
    nb: 'Ingen foredragsholdere ennå.',
    nn: 'Ingen foredragshaldarar enno.',
    en: 'No speakers yet.',
  },
  'conference.web.speaker.back': { nb: 'Alle foredragsholdere', nn: 'Alle foredragshaldarar', en: 'All speakers' },
  'conference.web.speaker.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'conference.web.speaker.about': { nb: 'Om foredragsholderen', nn: 'Om foredragshaldaren', en: 'About the speaker' },
});
