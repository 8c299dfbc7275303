import { Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { pathTo, practicePaths } from '@knutepunkt/domain';
import { ErrorState, Loading, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { type Account, useTRPC } from '../../trpc.ts';
import { editorOrganisations } from './AdoptPanel.tsx';
import { formatDay } from './format.ts';

type Organisation = ReturnType<typeof editorOrganisations>[number];

/** Status colours follow Designsystemet's meaning; the word is always there too (not colour alone). */
const STATE_COLOR = {
  DRAFT: 'neutral',
  IN_REVIEW: 'info',
  RETURNED: 'warning',
  PUBLISHED: 'success',
  SUPERSEDED: 'neutral',
} as const;

function OrganisationExamples({ organisation }: { organisation: Organisation }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const list = useQuery(trpc.practice.forOrganisation.queryOptions({ organisationId: organisation.id }));
  return (
    <section aria-labelledby={`examples-${organisation.id}`} className="kp-stack">
      <Heading level={3} data-size="xs" id={`examples-${organisation.id}`}>
        {organisation.name}
      </Heading>
      {list.isPending ? <Loading /> : null}
      {list.isError ? (
        <ErrorState headingLevel={4} message={errorMessage(list.error, t)} onRetry={() => void list.refetch()} />
      ) : null}
      {list.data && list.data.length === 0 ? <Paragraph>{t('practice.web.mine.none')}</Paragraph> : null}
      {list.data && list.data.length > 0 ? (
        <ul className="kp-cards">
          {list.data.map((example) => {
            const state = example.working?.state ?? (example.published ? 'PUBLISHED' : null);
            return (
              <li key={example.id} className="kp-card">
                <Heading level={4} data-size="2xs">
                  <DsLink asChild>
                    <Link to={pathTo(practicePaths.web.edit, { exampleId: example.id })}>
                      {example.title || t('practice.web.mine.untitled')}
                    </Link>
                  </DsLink>
                </Heading>
                <div className="kp-actions">
                  {state ? (
                    <Tag data-color={STATE_COLOR[state]} data-size="sm">
                      {t(`practice.state.${state}`)}
                    </Tag>
                  ) : null}
                  {example.working && example.published ? (
                    <Tag data-color="success" data-size="sm">
                      {t('practice.state.PUBLISHED')}
                    </Tag>
                  ) : null}
                  {example.archivedAt ? (
                    <Tag data-color="neutral" data-size="sm">
                      {t('practice.web.mine.archived')}
                    </Tag>
                  ) : null}
                </div>
                <Paragraph data-size="sm">
                  {example.working
                    ? t('practice.web.mine.changed', { date: formatDay(example.working.updatedAt, locale) })
                    : example.lastPublishedAt
                      ? t('practice.web.mine.publishedOn', { date: formatDay(example.lastPublishedAt, locale) })
                      : null}
                </Paragraph>
                {example.published && !example.archivedAt ? (
                  <Paragraph data-size="sm">
                    <DsLink asChild>
                      <Link to={pathTo(practicePaths.web.example, { slug: example.slug })}>
                        {t('practice.web.editor.viewPublished')}
                        <VisuallyHidden>: {example.title}</VisuallyHidden>
                      </Link>
                    </DsLink>
                  </Paragraph>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <Paragraph>
        <DsLink asChild>
          <Link to={pathTo(practicePaths.web.create, undefined, { organisasjon: organisation.id })}>
            {t('practice.web.mine.new')}
            <VisuallyHidden> {t('practice.web.mine.forOrganisation', { name: organisation.name })}</VisuallyHidden>
          </Link>
        </DsLink>
      </Paragraph>
    </section>
  );
}

/** Min side: the examples of each organisation the person edits, drafts included, with their state. */
export function MyExamples({ account }: { account: Account }) {
  const { t } = useI18n();
  const organisations = editorOrganisations(account);
  if (organisations.length === 0) return null;
  return (
    <section aria-labelledby="my-examples-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="my-examples-heading">
        {t('practice.web.mine.heading')}
      </Heading>
      {organisations.map((organisation) => (
        <OrganisationExamples key={organisation.id} organisation={organisation} />
      ))}
    </section>
  );
}
