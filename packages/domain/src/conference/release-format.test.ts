import { describe, expect, test } from 'vitest';
import { releaseChanges } from './release-changes.ts';
import { session, snapshot, v1 } from './release-fixtures.ts';
import { type ReleaseTranslate, fieldChangesText, formatSlotTime, movedText, slotText } from './release-format.ts';

describe('changes in words', () => {
  const texts: Record<string, string> = {
    'conference.release.slot': '{when}, {room}',
    'conference.release.movedFromTo': 'fra {from} til {to} (norsk tid)',
    'conference.release.field.title': 'ny tittel (før: «{before}»)',
    'conference.release.field.speakers': 'foredragsholdere nå: {after} (før: {before})',
    'conference.release.field.language': 'språk nå: {after} (før: {before})',
    'conference.release.noSpeakers': 'ingen',
    'conference.release.language.nb': 'bokmål',
    'conference.release.language.en': 'engelsk',
  };
  const t: ReleaseTranslate = (key, params = {}) =>
    Object.entries(params).reduce((text, [name, value]) => text.replace(`{${name}}`, value), texts[key] ?? key);

  test('a slot in Oslo time whatever the zone, in summer and in winter time', () => {
    const summer = {
      startsAt: '2031-10-20T07:00:00.000Z',
      endsAt: '2031-10-20T07:45:00.000Z',
      roomGuid: 'r',
      roomName: 'Storsalen',
    };
    expect(slotText(t, 'nb', summer)).toBe('mandag 20. oktober, 09:00–09:45, Storsalen');
    expect(formatSlotTime('en', { startsAt: '2031-11-03T08:00:00.000Z', endsAt: '2031-11-03T09:30:00.000Z' })).toBe(
      'Monday 3 November, 09:00–10:30',
    );
  });

  test('a move and changed fields', () => {
    const changes = releaseChanges(
      v1,
      snapshot([session('g1', 1, { roomGuid: 'room-b', title: 'Ny', speakers: [], language: 'en' })]),
    );
    expect(movedText(t, 'nb', changes.moved[0]!)).toBe(
      'fra mandag 20. oktober, 09:00–09:45, Storsalen til mandag 20. oktober, 09:00–09:45, Møterom 2 (norsk tid)',
    );
    expect(fieldChangesText(t, changes.changed[0]!.fields)).toBe(
      'ny tittel (før: «Sesjon 1»); foredragsholdere nå: ingen (før: Kari Nordmann); språk nå: engelsk (før: bokmål)',
    );
  });
});
