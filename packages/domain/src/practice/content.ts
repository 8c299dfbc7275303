import type { PracticeContent } from './schemas.ts';

/** The fields a person writes in their own words (the Markdown sections among them), in the editor's order. */
export const PRACTICE_TEXT_FIELDS = [
  'title',
  'summary',
  'background',
  'approach',
  'experiences',
  'results',
  'contactName',
  'contactRole',
] as const satisfies ReadonlyArray<keyof PracticeContent>;

/**
 * The content fields of a version, in the order the editor shows them top to bottom (its error
 * summary follows this order).
 */
export const PRACTICE_CONTENT_FIELDS = [
  ...PRACTICE_TEXT_FIELDS,
  'contactEmail',
  'language',
  'chime',
  'chimeSubthemes',
  'levels',
  'themes',
  'targetGroups',
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
