import { useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { INTL_LOCALES, type Locale, OSLO_TIME_ZONE, evaluationPaths, pathTo } from '@knutepunkt/domain';
import { DataTable, QueryView, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { Page } from '../../components/Page.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import { EvaluationNav } from './EvaluationNav.tsx';

type Overview = AdminRouterOutputs['evaluations']['followUpOverview'];
type Recommendation = Overview['recommendations'][number];

/** A day in Oslo, whatever the machine's zone. */
function day(iso: string, locale: Locale) {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: OSLO_TIME_ZONE }).format(
    new Date(iso),
  );
}

function RecommendationItem({ r }: { r: Recommendation }) {
  const { t, locale } = useI18n();
  const status = (s: Recommendation['statuses'][number]) =>
    [
      day(s.at, locale),
      t(`evaluations.followUp.status.${s.status}`),
      s.round === null ? null : t('evaluations.followUp.round', { months: String(s.round) }),
      s.by,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <li className="kp-stack">
      <Heading level={3} data-size="xs">
        {r.position + 1}. {r.title}
      </Heading>
      <Paragraph>
        {r.response
          ? t('evaluations.admin.followUp.response', {
              response: t(`evaluations.followUp.response.${r.response}`),
              by: r.respondedBy ?? t('evaluations.admin.followUp.unknownPerson'),
              date: r.respondedAt ? day(r.respondedAt, locale) : '',
            })
          : t('evaluations.followUp.noResponse')}
      </Paragraph>
      {r.plannedAction ? (
        <Paragraph>
          {t('evaluations.admin.followUp.plannedAction')}: {r.plannedAction}
        </Paragraph>
      ) : null}
      {r.responsible ? (
        <Paragraph>
          {t('evaluations.admin.followUp.responsible')}: {r.responsible}
        </Paragraph>
      ) : null}
      {r.statuses.length === 0 ? (
        <Paragraph>{t('evaluations.followUp.noStatus')}</Paragraph>
      ) : (
        <ul aria-label={t('evaluations.admin.followUp.statusHistory', { title: r.title })}>
          {r.statuses.map((s) => (
            <li key={s.id}>
              {status(s)}
              {s.comment ? `: ${s.comment}` : ''}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Overview({ data }: { data: Overview }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useMutation(
    trpc.evaluations.closeFollowUp.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        setStatus(t('evaluations.admin.followUp.closedNow'));
        await queryClient.invalidateQueries(trpc.evaluations.pathFilter());
      },
    }),
  );
  const askNow = useMutation(
    trpc.evaluations.requestFollowUpNow.mutationOptions({
      onSuccess: async (result) => {
        setStatus(t('evaluations.admin.followUp.askedNow', { months: String(result.months) }));
        await queryClient.invalidateQueries(trpc.evaluations.followUpOverview.pathFilter());
      },
      onError: (error) => setStatus(describeError(error, t).message),
    }),
  );
  const { evaluation } = data;
  return (
    <Page
      title={t('evaluations.admin.followUp.title', { title: evaluation.title })}
      lead={<Paragraph>{t('evaluations.admin.followUp.intro')}</Paragraph>}
    >
      <EvaluationNav evaluationId={evaluation.id} />
      <AppLink to={pathTo(evaluationPaths.admin.evaluation, { evaluationId: evaluation.id })}>
        {t('evaluations.admin.followUp.back')}
      </AppLink>
      <StatusMessage message={status} />
      <DataTable
        caption={t('evaluations.admin.followUp.rounds')}
        showCaption
        rows={data.rounds}
        rowKey={(r) => String(r.months)}
        columns={[
          {
            id: 'round',
            header: t('evaluations.admin.followUp.col.round'),
            rowHeader: true,
            cell: (r) => t('evaluations.followUp.round', { months: String(r.months) }),
          },
          { id: 'due', header: t('evaluations.admin.followUp.col.due'), cell: (r) => day(r.dueAt, locale) },
          {
            id: 'requested',
            header: t('evaluations.admin.followUp.col.requested'),
            cell: (r) =>
              r.requestedAt ? (
                day(r.requestedAt, locale)
              ) : evaluation.phase === 'published' ? (
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={askNow.isPending}
                  onClick={() => askNow.mutate({ evaluationId: evaluation.id, months: r.months as 6 | 12 })}
                >
                  {/* The visible words start the name (WCAG 2.5.3); the round tells the rows apart. */}
                  {t('evaluations.admin.followUp.askNow')}
                  <VisuallyHidden>: {t('evaluations.followUp.round', { months: String(r.months) })}</VisuallyHidden>
                </Button>
              ) : (
                t('evaluations.admin.followUp.notRequested')
              ),
          },
        ]}
        empty={t('evaluations.admin.followUp.noRounds')}
        errorHeadingLevel={2}
      />
      <section aria-labelledby="anbefalinger" className="kp-stack">
        <Heading level={2} data-size="sm" id="anbefalinger">
          {t('evaluations.admin.followUp.recommendations')}
        </Heading>
        <ul className="kp-stack kp-plain-list">
          {data.recommendations.map((r) => (
            <RecommendationItem key={r.id} r={r} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="avslutt" className="kp-stack">
        <Heading level={2} data-size="sm" id="avslutt">
          {t('evaluations.admin.followUp.closeHeading')}
        </Heading>
        {evaluation.phase === 'published' ? (
          <>
            <Paragraph>{t('evaluations.admin.followUp.closeText')}</Paragraph>
            <div>
              <Button ref={buttonRef} type="button" data-color="danger" onClick={() => setConfirming(true)}>
                {t('evaluations.admin.followUp.close')}
              </Button>
            </div>
          </>
        ) : (
          <Paragraph>
            {evaluation.closedAt
              ? t('evaluations.admin.followUp.closedOn', { date: day(evaluation.closedAt, locale) })
              : t('evaluations.admin.followUp.notPublished')}
          </Paragraph>
        )}
      </section>
      {confirming ? (
        <ConfirmMutationDialog
          title={t('evaluations.admin.followUp.confirmTitle')}
          confirmLabel={t('evaluations.admin.followUp.close')}
          mutation={close}
          onConfirm={() => close.mutate({ evaluationId: evaluation.id })}
          onCancel={() => setConfirming(false)}
          fallbackFocus={() => buttonRef.current}
        >
          {t('evaluations.admin.followUp.confirmText')}
        </ConfirmMutationDialog>
      ) : null}
    </Page>
  );
}

/** /evalueringer/:evaluationId/oppfolging: the lead's view of the follow-up, and closing it (docs/adr/0025). */
export function FollowUpPage() {
  const { evaluationId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluations.followUpOverview.queryOptions({ evaluationId }));
  return <QueryView query={query}>{(data) => <Overview data={data} />}</QueryView>;
}
