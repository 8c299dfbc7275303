import type { ReactNode } from 'react';
import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type {
  ChimeCategory,
  ChimeSubtheme,
  Level,
  StoredPracticeContent,
  TargetGroup,
  Theme,
} from '@knutepunkt/domain';
import { CHIME } from '@knutepunkt/domain';
import { Markdown, useI18n } from '@knutepunkt/ui';
import { practiceSearchHref } from './search-params.ts';
import { contentLang } from './format.ts';
import { FactList } from '../../components/FactList.tsx';

/** The content of a version, as the example page and the editor's read-only view show it. */
export type ExampleContent = Omit<StoredPracticeContent, 'title'>;

const SECTIONS = ['background', 'approach', 'experiences', 'results'] as const;

/** The four sections, each under its h2; an empty one is left out. */
export function ExampleSections({ content }: { content: ExampleContent }) {
  const { t } = useI18n();
  const lang = contentLang(content.language);
  return (
    <>
      {SECTIONS.filter((s) => content[s].trim() !== '').map((section) => (
        <section key={section} aria-labelledby={`section-${section}`} className="kp-stack">
          <Heading level={2} data-size="sm" id={`section-${section}`}>
            {t(`practice.section.${section}`)}
          </Heading>
          <Markdown source={content[section]} lang={lang} />
        </section>
      ))}
    </>
  );
}

function TagLinks({ items }: { items: Array<{ key: string; label: string; href: string; children?: ReactNode }> }) {
  const { t } = useI18n();
  if (items.length === 0) return <>{t('practice.web.example.noTags')}</>;
  return (
    <ul className="kp-link-list">
      {items.map((item) => (
        <li key={item.key}>
          <DsLink asChild>
            <Link to={item.href}>{item.label}</Link>
          </DsLink>
          {item.children}
        </li>
      ))}
    </ul>
  );
}

/**
 * The tags as label/value pairs. Each tag links to the search for it, so a reader can find more
 * of the same kind. CHIME categories show the sub-themes chosen under them.
 */
export function ExampleTags({ content }: { content: ExampleContent }) {
  const { t } = useI18n();
  const chosenSub = new Set(content.chimeSubthemes);
  const rows: Array<[string, ReactNode]> = [
    [
      t('practice.web.search.chime'),
      <TagLinks
        items={(content.chime as ChimeCategory[]).map((c) => {
          const subs = (CHIME[c] as readonly ChimeSubtheme[]).filter((s) => chosenSub.has(s));
          return {
            key: c,
            label: t(`practice.chime.${c}`),
            href: practiceSearchHref({ chime: [c] }),
            children:
              subs.length > 0 ? (
                <ul className="kp-subthemes">
                  {subs.map((s) => (
                    <li key={s}>{t(`practice.sub.${s}`)}</li>
                  ))}
                </ul>
              ) : null,
          };
        })}
      />,
    ],
    [
      t('practice.web.search.level'),
      <TagLinks
        items={(content.levels as Level[]).map((l) => ({
          key: l,
          label: t(`practice.level.${l}`),
          href: practiceSearchHref({ levels: [l] }),
        }))}
      />,
    ],
    [
      t('practice.web.search.theme'),
      <TagLinks
        items={(content.themes as Theme[]).map((v) => ({
          key: v,
          label: t(`practice.theme.${v}`),
          href: practiceSearchHref({ themes: [v] }),
        }))}
      />,
    ],
    [
      t('practice.web.search.target'),
      <TagLinks
        items={(content.targetGroups as TargetGroup[]).map((v) => ({
          key: v,
          label: t(`practice.target.${v}`),
          href: practiceSearchHref({ targetGroups: [v] }),
        }))}
      />,
    ],
    [
      t('practice.web.example.status'),
      content.ongoing ? t('practice.web.example.ongoing') : t('practice.web.example.ended'),
    ],
  ];
  return <FactList facts={rows} />;
}

/** Who to ask: name and role in the text's language, the address as a mailto link. */
export function ExampleContact({ content }: { content: ExampleContent }) {
  const { t } = useI18n();
  const lang = contentLang(content.language);
  if (!content.contactName && !content.contactEmail) return <Paragraph>{t('practice.web.example.noTags')}</Paragraph>;
  return (
    <dl className="kp-facts">
      {content.contactName ? (
        <div>
          <dt>{t('practice.web.example.contactName')}</dt>
          <dd lang={lang}>{content.contactName}</dd>
        </div>
      ) : null}
      {content.contactRole ? (
        <div>
          <dt>{t('practice.web.example.contactRole')}</dt>
          <dd lang={lang}>{content.contactRole}</dd>
        </div>
      ) : null}
      {content.contactEmail ? (
        <div>
          <dt>{t('practice.web.example.contactEmail')}</dt>
          <dd>
            <DsLink href={`mailto:${content.contactEmail}`}>{content.contactEmail}</DsLink>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
