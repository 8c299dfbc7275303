import { describe, expect, it } from 'vitest';
import { filterSessions, groupByStart, nowAndNext, programmeDays, searchText } from './browse.ts';
import type { ProgrammeSnapshot, SnapshotSession } from './snapshot.ts';

function session(number: number, startsAt: string, overrides: Partial<SnapshotSession> = {}): SnapshotSession {
  return {
    guid: `s-${number}`,
    number,
    title: `Sesjon ${number}`,
    abstract: '',
    language: 'nb',
    typeId: 'talk',
    trackId: null,
    tags: [],
    signLanguage: false,
    captioned: false,
    streamed: false,
    recorded: true,
    materials: '',
    roomGuid: 'hall',
    startsAt,
    durationMinutes: 45,
    speakers: [],
    capacity: null,
    ...overrides,
  };
}

const room = (guid: string, hearingLoop: boolean, stepFree: boolean) => ({
  guid,
  name: guid,
  capacity: null,
  floor: '',
  hearingLoop,
  stepFree,
  interpreted: false,
  accessibilityNote: '',
});

const snapshot: ProgrammeSnapshot = {
  format: 1,
  edition: {
    slug: 'k',
    title: 'K',
    subtitle: '',
    description: '',
    language: 'nb',
    languages: ['nb'],
    startsOn: '2031-10-20',
    endsOn: '2031-10-21',
    venueName: '',
    venueAddress: '',
  },
  partners: [],
  rooms: [room('hall', true, true), room('small', false, false)],
  tracks: [{ id: 'rights', name: 'Rettigheter', colour: '#1f5f8b', description: '' }],
  types: [
    { id: 'talk', name: 'Foredrag', kind: 'plenary' },
    { id: 'ws', name: 'Verksted', kind: 'workshop' },
  ],
  speakers: [
    {
      guid: 'a',
      number: 1,
      name: 'Åse Ødegård',
      bio: '',
      bioLanguage: 'nb',
      contribution: '',
      organisation: null,
      photo: null,
    },
    {
      guid: 'b',
      number: 2,
      name: 'José Müller',
      bio: '',
      bioLanguage: 'nb',
      contribution: '',
      organisation: null,
      photo: null,
    },
  ],
  sessions: [
    // 23:30 UTC on the 19th is 01:30 on the 20th in Oslo (summer time ends on the 26th).
    session(1, '2031-10-19T23:30:00Z', { title: 'Nattkafé', roomGuid: 'small' }),
    session(2, '2031-10-20T07:00:00Z', { title: 'Åpning', signLanguage: true, trackId: 'rights', speakers: [1] }),
    session(3, '2031-10-20T07:00:00Z', {
      title: 'Erfaringer fra sykehus',
      abstract: 'Om likepersoner og café-samtaler.',
      roomGuid: 'small',
      language: 'nn',
      captioned: true,
      tags: ['Likeperson'],
      speakers: [2],
    }),
    session(4, '2031-10-21T08:00:00Z', { title: 'Verksted', typeId: 'ws', streamed: true, speakers: [1, 2] }),
  ],
};

const numbers = (sessions: SnapshotSession[]) => sessions.map((s) => s.number);

describe('filtering a programme', () => {
  it('by Oslo day, not UTC day', () => {
    expect(programmeDays(snapshot)).toEqual(['2031-10-20', '2031-10-21']);
    expect(numbers(filterSessions(snapshot, { day: '2031-10-20' }))).toEqual([1, 2, 3]);
    expect(numbers(filterSessions(snapshot, { day: '2031-10-19' }))).toEqual([]);
  });

  it('by track, room, type and language, each and together', () => {
    expect(numbers(filterSessions(snapshot, { trackId: 'rights' }))).toEqual([2]);
    expect(numbers(filterSessions(snapshot, { roomGuid: 'small' }))).toEqual([1, 3]);
    expect(numbers(filterSessions(snapshot, { typeId: 'ws' }))).toEqual([4]);
    expect(numbers(filterSessions(snapshot, { language: 'nn' }))).toEqual([3]);
    expect(numbers(filterSessions(snapshot, { roomGuid: 'small', language: 'nb' }))).toEqual([1]);
    expect(numbers(filterSessions(snapshot, {}))).toEqual([1, 2, 3, 4]);
  });

  it("by access: the session's own features and its room's", () => {
    expect(numbers(filterSessions(snapshot, { access: 'signLanguage' }))).toEqual([2]);
    expect(numbers(filterSessions(snapshot, { access: 'captioned' }))).toEqual([3]);
    expect(numbers(filterSessions(snapshot, { access: 'streamed' }))).toEqual([4]);
    expect(numbers(filterSessions(snapshot, { access: 'hearingLoop' }))).toEqual([2, 4]);
    expect(numbers(filterSessions(snapshot, { access: 'stepFree' }))).toEqual([2, 4]);
  });
});

describe('searching a programme', () => {
  it('title, abstract, tags and speakers, whatever the case and accents', () => {
    expect(numbers(filterSessions(snapshot, { q: 'SYKEHUS' }))).toEqual([3]);
    expect(numbers(filterSessions(snapshot, { q: 'cafe' }))).toEqual([3]);
    expect(numbers(filterSessions(snapshot, { q: 'likeperson' }))).toEqual([3]);
    expect(numbers(filterSessions(snapshot, { q: 'muller' }))).toEqual([3, 4]);
    expect(numbers(filterSessions(snapshot, { q: 'jose verksted' }))).toEqual([4]);
  });

  it('keeps æ, ø and å their own letters', () => {
    expect(searchText('Åse Ødegård Ærlig')).toBe('åse ødegård ærlig');
    expect(numbers(filterSessions(snapshot, { q: 'ødegård' }))).toEqual([2, 4]);
    expect(numbers(filterSessions(snapshot, { q: 'åse' }))).toEqual([2, 4]);
    expect(numbers(filterSessions(snapshot, { q: 'ase' }))).toEqual([]);
    expect(numbers(filterSessions(snapshot, { q: 'odegard' }))).toEqual([]);
  });

  it('blank words match everything', () => {
    expect(numbers(filterSessions(snapshot, { q: '   ' }))).toEqual([1, 2, 3, 4]);
  });
});

describe('time slots and now and next', () => {
  it('groups sessions by their start', () => {
    const slots = groupByStart(snapshot.sessions);
    expect(slots.map((s) => [s.startsAt, numbers(s.sessions)])).toEqual([
      ['2031-10-19T23:30:00.000Z', [1]],
      ['2031-10-20T07:00:00.000Z', [2, 3]],
      ['2031-10-21T08:00:00.000Z', [4]],
    ]);
  });

  it('running sessions now, and the next start', () => {
    const at = (iso: string) => nowAndNext(snapshot, new Date(iso));
    expect(numbers(at('2031-10-20T07:10:00Z').now)).toEqual([2, 3]);
    expect(numbers(at('2031-10-20T07:10:00Z').next)).toEqual([4]);
    // The end is not «now»: a session ending at 07:45 is over at 07:45.
    expect(numbers(at('2031-10-20T07:45:00Z').now)).toEqual([]);
    expect(numbers(at('2031-10-19T12:00:00Z').next)).toEqual([1]);
    expect(at('2031-10-22T12:00:00Z')).toEqual({ now: [], next: [] });
  });
});
