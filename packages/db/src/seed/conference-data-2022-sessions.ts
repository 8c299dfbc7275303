import type { SessionData } from './conference-shape.ts';
import { DAY_1 } from './conference-data-2022-day1.ts';
import { DAY_2 } from './conference-data-2022-day2.ts';

/**
 * The 2022 programme as it stood at its first release (v1): two days, four rooms. Made up
 * for the demo. conference.ts publishes v1 from it, then makes the changes in V2_CHANGES and
 * publishes v2, so the change log and a starred session's notice can be seen.
 */
export const SESSIONS_2022: SessionData[] = [...DAY_1, ...DAY_2];

/**
 * What changed between v1 and v2 («v2 – endringer 3. okt»): a workshop moved to a bigger room
 * a talk renamed, a talk cancelled, a new one added, a panel with one more speaker.
 */
export const V2_CHANGES = {
  note: 'Verkstedet om recoverykafé er flyttet til Storsalen fordi mange har meldt interesse. Ett innlegg er avlyst på grunn av sykdom, og ett nytt er kommet til.',
  moved: { number: 15, room: 'stor', day: 1, start: '14:15' },
  renamed: { number: 10, title: 'Skrivegruppe som vei tilbake til fellesskapet' },
  cancelled: 12,
  added: {
    number: 34,
    type: 'parallell',
    room: 'munkholmen',
    day: 1,
    start: '13:00',
    minutes: 60,
    title: 'Ungdom med egen erfaring i kommunens ungdomsråd',
    track: 'demokrati',
    speakers: ['nora'],
    tags: ['unge', 'medvirkning'],
    abstract:
      'Erstatter et avlyst innlegg. Om å sitte i ungdomsrådet med egen erfaring fra psykiske helsetjenester, og om å bli tatt på alvor.',
  } satisfies SessionData,
  speakerAdded: { number: 16, speaker: 'geir' },
} as const;

/** The demo member's stars (medlem@): two sessions v2 changes and one it leaves alone. */
export const MEMBER_STARS = [15, 12, 9] as const;
