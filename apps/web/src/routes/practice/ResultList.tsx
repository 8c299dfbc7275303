import { Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { ChimeCategory, Level } from '@knutepunkt/domain';
import { pathTo, practicePaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import type { Outputs } from '../../trpc.ts';
import { contentLang, formatDay } from './format.ts';
import { Highlighted } from './Highlighted.tsx';

export type SearchItem = Outputs['practice']['search']['items'][number];

/**
 * Search results as headed items: screen reader users jump from title to title with the heading
 * keys. Titles and snippets are marked with the language they were written in; the words the
 * search found are <mark>ed.
 */
export function ResultList({ items }: { items: SearchItem[] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="kp-cards">
      {items.map((item) => {
        const lang = contentLang(item.language);
        return (
          <li key={item.id} className="kp-card kp-result">
            <Heading level={3} data-size="xs">
              <DsLink asChild>
                <Link to={pathTo(practicePaths.web.example, { slug: item.slug })} lang={lang}>
                  <Highlighted parts={item.titleHighlighted} fallback={item.title} />
                </Link>
              </DsLink>
            </Heading>
            <Paragraph data-size="sm" className="kp-result__meta">
              {item.organisation.name} ·{' '}
              {t('practice.web.result.published', { date: formatDay(item.publishedAt, locale) })}
              {item.featured ? (
                <>
                  {' '}
                  <Tag data-color="brand1" data-size="sm">
                    {t('practice.web.result.featured')}
                  </Tag>
                </>
              ) : null}
            </Paragraph>
            <Paragraph lang={lang}>
              <Highlighted parts={item.snippet} fallback={item.summary} snippet />
            </Paragraph>
            <ul className="kp-tags" aria-label={t('practice.web.result.tags')}>
              {(item.chime as ChimeCategory[]).map((c) => (
                <li key={c}>
                  <Tag data-color="accent" data-size="sm">
                    {t(`practice.chime.${c}`)}
                  </Tag>
                </li>
              ))}
              {(item.levels as Level[]).map((l) => (
                <li key={l}>
                  <Tag data-color="neutral" data-size="sm">
                    {t(`practice.level.${l}`)}
                  </Tag>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
