import {
  COUNTIES,
  type CountyCode,
  networkPaths,
  organisationPaths,
  pathTo,
  practicePaths,
  shellPaths,
} from '@knutepunkt/domain';
import type { Outputs } from '../trpc.ts';

/**
 * schema.org structured data (JSON-LD) for the pages where a type fits, so search engines can
 * show an organisation or an example for what it is. Built from the data the page shows, never
 * more; each takes the site's address, since schema.org wants absolute URLs.
 */

type JsonLd = Record<string, unknown>;
type Organisation = Outputs['organisations']['bySlug'];
type Network = Outputs['networks']['bySlug'];
type Example = Outputs['practice']['bySlug'];

const CONTEXT = 'https://schema.org';

function countyName(code: string | null): string | undefined {
  return code && code in COUNTIES ? COUNTIES[code as CountyCode] : undefined;
}

export function websiteJsonLd(name: string, description: string) {
  return (origin: string): JsonLd => ({
    '@context': CONTEXT,
    '@type': 'WebSite',
    name,
    description,
    url: `${origin}${shellPaths.web.home}`,
    inLanguage: ['nb', 'nn', 'en'],
  });
}

export function organisationJsonLd(org: Organisation) {
  return (origin: string): JsonLd => ({
    '@context': CONTEXT,
    '@type': org.type === 'MUNICIPALITY' ? 'GovernmentOrganization' : 'Organization',
    name: org.name,
    url: `${origin}${pathTo(organisationPaths.web.organisation, { slug: org.slug })}`,
    ...(org.description ? { description: org.description } : {}),
    ...(org.website ? { sameAs: [org.website] } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { telephone: org.phone } : {}),
    ...(org.municipality || org.county
      ? {
          address: {
            '@type': 'PostalAddress',
            addressCountry: 'NO',
            ...(org.municipality ? { addressLocality: org.municipality } : {}),
            ...(countyName(org.county) ? { addressRegion: countyName(org.county) } : {}),
          },
        }
      : {}),
  });
}

export function networkJsonLd(network: Network) {
  return (origin: string): JsonLd => ({
    '@context': CONTEXT,
    '@type': 'Organization',
    name: network.name,
    url: `${origin}${pathTo(networkPaths.web.network, { slug: network.slug })}`,
    ...(network.description ? { description: network.description } : {}),
    member: network.members.map((m) => ({
      '@type': 'Organization',
      name: m.name,
      url: `${origin}${pathTo(organisationPaths.web.organisation, { slug: m.slug })}`,
    })),
  });
}

/** An example is an article its organisation published: headline, summary, dates, language, publisher. */
export function exampleJsonLd(example: Example) {
  return (origin: string): JsonLd => {
    const publisher = {
      '@type': 'Organization',
      name: example.organisation.name,
      url: `${origin}${pathTo(organisationPaths.web.organisation, { slug: example.organisation.slug })}`,
    };
    return {
      '@context': CONTEXT,
      '@type': 'Article',
      headline: example.content.title,
      ...(example.content.summary ? { abstract: example.content.summary } : {}),
      inLanguage: example.content.language,
      url: `${origin}${pathTo(practicePaths.web.example, { slug: example.slug })}`,
      ...(example.firstPublishedAt ? { datePublished: example.firstPublishedAt } : {}),
      ...(example.lastPublishedAt ? { dateModified: example.lastPublishedAt } : {}),
      author: publisher,
      publisher,
      keywords: [...example.content.chime, ...example.content.themes].join(', '),
    };
  };
}
