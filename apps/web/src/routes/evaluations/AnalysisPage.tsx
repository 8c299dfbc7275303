import { useMemo, useState } from 'react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { evaluationPaths } from '@knutepunkt/domain';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { FormStatus } from '../../components/FormStatus.tsx';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { type Analysis, AnalysisContext, type AnalysisNote } from './analysis-context.ts';
import { ThemeForm } from './AnalysisForms.tsx';
import { ThemeSection } from './AnalysisThemeSection.tsx';

/**
 * /mine-evalueringer/:evaluationId/team/analyse: the team groups what was said into themes and
 * findings, links each finding to its notes and picks quotes (docs/adr/0025). Everything here
 * is raw data of the team's; the server records every read.
 */
export function AnalysisPage() {
  const { t } = useI18n();
  const { evaluationId = '' } = useParams();
  const trpc = useTRPC();
  const analysis = useQuery(trpc.evaluations.analysis.queryOptions({ evaluationId }));
  const notes = useQuery(trpc.evaluations.notesForAnalysis.queryOptions({ evaluationId }));
  // The query decides the page: not on the team (404) gives the not-found page, with its one h1.
  return (
    <QueryView query={analysis}>
      {(data) => (
        <Page
          title={t('evaluations.web.analysis.title')}
          meta={{ noindex: true }}
          before={<BackLink to={evaluationPaths.web.mine}>{t('evaluations.web.mine.title')}</BackLink>}
        >
          <AnalysisView data={data} notes={notes.data ?? []} />
        </Page>
      )}
    </QueryView>
  );
}

function AnalysisView({ data, notes }: { data: Analysis; notes: AnalysisNote[] }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const state = useMemo(
    () => ({
      evaluationId: data.evaluation.id,
      language: data.evaluation.language,
      notes,
      isLead: data.isLead,
      mayEdit: data.mayEdit,
      say: setStatus,
    }),
    [data, notes],
  );
  return (
    <AnalysisContext value={state}>
      <Paragraph data-size="lg">{data.evaluation.title}</Paragraph>
      <Paragraph>{t('evaluations.web.analysis.intro')}</Paragraph>
      {data.mayEdit ? null : (
        <Alert data-color="info">
          <Paragraph>{t('evaluations.web.analysis.readOnly')}</Paragraph>
        </Alert>
      )}
      <FormStatus success={status} />
      {data.themes.length === 0 ? (
        <EmptyState headingLevel={2} message={t('evaluations.web.analysis.noThemes')} />
      ) : (
        data.themes.map((theme, i) => (
          <ThemeSection key={theme.id} theme={theme} first={i === 0} last={i === data.themes.length - 1} />
        ))
      )}
      {data.mayEdit ? (
        <section className="kp-card kp-stack" aria-labelledby="analyse-nytt-tema">
          <Heading level={2} data-size="sm" id="analyse-nytt-tema">
            {t('evaluations.web.analysis.newTheme')}
          </Heading>
          <ThemeForm />
        </section>
      ) : null}
    </AnalysisContext>
  );
}
