import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { type SnapshotPartner, conferencePaths, isSlug, organisationPaths, pathTo } from '@knutepunkt/domain';
import { Markdown, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { type Fact, FactList } from '../../components/FactList.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { ConferenceRegistrationLink } from './ConferenceRegistrationLink.tsx';
import { formatDays } from './format.ts';
import './conference.css';

type Edition = Outputs['conference']['edition'];

/** Organisers or partners: each name links to its directory page, with the logo when one was uploaded. */
function Partners({ partners, kind, id }: { partners: SnapshotPartner[]; kind: SnapshotPartner['role']; id: string }) {
  const { t } = useI18n();
  const these = partners.filter((p) => p.role === kind);
  if (these.length === 0) return null;
  return (
    <section aria-labelledby={id} className="kp-stack">
      <Heading level={2} data-size="sm" id={id}>
        {t(`conference.web.partners.${kind}`)}
      </Heading>
      <ul className="kp-conf-logos">
        {these.map((p) => (
          <li key={p.slug}>
            {p.logo ? (
              <img src={pathTo(conferencePaths.web.image, { imageKey: p.logo.key })} alt={p.logo.alt} loading="lazy" />
            ) : null}
            <DsLink asChild>
              <Link to={pathTo(organisationPaths.web.organisation, { slug: p.slug })}>{p.name}</Link>
            </DsLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EditionView({ slug, data }: { slug: string; data: Edition }) {
  const { t, locale } = useI18n();
  const { edition } = data;
  const facts: Fact[] = [[t('conference.web.session.time'), formatDays(edition.startsOn, edition.endsOn, locale)]];
  const venue = [edition.venueName, edition.venueAddress].filter(Boolean).join(', ');
  if (venue) facts.push([t('conference.web.fact.venue'), venue]);
  const link = (to: string, label: string) => (
    <li>
      <DsLink asChild>
        <Link to={to}>{label}</Link>
      </DsLink>
    </li>
  );
  const web = conferencePaths.web;
  return (
    <Page
      title={edition.title}
      meta={{
        description: [edition.subtitle, venue].filter(Boolean).join('. ') || edition.title,
        contentLang: edition.language,
      }}
      before={<BackLink to={web.list}>{t('conference.web.edition.back')}</BackLink>}
    >
      {edition.subtitle ? <Paragraph data-size="lg">{edition.subtitle}</Paragraph> : null}
      <FactList facts={facts} />
      {/* Asked in the browser: places left change with every registration. Nothing without one. */}
      <ConferenceRegistrationLink slug={slug} />
      <nav aria-labelledby="pages-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="pages-heading">
          {t('conference.web.edition.pages')}
        </Heading>
        {data.hasProgramme ? (
          <ul className="kp-plain-list">
            {link(pathTo(web.programme, { slug }), t('conference.web.link.programme'))}
            {link(pathTo(web.now, { slug }), t('conference.web.now.title'))}
            {link(pathTo(web.speakers, { slug }), t('conference.web.speakers.title'))}
            {link(pathTo(web.changes, { slug }), t('conference.web.link.changes'))}
            {link(pathTo(web.mine, { slug }), t('conference.web.link.mine'))}
          </ul>
        ) : (
          <Paragraph>{t('conference.web.edition.noProgramme')}</Paragraph>
        )}
      </nav>
      {edition.description.trim() ? (
        <section aria-labelledby="about-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="about-heading">
            {t('conference.web.edition.about')}
          </Heading>
          <Markdown source={edition.description} lang={edition.language} />
        </section>
      ) : null}
      <Partners partners={data.partners} kind="organiser" id="organisers-heading" />
      <Partners partners={data.partners} kind="partner" id="partners-heading" />
      {data.hasProgramme ? (
        <section aria-labelledby="exports-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="exports-heading">
            {t('conference.web.exports.heading')}
          </Heading>
          {/* Server routes, not pages: plain links the browser downloads. */}
          <ul className="kp-plain-list">
            <li>
              <DsLink href={pathTo(web.calendar, { slug })}>{t('conference.web.exports.calendar')}</DsLink>
            </li>
            <li>
              <DsLink href={pathTo(web.frabXml, { slug })}>{t('conference.web.exports.frabXml')}</DsLink>
            </li>
            <li>
              <DsLink href={pathTo(web.frabJson, { slug })}>{t('conference.web.exports.frabJson')}</DsLink>
            </li>
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

/** /konferanse/:slug: an edition as its newest published release describes it. */
export function EditionPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.conference.edition.queryOptions({ slug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  return <QueryView query={query}>{(data) => <EditionView slug={slug} data={data} />}</QueryView>;
}
