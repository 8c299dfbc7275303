// The practice editor's fields: their order on the page, where an error link leads, and what each is called.
import {
  CHIME_CATEGORIES,
  LEVELS,
  PRACTICE_CONTENT_FIELDS,
  TARGET_GROUPS,
  THEMES,
  type Locale,
  type PracticeContent,
} from '@knutepunkt/domain';
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';
import { fieldId, type I18nContextValue } from '@knutepunkt/ui';
import { checkboxId } from './CheckboxGroup.tsx';

/** The form's fields top to bottom, so the error summary reads in the order of the page. */
export const FIELDS = PRACTICE_CONTENT_FIELDS;

/** Checkbox groups have no single input: an error summary link goes to their first box. */
const FIRST_BOX: Partial<Record<string, string>> = {
  chime: checkboxId('chime', CHIME_CATEGORIES[0]),
  chimeSubthemes: checkboxId('chime', CHIME_CATEGORIES[0]),
  levels: checkboxId('levels', LEVELS[0]),
  themes: checkboxId('themes', THEMES[0]),
  targetGroups: checkboxId('targetGroups', TARGET_GROUPS[0]),
};
export const idFor = (field: string) => FIRST_BOX[field] ?? fieldId(field);

/** The Markdown sections, where an attachment can be inserted. */
export const SECTIONS = ['background', 'approach', 'experiences', 'results'] as const;

/** A field's name as the person sees it, for the error summary and "inserted into …". */
export function fieldLabel(field: string, t: I18nContextValue['t']): string {
  const contact = (key: WebMessageKey) => `${t('practice.section.contact')}, ${t(key).toLocaleLowerCase()}`;
  const labels: Partial<Record<string, string>> = {
    title: t('practice.web.field.title'),
    summary: t('practice.section.summary'),
    background: t('practice.section.background'),
    approach: t('practice.section.approach'),
    experiences: t('practice.section.experiences'),
    results: t('practice.section.results'),
    contactName: contact('practice.web.field.contactName'),
    contactRole: contact('practice.web.field.contactRole'),
    contactEmail: contact('practice.web.field.contactEmail'),
    language: t('practice.web.field.language'),
    chime: t('practice.web.field.chime'),
    chimeSubthemes: t('practice.web.field.chime'),
    levels: t('practice.web.field.levels'),
    themes: t('practice.web.field.themes'),
    targetGroups: t('practice.web.field.targetGroups'),
    ongoing: t('practice.web.field.ongoing'),
  };
  return labels[field] ?? field;
}

/** What each group of fields gets from the form that holds the content. */
export interface FieldGroupProps {
  content: PracticeContent;
  update: (patch: Partial<PracticeContent>) => void;
  /** The message to show at a field now, if any. */
  errorFor: (field: string) => string | undefined;
  /** The language the example is written in (the text fields' `lang`). */
  lang: Locale;
}
