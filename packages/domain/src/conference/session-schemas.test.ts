import { describe, expect, test } from 'vitest';
import { normaliseTags, sessionFields, speakerFields } from './session-schemas.ts';

const session = {
  title: '  Medvirkning i praksis ',
  abstract: 'Om **medvirkning**.',
  language: 'nb',
  typeId: 'type1',
  trackId: null,
  tags: [' recovery ', 'Recovery', 'bolig', ''],
  signLanguage: true,
  captioned: false,
  streamed: false,
  recorded: true,
  materials: '',
  durationMinutes: 45,
  capacity: null,
  speakerIds: ['s2', 's1'],
};
const speaker = {
  name: 'Kari Nordmann',
  bio: 'Erfaringskonsulent.',
  bioLanguage: 'nn',
  contribution: ' erfaringskompetanse ',
  organisationId: null,
  userEmail: '',
  photoAlt: 'Kari smiler',
};

const issues = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('a session', () => {
  test('is trimmed, its tags deduplicated without case and empties dropped, speakers kept in order', () => {
    const parsed = sessionFields.parse(session);
    expect(parsed.title).toBe('Medvirkning i praksis');
    expect(parsed.tags).toEqual(['recovery', 'bolig']);
    expect(parsed.speakerIds).toEqual(['s2', 's1']);
  });

  test.each([
    ['a title of 201 characters', { title: 'x'.repeat(201) }, 'title: validation.tooLong'],
    ['an empty title', { title: '   ' }, 'title: validation.required'],
    ['an abstract over 8000', { abstract: 'x'.repeat(8001) }, 'abstract: validation.tooLong'],
    ['sign language as the language', { language: 'tegnspråk' }, 'language: validation.choice'],
    [
      '11 tags',
      { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      'tags: conference.admin.sessions.error.tooManyTags',
    ],
    ['a tag of 41', { tags: ['x'.repeat(41)] }, 'tags: conference.admin.sessions.error.tagTooLong'],
    ['4 minutes', { durationMinutes: 4 }, 'durationMinutes: validation.invalid'],
    ['481 minutes', { durationMinutes: 481 }, 'durationMinutes: validation.invalid'],
    ['half a minute more', { durationMinutes: 45.5 }, 'durationMinutes: validation.invalid'],
    ['no places', { capacity: 0 }, 'capacity: validation.invalid'],
    ['1001 places', { capacity: 1001 }, 'capacity: validation.invalid'],
    [
      'a speaker twice',
      { speakerIds: ['s1', 's2', 's1'] },
      'speakerIds: conference.admin.sessions.error.duplicateSpeaker',
    ],
    [
      '13 speakers',
      { speakerIds: Array.from({ length: 13 }, (_, i) => `s${i}`) },
      'speakerIds: conference.admin.sessions.error.tooManySpeakers',
    ],
  ])('refuses %s', (_name, change, expected) => {
    expect(issues(sessionFields.safeParse({ ...session, ...change }))).toContain(expected);
  });

  test('takes the bounds themselves', () => {
    const edge = {
      ...session,
      title: 'x'.repeat(200),
      tags: Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(40, 'x')),
      durationMinutes: 480,
      capacity: 1000,
      speakerIds: Array.from({ length: 12 }, (_, i) => `s${i}`),
    };
    expect(sessionFields.safeParse(edge).success).toBe(true);
    expect(sessionFields.safeParse({ ...edge, durationMinutes: 5, capacity: 1 }).success).toBe(true);
  });

  test('counts tags after duplicates are gone: 12 spellings of 10 tags are fine', () => {
    const tags = [...Array.from({ length: 10 }, (_, i) => `tag${i}`), 'TAG1', ' tag2 '];
    expect(sessionFields.parse({ ...session, tags }).tags).toHaveLength(10);
  });
});

describe('a speaker', () => {
  test('a blank e-mail is no account; an address is trimmed and lower-cased', () => {
    expect(speakerFields.parse(speaker)).toMatchObject({ userEmail: null, contribution: 'erfaringskompetanse' });
    expect(speakerFields.parse({ ...speaker, userEmail: ' Kari@Example.NO ' }).userEmail).toBe('kari@example.no');
    expect(speakerFields.parse({ ...speaker, userEmail: null }).userEmail).toBeNull();
  });

  test.each([
    ['not an e-mail', { userEmail: 'kari' }, 'userEmail: validation.email'],
    ['a bio over 4000', { bio: 'x'.repeat(4001) }, 'bio: validation.tooLong'],
    ['a contribution over 120', { contribution: 'x'.repeat(121) }, 'contribution: validation.tooLong'],
    ['no name', { name: '' }, 'name: validation.required'],
  ])('refuses %s', (_name, change, expected) => {
    expect(issues(speakerFields.safeParse({ ...speaker, ...change }))).toContain(expected);
  });
});

test('normaliseTags keeps the first spelling', () => {
  expect(normaliseTags(['Bolig', 'bolig ', ' ', 'Arbeid'])).toEqual(['Bolig', 'Arbeid']);
});
