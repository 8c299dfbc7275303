import { useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { describeError } from '../../errors.ts';
import { formatDateTime } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import type { ReportData } from './ReportPage.tsx';

interface Props {
  data: ReportData;
  onChange: () => Promise<unknown>;
  onStatus: (message: string | null) => void;
}

/**
 * The report's way out, one step at a time: «Send til gjennomsyn» (analysis → review, the
 * service contacts are e-mailed a link), «Publiser» (asks first: the report is frozen and public),
 * «Send til deltakerne» (once; then «Send på nytt»).
 */
export function ReportActions({ data, onChange, onStatus }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const { evaluation } = data;
  const id = { evaluationId: evaluation.id };
  const review = useMutation(
    trpc.evaluations.sendForReview.mutationOptions({
      onSuccess: async (result) => {
        await onChange();
        onStatus(t('evaluations.admin.report.sendForReview.done', { count: result.recipients }));
      },
    }),
  );
  const publish = useMutation(
    trpc.evaluations.publish.mutationOptions({
      onSuccess: async (result) => {
        setConfirming(false);
        await onChange();
        onStatus(t('evaluations.admin.report.published', { date: formatDateTime(locale, result.publishedAt) }));
        heading.current?.focus();
      },
    }),
  );
  const send = useMutation(
    trpc.evaluations.sendToParticipants.mutationOptions({
      onSuccess: async (result) => {
        await onChange();
        onStatus(t('evaluations.admin.report.sent', { count: result.recipients }));
      },
    }),
  );
  const published = evaluation.phase === 'published' || evaluation.phase === 'closed';

  return (
    <Section title={t('evaluations.admin.report.actions')} headingRef={heading}>
      <FormErrors error={review.error ?? send.error} />
      {evaluation.phase === 'analysis' ? (
        <div>
          <Button type="button" loading={review.isPending} onClick={() => review.mutate(id)}>
            {t('evaluations.admin.report.sendForReview')}
          </Button>
        </div>
      ) : null}
      {evaluation.phase === 'review' ? (
        <div>
          <Button
            type="button"
            onClick={() => {
              publish.reset();
              setConfirming(true);
            }}
          >
            {t('evaluations.admin.report.publish')}
          </Button>
        </div>
      ) : null}
      {published && evaluation.publishedAt ? (
        <>
          <Paragraph>
            {t('evaluations.admin.report.published', { date: formatDateTime(locale, evaluation.publishedAt) })}
          </Paragraph>
          <Paragraph>{t('evaluations.admin.report.sendToParticipants.help')}</Paragraph>
          {evaluation.reportSentAt ? (
            <Paragraph>
              {t('evaluations.admin.report.sentAt', { date: formatDateTime(locale, evaluation.reportSentAt) })}
            </Paragraph>
          ) : null}
          <div>
            <Button
              type="button"
              variant={evaluation.reportSentAt ? 'secondary' : 'primary'}
              loading={send.isPending}
              onClick={() => send.mutate({ ...id, again: evaluation.reportSentAt !== null })}
            >
              {evaluation.reportSentAt
                ? t('evaluations.admin.report.sendAgain')
                : t('evaluations.admin.report.sendToParticipants')}
            </Button>
          </div>
        </>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('evaluations.admin.report.publish.title')}
          confirmLabel={t('evaluations.admin.report.publish')}
          pending={publish.isPending}
          error={publish.error ? describeError(publish.error, t).message : null}
          onConfirm={() => publish.mutate(id)}
          onCancel={() => setConfirming(false)}
          fallbackFocus={() => heading.current}
        >
          {t('evaluations.admin.report.publish.text')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
