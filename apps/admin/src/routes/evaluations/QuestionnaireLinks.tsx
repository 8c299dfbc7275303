import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { DataTable, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { downloadFile, linksCsv } from './questionnaire-editing.ts';
import { type QuestionnairePartProps, useQuestionnaireInvalidation } from './use-questionnaire.ts';

/** The count as the API takes it: a whole number, or the text itself for the server to refuse in words. */
const asNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text);

export interface QuestionnaireLinksProps extends QuestionnairePartProps {
  /** The links the server returned for the last «Lag lenker», or null. */
  links: string[] | null;
  onLinks: (links: string[]) => void;
}

/**
 * One-time links for an open questionnaire. The server keeps only a hash of each, so the links
 * are shown once, here: as a table, as a CSV made in the browser, and as a sheet to print and
 * cut into strips (PrintableLinks). Shown as text, never as links, so a click does not open one.
 */
export function QuestionnaireLinks({ questionnaire: q, links, onLinks, onStatus }: QuestionnaireLinksProps) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const invalidate = useQuestionnaireInvalidation();
  const [count, setCount] = useState('');
  const warningRef = useRef<HTMLDivElement>(null);
  const create = useMutation(
    trpc.evaluations.createLinks.mutationOptions({
      onSuccess: async (result) => {
        setCount('');
        onLinks(result.links);
        await invalidate();
        onStatus(t('evaluations.admin.questionnaire.links.made', { n: formatNumber(locale, result.links.length) }));
      },
    }),
  );
  const errorFor = useFieldErrors(create.error);
  // New links: the warning takes focus, so it is read before anything else.
  useEffect(() => {
    if (links) warningRef.current?.focus();
  }, [links]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    onStatus(null);
    create.mutate({ questionnaireId: q.id, count: asNumber(count) as number });
  };
  const csv = () =>
    downloadFile(
      `${t('evaluations.admin.questionnaire.links.csvFile')}.csv`,
      linksCsv(t('evaluations.admin.questionnaire.links.col.link'), links ?? []),
      'text/csv;charset=utf-8',
    );

  return (
    <Section title={t('evaluations.admin.questionnaire.links.title')}>
      <Paragraph>{t('evaluations.admin.questionnaire.links.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="kp-stack kp-form kp-form--narrow">
        <FormErrors error={create.error} order={['count']} />
        <TextField
          name="count"
          inputMode="numeric"
          autoComplete="off"
          label={t('evaluations.admin.questionnaire.links.count')}
          required
          value={count}
          onChange={(event) => setCount(event.target.value)}
          error={errorFor('count')}
        />
        <div>
          <Button type="submit" aria-disabled={create.isPending || undefined}>
            {t('evaluations.admin.questionnaire.links.create')}
          </Button>
        </div>
      </form>
      {links ? (
        <>
          <Alert ref={warningRef} tabIndex={-1} data-color="warning" className="kp-form-alert">
            <Paragraph>{t('evaluations.admin.questionnaire.links.warning')}</Paragraph>
          </Alert>
          <div className="kp-row-actions">
            <Button type="button" variant="secondary" onClick={csv}>
              {t('evaluations.admin.questionnaire.links.csv')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => window.print()}>
              {t('evaluations.admin.questionnaire.links.print')}
            </Button>
          </div>
          <DataTable
            caption={t('evaluations.admin.questionnaire.links.caption')}
            showCaption
            captionClassName="kp-caption"
            rows={links.map((link, i) => ({ n: i + 1, link }))}
            rowKey={(row) => row.link}
            columns={[
              {
                id: 'n',
                header: t('evaluations.admin.questionnaire.links.col.n'),
                rowHeader: true,
                className: 'kp-num',
                cell: (row) => formatNumber(locale, row.n),
              },
              {
                id: 'link',
                header: t('evaluations.admin.questionnaire.links.col.link'),
                cellClassName: 'kp-one-time-link',
                cell: (row) => row.link,
              },
            ]}
          />
        </>
      ) : null}
    </Section>
  );
}

/** The sheet «Skriv ut» prints (questionnaire.css): the questionnaire's title, then one link a line, large. */
export function PrintableLinks({ links }: { links: readonly string[] }) {
  return (
    <ol className="kp-print-only kp-print-links">
      {links.map((link) => (
        <li key={link}>{link}</li>
      ))}
    </ol>
  );
}
