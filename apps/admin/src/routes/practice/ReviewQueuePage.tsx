import { useId, useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { Locale } from '@knutepunkt/domain';
import { EmptyState, Loading, SelectField, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFlash } from '../../components/useFlash.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

const NETWORK_PARAM = 'nettverk';

/** The networks a person can filter the queue by: their own, or all of them for an admin. */
function useNetworkChoices() {
  const trpc = useTRPC();
  const account = useAccount();
  const all = useQuery({ ...trpc.networks.list.queryOptions(), enabled: account.isAdmin });
  const networks = account.isAdmin ? (all.data ?? []) : account.coordinatorOf;
  return networks.map((network) => ({ value: network.id, label: network.name }));
}

/**
 * /praksis/vurdering?nettverk=: the examples waiting for review, oldest
 * first. Someone who coordinates several networks can look at one at a time;
 * the choice lives in the address and applies when the button is pressed.
 */
export function ReviewQueuePage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const flash = useFlash();
  const captionId = useId();
  const [params, setParams] = useSearchParams();
  const choices = useNetworkChoices();
  const networkId = params.get(NETWORK_PARAM) || undefined;
  const [draft, setDraft] = useState(networkId ?? '');
  // Editors submit and other coordinators act at any time: ask again whenever the page opens.
  const queue = useQuery({
    ...trpc.practice.queue.queryOptions(networkId ? { networkId } : {}),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(draft ? { [NETWORK_PARAM]: draft } : {});
  };

  return (
    <Page
      title={t('practice.admin.queue.title')}
      lead={
        <Paragraph>{t(account.isAdmin ? 'practice.admin.queue.introAdmin' : 'practice.admin.queue.intro')}</Paragraph>
      }
    >
      <StatusMessage message={flash} />
      {choices.length > 1 ? (
        <form
          role="search"
          aria-label={t('practice.admin.queue.filter.label')}
          onSubmit={onFilter}
          className="kp-filters"
        >
          <SelectField
            name="network"
            label={t('practice.admin.queue.filter.network')}
            placeholder={t('practice.admin.queue.filter.all')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            options={choices}
          />
          <div className="kp-filters__buttons">
            <Button type="submit" variant="secondary">
              {t('practice.admin.queue.filter.apply')}
            </Button>
          </div>
        </form>
      ) : null}
      <div role="status" className="kp-status">
        {queue.data && queue.data.length > 0 ? (
          <Paragraph>{t('practice.admin.queue.count', { count: formatNumber(locale, queue.data.length) })}</Paragraph>
        ) : null}
      </div>
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? (
        <SectionError error={queue.error} onRetry={() => void queue.refetch()} headingLevel={2} />
      ) : null}
      {queue.data?.length === 0 ? <EmptyState message={t('practice.admin.queue.empty')} /> : null}
      {queue.data && queue.data.length > 0 ? (
        <TableScroll labelledBy={captionId}>
          <Table zebra>
            <caption id={captionId} className="ds-sr-only">
              {t('practice.admin.queue.caption')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('practice.admin.queue.col.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('practice.admin.queue.col.organisation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('practice.admin.queue.col.submitted')}</Table.HeaderCell>
                <Table.HeaderCell>{t('practice.admin.queue.col.kind')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {queue.data.map((item) => {
                const revision = item.example.publishedVersionId !== null;
                return (
                  <Table.Row key={item.id}>
                    <Table.HeaderCell scope="row">
                      <AppLink to={`/praksis/vurdering/${item.id}`} lang={item.language as Locale}>
                        {item.title}
                      </AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>{item.example.organisation.name}</Table.Cell>
                    <Table.Cell>
                      {item.submittedAt ? (
                        <time dateTime={item.submittedAt}>{formatDate(locale, item.submittedAt)}</time>
                      ) : (
                        t('admin.common.notGiven')
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <Tag data-size="sm" data-color={revision ? 'info' : 'accent'}>
                        {t(revision ? 'practice.admin.queue.kind.revision' : 'practice.admin.queue.kind.new')}
                      </Tag>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
    </Page>
  );
}
