import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { networkPaths, organisationPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, QueryView, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { countyName } from '../../format.ts';
import { useFlash } from '../../components/use-flash.ts';
import { useTRPC } from '../../trpc.ts';
import { OrganisationForm, profileInput, type OrganisationValues } from './OrganisationForm.tsx';

type Organisation = AdminRouterOutputs['organisations']['get'];

const valuesOf = (o: Organisation): OrganisationValues => ({
  name: o.name,
  slug: o.slug,
  type: o.type,
  description: o.description ?? '',
  email: o.email ?? '',
  phone: o.phone ?? '',
  website: o.website ?? '',
  municipality: o.municipality ?? '',
  county: (o.county ?? '') as OrganisationValues['county'],
  language: o.language,
});

/** /organisasjoner/:organisationId: admins edit and delete; coordinators look it up. */
export function OrganisationPage() {
  const { organisationId = '' } = useParams();
  const trpc = useTRPC();
  const account = useAccount();
  const organisation = useQuery(trpc.organisations.get.queryOptions({ organisationId }));

  return (
    <QueryView query={organisation}>
      {(data) =>
        account.isAdmin ? <EditOrganisation organisation={data} /> : <ViewOrganisation organisation={data} />
      }
    </QueryView>
  );
}

function NetworksOf({ organisation }: { organisation: Organisation }) {
  const { t } = useI18n();
  const networks = organisation.networks;
  const account = useAccount();
  const canOpen = (id: string) => account.isAdmin || account.coordinatorOf.some((n) => n.id === id);
  return (
    <Section title={t('organisations.field.networks')}>
      {networks.length === 0 ? (
        <Paragraph>{t('organisations.admin.networksNone')}</Paragraph>
      ) : (
        <ul className="kp-links">
          {networks.map((network) => (
            <li key={network.id}>
              {canOpen(network.id) ? (
                <AppLink to={pathTo(networkPaths.admin.network, { networkId: network.id })}>{network.name}</AppLink>
              ) : (
                network.name
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** What a coordinator sees: the profile as a list of facts. */
function ViewOrganisation({ organisation }: { organisation: Organisation }) {
  const { t } = useI18n();
  const notGiven = <span className="kp-muted">{t('admin.common.notGiven')}</span>;
  const rows: Array<[string, React.ReactNode]> = [
    [t('organisations.field.type'), t(`organisations.type.${organisation.type}`)],
    [t('organisations.field.municipality'), organisation.municipality ?? notGiven],
    [t('organisations.field.county'), countyName(organisation.county) ?? notGiven],
    [
      t('organisations.field.email'),
      organisation.email ? <Link href={`mailto:${organisation.email}`}>{organisation.email}</Link> : notGiven,
    ],
    [t('organisations.field.phone'), organisation.phone ?? notGiven],
    [
      t('organisations.field.website'),
      organisation.website ? <Link href={organisation.website}>{organisation.website}</Link> : notGiven,
    ],
    [
      t('organisations.field.description'),
      // Content keeps the language it was written in: lang lets a screen reader pronounce it right.
      organisation.description ? (
        <span className="kp-prewrap" lang={organisation.language}>
          {organisation.description}
        </span>
      ) : (
        notGiven
      ),
    ],
  ];
  return (
    <Page title={organisation.name} lead={<Paragraph data-size="sm">{t('organisations.admin.readOnly')}</Paragraph>}>
      <Section title={t('admin.common.details')}>
        <dl className="kp-facts">
          {rows.map(([label, value]) => (
            <div key={label} className="kp-facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <NetworksOf organisation={organisation} />
    </Page>
  );
}

/** What an admin sees: the form, the networks, and deletion behind a confirmation. */
function EditOrganisation({ organisation }: { organisation: Organisation }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const flash = useFlash();
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const update = useMutation(
    trpc.organisations.update.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.organisations.get.queryFilter({ organisationId: organisation.id })),
          queryClient.invalidateQueries(trpc.organisations.list.queryFilter()),
          queryClient.invalidateQueries(trpc.networks.pathFilter()),
        ]);
        setStatus(t('admin.common.saved'));
      },
    }),
  );
  const remove = useMutation(
    trpc.organisations.delete.mutationOptions({
      onSuccess: async () => {
        queryClient.removeQueries(trpc.organisations.get.queryFilter({ organisationId: organisation.id }));
        await Promise.all([
          queryClient.invalidateQueries(trpc.organisations.list.queryFilter()),
          queryClient.invalidateQueries(trpc.networks.pathFilter()),
        ]);
        void navigate(pathTo(organisationPaths.admin.list), {
          state: { flash: t('organisations.admin.deleted', { name: organisation.name }) },
        });
      },
    }),
  );

  const onSubmit = (values: OrganisationValues) => {
    setStatus(null);
    update.mutate({
      organisationId: organisation.id,
      name: values.name,
      type: values.type as Exclude<OrganisationValues['type'], ''>,
      ...profileInput(values),
    });
  };

  return (
    <Page title={organisation.name}>
      <StatusMessage message={flash} />
      <Section title={t('organisations.admin.edit.heading')}>
        <OrganisationForm
          mode="edit"
          initial={valuesOf(organisation)}
          submitLabel={t('admin.common.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={onSubmit}
        />
        {/* Beside the button that was pressed, where the eye already is. */}
        <StatusMessage message={status} />
      </Section>
      <NetworksOf organisation={organisation} />
      <Section title={t('organisations.admin.delete.heading')}>
        <Paragraph>{t('organisations.admin.delete.text')}</Paragraph>
        <div>
          <Button
            ref={deleteButton}
            type="button"
            variant="secondary"
            data-color="danger"
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            {t('organisations.admin.delete.heading')}
          </Button>
        </div>
      </Section>
      {confirming ? (
        <ConfirmDialog
          title={t('organisations.admin.delete.confirmTitle', { name: organisation.name })}
          confirmLabel={t('organisations.admin.delete.confirm')}
          danger
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error, t).message : null}
          onConfirm={() => remove.mutate({ organisationId: organisation.id })}
          onCancel={() => setConfirming(false)}
        >
          {t('organisations.admin.delete.text')}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
