import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { EmptyState, Loading, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ConfirmDialog } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { describeError } from '../../errors.ts';
import { formatDate } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { publicExamplePath, publicExampleUrl } from './publicUrl.ts';
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
  const captionId = useId();
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
          t(variables.value ? 'practiceAdmin.examples.featuredOn' : 'practiceAdmin.examples.featuredOff', { title }),
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
          t(variables.value ? 'practiceAdmin.examples.archived' : 'practiceAdmin.examples.restored', { title }),
        );
        setConfirm(null);
      },
    }),
  );

  // Only examples that have been published: an admin's list also holds examples still in their first draft.
  const examples = list.data?.filter((e) => e.publishedVersion !== null) ?? [];

  return (
    <Page
      title={t('practiceAdmin.examples.title')}
      lead={
        <>
          <Paragraph>
            {t(account.isAdmin ? 'practiceAdmin.examples.introAdmin' : 'practiceAdmin.examples.intro')}
          </Paragraph>
          <Paragraph>
            <AppLink to="/praksis/vurdering">{t('practiceAdmin.dashboard.toQueue')}</AppLink>
          </Paragraph>
        </>
      }
    >
      <StatusMessage message={status} />
      {setFeatured.error ? <SectionError error={setFeatured.error} headingLevel={2} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <SectionError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} /> : null}
      {list.data && examples.length === 0 ? <EmptyState message={t('practiceAdmin.examples.empty')} /> : null}
      {examples.length > 0 ? (
        <TableScroll labelledBy={captionId}>
          <Table zebra>
            <caption id={captionId} className="ds-sr-only">
              {t('practiceAdmin.examples.caption')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('practiceAdmin.queue.col.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('practiceAdmin.queue.col.organisation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('practiceAdmin.examples.col.lastPublished')}</Table.HeaderCell>
                <Table.HeaderCell>{t('practiceAdmin.examples.col.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('practiceAdmin.examples.featured')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {examples.map((example) => {
                const title = titleOf(example);
                const url = publicExampleUrl(example.slug);
                const archived = example.archivedAt !== null;
                return (
                  <Table.Row key={example.id}>
                    <Table.HeaderCell scope="row" className="kp-practice-title">
                      {url && !archived ? <Link href={url}>{title}</Link> : <span className="kp-strong">{title}</span>}
                      <span className="kp-path">
                        <VisuallyHidden>{t('practiceAdmin.examples.address')} </VisuallyHidden>
                        {publicExamplePath(example.slug)}
                      </span>
                    </Table.HeaderCell>
                    <Table.Cell>{example.organisation.name}</Table.Cell>
                    <Table.Cell>
                      {example.lastPublishedAt ? (
                        <time dateTime={example.lastPublishedAt}>{formatDate(locale, example.lastPublishedAt)}</time>
                      ) : (
                        t('admin.common.notGiven')
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <Tag data-size="sm" data-color={archived ? 'neutral' : 'success'}>
                        {t(archived ? 'practiceAdmin.examples.archivedTag' : 'practiceAdmin.examples.publishedTag')}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell>
                      {/* A toggle: the name stays, aria-pressed says whether it is on; the star and fill show it too. */}
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
                        {t('practiceAdmin.examples.featured')}
                        <VisuallyHidden> – {title}</VisuallyHidden>
                      </Button>
                    </Table.Cell>
                    <Table.Cell>
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
                          {t(archived ? 'practiceAdmin.examples.restore' : 'practiceAdmin.examples.archive')}
                          <VisuallyHidden> – {title}</VisuallyHidden>
                        </Button>
                        <AppLink to={`/praksis/eksempel/${example.id}/historikk`}>
                          {t('practiceAdmin.examples.history')}
                          <VisuallyHidden> – {title}</VisuallyHidden>
                        </AppLink>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
      {confirm ? (
        <ConfirmDialog
          title={t(confirm.archivedAt ? 'practiceAdmin.examples.restoreTitle' : 'practiceAdmin.examples.archiveTitle', {
            title: titleOf(confirm),
          })}
          confirmLabel={t(
            confirm.archivedAt ? 'practiceAdmin.examples.restoreConfirm' : 'practiceAdmin.examples.archiveConfirm',
          )}
          danger={!confirm.archivedAt}
          pending={setArchived.isPending}
          error={setArchived.error ? describeError(setArchived.error, t).message : null}
          onConfirm={() => setArchived.mutate({ exampleId: confirm.id, value: !confirm.archivedAt })}
          onCancel={() => setConfirm(null)}
        >
          {t(confirm.archivedAt ? 'practiceAdmin.examples.restoreText' : 'practiceAdmin.examples.archiveText')}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
