import { describe, expect, test } from 'vitest';
import {
  editionDays,
  editionFields,
  imageUploadFields,
  normaliseOrigin,
  partnersInput,
  roomInput,
  sessionTypeInput,
  trackInput,
} from './editing-schemas.ts';

const edition = {
  title: 'Ingenting om oss uten oss',
  subtitle: '',
  description: '',
  language: 'nb',
  languages: ['nb', 'nn', 'nb'],
  startsOn: '2031-10-20',
  endsOn: '2031-10-21',
  venueName: 'Royal Garden',
  venueAddress: '',
  widgetOrigins: ['https://Partner.example/', 'http://localhost:5173'],
  ownerNetworkIds: ['n1'],
};
const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('an edition', () => {
  test('a good one: languages once, origins as the browser writes them', () => {
    const parsed = editionFields.parse(edition);
    expect(parsed.languages).toEqual(['nb', 'nn']);
    expect(parsed.widgetOrigins).toEqual(['https://partner.example', 'http://localhost:5173']);
  });

  test('ends on or after its start, and spans at most seven days', () => {
    expect(editionDays('2031-10-20', '2031-10-20')).toBe(1);
    expect(editionFields.safeParse({ ...edition, endsOn: '2031-10-26' }).success).toBe(true);
    expect(messages(editionFields.safeParse({ ...edition, endsOn: '2031-10-27' }))).toEqual([
      'endsOn: conference.admin.validation.tooManyDays',
    ]);
    expect(messages(editionFields.safeParse({ ...edition, endsOn: '2031-10-19' }))).toEqual([
      'endsOn: conference.admin.validation.endBeforeStart',
    ]);
    expect(editionFields.safeParse({ ...edition, startsOn: '2031-02-30' }).success).toBe(false);
  });

  test('needs an owner network and a language', () => {
    expect(messages(editionFields.safeParse({ ...edition, ownerNetworkIds: [] }))).toEqual([
      'ownerNetworkIds: conference.admin.validation.owners',
    ]);
    expect(messages(editionFields.safeParse({ ...edition, languages: [] }))).toEqual([
      'languages: conference.admin.validation.languages',
    ]);
  });

  test.each([
    'http://partner.example',
    'https://partner.example/programme',
    'https://partner.example?x=1',
    'https://user@partner.example',
    'javascript:alert(1)',
    'partner.example',
    '*',
    'https://',
  ])('refuses %s as a widget origin', (origin) => {
    expect(normaliseOrigin(origin)).toBeNull();
    expect(messages(editionFields.safeParse({ ...edition, widgetOrigins: [origin] }))).toEqual([
      'widgetOrigins.0: conference.admin.validation.origin',
    ]);
  });

  test('keeps a port and allows plain http only for localhost', () => {
    expect(normaliseOrigin('https://partner.example:8443')).toBe('https://partner.example:8443');
    expect(normaliseOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
  });
});

describe('the parts of an edition', () => {
  test('a partner is listed once', () => {
    const p = { organisationId: 'o1', role: 'partner', position: 0, logoAlt: '' };
    expect(partnersInput.safeParse({ partners: [p, { ...p, role: 'organiser' }] }).error?.issues[0]).toMatchObject({
      path: ['partners', 1, 'organisationId'],
      message: 'conference.admin.validation.partnerTwice',
    });
    expect(partnersInput.safeParse({ partners: [{ ...p, role: 'sponsor' }] }).success).toBe(false);
  });

  test('a room has a name and a capacity of at least one, or none', () => {
    const room = {
      name: 'Storsalen',
      capacity: 300,
      floor: '1',
      hearingLoop: true,
      stepFree: true,
      interpreted: false,
      accessibilityNote: '',
    };
    expect(roomInput.safeParse(room).success).toBe(true);
    expect(roomInput.safeParse({ ...room, capacity: null }).success).toBe(true);
    expect(messages(roomInput.safeParse({ ...room, capacity: 0 }))).toEqual([
      'capacity: conference.admin.validation.capacity',
    ]);
    expect(roomInput.safeParse({ ...room, name: '  ' }).success).toBe(false);
  });

  test('a track colour must be #rrggbb and pass the contrast rule; the refusal names the ratio', () => {
    const track = { name: 'Medborgerskap', colour: '#1F5F8B', description: '' };
    expect(trackInput.parse(track).colour).toBe('#1f5f8b');
    const pale = trackInput.safeParse({ ...track, colour: '#ffff00' });
    expect(pale.error?.issues[0]).toMatchObject({
      path: ['colour'],
      message: 'conference.admin.validation.contrast',
      params: { ratio: 1 },
    });
    expect(messages(trackInput.safeParse({ ...track, colour: 'blue' }))).toEqual([
      'colour: conference.admin.validation.colour',
    ]);
  });

  test('a session type has one of the kinds', () => {
    expect(sessionTypeInput.safeParse({ name: 'Verksted', kind: 'workshop' }).success).toBe(true);
    expect(sessionTypeInput.safeParse({ name: 'Dans', kind: 'dance' }).success).toBe(false);
  });

  test('an image needs its text alternative', () => {
    expect(imageUploadFields.safeParse({ target: 'speaker', id: 's1', alt: 'Kari smiler' }).success).toBe(true);
    expect(messages(imageUploadFields.safeParse({ target: 'speaker', id: 's1', alt: ' ' }))).toEqual([
      'alt: conference.admin.validation.altRequired',
    ]);
    expect(imageUploadFields.safeParse({ target: 'session', id: 's1', alt: 'x' }).success).toBe(false);
  });
});
