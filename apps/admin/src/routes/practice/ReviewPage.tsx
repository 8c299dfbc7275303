import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Alert, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { organisationPaths, pathTo, practicePaths } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { languageName, stateLabel } from './labels.ts';
import { PracticePreview } from './PracticePreview.tsx';
import { publicExampleUrl } from './public-url.ts';
import { ReviewCommentList } from './ReviewComments.tsx';
import { ReviewDecision } from './ReviewDecision.tsx';
import { VersionDiff } from './VersionDiff.tsx';
import './practice.css';

/**
 * /praksis/vurdering/:versionId: one submitted version, read as the public
 * will read it, with what changed since the published version, the earlier
 * comments, and the reviewer's decision.
 */
export function ReviewPage() {
  const { versionId = '' } = useParams();
  const trpc = useTRPC();
  // Always fresh on opening: another coordinator may have acted on the version meanwhile.
  const review = useQuery({ ...trpc.practice.forReview.queryOptions({ versionId }), staleTime: 0 });
  return <QueryView query={review}>{(data) => <ReviewVersion versionId={versionId} review={data} />}</QueryView>;
}

function ReviewVersion({
  versionId,
  review,
}: {
  /** As in the address: the query to refresh after a conflict is keyed by it. */
  versionId: string;
  review: AdminRouterOutputs['practice']['forReview'];
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<string | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const { example, version, published, comments } = review;
  const inReview = version.state === 'IN_REVIEW';
  const publicUrl = example.archivedAt ? null : publicExampleUrl(example.slug);

  const onConflict = (message: string) => {
    setConflict(message);
    void queryClient.invalidateQueries(trpc.practice.forReview.queryFilter({ versionId }));
    void queryClient.invalidateQueries(trpc.practice.queue.queryFilter());
  };

  return (
    <Page
      title={t('practice.admin.review.title', { title: version.title })}
      actions={<AppLink to={pathTo(practicePaths.admin.queue)}>{t('practice.admin.review.back')}</AppLink>}
    >
      {conflict ? (
        <Alert ref={conflictRef} data-color="warning" tabIndex={-1} className="kp-form-alert">
          <Paragraph>{conflict}</Paragraph>
          <Paragraph>{t('practice.admin.review.conflict')}</Paragraph>
        </Alert>
      ) : null}
      {!inReview ? (
        <Alert data-color="info">
          <Paragraph>{t('practice.admin.review.notInReview', { state: stateLabel(version.state, t) })}</Paragraph>
        </Alert>
      ) : null}
      {example.archivedAt ? (
        <Alert data-color="warning">
          <Paragraph>{t('practice.admin.review.archived')}</Paragraph>
        </Alert>
      ) : null}

      <Section title={t('practice.admin.review.about')}>
        <dl className="kp-facts">
          <div className="kp-facts__row">
            <dt>{t('practice.admin.queue.col.organisation')}</dt>
            <dd>
              <AppLink to={pathTo(organisationPaths.admin.organisation, { organisationId: example.organisation.id })}>
                {example.organisation.name}
              </AppLink>
            </dd>
          </div>
          <div className="kp-facts__row">
            <dt>{t('practice.admin.queue.col.kind')}</dt>
            <dd>{t(published ? 'practice.admin.queue.kind.revision' : 'practice.admin.queue.kind.new')}</dd>
          </div>
          <div className="kp-facts__row">
            <dt>{t('practice.admin.review.version')}</dt>
            <dd>{version.number}</dd>
          </div>
          <div className="kp-facts__row">
            <dt>{t('practice.admin.review.state')}</dt>
            <dd>
              <Tag data-size="sm" data-color={inReview ? 'warning' : 'neutral'}>
                {stateLabel(version.state, t)}
              </Tag>
            </dd>
          </div>
          {version.submittedAt ? (
            <div className="kp-facts__row">
              <dt>{t('practice.admin.queue.col.submitted')}</dt>
              <dd>
                <time dateTime={version.submittedAt}>{formatDateTime(locale, version.submittedAt)}</time>
              </dd>
            </div>
          ) : null}
          <div className="kp-facts__row">
            <dt>{t('practice.admin.review.language')}</dt>
            <dd>{languageName(version.language)}</dd>
          </div>
        </dl>
        <ul className="kp-links">
          <li>
            <AppLink to={pathTo(practicePaths.admin.history, { exampleId: example.id })}>
              {t('practice.admin.review.history')}
            </AppLink>
          </li>
          {published && publicUrl ? (
            <li>
              <Link href={publicUrl}>{t('practice.admin.review.publicPage')}</Link>
            </li>
          ) : null}
        </ul>
      </Section>

      {published ? <VersionDiff published={published} version={version} /> : null}

      <PracticePreview version={version} organisationName={example.organisation.name} />

      <Section title={t('practice.admin.comments.heading')}>
        {comments.length === 0 ? (
          <EmptyState message={t('practice.admin.comments.empty')} />
        ) : (
          <ReviewCommentList comments={comments} />
        )}
      </Section>

      {inReview ? (
        <ReviewDecision
          versionId={version.id}
          title={version.title}
          isRevision={published !== null}
          onConflict={onConflict}
        />
      ) : null}
    </Page>
  );
}
