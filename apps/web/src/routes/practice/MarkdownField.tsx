import { useState, type ChangeEvent, type FocusEvent } from 'react';
import { Button, Heading } from '@digdir/designsystemet-react';
import { Markdown, TextArea, VisuallyHidden, useI18n } from '@knutepunkt/ui';

export interface MarkdownFieldProps {
  name: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: (event: FocusEvent<HTMLTextAreaElement>) => void;
  error?: string;
  required?: boolean;
  maxLength?: number;
  /** The language the text is written in, for the textarea and the preview. */
  lang: string;
}

/**
 * A Markdown text area with a preview that shows the text as readers will see it (rendered by
 * the same function as the public page). The preview sits below the field, so the text stays
 * in view while looking at it.
 */
export function MarkdownField({
  name,
  label,
  description,
  value,
  onChange,
  onBlur,
  error,
  required,
  maxLength,
  lang,
}: MarkdownFieldProps) {
  const { t } = useI18n();
  const [preview, setPreview] = useState(false);
  const previewId = `preview-${name}`;
  return (
    <div className="kp-markdown-field">
      <TextArea
        name={name}
        label={label}
        description={description}
        value={value}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
        onBlur={onBlur}
        error={error}
        required={required}
        maxLength={maxLength}
        rows={8}
        lang={lang}
      />
      <div>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          aria-expanded={preview}
          aria-controls={previewId}
          onClick={() => setPreview(!preview)}
        >
          {preview ? t('practice.web.preview.hide') : t('practice.web.preview.show')}
          <VisuallyHidden>: {label}</VisuallyHidden>
        </Button>
      </div>
      <div id={previewId} className="kp-preview" hidden={!preview}>
        {preview ? (
          <>
            <Heading level={3} data-size="2xs">
              {t('practice.web.preview.heading', { field: label })}
            </Heading>
            {value.trim() ? <Markdown source={value} lang={lang} /> : <p>{t('practice.web.preview.empty')}</p>}
          </>
        ) : null}
      </div>
    </div>
  );
}
