import { z } from 'zod';
import { SLUG_LENGTH, SLUG_PATTERN } from './slug.ts';

export { isSlug, SLUG_LENGTH, SLUG_PATTERN } from './slug.ts';

/**
 * Field schemas shared by every module. Their errors are message keys
 * (packages/domain/src/i18n/messages/validation.ts) that the server
 * translates into the asker's language.
 */

/** Database ids are cuid-like strings; bound them so junk never reaches a query. */
export const idField = z
  .string({ error: 'validation.invalid' })
  .min(1, { error: 'validation.required' })
  .max(40, { error: 'validation.invalid' })
  .regex(/^[a-zA-Z0-9_-]+$/, { error: 'validation.invalid' });

export function requiredText(max: number) {
  return z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });
}

/** Optional free text; an empty string is stored as null. */
export function optionalText(max: number) {
  return z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .nullable()
    .transform((v) => (v ? v : null));
}

export const emailField = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'validation.email' })
  .pipe(z.email({ error: 'validation.email' }));

export const urlField = z
  .string({ error: 'validation.url' })
  .trim()
  .max(500, { error: 'validation.url' })
  .pipe(z.url({ protocol: /^https?$/, error: 'validation.url' }));

export const slugField = z
  .string({ error: 'validation.required' })
  .trim()
  .min(SLUG_LENGTH.min, { error: 'validation.slug' })
  .max(SLUG_LENGTH.max, { error: 'validation.slug' })
  .regex(SLUG_PATTERN, { error: 'validation.slug' });

export const pageInput = z.object({
  page: z.number({ error: 'validation.invalid' }).int().min(1).max(10_000).default(1),
  pageSize: z.number({ error: 'validation.invalid' }).int().min(1).max(100).default(20),
});

/** Turn a name into a URL slug: "Trondheim kommune" → "trondheim-kommune". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
