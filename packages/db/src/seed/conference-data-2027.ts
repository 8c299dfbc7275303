import type { EditionData } from './conference-shape.ts';

/**
 * Next year's conference, being planned: rooms, tracks and a handful of sessions, some not
 * placed yet, and no release: nothing of it is public until a coordinator publishes one
 * (try the programme editor and «Utgivelser» in the admin app). Made up for the demo.
 */
export const EDITION_2027: EditionData = {
  slug: 'recovery-konferansen-2027',
  title: 'Recovery-konferansen 2027',
  subtitle: 'Fellesskap som virker',
  description: 'Den neste nasjonale konferansen for recovery. Programmet er under arbeid.',
  language: 'nb',
  languages: ['nb', 'nn'],
  days: ['2027-10-13', '2027-10-14'],
  venueName: 'Molde kulturhus',
  venueAddress: 'Torget 1, 6413 Molde',
  owners: ['recovery-nettverk-midt-norge'],
  organisers: ['kbt-midt-norge', 'napha'],
  partners: ['molde-kommune'],
  rooms: [
    { key: 'sal', name: 'Storsal', capacity: 300, floor: '1. etasje', hearingLoop: true, stepFree: true },
    { key: 'lite', name: 'Lille sal', capacity: 60, floor: '1. etasje', stepFree: true },
  ],
  tracks: [
    { key: 'fellesskap', name: 'Fellesskap', colour: '#1f5f8b', description: 'Å høre til et sted.' },
    { key: 'arbeid', name: 'Arbeid og aktivitet', colour: '#2e6b30', description: 'Meningsfulle dager.' },
  ],
  types: [
    { key: 'plenum', name: 'Plenum', kind: 'plenary' },
    { key: 'parallell', name: 'Parallellsesjon', kind: 'parallel' },
    { key: 'verksted', name: 'Verksted', kind: 'workshop' },
  ],
  speakers: [
    {
      key: 'hanne',
      name: 'Hanne Østby',
      organisation: 'kbt-midt-norge',
      contribution: 'Erfaringskompetanse',
      bio: 'Koordinator for et recoverynettverk.',
    },
    {
      key: 'trond',
      name: 'Trond Ivar Bakken',
      organisation: 'molde-kommune',
      bio: 'Kommunedirektør for helse og velferd.',
    },
  ],
  sessions: [
    {
      number: 1,
      type: 'plenum',
      room: 'sal',
      day: 1,
      start: '10:00',
      minutes: 45,
      title: 'Åpning av konferansen',
      track: 'fellesskap',
      speakers: ['hanne', 'trond'],
      abstract: 'Velkommen til Molde.',
      signLanguage: true,
      captioned: true,
    },
    {
      number: 2,
      type: 'parallell',
      day: 0,
      start: '',
      minutes: 60,
      title: 'Fellesskap i nærmiljøet',
      track: 'fellesskap',
      speakers: ['hanne'],
      abstract: 'Om møteplasser som drives av brukerne selv.',
    },
    {
      number: 3,
      type: 'verksted',
      day: 0,
      start: '',
      minutes: 90,
      title: 'Verksted: fra aktivitet til arbeid',
      track: 'arbeid',
      capacity: 25,
      abstract: 'Et praktisk verksted om veien fra dagaktivitet til arbeid.',
    },
    {
      number: 4,
      type: 'parallell',
      day: 0,
      start: '',
      minutes: 45,
      title: 'Kommunen som arbeidsgiver for erfaringskonsulenter',
      track: 'arbeid',
      speakers: ['trond'],
      abstract: 'Hva en kommune har lært av å ansette folk for deres erfaring.',
    },
  ],
};
