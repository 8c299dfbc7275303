/**
 * What a URL slug looks like ("trondheim-kommune"): lower-case letters and digits in words
 * joined by single hyphens. Kept apart from the zod schemas in fields.ts so that a page can
 * check an address without downloading zod (the web app checks slugs before asking the server).
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_LENGTH = { min: 2, max: 80 } as const;

/** Whether `slugField` accepts the value (surrounding spaces are trimmed first, as it does). */
export function isSlug(value: string): boolean {
  const slug = value.trim();
  return slug.length >= SLUG_LENGTH.min && slug.length <= SLUG_LENGTH.max && SLUG_PATTERN.test(slug);
}
