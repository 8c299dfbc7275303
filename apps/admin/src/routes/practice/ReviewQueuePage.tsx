import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { pathTo, practicePaths, type Locale } from '@knutepunkt/domain';
import { DataTable, SelectField, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
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
      <DataTable
        caption={t('practice.admin.queue.caption')}
        query={queue}
        rows={queue.data}
        rowKey={(item) => item.id}
        // The whole queue is loaded, oldest first; a coordinator may sort it another way.
        columns={[
          {
            id: 'title',
            header: t('practice.admin.queue.col.title'),
            rowHeader: true,
            cell: (item) => (
              <AppLink to={pathTo(practicePaths.admin.review, { versionId: item.id })} lang={item.language as Locale}>
                {item.title}
              </AppLink>
            ),
            sortValue: (item) => item.title,
          },
          {
            id: 'organisation',
            header: t('practice.admin.queue.col.organisation'),
            cell: (item) => item.example.organisation.name,
            sortValue: (item) => item.example.organisation.name,
          },
          {
            id: 'submitted',
            header: t('practice.admin.queue.col.submitted'),
            cell: (item) =>
              item.submittedAt ? (
                <time dateTime={item.submittedAt}>{formatDate(locale, item.submittedAt)}</time>
              ) : (
                t('admin.common.notGiven')
              ),
            sortValue: (item) => item.submittedAt,
          },
          {
            id: 'kind',
            header: t('practice.admin.queue.col.kind'),
            cell: (item) => {
              const revision = item.example.publishedVersionId !== null;
              return (
                <Tag data-size="sm" data-color={revision ? 'info' : 'accent'}>
                  {t(revision ? 'practice.admin.queue.kind.revision' : 'practice.admin.queue.kind.new')}
                </Tag>
              );
            },
          },
        ]}
        status={
          queue.data && queue.data.length > 0
            ? t('practice.admin.queue.count', { count: formatNumber(locale, queue.data.length) })
            : null
        }
        empty={t('practice.admin.queue.empty')}
        errorHeadingLevel={2}
      />
    </Page>
  );
}
