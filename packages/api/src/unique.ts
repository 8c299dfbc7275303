/**
 * Unique names and the database's word on them, shared by the modules that make slugs and
 * codes (meetings, conference editions, evaluations and their interviews).
 */

/** A unique index refused the row (Prisma's P2002): someone took the name a moment before. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === 'P2002';

/**
 * `base`, or `base-2`, `base-3`, … : the first the table does not hold. `taken` lists the slugs
 * that start with `base` (one query). Two callers at once may pick the same one; the unique
 * index refuses the second, who tries again (isUniqueViolation).
 */
export async function freeSlug(base: string, taken: (base: string) => Promise<string[]>): Promise<string> {
  const used = new Set(await taken(base));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
