import { defineMessages } from '../../define.ts';

/**
 * The coordinators' page of workshop sign-ups and the conference's registration (docs/adr/0023).
 * Nynorsk: påmeldingar, ventelista, plassar.
 */
export const conferenceAdminSignups = defineMessages({
  'conference.admin.signups.title': { nb: 'Påmeldinger', nn: 'Påmeldingar', en: 'Sign-ups' },
  'conference.admin.signups.workshops': {
    nb: 'Sesjoner med påmelding',
    nn: 'Sesjonar med påmelding',
    en: 'Sessions with sign-up',
  },
  'conference.admin.signups.workshopsIntro': {
    nb: 'Påmeldingen er åpen fra sesjonen er med i en publisert utgave til den begynner. Frigjøres en plass, får den første på ventelisten den med en gang og får beskjed på e-post.',
    nn: 'Påmeldinga er open frå sesjonen er med i ei publisert utgåve til han byrjar. Vert ein plass ledig, får den første på ventelista han med ein gong og får melding på e-post.',
    en: 'Sign-up is open from when the session is in a published release until it starts. When a place comes free, the first on the waiting list gets it at once and is told by e-mail.',
  },
  'conference.admin.signups.none': {
    nb: 'Ingen sesjoner har påmelding ennå. Sett antall plasser på en sesjon for å åpne påmelding.',
    nn: 'Ingen sesjonar har påmelding enno. Set talet på plassar på ein sesjon for å opne påmelding.',
    en: 'No session has sign-up yet. Set the number of places on a session to open sign-up.',
  },
  'conference.admin.signups.capacity': { nb: 'Antall plasser', nn: 'Talet på plassar', en: 'Number of places' },
  'conference.admin.signups.saveCapacity': { nb: 'Lagre plasser', nn: 'Lagre plassar', en: 'Save places' },
  'conference.admin.signups.capacitySaved': {
    nb: 'Plassene er lagret.',
    nn: 'Plassane er lagra.',
    en: 'Places saved.',
  },
  'conference.admin.signups.summary': {
    nb: '{confirmed} har plass, {left} ledige, {waiting} på ventelisten.',
    nn: '{confirmed} har plass, {left} ledige, {waiting} på ventelista.',
    en: '{confirmed} have a place, {left} free, {waiting} on the waiting list.',
  },
  'conference.admin.signups.confirmed': { nb: 'Har plass', nn: 'Har plass', en: 'Have a place' },
  'conference.admin.signups.waiting': { nb: 'Venteliste', nn: 'Venteliste', en: 'Waiting list' },
  'conference.admin.signups.empty': { nb: 'Ingen.', nn: 'Ingen.', en: 'Nobody.' },
  'conference.admin.signups.column.place': { nb: 'Plass', nn: 'Plass', en: 'Place' },
  'conference.admin.signups.column.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'conference.admin.signups.column.email': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'conference.admin.signups.column.arrived': { nb: 'Meldt på', nn: 'Meld på', en: 'Signed up' },
  'conference.admin.signups.column.action': { nb: 'Flytt', nn: 'Flytt', en: 'Move' },
  'conference.admin.signups.toWaiting': {
    nb: 'Flytt {name} til ventelisten',
    nn: 'Flytt {name} til ventelista',
    en: 'Move {name} to the waiting list',
  },
  'conference.admin.signups.toConfirmed': { nb: 'Gi {name} plass', nn: 'Gi {name} plass', en: 'Give {name} a place' },
  'conference.admin.signups.moved': { nb: 'Flyttet.', nn: 'Flytta.', en: 'Moved.' },
  'conference.admin.registration.heading': {
    nb: 'Påmelding til konferansen',
    nn: 'Påmelding til konferansen',
    en: 'Registration for the conference',
  },
  'conference.admin.registration.intro': {
    nb: 'Påmeldingen til selve konferansen er et møte i møtemodulen, med plasser, venteliste, behov (mat, tilrettelegging) og reisestøtte. Den vises ikke i nettverkenes møtelister, men lenkes fra konferansens side. Tidene er norsk tid.',
    nn: 'Påmeldinga til sjølve konferansen er eit møte i møtemodulen, med plassar, venteliste, behov (mat, tilrettelegging) og reisestønad. Ho vert ikkje vist i møtelistene til nettverka, men er lenkja frå sida til konferansen. Tidene er norsk tid.',
    en: 'Registration for the conference itself is a meeting of the meetings module, with places, a waiting list, needs (food, access) and travel support. It is not shown in the networks’ meeting lists but linked from the conference’s page. Times are Norwegian time.',
  },
  'conference.admin.registration.capacity': {
    nb: 'Antall plasser (tomt: ingen grense)',
    nn: 'Talet på plassar (tomt: inga grense)',
    en: 'Number of places (empty: no limit)',
  },
  'conference.admin.registration.opensDate': { nb: 'Åpner, dato', nn: 'Opnar, dato', en: 'Opens, date' },
  'conference.admin.registration.opensTime': { nb: 'Åpner, klokkeslett', nn: 'Opnar, klokkeslett', en: 'Opens, time' },
  'conference.admin.registration.deadlineDate': { nb: 'Frist, dato', nn: 'Frist, dato', en: 'Deadline, date' },
  'conference.admin.registration.deadlineTime': {
    nb: 'Frist, klokkeslett',
    nn: 'Frist, klokkeslett',
    en: 'Deadline, time',
  },
  'conference.admin.registration.save': {
    nb: 'Lagre og publiser påmeldingen',
    nn: 'Lagre og publiser påmeldinga',
    en: 'Save and publish the registration',
  },
  'conference.admin.registration.saved': {
    nb: 'Påmeldingen er lagret og publisert.',
    nn: 'Påmeldinga er lagra og publisert.',
    en: 'The registration is saved and published.',
  },
  'conference.admin.registration.notSetUp': {
    nb: 'Konferansen har ingen påmelding ennå.',
    nn: 'Konferansen har inga påmelding enno.',
    en: 'The conference has no registration yet.',
  },
  'conference.admin.registration.status': {
    nb: '{confirmed} har plass og {waiting} står på ventelisten.',
    nn: '{confirmed} har plass og {waiting} står på ventelista.',
    en: '{confirmed} have a place and {waiting} are on the waiting list.',
  },
  'conference.admin.registration.registrations': {
    nb: 'Se påmeldingene, behovene og ventelisten',
    nn: 'Sjå påmeldingane, behova og ventelista',
    en: 'See the registrations, needs and waiting list',
  },
  'conference.admin.registration.pair': {
    nb: 'Fyll inn både dato og klokkeslett, eller ingen av dem.',
    nn: 'Fyll inn både dato og klokkeslett, eller ingen av dei.',
    en: 'Fill in both the date and the time, or neither.',
  },
});
