import {
  CHIME_CATEGORIES,
  CHIME_SUBTHEMES,
  LEVELS,
  LOCALE_NAMES,
  TARGET_GROUPS,
  THEMES,
  VERSION_STATES,
  isLocale,
  type StoredPracticeContent,
  type VersionState,
} from '@knutepunkt/domain';
import type { AdminMessageKey } from '@knutepunkt/domain/i18n/admin';

type T = (key: AdminMessageKey, params?: Record<string, string | number>) => string;

/** The five kinds of tags on an example, in the order readers see them. */
export const TAG_FIELDS = ['chime', 'chimeSubthemes', 'levels', 'targetGroups', 'themes'] as const;
export type TagField = (typeof TAG_FIELDS)[number];

const TAG_CODES: Record<TagField, readonly string[]> = {
  chime: CHIME_CATEGORIES,
  chimeSubthemes: CHIME_SUBTHEMES,
  levels: LEVELS,
  targetGroups: TARGET_GROUPS,
  themes: THEMES,
};

const TAG_PREFIX: Record<TagField, string> = {
  chime: 'practice.chime',
  chimeSubthemes: 'practice.sub',
  levels: 'practice.level',
  targetGroups: 'practice.target',
  themes: 'practice.theme',
};

export const TAG_HEADINGS: Record<TagField, AdminMessageKey> = {
  chime: 'practice.admin.tags.chime',
  chimeSubthemes: 'practice.admin.tags.chimeSubthemes',
  levels: 'practice.admin.tags.levels',
  targetGroups: 'practice.admin.tags.targetGroups',
  themes: 'practice.admin.tags.themes',
};

/**
 * A version's tags of one kind as labels, in the taxonomy's order (so a
 * reordering alone is not a change). A code the interface does not know is
 * shown as it is rather than dropped.
 */
export function tagLabels(field: TagField, codes: readonly string[], t: T): string[] {
  const known = TAG_CODES[field];
  const sorted = [...codes].sort((a, b) => rank(known, a) - rank(known, b));
  return sorted.map((code) => (known.includes(code) ? t(`${TAG_PREFIX[field]}.${code}` as AdminMessageKey) : code));
}

const rank = (known: readonly string[], code: string) => {
  const index = known.indexOf(code);
  return index === -1 ? known.length : index;
};

export function stateLabel(state: string, t: T): string {
  return (VERSION_STATES as readonly string[]).includes(state) ? t(`practice.state.${state as VersionState}`) : state;
}

export function languageName(language: string): string {
  return isLocale(language) ? LOCALE_NAMES[language] : language;
}

/** The written sections of an example, in reading order. */
export const SECTION_FIELDS = ['background', 'approach', 'experiences', 'results'] as const;

/** What the reviewer compares, field by field, and whether a field's text is in the example's own language. */
export const DIFF_FIELDS: ReadonlyArray<{ field: string; label: AdminMessageKey; content: boolean }> = [
  { field: 'title', label: 'practice.admin.field.title', content: true },
  { field: 'summary', label: 'practice.section.summary', content: true },
  { field: 'background', label: 'practice.section.background', content: true },
  { field: 'approach', label: 'practice.section.approach', content: true },
  { field: 'experiences', label: 'practice.section.experiences', content: true },
  { field: 'results', label: 'practice.section.results', content: true },
  { field: 'contactName', label: 'practice.admin.field.contactName', content: true },
  { field: 'contactRole', label: 'practice.admin.field.contactRole', content: true },
  { field: 'contactEmail', label: 'practice.admin.field.contactEmail', content: true },
  { field: 'language', label: 'practice.admin.field.language', content: false },
  { field: 'ongoing', label: 'practice.admin.field.ongoing', content: false },
  ...TAG_FIELDS.map((field) => ({ field, label: TAG_HEADINGS[field], content: false })),
];

/** The fields of a version that a reviewer compares; the shape both the review and the published version have. */
export type ComparableVersion = StoredPracticeContent;

/** A version as texts per field, for diffVersions: tags and codes become the words a reader sees. */
export function comparableFields(version: ComparableVersion, t: T): Record<string, string> {
  const fields: Record<string, string> = {
    title: version.title,
    summary: version.summary,
    background: version.background,
    approach: version.approach,
    experiences: version.experiences,
    results: version.results,
    contactName: version.contactName,
    contactRole: version.contactRole,
    contactEmail: version.contactEmail,
    language: languageName(version.language),
    ongoing: t(version.ongoing ? 'admin.common.yes' : 'admin.common.no'),
  };
  for (const field of TAG_FIELDS) fields[field] = tagLabels(field, version[field], t).join(', ');
  return fields;
}
