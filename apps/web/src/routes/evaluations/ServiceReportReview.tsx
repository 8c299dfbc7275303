import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { REPORT_SECTIONS, commentOnReportInput } from '@knutepunkt/domain';
import { FormErrorSummary, QueryView, SelectField, TextArea, useI18n } from '@knutepunkt/ui';
import { formatDate } from '../../components/format.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';
import { ReportView } from './ReportView.tsx';

const FIELDS = ['section', 'body'] as const;

/**
 * The report under review, a section of the service contacts' page (docs/adr/0025): the report
 * as it will be published, a form to comment on one of its parts, and one's own comments with
 * whether the lead has dealt with them. Once published, the frozen report without the form.
 */
export function ServiceReportReview({ evaluationId }: { evaluationId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.evaluations.reportForReview.queryOptions({ evaluationId }));
  const [done, setDone] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const comment = useMutation(
    trpc.evaluations.commentOnReport.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.evaluations.reportForReview.pathFilter());
        formRef.current?.reset();
        setDone(t('evaluations.web.report.comment.sent'));
        statusRef.current?.focus();
      },
    }),
  );
  const { check, errors, errorFor, failure } = useCheckedForm(comment, commentOnReportInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const form = new FormData(event.currentTarget);
    const input = { evaluationId, section: text(form.get('section')), body: text(form.get('body')) };
    if (check(input)) comment.mutate(input);
  };

  return (
    <section aria-labelledby="service-report-heading" className="kp-stack">
      <Heading level={2} data-size="md" id="service-report-heading">
        {t('evaluations.web.report.heading')}
      </Heading>
      <QueryView query={query} scope="section" headingLevel={3}>
        {(review) => {
          if (!review.report) return <Paragraph>{t('evaluations.report.error.notInReview')}</Paragraph>;
          const sectionName = (section: string) => {
            if ((REPORT_SECTIONS as readonly string[]).includes(section)) {
              return t(`evaluations.report.section.${section as (typeof REPORT_SECTIONS)[number]}`);
            }
            const r = review.report!.recommendations.find((x) => x.id === section);
            return t('evaluations.report.section.recommendation', { title: r?.title ?? '' });
          };
          const options = [
            ...REPORT_SECTIONS.map((s) => ({ value: s, label: sectionName(s) })),
            ...review.report.recommendations.map((r) => ({ value: r.id, label: sectionName(r.id) })),
          ];
          return (
            <>
              <Paragraph>
                {review.canComment
                  ? t('evaluations.web.report.reviewIntro')
                  : t('evaluations.web.report.publishedIntro')}
              </Paragraph>
              <article aria-labelledby="service-report-title" className="kp-panel">
                <Heading level={3} data-size="sm" id="service-report-title" lang={review.report.language}>
                  {review.canComment ? `${t('evaluations.web.report.draft')}: ` : null}
                  {review.report.title}
                </Heading>
                <ReportView report={review.report} headingLevel={4} />
              </article>

              {review.canComment ? (
                <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="kp-stack kp-form">
                  <Heading level={3} data-size="xs">
                    {t('evaluations.web.report.comment.heading')}
                  </Heading>
                  <div ref={statusRef} tabIndex={-1} className="kp-focus-target">
                    <FormStatus success={done} failure={failure} />
                  </div>
                  <FormErrorSummary errors={errors} />
                  <SelectField
                    name="section"
                    label={t('evaluations.web.report.comment.section')}
                    options={options}
                    placeholder={false}
                    error={errorFor('section')}
                  />
                  <TextArea
                    name="body"
                    label={t('evaluations.web.report.comment.body')}
                    description={t('evaluations.web.report.comment.bodyHelp')}
                    rows={5}
                    maxLength={2000}
                    required
                    error={errorFor('body')}
                  />
                  <div>
                    <Button type="submit" loading={comment.isPending}>
                      {t('evaluations.web.report.comment.submit')}
                    </Button>
                  </div>
                </form>
              ) : null}

              {review.comments.length > 0 ? (
                <section aria-labelledby="service-report-comments" className="kp-stack">
                  <Heading level={3} data-size="xs" id="service-report-comments">
                    {t('evaluations.web.report.comments.heading')}
                  </Heading>
                  <ul className="kp-cards">
                    {review.comments.map((c) => (
                      <li key={c.id} className="kp-card">
                        <Paragraph data-size="sm">
                          <strong>{sectionName(c.section)}</strong> ·{' '}
                          {t('evaluations.web.report.comments.sentOn', { date: formatDate(c.createdAt, locale) })}{' '}
                          <Tag data-color={c.resolvedAt ? 'success' : 'neutral'} data-size="sm">
                            {c.resolvedAt
                              ? t('evaluations.web.report.comments.resolved')
                              : t('evaluations.web.report.comments.open')}
                          </Tag>
                        </Paragraph>
                        <Paragraph className="kp-report-comment">{c.body}</Paragraph>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
