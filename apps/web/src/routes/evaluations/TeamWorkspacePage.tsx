import { useState } from 'react';
import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { DataTable, type DataTableColumn, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { FactList } from '../../components/FactList.tsx';
import { FormStatus } from '../../components/FormStatus.tsx';
import { Page } from '../../components/Page.tsx';
import { errorMessage } from '../../components/errors.ts';
import { type Outputs, fieldErrorsOf, useTRPC } from '../../trpc.ts';
import { InterviewFactsForm } from './InterviewFactsForm.tsx';
import { formatDay, formatWhen, osloToday } from './collection-format.ts';

type Workspace = Outputs['evaluations']['workspace'];
type Row = Workspace['interviews'][number];

function NewInterview({ workspace }: { workspace: Workspace }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<{ fields: Record<string, string> | null; message: string | null }>({
    fields: null,
    message: null,
  });
  const create = useMutation(
    trpc.evaluations.createInterview.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.evaluations.workspace.pathFilter());
        // Straight on to the consent and the notes.
        await navigate(pathTo(evaluationPaths.web.interview, { evaluationId: workspace.id, interviewId: created.id }));
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setFailure(
          Object.keys(fields).length > 0
            ? { fields, message: null }
            : { fields: null, message: errorMessage(error, t) },
        );
      },
    }),
  );
  return (
    <section aria-labelledby="new-interview-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="new-interview-heading">
        {t('evaluations.web.collection.new')}
      </Heading>
      {workspace.guide ? (
        <>
          <FormStatus failure={failure.message} />
          <InterviewFactsForm
            idPrefix="nytt-intervju"
            initial={{ code: '', kind: 'group', heldOn: osloToday(), participants: 5 }}
            submitLabel={t('evaluations.web.collection.new.submit')}
            pending={create.isPending}
            fieldErrors={failure.fields}
            onSubmit={(facts) => {
              setFailure({ fields: null, message: null });
              create.mutate({ evaluationId: workspace.id, ...facts });
            }}
          />
        </>
      ) : (
        <Paragraph>{t('evaluations.web.collection.noGuide')}</Paragraph>
      )}
    </section>
  );
}

function WorkspaceView({ workspace }: { workspace: Workspace }) {
  const { t, locale } = useI18n();
  const columns: Array<DataTableColumn<Row>> = [
    {
      id: 'code',
      header: t('evaluations.web.collection.col.code'),
      rowHeader: true,
      sortValue: (r) => r.code,
      cell: (r) => (
        <DsLink asChild>
          <Link to={pathTo(evaluationPaths.web.interview, { evaluationId: workspace.id, interviewId: r.id })}>
            {r.code}
          </Link>
        </DsLink>
      ),
    },
    {
      id: 'kind',
      header: t('evaluations.web.collection.col.kind'),
      cell: (r) => t(`evaluations.web.collection.kind.${r.kind}`),
    },
    {
      id: 'heldOn',
      header: t('evaluations.web.collection.col.heldOn'),
      sortValue: (r) => r.heldOn,
      cell: (r) => formatDay(r.heldOn, locale),
    },
    { id: 'participants', header: t('evaluations.web.collection.col.participants'), cell: (r) => r.participants },
    {
      id: 'consent',
      header: t('evaluations.web.collection.col.consent'),
      cell: (r) => (r.consentGiven ? t('evaluations.web.collection.yes') : t('evaluations.web.collection.no')),
    },
    {
      id: 'notes',
      header: t('evaluations.web.collection.col.notes'),
      cell: (r) => t('evaluations.web.collection.notesFilled', { n: r.notesFilled, m: r.questions }),
    },
    {
      id: 'changed',
      header: t('evaluations.web.collection.col.changed'),
      sortValue: (r) => new Date(r.lastChangedAt).getTime(),
      cell: (r) => formatWhen(r.lastChangedAt, locale),
    },
  ];
  const { counts } = workspace;
  return (
    <>
      <Paragraph>{t('evaluations.web.collection.intro')}</Paragraph>
      <Paragraph>
        {t('evaluations.web.collection.phase', { phase: t(`evaluations.phase.${workspace.phase}`) })}
      </Paragraph>
      {workspace.canCollect ? null : <Paragraph>{t('evaluations.web.collection.closedForCollection')}</Paragraph>}
      <nav aria-labelledby="team-links-heading">
        <Heading level={2} data-size="xs" id="team-links-heading">
          {t('evaluations.web.collection.links')}
        </Heading>
        <ul>
          <li>
            <DsLink asChild>
              <Link to={pathTo(evaluationPaths.web.paper, { evaluationId: workspace.id })}>
                {t('evaluations.web.collection.paperLink')}
              </Link>
            </DsLink>
          </li>
          <li>
            <DsLink asChild>
              <Link to={pathTo(evaluationPaths.web.analysis, { evaluationId: workspace.id })}>
                {t('evaluations.web.collection.analysisLink')}
              </Link>
            </DsLink>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="counts-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="counts-heading">
          {t('evaluations.web.collection.counts')}
        </Heading>
        <FactList
          facts={[
            [t('evaluations.web.collection.count.group'), counts.group],
            [t('evaluations.web.collection.count.individual'), counts.individual],
            [t('evaluations.web.collection.count.participants'), counts.participants],
            [t('evaluations.web.collection.count.withConsent'), counts.withConsent],
          ]}
        />
        <Paragraph data-size="sm">
          {t('evaluations.web.collection.minGroupSize', { min: workspace.minGroupSize })}
        </Paragraph>
      </section>
      <section aria-labelledby="interviews-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="interviews-heading">
          {t('evaluations.web.collection.interviews')}
        </Heading>
        {workspace.interviews.length === 0 ? (
          <Paragraph>{t('evaluations.web.collection.noInterviews')}</Paragraph>
        ) : (
          <DataTable
            caption={t('evaluations.web.collection.interviews')}
            columns={columns}
            rows={workspace.interviews}
            rowKey={(r) => r.id}
          />
        )}
      </section>
      {workspace.canCollect ? <NewInterview workspace={workspace} /> : null}
    </>
  );
}

/**
 * /mine-evalueringer/:evaluationId/team: the team's workspace (docs/adr/0025): the counts so far,
 * the interviews (codes, days, consent, how many notes), a new interview, and the way on to the
 * paper questionnaires and the analysis. No note text is shown here.
 */
export function TeamWorkspacePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { evaluationId = '' } = useParams();
  const query = useQuery(trpc.evaluations.workspace.queryOptions({ evaluationId }));
  // The query decides the page: not on the team (404) gives the not-found page, with its one h1.
  return (
    <QueryView query={query}>
      {(workspace) => (
        <Page
          title={t('evaluations.web.collection.title', { title: workspace.title })}
          meta={{ noindex: true }}
          before={<BackLink to={evaluationPaths.web.mine}>{t('evaluations.web.collection.back')}</BackLink>}
        >
          <WorkspaceView workspace={workspace} />
        </Page>
      )}
    </QueryView>
  );
}
