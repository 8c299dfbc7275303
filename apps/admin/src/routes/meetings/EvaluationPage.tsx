import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { formatDateTime, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { EvaluationQuestions } from './EvaluationQuestions.tsx';

type Evaluation = AdminRouterOutputs['meetings']['evaluation']['get'];

/** /moter/:meetingId/evaluering: the questions, sending the form once, and the way to the results. */
export function EvaluationPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.meetings.evaluation.get.queryOptions({ meetingId }), staleTime: 0 });
  return <QueryView query={query}>{(data) => <EvaluationView data={data} />}</QueryView>;
}

export function EvaluationView({ data }: { data: Evaluation }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const send = useMutation(
    trpc.meetings.evaluation.send.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.meetings.evaluation.get.pathFilter());
        setConfirming(false);
        setStatus(
          result.newlySent
            ? t('meetings.admin.evaluation.sendDone', { count: formatNumber(locale, result.recipients) })
            : t('meetings.admin.evaluation.sendAlready'),
        );
      },
    }),
  );
  const { meeting, evaluation } = data;
  const meetingPath = pathTo(meetingPaths.admin.meeting, { meetingId: meeting.id });
  return (
    <Page
      title={t('meetings.admin.evaluation.heading', { title: meeting.title })}
      lead={
        <>
          <Paragraph>
            <AppLink to={meetingPath}>{t('meetings.admin.evaluation.back')}</AppLink>
          </Paragraph>
          <Paragraph>{t('meetings.admin.evaluation.intro')}</Paragraph>
        </>
      }
    >
      <StatusMessage message={status} />
      <Section title={t('meetings.admin.evaluation.questionsHeading')}>
        {evaluation?.sentAt ? (
          <>
            <Paragraph>
              {t('meetings.admin.evaluation.sentNote', { date: formatDateTime(locale, evaluation.sentAt) })}
            </Paragraph>
            <Paragraph>{evaluation.ratingQuestion}</Paragraph>
            <ul>
              {evaluation.textQuestions.map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ul>
          </>
        ) : (
          <EvaluationQuestions data={data} onSaved={setStatus} />
        )}
      </Section>
      <Section title={t('meetings.admin.evaluation.sendHeading')}>
        {evaluation?.sentAt ? (
          <>
            <Paragraph>
              {t('meetings.admin.evaluation.answered', {
                answered: formatNumber(locale, data.answered),
                participants: formatNumber(locale, data.participants),
              })}
            </Paragraph>
            <Paragraph>
              <AppLink to={pathTo(meetingPaths.admin.evaluationResults, { meetingId: meeting.id })}>
                {t('meetings.admin.evaluation.resultsLink')}
              </AppLink>
            </Paragraph>
          </>
        ) : data.maySend ? (
          <div>
            <Button type="button" onClick={() => setConfirming(true)}>
              {t('meetings.admin.evaluation.send')}
            </Button>
          </div>
        ) : (
          <Paragraph>{t('meetings.admin.evaluation.sendNotYet')}</Paragraph>
        )}
      </Section>
      {confirming ? (
        <ConfirmDialog
          title={t('meetings.admin.evaluation.send')}
          confirmLabel={t('meetings.admin.evaluation.send')}
          pending={send.isPending}
          error={send.isError ? describeError(send.error, t).message : null}
          onConfirm={() => send.mutate({ meetingId: meeting.id })}
          onCancel={() => {
            send.reset();
            setConfirming(false);
          }}
        >
          {t('meetings.admin.evaluation.sendText', { count: formatNumber(locale, data.participants) })}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
