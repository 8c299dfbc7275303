import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { idField, requiredText } from '../schemas/fields.ts';
import { COLOUR_PATTERN, checkTrackColour, formatContrast } from './colours.ts';
import { SESSION_KINDS } from './snapshot.ts';

/** What a coordinator edits about an edition besides its sessions and speakers (docs/adr/0023). */
export const EDITION_LIMITS = {
  title: 200,
  subtitle: 300,
  description: 20_000,
  venue: 300,
  /** An edition spans at most a week of calendar days. */
  days: 7,
  widgetOrigins: 20,
  owners: 20,
  partners: 100,
  name: 120,
  floor: 60,
  note: 500,
  trackDescription: 2_000,
  capacity: 100_000,
  alt: 300,
  position: 10_000,
} as const;

const text = (max: number) =>
  z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' });
const flag = z.boolean({ error: 'validation.invalid' });

/** A calendar day 'YYYY-MM-DD' that exists (no 31 April). */
export const dayField = z
  .string({ error: 'validation.required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid' })
  .refine(
    (day) => {
      // The checks go on after a failed pattern: junk must not reach toISOString.
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
    },
    { error: 'validation.invalid' },
  );

const DAY_MS = 24 * 60 * 60 * 1000;
/** The number of calendar days from `startsOn` to `endsOn`, both counted. */
export function editionDays(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / DAY_MS) + 1;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An origin allowed to frame the widget: `https://host[:port]`, nothing after it (a trailing
 * slash is dropped), written as the browser's Origin header would be. Plain http only for
 * localhost, for trying the widget out. Null for anything else.
 */
export function normaliseOrigin(value: string): string | null {
  const trimmed = value.trim().replace(/\/$/, '');
  if (!/^https?:\/\/[^/?#@\s]+$/i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return null;
  return url.origin === 'null' ? null : url.origin;
}

export const originField = z
  .string({ error: 'conference.admin.validation.origin' })
  .max(200, { error: 'conference.admin.validation.origin' })
  .transform((value, ctx) => {
    const origin = normaliseOrigin(value);
    if (origin === null) {
      ctx.addIssue({ code: 'custom', message: 'conference.admin.validation.origin' });
      return z.NEVER;
    }
    return origin;
  });

const locale = z.enum(LOCALES, { error: 'validation.choice' });

/** An edition's own fields, for creating and for the settings form. */
export const editionFields = z
  .object({
    title: requiredText(EDITION_LIMITS.title),
    subtitle: text(EDITION_LIMITS.subtitle),
    description: text(EDITION_LIMITS.description),
    language: locale,
    languages: z
      .array(locale, { error: 'validation.invalid' })
      .min(1, { error: 'conference.admin.validation.languages' })
      .max(LOCALES.length, { error: 'validation.invalid' })
      .transform((list) => [...new Set(list)]),
    startsOn: dayField,
    endsOn: dayField,
    venueName: text(EDITION_LIMITS.venue),
    venueAddress: text(EDITION_LIMITS.venue),
    widgetOrigins: z
      .array(originField, { error: 'validation.invalid' })
      .max(EDITION_LIMITS.widgetOrigins, { error: 'validation.tooLong' })
      .transform((list) => [...new Set(list)]),
    ownerNetworkIds: z
      .array(idField, { error: 'validation.invalid' })
      .min(1, { error: 'conference.admin.validation.owners' })
      .max(EDITION_LIMITS.owners, { error: 'validation.tooLong' })
      .transform((list) => [...new Set(list)]),
  })
  .superRefine((value, ctx) => {
    if (!value.startsOn || !value.endsOn) return;
    const days = editionDays(value.startsOn, value.endsOn);
    if (days < 1)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'conference.admin.validation.endBeforeStart' });
    else if (days > EDITION_LIMITS.days)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'conference.admin.validation.tooManyDays' });
  });
export type EditionFields = z.output<typeof editionFields>;
export const editionCreateInput = editionFields;
export const editionUpdateInput = editionFields;

export const PARTNER_ROLES = ['organiser', 'partner'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

const position = z
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .min(0, { error: 'validation.invalid' })
  .max(EDITION_LIMITS.position, { error: 'validation.invalid' });

/** An organiser or partner: an organisation of the directory. Its logo is uploaded on its own. */
export const partnerInput = z.object({
  organisationId: idField,
  role: z.enum(PARTNER_ROLES, { error: 'validation.choice' }),
  position,
  logoAlt: text(EDITION_LIMITS.alt),
});
export type PartnerInput = z.output<typeof partnerInput>;

/** The whole list at once; an organisation is listed once. */
export const partnersInput = z.object({
  partners: z
    .array(partnerInput, { error: 'validation.invalid' })
    .max(EDITION_LIMITS.partners, { error: 'validation.tooLong' })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((partner, i) => {
        if (seen.has(partner.organisationId))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'organisationId'],
            message: 'conference.admin.validation.partnerTwice',
          });
        seen.add(partner.organisationId);
      });
    }),
});

export const roomInput = z.object({
  name: requiredText(EDITION_LIMITS.name),
  capacity: z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(1, { error: 'conference.admin.validation.capacity' })
    .max(EDITION_LIMITS.capacity, { error: 'validation.invalid' })
    .nullable(),
  floor: text(EDITION_LIMITS.floor),
  hearingLoop: flag,
  stepFree: flag,
  interpreted: flag,
  accessibilityNote: text(EDITION_LIMITS.note),
});
export type RoomInput = z.output<typeof roomInput>;

/** A track's colour: '#rrggbb' (kept in lower case) that reaches the contrast rule, or a refusal naming its ratio. */
export const trackColourField = z
  .string({ error: 'conference.admin.validation.colour' })
  .trim()
  .regex(COLOUR_PATTERN, { error: 'conference.admin.validation.colour' })
  .transform((colour) => colour.toLowerCase())
  .superRefine((colour, ctx) => {
    const check = checkTrackColour(colour);
    if (check && !check.passes)
      ctx.addIssue({
        code: 'custom',
        message: 'conference.admin.validation.contrast',
        params: { ratio: formatContrast(check.ratio) },
      });
  });

export const trackInput = z.object({
  name: requiredText(EDITION_LIMITS.name),
  colour: trackColourField,
  description: text(EDITION_LIMITS.trackDescription),
});
export type TrackInput = z.output<typeof trackInput>;

export const sessionTypeInput = z.object({
  name: requiredText(EDITION_LIMITS.name),
  kind: z.enum(SESSION_KINDS, { error: 'validation.choice' }),
});
export type SessionTypeInput = z.output<typeof sessionTypeInput>;

export const roomIdInput = z.object({ roomId: idField });
export const trackIdInput = z.object({ trackId: idField });
export const sessionTypeIdInput = z.object({ sessionTypeId: idField });

/** The edition's rooms in their new order: every room, once. */
export const roomOrderInput = z.object({
  roomIds: z.array(idField, { error: 'validation.invalid' }).max(200, { error: 'validation.tooLong' }),
});

/** The edition's tracks in their new order: every track, once (the legend's and the filters' order). */
export const trackOrderInput = z.object({
  trackIds: z.array(idField, { error: 'validation.invalid' }).max(200, { error: 'validation.tooLong' }),
});

/** The edition's session types in their new order: every type, once. */
export const sessionTypeOrderInput = z.object({
  sessionTypeIds: z.array(idField, { error: 'validation.invalid' }).max(200, { error: 'validation.tooLong' }),
});

/** The image upload's form fields (conferencePaths.admin.imageUpload): whose image, and its text alternative. */
export const IMAGE_TARGETS = ['speaker', 'partner'] as const;
export type ImageTarget = (typeof IMAGE_TARGETS)[number];
export const imageUploadFields = z.object({
  target: z.enum(IMAGE_TARGETS, { error: 'validation.choice' }),
  /** The speaker's id, or the partner's organisation id. */
  id: idField,
  alt: z
    .string({ error: 'conference.admin.validation.altRequired' })
    .trim()
    .min(1, { error: 'conference.admin.validation.altRequired' })
    .max(EDITION_LIMITS.alt, { error: 'validation.tooLong' }),
});
