import type { PracticeContent } from './schemas.ts';

/** The content fields of a version, in the order the editor shows them. */
export const PRACTICE_CONTENT_FIELDS = [
  'title',
  'summary',
  'background',
  'approach',
  'experiences',
  'results',
  'contactName',
  'contactRole',
  'contactEmail',
  'language',
  'chime',
  'chimeSubthemes',
  'levels',
  'targetGroups',
  'themes',
  'ongoing',
] as const satisfies ReadonlyArray<keyof PracticeContent>;

/**
 * A version's content as it is stored and sent to the apps: the tag lists are
 * plain strings in the database (the schemas check their values on the way in).
 */
export type StoredPracticeContent = {
  [K in keyof PracticeContent]: PracticeContent[K] extends readonly unknown[] ? readonly string[] : PracticeContent[K];
};

/** Just the content of a stored version (no ids, states or dates), in the shape the schemas and the save procedure use. */
export function practiceContentOf(version: StoredPracticeContent): PracticeContent {
  return Object.fromEntries(PRACTICE_CONTENT_FIELDS.map((field) => [field, version[field]])) as PracticeContent;
}
