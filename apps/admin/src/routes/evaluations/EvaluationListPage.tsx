import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { DataTable, useI18n } from '@knutepunkt/ui';
import { isStaff, useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';

/** /evalueringer: the evaluations the coordinator leads (every one, for an admin), latest changed first. */
export function EvaluationListPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const evaluations = useQuery(trpc.evaluations.list.queryOptions());

  return (
    <Page
      title={t('evaluations.admin.list.title')}
      lead={<Paragraph>{t('evaluations.admin.list.intro')}</Paragraph>}
      actions={
        // Coordinators start evaluations in their networks and lead them; admins anywhere.
        isStaff(account) ? (
          <Button asChild variant="secondary">
            <Link to={pathTo(evaluationPaths.admin.create)}>{t('evaluations.admin.setup.list.new')}</Link>
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('evaluations.admin.list.title')}
        query={evaluations}
        rows={evaluations.data}
        rowKey={(e) => e.id}
        columns={[
          {
            id: 'title',
            header: t('evaluations.admin.list.col.title'),
            rowHeader: true,
            cell: (e) => (
              <AppLink to={pathTo(evaluationPaths.admin.evaluation, { evaluationId: e.id })}>{e.title}</AppLink>
            ),
            sortValue: (e) => e.title,
          },
          { id: 'service', header: t('evaluations.admin.list.col.service'), cell: (e) => e.service?.name ?? '' },
          {
            id: 'phase',
            header: t('evaluations.admin.list.col.phase'),
            cell: (e) => t(`evaluations.phase.${e.phase}`),
          },
          { id: 'lead', header: t('evaluations.admin.list.col.lead'), cell: (e) => e.lead?.name ?? '' },
        ]}
        empty={t('evaluations.admin.list.empty')}
        errorHeadingLevel={2}
      />
    </Page>
  );
}
