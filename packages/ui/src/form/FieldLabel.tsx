import type { ReactNode } from 'react';
import { Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';

/** What every field wrapper takes besides the native attributes of its control. */
export interface FieldBaseProps {
  /** The form field's name; also gives the default id (see fieldId). */
  name: string;
  label: ReactNode;
  /** Help text under the label, read by screen readers together with the field. */
  description?: ReactNode;
  /** A validation message. Marks the field invalid and is tied to it with aria-describedby. */
  error?: string;
  id?: string;
  /** Shows "Må fylles ut" in the label and sets aria-required (not native `required`:
   * the browser's own bubbles would appear in the browser's language, not the user's). */
  required?: boolean;
}

/** Left out of the wrappers' props: every field has a visible label, which is also its name. */
export type LabelAttributes = 'aria-label' | 'aria-labelledby';

/** The label text, with a "Må fylles ut" tag for required fields as Designsystemet suggests. */
export function FieldLabel({ label, required }: { label: ReactNode; required?: boolean }) {
  const { t } = useI18n();
  if (!required) return <>{label}</>;
  return (
    <>
      {label}{' '}
      <Tag data-size="sm" data-color="warning" className="kp-required">
        {t('ui.field.required')}
      </Tag>
    </>
  );
}
