import { useState, type FormEvent } from 'react';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { BREAK_GLASS_REASON, evaluationPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, DataTable, QueryView, TextArea, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { webAppUrl } from '../../config.ts';
import { describeError } from '../../errors.ts';
import { formatDate, formatDateTime, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { EvaluationNav } from './EvaluationNav.tsx';

type Overview = AdminRouterOutputs['evaluations']['privacy'];

/** /evalueringer/:evaluationId/personvern: who read raw data, deletions, retention, the export, «break the glass» (docs/adr/0025). */
export function PrivacyPage() {
  const { evaluationId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.evaluations.privacy.queryOptions({ evaluationId }), staleTime: 0 });
  return <QueryView query={query}>{(data) => <PrivacyView data={data} />}</QueryView>;
}

export function PrivacyView({ data }: { data: Overview }) {
  const { t, locale } = useI18n();
  const account = useAccount();
  const exportHref = pathTo(evaluationPaths.admin.rawExport, { evaluationId: data.id });
  const retention = data.rawDataDeletedAt
    ? t('evaluations.admin.privacy.retention.deleted', { date: formatDate(locale, data.rawDataDeletedAt) })
    : data.retentionEndsAt && data.reminderAt
      ? t('evaluations.admin.privacy.retention.endsOn', {
          date: formatDate(locale, data.retentionEndsAt),
          reminder: formatDate(locale, data.reminderAt),
        })
      : t('evaluations.admin.privacy.retention.afterPublication', {
          months: formatNumber(locale, data.retentionMonths),
        });
  return (
    <Page
      title={t('evaluations.admin.privacy.title', { title: data.title })}
      lead={
        <>
          <Paragraph>
            <AppLink to={pathTo(evaluationPaths.admin.evaluation, { evaluationId: data.id })}>
              {t('evaluations.admin.privacy.back')}
            </AppLink>
          </Paragraph>
          <Paragraph>{t('evaluations.admin.privacy.intro')}</Paragraph>
        </>
      }
    >
      <EvaluationNav evaluationId={data.id} />
      <Section title={t('evaluations.admin.privacy.retention.heading')}>
        <Paragraph>{retention}</Paragraph>
      </Section>
      {data.rawDataDeletedAt ? null : (
        <Section title={t('evaluations.admin.privacy.export.heading')}>
          <Paragraph>{t('evaluations.admin.privacy.export.text')}</Paragraph>
          {account.isAdmin ? <Paragraph>{t('evaluations.admin.privacy.export.adminNote')}</Paragraph> : null}
          <Paragraph>
            {/* A plain link: the browser downloads the zip with the session cookie (Content-Disposition: attachment). */}
            <Link href={exportHref} download>
              {t('evaluations.admin.privacy.export.link')}
            </Link>
          </Paragraph>
        </Section>
      )}
      <BreakGlassSection data={data} />
      <RawReads evaluationId={data.id} />
      <Deletions evaluationId={data.id} />
    </Page>
  );
}

function RawReads({ evaluationId }: { evaluationId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const query = useQuery({
    ...trpc.evaluations.rawReads.queryOptions({ evaluationId, page }),
    placeholderData: keepPreviousData,
  });
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / query.data.pageSize)) : 1;
  return (
    <Section title={t('evaluations.admin.privacy.reads.heading')}>
      <DataTable
        caption={t('evaluations.admin.privacy.reads.heading')}
        query={query}
        rows={query.data?.rows}
        rowKey={(row) => row.id}
        empty={t('evaluations.admin.privacy.reads.empty')}
        columns={[
          {
            id: 'at',
            header: t('evaluations.admin.privacy.reads.col.at'),
            rowHeader: true,
            cell: (r) => formatDateTime(locale, r.at),
          },
          {
            id: 'who',
            header: t('evaluations.admin.privacy.reads.col.who'),
            cell: (r) => r.actorName ?? t('evaluations.admin.privacy.reads.unknownPerson'),
          },
          {
            id: 'kind',
            header: t('evaluations.admin.privacy.reads.col.kind'),
            cell: (r) =>
              KINDS.includes(r.recordKind as Kind)
                ? t(`evaluations.admin.privacy.kind.${r.recordKind as Kind}`)
                : r.recordKind,
          },
          {
            id: 'record',
            header: t('evaluations.admin.privacy.reads.col.record'),
            cell: (r) => <code>{r.recordId}</code>,
          },
          {
            id: 'breakGlass',
            header: t('evaluations.admin.privacy.reads.col.breakGlass'),
            cell: (r) => (r.breakGlassId ? t('evaluations.admin.privacy.reads.viaBreakGlass') : ''),
          },
        ]}
        pagination={
          pages > 1 ? (
            <nav aria-label={t('evaluations.admin.privacy.reads.heading')} className="kp-row-actions">
              <Button type="button" variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
                {t('evaluations.admin.privacy.reads.previous')}
              </Button>
              <span aria-live="polite">
                {t('evaluations.admin.privacy.reads.page', { page: String(page), pages: String(pages) })}
              </span>
              <Button type="button" variant="secondary" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
                {t('evaluations.admin.privacy.reads.next')}
              </Button>
            </nav>
          ) : null
        }
      />
    </Section>
  );
}

const KINDS = ['interview', 'note', 'response', 'answer', 'quote', 'export'] as const;
type Kind = (typeof KINDS)[number];

function Deletions({ evaluationId }: { evaluationId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluations.deletions.queryOptions({ evaluationId }));
  const n = (value: number | undefined) => formatNumber(locale, value ?? 0);
  return (
    <Section title={t('evaluations.admin.privacy.deletions.heading')}>
      <DataTable
        caption={t('evaluations.admin.privacy.deletions.heading')}
        query={query}
        rows={query.data}
        rowKey={(row) => row.id}
        empty={t('evaluations.admin.privacy.deletions.empty')}
        columns={[
          {
            id: 'at',
            header: t('evaluations.admin.privacy.deletions.col.at'),
            rowHeader: true,
            cell: (r) => formatDateTime(locale, r.at),
          },
          {
            id: 'reason',
            header: t('evaluations.admin.privacy.deletions.col.reason'),
            cell: (r) =>
              r.reason === 'consent_withdrawn'
                ? t('evaluations.admin.privacy.deletions.reason.consent_withdrawn', { code: r.code ?? '' })
                : t('evaluations.admin.privacy.deletions.reason.retention'),
          },
          {
            id: 'counts',
            header: t('evaluations.admin.privacy.deletions.col.counts'),
            cell: (r) =>
              t('evaluations.admin.privacy.deletions.counts', {
                interviews: n(r.counts.interviews),
                notes: n(r.counts.notes),
                responses: n(r.counts.responses),
                answers: n(r.counts.answers),
                quotes: n(r.counts.quotes),
              }),
          },
        ]}
      />
    </Section>
  );
}

function BreakGlassSection({ data }: { data: Overview }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation(
    trpc.evaluations.breakGlass.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        setReason('');
        await queryClient.invalidateQueries(trpc.evaluations.privacy.pathFilter());
      },
    }),
  );
  const mine = data.breakGlass.find((g) => g.mine && g.active);
  const teamPath = pathTo(evaluationPaths.web.team, { evaluationId: data.id });
  const web = webAppUrl();
  const teamUrl = /^https?:\/\//.test(web)
    ? new URL(teamPath.slice(1), web.endsWith('/') ? web : `${web}/`).toString()
    : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setConfirming(true);
  };
  const fieldErrors = mutation.error && !confirming ? describeError(mutation.error, t).fieldErrors : {};
  return (
    <Section title={t('evaluations.admin.privacy.breakGlass.heading')}>
      {mine ? (
        <>
          <Paragraph>
            {t('evaluations.admin.privacy.breakGlass.active', { until: formatDateTime(locale, mine.expiresAt) })}
          </Paragraph>
          <Paragraph>
            {teamUrl ? (
              <Link href={teamUrl}>{t('evaluations.admin.privacy.breakGlass.open')}</Link>
            ) : (
              t('evaluations.admin.privacy.breakGlass.openPath', { path: teamPath })
            )}
          </Paragraph>
        </>
      ) : data.canBreakGlass ? (
        <form
          onSubmit={submit}
          noValidate
          className="kp-stack"
          aria-label={t('evaluations.admin.privacy.breakGlass.heading')}
        >
          <Paragraph>{t('evaluations.admin.privacy.breakGlass.text')}</Paragraph>
          {confirming ? null : <FormErrors error={mutation.error} idFor={(f) => `break-glass-${f}`} />}
          <TextArea
            id="break-glass-reason"
            name="reason"
            label={t('evaluations.admin.privacy.breakGlass.reason')}
            description={t('evaluations.admin.privacy.breakGlass.reasonHelp')}
            required
            rows={3}
            maxLength={BREAK_GLASS_REASON.max}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={fieldErrors.reason}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('evaluations.admin.privacy.breakGlass.submit')}
            </Button>
          </div>
        </form>
      ) : null}
      {data.breakGlass.length === 0 ? (
        <Paragraph>{t('evaluations.admin.privacy.breakGlass.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('evaluations.admin.privacy.breakGlass.history')}</Paragraph>
          <ul>
            {data.breakGlass.map((g) => (
              <li key={g.id}>
                {t('evaluations.admin.privacy.breakGlass.entry', {
                  admin: g.adminName ?? t('evaluations.admin.privacy.reads.unknownPerson'),
                  at: formatDateTime(locale, g.at),
                  until: formatDateTime(locale, g.expiresAt),
                  reason: g.reason,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('evaluations.admin.privacy.breakGlass.heading')}
          confirmLabel={t('evaluations.admin.privacy.breakGlass.submit')}
          danger
          pending={mutation.isPending}
          error={mutation.isError ? describeError(mutation.error, t).message : null}
          onConfirm={() => mutation.mutate({ evaluationId: data.id, reason })}
          onCancel={() => setConfirming(false)}
        >
          {t('evaluations.admin.privacy.breakGlass.confirm')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
