// The practice editor's tags: CHIME categories with their sub-themes, level, theme, target group, and "ongoing".
import { Heading } from '@digdir/designsystemet-react';
import {
  CHIME,
  CHIME_CATEGORIES,
  LEVELS,
  TARGET_GROUPS,
  THEMES,
  type ChimeCategory,
  type ChimeSubtheme,
  type PracticeContent,
} from '@knutepunkt/domain';
import { CheckboxField, useI18n } from '@knutepunkt/ui';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import type { FieldGroupProps } from './editor-fields.ts';

export function EditorTagFields({ content, update, errorFor }: Omit<FieldGroupProps, 'lang'>) {
  const { t } = useI18n();

  const chimeSubthemes = (category: string) => {
    const subs = CHIME[category as ChimeCategory] as readonly ChimeSubtheme[];
    return (
      <CheckboxGroup
        name="chimeSubthemes"
        className="kp-subtheme-group"
        legend={t('practice.web.field.subthemes', { category: t(`practice.chime.${category as ChimeCategory}`) })}
        options={subs.map((s) => ({ value: s, label: t(`practice.sub.${s}`) }))}
        selected={content.chimeSubthemes.filter((s) => subs.includes(s))}
        onChange={(selected) => {
          const others = content.chimeSubthemes.filter((s) => !subs.includes(s));
          update({ chimeSubthemes: [...others, ...(selected as ChimeSubtheme[])] });
        }}
      />
    );
  };

  return (
    <>
      <Heading level={2} data-size="sm">
        {t('practice.web.field.tagsHeading')}
      </Heading>
      <CheckboxGroup
        name="chime"
        legend={t('practice.web.field.chime')}
        description={t('practice.web.field.chimeHint')}
        options={CHIME_CATEGORIES.map((c) => ({ value: c, label: t(`practice.chime.${c}`) }))}
        selected={content.chime}
        error={errorFor('chime') ?? errorFor('chimeSubthemes')}
        onChange={(selected) => {
          const chime = selected as ChimeCategory[];
          // Sub-themes of a category no longer chosen go with it (they are hidden, so must not linger).
          const allowed = new Set<string>(chime.flatMap((c) => CHIME[c]));
          update({ chime, chimeSubthemes: content.chimeSubthemes.filter((s) => allowed.has(s)) });
        }}
        renderChecked={chimeSubthemes}
      />
      <CheckboxGroup
        name="levels"
        legend={t('practice.web.field.levels')}
        description={t('practice.web.field.levelsHint')}
        options={LEVELS.map((l) => ({ value: l, label: t(`practice.level.${l}`) }))}
        selected={content.levels}
        error={errorFor('levels')}
        onChange={(selected) => update({ levels: selected as PracticeContent['levels'] })}
      />
      <CheckboxGroup
        name="themes"
        columns
        legend={t('practice.web.field.themes')}
        options={THEMES.map((v) => ({ value: v, label: t(`practice.theme.${v}`) }))}
        selected={content.themes}
        error={errorFor('themes')}
        onChange={(selected) => update({ themes: selected as PracticeContent['themes'] })}
      />
      <CheckboxGroup
        name="targetGroups"
        columns
        legend={t('practice.web.field.targetGroups')}
        options={TARGET_GROUPS.map((v) => ({ value: v, label: t(`practice.target.${v}`) }))}
        selected={content.targetGroups}
        error={errorFor('targetGroups')}
        onChange={(selected) => update({ targetGroups: selected as PracticeContent['targetGroups'] })}
      />
      <CheckboxField
        name="ongoing"
        label={t('practice.web.field.ongoing')}
        checked={content.ongoing}
        onChange={(e) => update({ ongoing: e.target.checked })}
        error={errorFor('ongoing')}
      />
    </>
  );
}
