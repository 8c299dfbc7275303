import type { ReactNode } from 'react';
import { organisationPaths, pathTo, peoplePaths } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { DataTable, VisuallyHidden, useI18n, type DataTableColumn } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Section } from '../../components/Section.tsx';

export type Membership = AdminRouterOutputs['memberships']['forNetwork'][number];

/** Who a row's button acts on, for screen readers: the buttons' visible text is the same in every row. */
export const membershipContext = (m: Membership) => (
  <VisuallyHidden>{` – ${m.user.name}, ${m.organisation.name}`}</VisuallyHidden>
);

/**
 * One sub-section of the network's memberships (pending requests, approved
 * members): who and in which organisation first, then `columns`, then the
 * row's buttons last.
 */
export function MembershipTable({
  title,
  rows,
  columns,
  actions,
  empty,
  zebra,
}: {
  title: string;
  rows: Membership[];
  columns: DataTableColumn<Membership>[];
  actions: (m: Membership) => ReactNode;
  empty: string;
  zebra?: boolean;
}) {
  const { t } = useI18n();
  const account = useAccount();
  return (
    <Section title={title} level={3}>
      <DataTable
        caption={title}
        rows={rows}
        rowKey={(m) => m.id}
        zebra={zebra}
        columns={[
          {
            id: 'person',
            header: t('memberships.admin.col.person'),
            rowHeader: true,
            cell: (m) => (
              <>
                {account.isAdmin ? (
                  <AppLink to={pathTo(peoplePaths.admin.person, { userId: m.user.id })}>{m.user.name}</AppLink>
                ) : (
                  <span className="kp-strong">{m.user.name}</span>
                )}
                <br />
                <span className="kp-muted">{m.user.email}</span>
              </>
            ),
            sortValue: (m) => m.user.name,
          },
          {
            id: 'organisation',
            header: t('memberships.admin.col.organisation'),
            cell: (m) => (
              <AppLink to={pathTo(organisationPaths.admin.organisation, { organisationId: m.organisation.id })}>
                {m.organisation.name}
              </AppLink>
            ),
            sortValue: (m) => m.organisation.name,
          },
          ...columns,
          {
            id: 'actions',
            header: t('admin.common.actions'),
            cell: (m) => <div className="kp-row-actions">{actions(m)}</div>,
          },
        ]}
        empty={empty}
      />
    </Section>
  );
}
