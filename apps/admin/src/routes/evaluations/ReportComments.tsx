import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { REPORT_SECTIONS, type ReportSection } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import type { ReportData } from './ReportPage.tsx';

/** The service contacts' comments on the report, each marked as dealt with (or not) by the lead. */
export function ReportComments({ data, onChange }: { data: ReportData; onChange: () => Promise<unknown> }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const resolve = useMutation(trpc.evaluations.resolveComment.mutationOptions({ onSuccess: onChange }));
  const sectionName = (section: string) => {
    if ((REPORT_SECTIONS as readonly string[]).includes(section)) {
      return t(`evaluations.report.section.${section as ReportSection}`);
    }
    const r = data.recommendations.find((x) => x.id === section);
    return t('evaluations.report.section.recommendation', { title: r?.title ?? '–' });
  };
  return (
    <Section title={t('evaluations.admin.report.comments')}>
      <FormErrors error={resolve.error} />
      {data.comments.length === 0 ? (
        <Paragraph>{t('evaluations.admin.report.comments.empty')}</Paragraph>
      ) : (
        <ul className="kp-cards">
          {data.comments.map((c) => (
            <li key={c.id} className="kp-card">
              <Paragraph data-size="sm">
                {t('evaluations.admin.report.comment.meta', {
                  section: sectionName(c.section),
                  author: c.authorName ?? t('evaluations.admin.report.comment.unknownAuthor'),
                  date: formatDateTime(locale, c.createdAt),
                })}{' '}
                {c.resolvedAt ? (
                  <Tag data-color="success" data-size="sm">
                    {t('evaluations.admin.report.comment.resolved')}
                  </Tag>
                ) : null}
              </Paragraph>
              <Paragraph className="kp-report-comment">{c.body}</Paragraph>
              <div>
                <Button
                  type="button"
                  variant="secondary"
                  data-size="sm"
                  loading={resolve.isPending && resolve.variables?.commentId === c.id}
                  onClick={() => resolve.mutate({ commentId: c.id, resolved: !c.resolvedAt })}
                >
                  {c.resolvedAt
                    ? t('evaluations.admin.report.comment.reopen')
                    : t('evaluations.admin.report.comment.resolve')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
