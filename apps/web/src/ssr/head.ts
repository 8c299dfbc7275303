import { HTML_LANG, LOCALES, type Locale, xmlEscape } from '@knutepunkt/domain';
import { documentTitle, type PageMeta } from '../components/page-meta.tsx';

/**
 * The `<head>` tags of a server-rendered page: title, description, canonical address, the
 * page in the other interface languages (hreflang), Open Graph and Twitter cards for link
 * previews (Teams, Slack, e-mail), and schema.org JSON-LD.
 *
 * Languages have addresses of their own: `?lang=nn` shows a page in nynorsk whatever the
 * visitor's cookie or browser says, so a search engine can list each language, and a link
 * shared in nynorsk opens in nynorsk. The address without `lang` follows the visitor (cookie,
 * then browser): it is the `x-default`. The canonical address is the one in the language shown.
 */

/** The query parameter that picks the interface language of a page. */
export const LANG_PARAM = 'lang';

const OG_LOCALE: Record<Locale, string> = { nb: 'nb_NO', nn: 'nn_NO', en: 'en_GB' };

export interface HeadInput {
  meta: PageMeta;
  siteName: string;
  /** The site's description, for pages without their own. */
  siteDescription: string;
  locale: Locale;
  /** The site's public address, e.g. https://knutepunkt.no (no trailing slash). */
  origin: string;
  /** The page's path and query as requested. */
  url: string;
}

/**
 * JSON inside a `<script>` element: `<` is written as `\u003c`, so no `</script>` or `<!--` in
 * the data (an example's title, say) can end the element. JSON.parse reads it back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page's address in one language (or, with null, the visitor's own: x-default). */
export function addressIn(origin: string, url: string, locale: Locale | null): string {
  const parsed = new URL(url, 'http://page.invalid');
  parsed.searchParams.delete(LANG_PARAM);
  if (locale) parsed.searchParams.set(LANG_PARAM, locale);
  const query = parsed.searchParams.toString();
  return `${origin}${parsed.pathname}${query ? `?${query}` : ''}`;
}

/** Search results and previews show about 160 characters: cut at a word, and say so. */
export function shortDescription(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:–-]+$/, '')}…`;
}

export function renderHead({ meta, siteName, siteDescription, locale, origin, url }: HeadInput): string {
  const title = documentTitle(meta.title, siteName);
  const description = shortDescription(meta.description || siteDescription);
  const canonical = addressIn(origin, url, locale);
  const tags: string[] = [
    `<title>${xmlEscape(title)}</title>`,
    `<meta name="description" content="${xmlEscape(description)}">`,
  ];
  if (meta.noindex || (meta.status ?? 200) !== 200) tags.push('<meta name="robots" content="noindex">');
  else {
    tags.push(`<link rel="canonical" href="${xmlEscape(canonical)}">`);
    for (const other of LOCALES)
      tags.push(
        `<link rel="alternate" hreflang="${HTML_LANG[other]}" href="${xmlEscape(addressIn(origin, url, other))}">`,
      );
    tags.push(`<link rel="alternate" hreflang="x-default" href="${xmlEscape(addressIn(origin, url, null))}">`);
  }
  const image = meta.image ? `${origin}${meta.image.path}` : null;
  const property = (name: string, content: string) => `<meta property="${name}" content="${xmlEscape(content)}">`;
  const named = (name: string, content: string) => `<meta name="${name}" content="${xmlEscape(content)}">`;
  tags.push(
    property('og:site_name', siteName),
    property('og:title', meta.title),
    property('og:description', description),
    property('og:type', meta.type ?? 'website'),
    property('og:url', canonical),
    property('og:locale', OG_LOCALE[locale]),
    ...LOCALES.filter((other) => other !== locale).map((other) => property('og:locale:alternate', OG_LOCALE[other])),
    named('twitter:card', image ? 'summary_large_image' : 'summary'),
    named('twitter:title', meta.title),
    named('twitter:description', description),
  );
  if (image && meta.image)
    tags.push(property('og:image', image), property('og:image:alt', meta.image.alt), named('twitter:image', image));
  for (const feed of meta.feeds ?? [])
    tags.push(
      `<link rel="alternate" type="application/atom+xml" title="${xmlEscape(feed.title)}" href="${xmlEscape(`${origin}${feed.path}`)}">`,
    );
  if (meta.jsonLd) tags.push(`<script type="application/ld+json">${scriptJson(meta.jsonLd(origin))}</script>`);
  return tags.join('\n    ');
}
