import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ContributionAnswer, QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { useTRPC } from '../../trpc.ts';
import { ContributionPromptsEditor } from './ContributionPromptsEditor.tsx';
import './contributions.css';

type Meeting = AdminRouterOutputs['meetings']['get'];
type Compilation = AdminRouterOutputs['meetings']['contributions']['compilation'];
type CompiledPrompt = Compilation['prompts'][number];

/** /moter/:meetingId/innspill: the prompts and deadline, and the organisations' contributions compiled per prompt. */
export function ContributionsPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ meetingId }));
  return <QueryView query={meeting}>{(data) => <Contributions meeting={data} />}</QueryView>;
}

function Contributions({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const prompts = useQuery(trpc.meetings.contributions.prompts.queryOptions({ meetingId: meeting.id }));
  const compilation = useQuery(trpc.meetings.contributions.compilation.queryOptions({ meetingId: meeting.id }));
  const editable = meeting.status === 'draft' || meeting.status === 'published';
  return (
    <Page
      title={t('meetings.admin.contributions.title', { title: meeting.title })}
      lead={
        <Paragraph className="kp-no-print">
          <AppLink to={pathTo(meetingPaths.admin.meeting, { meetingId: meeting.id })}>
            {t('meetings.admin.contributions.back')}
          </AppLink>
        </Paragraph>
      }
    >
      {editable ? (
        <div className="kp-no-print">
          <QueryView query={prompts} scope="section">
            {(data) => <ContributionPromptsEditor meetingId={meeting.id} prompts={data} />}
          </QueryView>
        </div>
      ) : null}
      <QueryView query={compilation} scope="section">
        {(data) => <CompilationView meetingId={meeting.id} compilation={data} />}
      </QueryView>
    </Page>
  );
}

function CsvButton({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      const { csv, filename } = await queryClient.fetchQuery({
        ...trpc.meetings.contributions.csv.queryOptions({ meetingId }),
        staleTime: 0,
      });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <FormErrors error={error} />
      <Button type="button" variant="secondary" onClick={() => void download()}>
        {t('meetings.admin.contributions.csv')}
      </Button>
    </>
  );
}

function PresentSwitch({ meetingId, answer }: { meetingId: string; answer: CompiledPrompt['answers'][number] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const set = useMutation(
    trpc.meetings.contributions.setPresent.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.meetings.contributions.compilation.pathFilter()),
    }),
  );
  return (
    <div className="kp-no-print">
      <Switch
        label={t('meetings.admin.contributions.present', { organisation: answer.organisation.name })}
        checked={answer.present}
        disabled={set.isPending}
        onChange={(e) => set.mutate({ meetingId, answerId: answer.answerId, present: e.target.checked })}
      />
      <FormErrors error={set.error} />
    </div>
  );
}

function CompilationView({ meetingId, compilation }: { meetingId: string; compilation: Compilation }) {
  const { t } = useI18n();
  return (
    <>
      <Section title={t('meetings.admin.contributions.notSentTitle')}>
        <Paragraph>
          {t('meetings.admin.contributions.counts', { sent: compilation.sentCount, members: compilation.memberCount })}
        </Paragraph>
        {compilation.notSent.length > 0 ? (
          <ul>
            {compilation.notSent.map((o) => (
              <li key={o.id}>
                {o.name}
                {o.status === 'draft' ? ` (${t('meetings.contributions.status.draft').toLowerCase()})` : null}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="kp-actions kp-no-print">
          <CsvButton meetingId={meetingId} />
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            {t('meetings.admin.contributions.print')}
          </Button>
        </div>
      </Section>
      {compilation.prompts.map((prompt, i) => (
        <Section key={prompt.id} title={`${i + 1}. ${prompt.question}`}>
          {prompt.answers.length === 0 ? <Paragraph>{t('meetings.admin.contributions.noAnswers')}</Paragraph> : null}
          {prompt.answers.map((answer) => (
            <article
              key={answer.answerId}
              className="kp-contribution-answer"
              data-present={answer.present || undefined}
            >
              <Heading level={3} data-size="2xs">
                {answer.organisation.name}
                {answer.contributionStatus === 'draft'
                  ? ` (${t('meetings.contributions.status.draft').toLowerCase()})`
                  : null}
                {answer.present ? ` · ${t('meetings.admin.contributions.presentMark')}` : null}
              </Heading>
              <ContributionAnswer
                kind={prompt.kind}
                text={answer.text}
                goals={prompt.goals}
                given={answer.goals}
                labels={{
                  goal: t('meetings.admin.contributions.goal'),
                  status: t('meetings.admin.contributions.goalStatus'),
                  comment: t('meetings.admin.contributions.goalComment'),
                  statusName: (status) => t(`meetings.contributions.goal.${status}`),
                }}
              />
              <PresentSwitch meetingId={meetingId} answer={answer} />
            </article>
          ))}
        </Section>
      ))}
    </>
  );
}
