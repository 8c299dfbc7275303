// The practice editor's contact person: name, role and e-mail, grouped under one legend.
import { Fieldset } from '@digdir/designsystemet-react';
import { TextField, useI18n } from '@knutepunkt/ui';
import type { FieldGroupProps } from './editor-fields.ts';

export function EditorContactFields({ content, update, errorFor, lang }: FieldGroupProps) {
  const { t } = useI18n();
  return (
    <Fieldset className="kp-checkbox-group">
      <Fieldset.Legend>{t('practice.section.contact')}</Fieldset.Legend>
      <Fieldset.Description>{t('practice.web.field.contactHint')}</Fieldset.Description>
      <TextField
        name="contactName"
        label={t('practice.web.field.contactName')}
        value={content.contactName}
        onChange={(e) => update({ contactName: e.target.value })}
        required
        maxLength={120}
        error={errorFor('contactName')}
        // Someone else's name and address, not the writer's own: no autofill.
        autoComplete="off"
      />
      <TextField
        name="contactRole"
        label={t('practice.web.field.contactRole')}
        value={content.contactRole}
        onChange={(e) => update({ contactRole: e.target.value })}
        maxLength={120}
        error={errorFor('contactRole')}
        lang={lang}
        autoComplete="off"
      />
      <TextField
        name="contactEmail"
        type="email"
        inputMode="email"
        label={t('practice.web.field.contactEmail')}
        value={content.contactEmail}
        onChange={(e) => update({ contactEmail: e.target.value.trim() })}
        maxLength={254}
        error={errorFor('contactEmail')}
        autoComplete="off"
      />
    </Fieldset>
  );
}
