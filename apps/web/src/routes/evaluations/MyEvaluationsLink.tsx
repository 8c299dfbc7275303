import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { evaluationPaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../../trpc.ts';

/**
 * Min side: the way to «Mine evalueringer», for those who are on an evaluation's team or a
 * contact of an evaluated service. Everyone else (most members) sees nothing of it. Its strings
 * are in the core (message-groups.ts, eager), since Min side does not load the module's.
 */
export function MyEvaluationsLink() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluations.mine.queryOptions());
  if (!query.data || query.data.length === 0) return null;
  return (
    <section aria-labelledby="my-evaluations-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="my-evaluations-heading">
        {t('evaluations.web.mine.nav')}
      </Heading>
      <Paragraph>
        {t('evaluations.web.mine.myPageIntro')}{' '}
        <DsLink asChild>
          <Link to={evaluationPaths.web.mine}>{t('evaluations.web.mine.nav')}</Link>
        </DsLink>
      </Paragraph>
    </section>
  );
}
