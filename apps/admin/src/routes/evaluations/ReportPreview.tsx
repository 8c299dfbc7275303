import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { QueryView, ReportView, useI18n } from '@knutepunkt/ui';
import { Section } from '../../components/Section.tsx';
import { useTRPC } from '../../trpc.ts';

/**
 * The report exactly as publishing would freeze it (the server builds it the same way, without
 * saving), shown by the same component as the public page. Opened on request: building it
 * opens the quotes, and each opening is logged as a raw read.
 */
export function ReportPreview({ evaluationId }: { evaluationId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const query = useQuery({ ...trpc.evaluations.reportPreview.queryOptions({ evaluationId }), enabled: open });
  return (
    <Section title={t('evaluations.admin.report.preview')}>
      <Paragraph>{t('evaluations.admin.report.preview.intro')}</Paragraph>
      {open ? (
        <QueryView query={query} scope="section" headingLevel={3}>
          {(report) => (
            <article aria-labelledby="report-preview-title" className="kp-card">
              <Heading level={3} data-size="md" id="report-preview-title" lang={report.language}>
                {report.title}
              </Heading>
              <ReportView report={report} headingLevel={4} />
            </article>
          )}
        </QueryView>
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
            {t('evaluations.admin.report.preview.open')}
          </Button>
        </div>
      )}
    </Section>
  );
}
