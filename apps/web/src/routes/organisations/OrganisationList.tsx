import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { OrganisationType } from '@knutepunkt/domain';
import { organisationPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { placeOf } from '../../components/format.ts';

export interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
  type: OrganisationType;
  municipality: string | null;
  county: string | null;
}

/**
 * Organisations as a list of headed items: screen reader users can jump from name to name
 * with the heading keys, and each name is the link to the organisation's page.
 */
export function OrganisationList({
  organisations,
  headingLevel = 3,
}: {
  organisations: OrganisationSummary[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  return (
    <ul className="kp-cards">
      {organisations.map((org) => {
        const place = placeOf(org);
        return (
          <li key={org.id} className="kp-card">
            <Heading level={headingLevel} data-size="xs">
              <DsLink asChild>
                <Link to={pathTo(organisationPaths.web.organisation, { slug: org.slug })}>{org.name}</Link>
              </DsLink>
            </Heading>
            <Paragraph data-size="sm">
              {t(`organisations.type.${org.type}`)}
              {place ? ` · ${place}` : ''}
            </Paragraph>
          </li>
        );
      })}
    </ul>
  );
}
