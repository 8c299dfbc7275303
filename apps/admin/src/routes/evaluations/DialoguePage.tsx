import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { evaluationPaths, meetingPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { formatDate, formatDateTime, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { DialogueMeetingForm } from './DialogueMeetingForm.tsx';
import { EvaluationNav } from './EvaluationNav.tsx';

type Dialogue = AdminRouterOutputs['evaluations']['dialogue'];

/**
 * /evalueringer/:evaluationId/dialog: the lead shares the preliminary findings with the
 * service's contacts (an e-mail with a link, never the findings themselves) and creates the
 * dialogue meeting, a meeting of the meetings module (docs/adr/0025).
 */
export function DialoguePage() {
  const { evaluationId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.evaluations.dialogue.queryOptions({ evaluationId }), staleTime: 0 });
  return <QueryView query={query}>{(data) => <DialogueView data={data} />}</QueryView>;
}

export function DialogueView({ data }: { data: Dialogue }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const share = useMutation(
    trpc.evaluations.shareFindings.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.evaluations.dialogue.pathFilter());
        setConfirming(false);
        setStatus(t('evaluations.admin.dialogue.shareDone', { count: formatNumber(locale, result.notified) }));
      },
    }),
  );
  const { evaluation, meeting } = data;
  const n = (value: number) => formatNumber(locale, value);
  const shareLabel = data.findingsSharedAt
    ? t('evaluations.admin.dialogue.reshare')
    : t('evaluations.admin.dialogue.share');
  return (
    <Page
      title={t('evaluations.admin.dialogue.title')}
      lead={
        <>
          <Paragraph>
            <AppLink to={evaluationPaths.admin.list}>{t('evaluations.admin.dialogue.back')}</AppLink>
          </Paragraph>
          <Paragraph>{evaluation.title}</Paragraph>
        </>
      }
    >
      <EvaluationNav evaluationId={evaluation.id} />
      <StatusMessage message={status} />
      <Section title={t('evaluations.admin.dialogue.shareHeading')}>
        <Paragraph>{t('evaluations.admin.dialogue.shareIntro')}</Paragraph>
        <Paragraph>
          {t('evaluations.admin.dialogue.counts', {
            shared: n(data.sharedFindings),
            teamOnly: n(data.teamOnlyFindings),
            quotes: n(data.publishableQuotes),
            heldBack: n(data.heldBackQuotes),
          })}
        </Paragraph>
        <Paragraph>
          {data.findingsSharedAt
            ? t('evaluations.admin.dialogue.sharedAt', { date: formatDateTime(locale, data.findingsSharedAt) })
            : t('evaluations.admin.dialogue.notShared')}
        </Paragraph>
        {data.mayShare ? (
          <div>
            <Button type="button" onClick={() => setConfirming(true)}>
              {shareLabel}
            </Button>
          </div>
        ) : (
          <Paragraph>{t('evaluations.admin.dialogue.notNow')}</Paragraph>
        )}
      </Section>
      <Section title={t('evaluations.admin.dialogue.meetingHeading')}>
        <Paragraph>{t('evaluations.admin.dialogue.meetingIntro')}</Paragraph>
        {meeting ? (
          <>
            <Paragraph>
              {t('evaluations.admin.dialogue.meetingSummary', {
                title: meeting.title,
                date: formatDate(locale, meeting.startsAt),
              })}
            </Paragraph>
            <Paragraph>
              <AppLink to={pathTo(meetingPaths.admin.meeting, { meetingId: meeting.id })}>
                {t('evaluations.admin.dialogue.meetingLink')}
              </AppLink>
            </Paragraph>
          </>
        ) : data.mayShare ? (
          <DialogueMeetingForm
            evaluationId={evaluation.id}
            language={evaluation.language}
            onCreated={() => setStatus(t('evaluations.admin.dialogue.created'))}
          />
        ) : (
          <Paragraph>{t('evaluations.admin.dialogue.notNow')}</Paragraph>
        )}
      </Section>
      {confirming ? (
        <ConfirmDialog
          title={shareLabel}
          confirmLabel={shareLabel}
          pending={share.isPending}
          error={share.isError ? describeError(share.error, t).message : null}
          onConfirm={() => share.mutate({ evaluationId: evaluation.id })}
          onCancel={() => {
            share.reset();
            setConfirming(false);
          }}
        >
          {t('evaluations.admin.dialogue.shareText', { service: data.service?.name ?? '' })}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
