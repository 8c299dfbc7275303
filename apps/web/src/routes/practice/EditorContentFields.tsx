// The practice editor's content: title, summary, language and the four Markdown sections.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { LOCALES, LOCALE_NAMES, type Locale } from '@knutepunkt/domain';
import { SelectField, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import type { FieldGroupProps } from './editor-fields.ts';
import { MarkdownField } from './MarkdownField.tsx';

export function EditorContentFields({ content, update, errorFor, lang }: FieldGroupProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        name="title"
        label={t('practice.web.field.title')}
        value={content.title}
        onChange={(e) => update({ title: e.target.value })}
        required
        maxLength={200}
        error={errorFor('title')}
        lang={lang}
        autoComplete="off"
      />
      <TextArea
        name="summary"
        label={t('practice.section.summary')}
        description={t('practice.web.field.summaryHint')}
        value={content.summary}
        onChange={(e) => update({ summary: e.target.value })}
        required
        maxLength={600}
        rows={3}
        error={errorFor('summary')}
        lang={lang}
      />
      <SelectField
        name="language"
        label={t('practice.web.field.language')}
        description={t('practice.web.field.languageHint')}
        value={content.language}
        onChange={(e) => update({ language: e.target.value as Locale })}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        placeholder={false}
        error={errorFor('language')}
      />

      <Heading level={2} data-size="sm">
        {t('practice.web.field.textHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('practice.web.field.markdownNote')}</Paragraph>
      <MarkdownField
        name="background"
        label={t('practice.section.background')}
        description={t('practice.web.field.backgroundHint')}
        value={content.background}
        onChange={(background) => update({ background })}
        required
        maxLength={20_000}
        error={errorFor('background')}
        lang={lang}
      />
      <MarkdownField
        name="approach"
        label={t('practice.section.approach')}
        description={t('practice.web.field.approachHint')}
        value={content.approach}
        onChange={(approach) => update({ approach })}
        required
        maxLength={20_000}
        error={errorFor('approach')}
        lang={lang}
      />
      <MarkdownField
        name="experiences"
        label={t('practice.section.experiences')}
        description={t('practice.web.field.experiencesHint')}
        value={content.experiences}
        onChange={(experiences) => update({ experiences })}
        maxLength={20_000}
        error={errorFor('experiences')}
        lang={lang}
      />
      <MarkdownField
        name="results"
        label={t('practice.section.results')}
        description={t('practice.web.field.resultsHint')}
        value={content.results}
        onChange={(results) => update({ results })}
        maxLength={20_000}
        error={errorFor('results')}
        lang={lang}
      />
    </>
  );
}
