import type { ReactNode } from 'react';
import { Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  isSlug,
  networkPaths,
  organisationEditorAccess,
  organisationPaths,
  pathTo,
  practicePaths,
} from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { placeOf } from '../../components/format.ts';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { actorOf, useAccountQuery } from '../../components/use-account.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Paragraphs } from '../../components/Paragraphs.tsx';
import { practiceSearchHref } from '../practice/search-params.ts';
import { MembershipPanel } from './MembershipPanel.tsx';
import { FactList } from '../../components/FactList.tsx';
import { organisationJsonLd } from '../../ssr/structured-data.ts';

type Organisation = Outputs['organisations']['bySlug'];
interface NetworkRef {
  id: string;
  slug: string;
  name: string;
}

/**
 * The server flattens `{ network }` rows into the networks themselves, but the inferred type of
 * `organisations.bySlug` still shows the nested rows (a spread over a generic in the API's
 * service); read either shape.
 */
function networksOf(org: Organisation): NetworkRef[] {
  return (org.networks as unknown as Array<NetworkRef | { network: NetworkRef }>).map((n) =>
    'network' in n ? n.network : n,
  );
}

function Contact({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const place = placeOf(org);
  const rows: Array<[string, ReactNode]> = [];
  if (place) rows.push([t('organisations.web.page.place'), place]);
  if (org.email) rows.push([t('organisations.field.email'), <DsLink href={`mailto:${org.email}`}>{org.email}</DsLink>]);
  if (org.phone)
    rows.push([
      t('organisations.field.phone'),
      <DsLink href={`tel:${org.phone.replace(/[^+0-9]/g, '')}`}>{org.phone}</DsLink>,
    ]);
  if (org.website) {
    rows.push([
      t('organisations.field.website'),
      // A plain link in the same tab: opening new windows unasked confuses screen reader and phone users.
      <DsLink href={org.website} rel="noopener noreferrer">
        {org.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
      </DsLink>,
    ]);
  }
  if (rows.length === 0) return <Paragraph>{t('organisations.web.page.noContact')}</Paragraph>;
  return <FactList facts={rows} />;
}

function EditorLinks({ slug, id }: { slug: string; id: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="editor-heading" className="kp-panel kp-stack">
      <Heading level={2} data-size="xs" id="editor-heading">
        {t('organisations.web.page.editorHeading')}
      </Heading>
      <ul className="kp-link-list">
        <li>
          <DsLink asChild>
            <Link to={pathTo(organisationPaths.web.edit, { slug })}>{t('organisations.web.page.editLink')}</Link>
          </DsLink>
        </li>
        <li>
          <DsLink asChild>
            <Link to={pathTo(organisationPaths.web.requests, { slug })}>
              {t('organisations.web.page.requestsLink')}
            </Link>
          </DsLink>
        </li>
        <li>
          <DsLink asChild>
            <Link to={pathTo(practicePaths.web.create, undefined, { organisasjon: id })}>
              {t('practice.web.mine.new')}
            </Link>
          </DsLink>
        </li>
      </ul>
    </section>
  );
}

function OrganisationView({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const me = useAccountQuery();
  const isEditor = !!me.data && organisationEditorAccess(actorOf(me.data), org.id) === 'allow';
  return (
    <Page
      title={org.name}
      meta={{ description: org.description ?? undefined, jsonLd: organisationJsonLd(org) }}
      before={<BackLink to={organisationPaths.web.directory}>{t('organisations.web.page.back')}</BackLink>}
    >
      <Tag data-color="neutral">{t(`organisations.type.${org.type}`)}</Tag>
      {isEditor ? <EditorLinks slug={org.slug} id={org.id} /> : null}
      {org.description ? (
        <Paragraphs text={org.description} lang={org.language} />
      ) : (
        <Paragraph>{t('organisations.web.page.noDescription')}</Paragraph>
      )}

      <Heading level={2} data-size="sm">
        {t('organisations.web.page.contactHeading')}
      </Heading>
      <Contact org={org} />

      <Heading level={2} data-size="sm">
        {t('organisations.field.networks')}
      </Heading>
      {networksOf(org).length > 0 ? (
        <ul className="kp-link-list">
          {networksOf(org).map((n) => (
            <li key={n.id}>
              <DsLink asChild>
                <Link to={pathTo(networkPaths.web.network, { slug: n.slug })}>{n.name}</Link>
              </DsLink>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('organisations.web.page.noNetworks')}</Paragraph>
      )}

      <Heading level={2} data-size="sm">
        {t('practice.web.org.heading')}
      </Heading>
      <Paragraph>
        <DsLink asChild>
          <Link to={practiceSearchHref({ organisation: org.slug })}>
            {t('practice.web.org.link', { name: org.name })}
          </Link>
        </DsLink>
      </Paragraph>

      <MembershipPanel organisation={org} />
    </Page>
  );
}

/** An organisation's public page, with the signed-in person's link to it. */
export function OrganisationPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  // An address that cannot be a slug is simply not found; no need to ask the server.
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.organisations.bySlug.queryOptions({ slug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  return <QueryView query={query}>{(org) => <OrganisationView org={org} />}</QueryView>;
}
