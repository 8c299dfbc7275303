import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Markdown, TextArea, VisuallyHidden, useI18n } from '@knutepunkt/ui';

export interface MarkdownSectionProps {
  name: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** The report's language: the text area and the preview are marked with it. */
  lang: string;
  readOnly?: boolean;
  rows?: number;
}

/**
 * One Markdown text of the report with a preview below it, rendered by the same safe renderer
 * as the published page (packages/ui Markdown → domain renderMarkdown, which escapes HTML).
 */
export function MarkdownSection({
  name,
  label,
  description,
  value,
  onChange,
  maxLength,
  lang,
  readOnly,
  rows = 8,
}: MarkdownSectionProps) {
  const { t } = useI18n();
  const [preview, setPreview] = useState(false);
  const previewId = `preview-${name}`;
  return (
    <div className="kp-stack">
      <TextArea
        name={name}
        label={label}
        description={description}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        maxLength={maxLength}
        rows={rows}
        lang={lang}
        readOnly={readOnly}
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
          {preview ? t('evaluations.admin.report.preview.hide') : t('evaluations.admin.report.preview.show')}
          <VisuallyHidden>: {label}</VisuallyHidden>
        </Button>
      </div>
      <div id={previewId} hidden={!preview} className="kp-card">
        {preview ? (
          <>
            <Heading level={3} data-size="2xs">
              {label}
            </Heading>
            {value.trim() ? (
              <Markdown source={value} lang={lang} />
            ) : (
              <Paragraph>{t('evaluations.admin.report.preview.empty')}</Paragraph>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
