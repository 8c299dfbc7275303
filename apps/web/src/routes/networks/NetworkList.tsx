import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { networkPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { countyName } from '../../components/format.ts';
import type { Outputs } from '../../trpc.ts';

type Network = Outputs['networks']['list'][number];

/** "Trøndelag og Møre og Romsdal", or "hele landet" for a national network. */
export function useCoverage() {
  const { t } = useI18n();
  return (counties: readonly string[]) => {
    const names = counties.map(countyName).filter((n): n is string => !!n);
    if (names.length === 0) return t('networks.web.national');
    if (names.length === 1) return names[0]!;
    return t('networks.web.coverageList', { first: names.slice(0, -1).join(', '), last: names[names.length - 1]! });
  };
}

/** The first sentence of a description, for lists; the network's page has the rest. */
function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return match?.[1] ?? text;
}

export function NetworkList({ networks, headingLevel = 2 }: { networks: Network[]; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const coverage = useCoverage();
  return (
    <ul className="kp-cards">
      {networks.map((network) => (
        <li key={network.id} className="kp-card kp-stack">
          <Heading level={headingLevel} data-size="xs">
            <DsLink asChild>
              <Link to={pathTo(networkPaths.web.network, { slug: network.slug })}>{network.name}</Link>
            </DsLink>
          </Heading>
          {network.description ? (
            <Paragraph lang={network.language}>{firstSentence(network.description)}</Paragraph>
          ) : null}
          <Paragraph data-size="sm">
            {t(network.memberCount === 1 ? 'networks.web.summaryOne' : 'networks.web.summary', {
              count: network.memberCount,
              coverage: coverage(network.counties),
            })}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
