import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { pathTo, practicePaths } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, DataTable, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { formatDate } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { publicExamplePath, publicExampleUrl } from './public-url.ts';
import './practice.css';

type Example = AdminRouterOutputs['practice']['list'][number];

/**
 * /praksis: the published examples of the coordinator's networks (all, for
 * an admin), to feature in the practice bank or archive and restore, with
 * each one's version history.
 */
export function PracticeListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const account = useAccount();
  const list = useQuery({ ...trpc.practice.list.queryOptions(), staleTime: 0 });
  const [status, setStatus] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Example | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const titleOf = (example: Example | undefined) => example?.publishedVersion?.title ?? example?.slug ?? '';
  const find = (id: string) => list.data?.find((e) => e.id === id);
  const refresh = () => queryClient.invalidateQueries(trpc.practice.list.queryFilter());

  const setFeatured = useMutation(
    trpc.practice.setFeatured.mutationOptions({
      onSuccess: async (_data, variables) => {
        const title = titleOf(find(variables.exampleId));
        await refresh();
        setStatus(
          t(variables.value ? 'practice.admin.examples.featuredOn' : 'practice.admin.examples.featuredOff', { title }),
        );
      },
      onSettled: () => setBusyId(null),
    }),
  );
  const setArchived = useMutation(
    trpc.practice.setArchived.mutationOptions({
      onSuccess: async (_data, variables) => {
        const title = titleOf(find(variables.exampleId));
        await refresh();
        setStatus(
          t(variables.value ? 'practice.admin.examples.archived' : 'practice.admin.examples.restored', { title }),
        );
        setConfirm(null);
      },
    }),
  );

  // Only examples that have been published: an admin's list also holds examples still in their first draft.
  const examples = list.data?.filter((e) => e.publishedVersion !== null) ?? [];

  return (
    <Page
      title={t('practice.admin.examples.title')}
      lead={
        <>
          <Paragraph>
            {t(account.isAdmin ? 'practice.admin.examples.introAdmin' : 'practice.admin.examples.intro')}
          </Paragraph>
          <Paragraph>
            <AppLink to={pathTo(practicePaths.admin.queue)}>{t('practice.admin.dashboard.toQueue')}</AppLink>
          </Paragraph>
        </>
      }
    >
      <StatusMessage message={status} />
      {setFeatured.error ? <SectionError error={setFeatured.error} headingLevel={2} /> : null}
      <DataTable
        caption={t('practice.admin.examples.caption')}
        query={list}
        rows={list.data ? examples : undefined}
        rowKey={(example) => example.id}
        // Every example is loaded at once, so the table can sort itself.
        columns={[
          {
            id: 'title',
            header: t('practice.admin.queue.col.title'),
            rowHeader: true,
            cellClassName: 'kp-practice-title',
            cell: (example) => {
              const title = titleOf(example);
              const url = publicExampleUrl(example.slug);
              return (
                <>
                  {url && example.archivedAt === null ? (
                    <Link href={url}>{title}</Link>
                  ) : (
                    <span className="kp-strong">{title}</span>
                  )}
                  <span className="kp-path">
                    <VisuallyHidden>{t('practice.admin.examples.address')} </VisuallyHidden>
                    {publicExamplePath(example.slug)}
                  </span>
                </>
              );
            },
            sortValue: titleOf,
          },
          {
            id: 'organisation',
            header: t('practice.admin.queue.col.organisation'),
            cell: (example) => example.organisation.name,
            sortValue: (example) => example.organisation.name,
          },
          {
            id: 'lastPublished',
            header: t('practice.admin.examples.col.lastPublished'),
            cell: (example) =>
              example.lastPublishedAt ? (
                <time dateTime={example.lastPublishedAt}>{formatDate(locale, example.lastPublishedAt)}</time>
              ) : (
                t('admin.common.notGiven')
              ),
            sortValue: (example) => example.lastPublishedAt,
          },
          {
            id: 'status',
            header: t('practice.admin.examples.col.status'),
            cell: (example) => {
              const archived = example.archivedAt !== null;
              return (
                <Tag data-size="sm" data-color={archived ? 'neutral' : 'success'}>
                  {t(archived ? 'practice.admin.examples.archivedTag' : 'practice.admin.examples.publishedTag')}
                </Tag>
              );
            },
          },
          {
            id: 'featured',
            header: t('practice.admin.examples.featured'),
            cell: (example) => (
              // A toggle: the name stays, aria-pressed says whether it is on; the star and fill show it too.
              <Button
                type="button"
                data-size="sm"
                variant={example.featured ? 'primary' : 'secondary'}
                aria-pressed={example.featured}
                loading={busyId === example.id && setFeatured.isPending}
                onClick={() => {
                  if (busyId) return;
                  setStatus(null);
                  setBusyId(example.id);
                  setFeatured.mutate({ exampleId: example.id, value: !example.featured });
                }}
              >
                <span aria-hidden="true">{example.featured ? '★' : '☆'}</span>
                {t('practice.admin.examples.featured')}
                <VisuallyHidden> – {titleOf(example)}</VisuallyHidden>
              </Button>
            ),
          },
          {
            id: 'actions',
            header: t('admin.common.actions'),
            cell: (example) => {
              const title = titleOf(example);
              const archived = example.archivedAt !== null;
              return (
                <div className="kp-row-actions">
                  <Button
                    type="button"
                    data-size="sm"
                    variant="tertiary"
                    data-color={archived ? undefined : 'danger'}
                    onClick={() => {
                      setArchived.reset();
                      setStatus(null);
                      setConfirm(example);
                    }}
                  >
                    {t(archived ? 'practice.admin.examples.restore' : 'practice.admin.examples.archive')}
                    <VisuallyHidden> – {title}</VisuallyHidden>
                  </Button>
                  <AppLink to={pathTo(practicePaths.admin.history, { exampleId: example.id })}>
                    {t('practice.admin.examples.history')}
                    <VisuallyHidden> – {title}</VisuallyHidden>
                  </AppLink>
                </div>
              );
            },
          },
        ]}
        empty={t('practice.admin.examples.empty')}
        errorHeadingLevel={2}
      />
      {confirm ? (
        <ConfirmDialog
          title={t(
            confirm.archivedAt ? 'practice.admin.examples.restoreTitle' : 'practice.admin.examples.archiveTitle',
            {
              title: titleOf(confirm),
            },
          )}
          confirmLabel={t(
            confirm.archivedAt ? 'practice.admin.examples.restoreConfirm' : 'practice.admin.examples.archiveConfirm',
          )}
          danger={!confirm.archivedAt}
          pending={setArchived.isPending}
          error={setArchived.error ? describeError(setArchived.error, t).message : null}
          onConfirm={() => setArchived.mutate({ exampleId: confirm.id, value: !confirm.archivedAt })}
          onCancel={() => setConfirm(null)}
        >
          {t(confirm.archivedAt ? 'practice.admin.examples.restoreText' : 'practice.admin.examples.archiveText')}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
