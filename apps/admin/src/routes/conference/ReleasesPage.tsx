import { type FormEvent, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { RELEASE_LIMITS, conferencePaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { QueryView, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { formatDateTime, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { ReleaseChangesView } from './ReleaseChangesView.tsx';
import { ReleaseDraft } from './ReleaseDraft.tsx';

type Releases = AdminRouterOutputs['conference']['releases'];
type Release = Releases['releases'][number];

/** /konferanse/:editionId/utgivelser: drafts, the preview of what would change, publishing, the published ones. */
export function ReleasesPage() {
  const { editionId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.conference.releases.queryOptions({ editionId }));
  return <QueryView query={query}>{(data) => <ReleasesView data={data} />}</QueryView>;
}

function NewDraft({ editionId, onDone }: { editionId: string; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.conference.createRelease.mutationOptions({
      onSuccess: async (release) => {
        await queryClient.invalidateQueries(trpc.conference.releases.pathFilter());
        onDone(t('conference.admin.releases.created', { name: release.name }));
      },
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    create.mutate(
      { editionId, name: String(form.get('name') ?? ''), note: String(form.get('note') ?? '') },
      { onSuccess: () => formElement.reset() },
    );
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="kp-stack kp-form">
      <FormErrors
        error={create.error}
        order={['name', 'note']}
        labels={{ name: t('conference.admin.releases.name'), note: t('conference.admin.releases.note') }}
      />
      <TextField
        name="name"
        label={t('conference.admin.releases.name')}
        description={t('conference.admin.releases.nameHelp')}
        maxLength={RELEASE_LIMITS.name}
        required
      />
      <TextArea name="note" label={t('conference.admin.releases.note')} maxLength={RELEASE_LIMITS.note} />
      <div>
        <Button type="submit" loading={create.isPending}>
          {t('conference.admin.releases.create')}
        </Button>
      </div>
    </form>
  );
}

function Preview({ editionId }: { editionId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [shown, setShown] = useState(false);
  const query = useQuery({
    ...trpc.conference.previewRelease.queryOptions({ editionId }),
    enabled: shown,
    staleTime: 0,
  });
  return (
    <div className="kp-stack">
      <div>
        <Button type="button" variant="secondary" onClick={() => (shown ? void query.refetch() : setShown(true))}>
          {t('conference.admin.releases.preview')}
        </Button>
      </div>
      {/* Announced when the preview arrives. */}
      <div aria-live="polite">
        {shown ? (
          <QueryView query={query}>
            {(preview) => (
              <div className="kp-stack">
                <Heading level={3} data-size="xs">
                  {t('conference.admin.releases.previewHeading')}
                </Heading>
                <Paragraph>
                  {preview.against
                    ? t('conference.admin.releases.previewAgainst', { release: preview.against.name })
                    : t('conference.admin.releases.previewFirst')}
                </Paragraph>
                <ReleaseChangesView changes={preview.changes} emptyText={t('conference.admin.releases.previewEmpty')} />
              </div>
            )}
          </QueryView>
        ) : null}
      </div>
    </div>
  );
}

function PublishedRelease({ release }: { release: Release }) {
  const { t, locale } = useI18n();
  const counts = release.counts ?? { added: 0, cancelled: 0, moved: 0, changed: 0 };
  return (
    <div className="kp-stack">
      <Paragraph>
        {t('conference.admin.releases.publishedOn', {
          date: formatDateTime(locale, release.publishedAt!),
          sequence: formatNumber(locale, release.sequence ?? 0),
        })}
      </Paragraph>
      <Paragraph>
        {t('conference.admin.releases.counts', {
          added: formatNumber(locale, counts.added),
          cancelled: formatNumber(locale, counts.cancelled),
          moved: formatNumber(locale, counts.moved),
          changed: formatNumber(locale, counts.changed),
        })}
      </Paragraph>
      {release.note ? <Paragraph className="kp-prewrap">{release.note}</Paragraph> : null}
      <Paragraph data-size="sm">{t('conference.admin.releases.frozen')}</Paragraph>
    </div>
  );
}

export function ReleasesView({ data }: { data: Releases }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const { edition, releases } = data;
  return (
    <Page
      title={t('conference.admin.releases.title')}
      lead={
        <>
          <Paragraph>{edition.title}</Paragraph>
          <Paragraph>{t('conference.admin.releases.intro')}</Paragraph>
          <Paragraph data-size="sm">
            {t('conference.admin.releases.changeLog', {
              path: pathTo(conferencePaths.web.changes, { slug: edition.slug }),
            })}
          </Paragraph>
        </>
      }
    >
      <StatusMessage message={status} />
      <Section title={t('conference.admin.releases.new')}>
        <NewDraft editionId={edition.id} onDone={setStatus} />
      </Section>
      <Section title={t('conference.admin.releases.preview')}>
        <Preview editionId={edition.id} />
      </Section>
      <Section title={t('conference.admin.releases.list')}>
        {releases.length === 0 ? <Paragraph>{t('conference.admin.releases.empty')}</Paragraph> : null}
        {releases.map((release) => (
          <article key={release.id} aria-labelledby={`release-${release.id}-heading`} className="kp-panel kp-stack">
            <Heading level={3} data-size="xs" id={`release-${release.id}-heading`}>
              {release.name}
              {release.publishedAt ? null : ` (${t('conference.admin.releases.draft')})`}
            </Heading>
            {release.publishedAt ? (
              <PublishedRelease release={release} />
            ) : (
              <ReleaseDraft release={release} editionId={edition.id} onDone={setStatus} />
            )}
          </article>
        ))}
      </Section>
    </Page>
  );
}
