import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { COUNTY_CODES, ORGANISATION_TYPES } from '../organisations/types.ts';
import { idField, requiredText, slugField } from '../schemas/fields.ts';
import { CHIME_CATEGORIES, CHIME_SUBTHEMES, LEVELS, TARGET_GROUPS, THEMES } from './taxonomy.ts';

/** Limits on what an example may hold: generous for real write-ups, bounded for safety. */
export const PRACTICE_LIMITS = { title: 200, summary: 600, section: 20_000, contact: 120 } as const;

const section = z.string({ error: 'validation.invalid' }).max(PRACTICE_LIMITS.section, { error: 'validation.tooLong' });
const tags = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values, { error: 'validation.choice' }), { error: 'validation.invalid' }).max(values.length);
const contentLanguage = z.enum(LOCALES, { error: 'validation.choice' });

/** Everything an editor writes. Autosave sends it whole; nothing but the title is required until submission. */
export const practiceContent = z.object({
  title: requiredText(PRACTICE_LIMITS.title),
  summary: z.string({ error: 'validation.invalid' }).max(PRACTICE_LIMITS.summary, { error: 'validation.tooLong' }),
  background: section,
  approach: section,
  experiences: section,
  results: section,
  contactName: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(PRACTICE_LIMITS.contact, { error: 'validation.tooLong' }),
  contactRole: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(PRACTICE_LIMITS.contact, { error: 'validation.tooLong' }),
  contactEmail: z.union(
    [z.literal(''), z.email({ error: 'validation.email' }).max(254, { error: 'validation.email' })],
    { error: 'validation.email' },
  ),
  language: contentLanguage,
  chime: tags(CHIME_CATEGORIES),
  chimeSubthemes: tags(CHIME_SUBTHEMES),
  levels: tags(LEVELS),
  targetGroups: tags(TARGET_GROUPS),
  themes: tags(THEMES),
  ongoing: z.boolean({ error: 'validation.invalid' }),
});
export type PracticeContent = z.infer<typeof practiceContent>;

/** What must be filled in before an example can be sent for review. */
export const practiceSubmission = practiceContent.extend({
  summary: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(PRACTICE_LIMITS.summary, { error: 'validation.tooLong' }),
  background: section.trim().min(1, { error: 'validation.required' }),
  approach: section.trim().min(1, { error: 'validation.required' }),
  contactName: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(PRACTICE_LIMITS.contact, { error: 'validation.tooLong' }),
  chime: tags(CHIME_CATEGORIES).min(1, { error: 'practice.validation.chime' }),
  levels: tags(LEVELS).min(1, { error: 'practice.validation.level' }),
});

export const practiceCreateInput = z.object({
  organisationId: idField,
  title: requiredText(PRACTICE_LIMITS.title),
  language: contentLanguage,
});

export const practiceSaveInput = practiceContent.extend({
  versionId: idField,
  /** The `updatedAt` the editor's copy was based on: a newer one on the server means another tab saved. */
  baseUpdatedAt: z.iso.datetime({ error: 'validation.invalid' }),
});

export const versionIdInput = z.object({ versionId: idField });
export const exampleIdInput = z.object({ exampleId: idField });
export const practiceSlugInput = z.object({ slug: slugField });

export const reviewCommentField = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(4000, { error: 'validation.tooLong' });
export const practiceReturnInput = z.object({ versionId: idField, comment: reviewCommentField });
export const practicePublishInput = z.object({ versionId: idField, comment: reviewCommentField.optional() });
export const practiceFlagInput = z.object({ exampleId: idField, value: z.boolean({ error: 'validation.invalid' }) });

export const adoptionInput = z.object({
  exampleId: idField,
  organisationId: idField,
  note: z.string({ error: 'validation.invalid' }).trim().max(1000, { error: 'validation.tooLong' }).default(''),
});
export const adoptionRemoveInput = z.object({ exampleId: idField, organisationId: idField });

const filterList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, { error: 'validation.choice' }))
    .max(values.length)
    .default([]);

/** The practice bank's search: words, filters (any of the values within one filter, all filters together), order, page. */
export const practiceSearchInput = z.object({
  q: z.string({ error: 'validation.invalid' }).trim().max(200, { error: 'validation.tooLong' }).default(''),
  chime: filterList(CHIME_CATEGORIES),
  levels: filterList(LEVELS),
  themes: filterList(THEMES),
  targetGroups: filterList(TARGET_GROUPS),
  organisationTypes: filterList(ORGANISATION_TYPES),
  counties: filterList(COUNTY_CODES),
  organisationId: idField.optional(),
  sort: z.enum(['relevance', 'date'], { error: 'validation.choice' }).default('relevance'),
  page: z.number({ error: 'validation.invalid' }).int().min(1).max(1000).default(1),
  pageSize: z.number({ error: 'validation.invalid' }).int().min(1).max(50).default(10),
});
export type PracticeSearchInput = z.infer<typeof practiceSearchInput>;

export const practiceQueueInput = z.object({ networkId: idField.optional() });
