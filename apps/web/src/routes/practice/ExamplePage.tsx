import type { ReactNode } from 'react';
import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  attachmentPath,
  isEditorOf,
  isImageAttachment,
  isSlug,
  organisationPaths,
  pathTo,
  practicePaths,
} from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { actorOf, useAccountQuery } from '../../components/use-account.ts';
import { type Outputs, isGone, useTRPC } from '../../trpc.ts';
import { AdoptPanel, editorOrganisations } from './AdoptPanel.tsx';
import { ExampleContact, ExampleSections, ExampleTags } from './ExampleBody.tsx';
import { contentLang, formatDay, formatFileSize } from './format.ts';
import { PracticePage } from './PracticePage.tsx';
import './practice.css';
import { FactList } from '../../components/FactList.tsx';
import { exampleJsonLd } from '../../ssr/structured-data.ts';

type Example = Outputs['practice']['bySlug'];

function Facts({ example }: { example: Example }) {
  const { t, locale } = useI18n();
  const rows: Array<[string, ReactNode]> = [
    [
      t('practice.web.example.organisation'),
      <DsLink asChild>
        <Link to={pathTo(organisationPaths.web.organisation, { slug: example.organisation.slug })}>
          {example.organisation.name}
        </Link>
      </DsLink>,
    ],
  ];
  if (example.firstPublishedAt)
    rows.push([t('practice.web.example.firstPublished'), formatDay(example.firstPublishedAt, locale)]);
  if (example.lastPublishedAt && example.content.number > 1) {
    rows.push([
      t('practice.web.example.lastRevised'),
      t('practice.web.example.version', {
        date: formatDay(example.lastPublishedAt, locale),
        number: example.content.number,
      }),
    ]);
  }
  return <FactList facts={rows} />;
}

/** Images shown with their text alternative; PDFs (and anything else) as links with type and size. */
function Attachments({ attachments }: { attachments: Example['attachments'] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="kp-attachments">
      {attachments.map((a) => {
        const href = attachmentPath(a);
        const size = formatFileSize(a.size, locale);
        if (isImageAttachment(a.mimeType)) {
          return (
            <li key={a.id}>
              <figure>
                <img src={href} alt={a.altText} loading="lazy" />
                <figcaption>
                  <DsLink href={href}>{a.fileName}</DsLink> ({size})
                </figcaption>
              </figure>
            </li>
          );
        }
        const type = a.mimeType === 'application/pdf' ? 'PDF' : (a.fileName.split('.').pop() ?? '').toUpperCase();
        return (
          <li key={a.id}>
            <DsLink href={href}>{a.fileName}</DsLink> ({t('practice.web.example.fileSize', { type, size })})
          </li>
        );
      })}
    </ul>
  );
}

function Adoptions({ adoptions }: { adoptions: Example['adoptions'] }) {
  const { t, locale } = useI18n();
  if (adoptions.length === 0) return <Paragraph>{t('practice.web.example.noAdoptions')}</Paragraph>;
  return (
    <ul className="kp-cards">
      {adoptions.map((a) => (
        <li key={a.id} className="kp-card">
          <Heading level={3} data-size="2xs">
            <DsLink asChild>
              <Link to={pathTo(organisationPaths.web.organisation, { slug: a.organisation.slug })}>
                {a.organisation.name}
              </Link>
            </DsLink>
          </Heading>
          {a.note ? <Paragraph>{a.note}</Paragraph> : null}
          <Paragraph data-size="sm">
            {t('practice.web.example.adoptedOn', { date: formatDay(a.createdAt, locale) })}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}

function Related({ related }: { related: Example['related'] }) {
  return (
    <ul className="kp-cards">
      {related.map((r) => {
        const lang = contentLang(r.language);
        return (
          <li key={r.slug} className="kp-card">
            <Heading level={3} data-size="2xs">
              <DsLink asChild>
                <Link to={pathTo(practicePaths.web.example, { slug: r.slug })} lang={lang}>
                  {r.title}
                </Link>
              </DsLink>
            </Heading>
            <Paragraph data-size="sm">{r.organisation}</Paragraph>
            <Paragraph lang={lang}>{r.summary}</Paragraph>
          </li>
        );
      })}
    </ul>
  );
}

/** The first image attachment, for link previews (it has its text alternative already). */
function previewImage(example: Example) {
  const image = example.attachments.find((a) => isImageAttachment(a.mimeType));
  return image ? { path: attachmentPath(image), alt: image.altText } : undefined;
}

function ExampleView({ example }: { example: Example }) {
  const { t } = useI18n();
  const me = useAccountQuery();
  const { content } = example;
  const lang = contentLang(content.language);

  const account = me.data ?? null;
  const ownEditor = !!account && (account.isAdmin || isEditorOf(actorOf(account), example.organisation.id));
  const otherOrganisations = account
    ? editorOrganisations(account).filter((o) => o.id !== example.organisation.id)
    : [];
  const adoptedIds = new Set(example.adoptions.map((a) => a.organisation.id));

  return (
    <PracticePage
      title={content.title}
      heading={<span lang={lang}>{content.title}</span>}
      meta={{
        description: content.summary,
        type: 'article',
        contentLang: lang,
        image: previewImage(example),
        jsonLd: exampleJsonLd(example),
      }}
      before={<BackLink to={practicePaths.web.search}>{t('practice.web.example.back')}</BackLink>}
    >
      {content.summary ? (
        <p className="kp-lead" lang={lang}>
          {content.summary}
        </p>
      ) : null}
      <Facts example={example} />

      {ownEditor ? (
        <section aria-labelledby="editor-heading" className="kp-panel kp-stack">
          <Heading level={2} data-size="xs" id="editor-heading">
            {t('practice.web.example.editorHeading')}
          </Heading>
          <Paragraph>
            <DsLink asChild>
              <Link to={pathTo(practicePaths.web.edit, { exampleId: example.id })}>
                {t('practice.web.example.editLink')}
              </Link>
            </DsLink>
          </Paragraph>
        </section>
      ) : null}

      <ExampleSections content={content} />

      <section aria-labelledby="tags-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="tags-heading">
          {t('practice.web.example.tagsHeading')}
        </Heading>
        <ExampleTags content={content} />
      </section>

      <section aria-labelledby="contact-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="contact-heading">
          {t('practice.section.contact')}
        </Heading>
        <ExampleContact content={content} />
      </section>

      {example.attachments.length > 0 ? (
        <section aria-labelledby="attachments-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="attachments-heading">
            {t('practice.web.example.attachments')}
          </Heading>
          <Attachments attachments={example.attachments} />
        </section>
      ) : null}

      <section aria-labelledby="adoptions-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="adoptions-heading">
          {t('practice.web.example.adoptionsHeading')}
        </Heading>
        <Adoptions adoptions={example.adoptions} />
      </section>

      {otherOrganisations.length > 0 ? (
        <AdoptPanel exampleId={example.id} organisations={otherOrganisations} adoptedIds={adoptedIds} />
      ) : null}

      {example.related.length > 0 ? (
        <section aria-labelledby="related-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="related-heading">
            {t('practice.web.example.relatedHeading')}
          </Heading>
          <Related related={example.related} />
        </section>
      ) : null}
    </PracticePage>
  );
}

/**
 * An archived example's address (the server answered 410): say what happened, in place of
 * "not found", and offer the way on to the other examples.
 */
function ArchivedExample() {
  const { t } = useI18n();
  return (
    // 410 Gone from the server's renderer: search engines drop the address for good.
    <PracticePage title={t('practice.web.example.archivedTitle')} meta={{ status: 410 }}>
      <Paragraph>{t('practice.error.archived')}</Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to={practicePaths.web.search}>{t('practice.web.example.archivedSearch')}</Link>
        </DsLink>
      </Paragraph>
    </PracticePage>
  );
}

/** A published example's public page. */
export function ExamplePage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  // An address that cannot be a slug is simply not found; no need to ask the server.
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.practice.bySlug.queryOptions({ slug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  if (query.isError && isGone(query.error)) return <ArchivedExample />;
  return <QueryView query={query}>{(example) => <ExampleView example={example} />}</QueryView>;
}
