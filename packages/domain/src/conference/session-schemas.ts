import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { emailField, idField, requiredText } from '../schemas/fields.ts';

/**
 * The coordinators' editing of sessions and speakers (docs/adr/0023). A session's room and
 * start are set in the programme editor (the grid), never here; numbers are given by the API.
 */
export const SESSION_LIMITS = {
  title: 200,
  abstract: 8_000,
  materials: 8_000,
  tags: 10,
  tag: 40,
  speakers: 12,
  minDuration: 5,
  maxDuration: 480,
  capacity: 1_000,
} as const;

export const SPEAKER_LIMITS = { name: 200, bio: 4_000, contribution: 120, photoAlt: 300 } as const;

const flag = z.boolean({ error: 'validation.invalid' });
const markdown = (max: number) => z.string({ error: 'validation.invalid' }).max(max, { error: 'validation.tooLong' });
const int = (min: number, max: number) =>
  z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(min, { error: 'validation.invalid' })
    .max(max, { error: 'validation.invalid' });

/** Trim, drop empty ones, and keep the first spelling of tags that differ only in case. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('nb');
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

const tagsField = z
  // The outer bound only keeps junk small; the real limit is counted after duplicates are gone.
  .array(z.string({ error: 'validation.invalid' }).max(200, { error: 'conference.admin.sessions.error.tagTooLong' }), {
    error: 'validation.invalid',
  })
  .max(50, { error: 'conference.admin.sessions.error.tooManyTags' })
  .transform(normaliseTags)
  .refine((tags) => tags.every((t) => t.length <= SESSION_LIMITS.tag), {
    error: 'conference.admin.sessions.error.tagTooLong',
  })
  .refine((tags) => tags.length <= SESSION_LIMITS.tags, { error: 'conference.admin.sessions.error.tooManyTags' });

/** Speakers in the order they are presented; each once. */
const speakerIdsField = z
  .array(idField, { error: 'validation.invalid' })
  .max(SESSION_LIMITS.speakers, { error: 'conference.admin.sessions.error.tooManySpeakers' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'conference.admin.sessions.error.duplicateSpeaker' });

/** Everything a coordinator writes about a session (not where and when: the grid sets that). */
export const sessionFields = z.object({
  title: requiredText(SESSION_LIMITS.title),
  abstract: markdown(SESSION_LIMITS.abstract),
  language: z.enum(LOCALES, { error: 'validation.choice' }),
  typeId: idField.nullable(),
  trackId: idField.nullable(),
  tags: tagsField,
  signLanguage: flag,
  captioned: flag,
  streamed: flag,
  recorded: flag,
  materials: markdown(SESSION_LIMITS.materials),
  durationMinutes: int(SESSION_LIMITS.minDuration, SESSION_LIMITS.maxDuration),
  /** Places for sign-up (workshops); null: no sign-up. */
  capacity: int(1, SESSION_LIMITS.capacity).nullable(),
  speakerIds: speakerIdsField,
});
export type SessionFields = z.infer<typeof sessionFields>;

export const sessionIdInput = z.object({ sessionId: idField });
export const speakerIdInput = z.object({ speakerId: idField });

export const SESSION_SCHEDULE_FILTERS = ['all', 'scheduled', 'unscheduled'] as const;
export type SessionScheduleFilter = (typeof SESSION_SCHEDULE_FILTERS)[number];
/** With editionId (the builder's input): which sessions of the edition. */
export const sessionListInput = z.object({
  scheduled: z.enum(SESSION_SCHEDULE_FILTERS, { error: 'validation.choice' }).default('all'),
});

/** An empty field is "none": forms send '' for an e-mail left blank. */
const optionalEmail = z
  .string({ error: 'validation.email' })
  .trim()
  .max(254, { error: 'validation.email' })
  .nullable()
  .transform((v) => v || null)
  .pipe(emailField.nullable());

/** A speaker's profile. `userEmail` links it to a platform account (an unknown address is refused). */
export const speakerFields = z.object({
  name: requiredText(SPEAKER_LIMITS.name),
  bio: markdown(SPEAKER_LIMITS.bio),
  bioLanguage: z.enum(LOCALES, { error: 'validation.choice' }),
  /** How they contribute, in their words («erfaringskompetanse»). */
  contribution: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(SPEAKER_LIMITS.contribution, { error: 'validation.tooLong' }),
  organisationId: idField.nullable(),
  userEmail: optionalEmail,
  photoAlt: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(SPEAKER_LIMITS.photoAlt, { error: 'validation.tooLong' }),
});
export type SpeakerFields = z.infer<typeof speakerFields>;
