import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@digdir/designsystemet-react';
import { outboxPaths, pathTo, practicePaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Section } from '../../components/Section.tsx';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

/** The dashboard's practice bank part: how many examples wait for review, and the way to them. */
export function ReviewWaiting() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queue = useQuery({ ...trpc.practice.queue.queryOptions({}), staleTime: 0 });
  const count = queue.data?.length ?? 0;
  const line = queue.isPending
    ? t('ui.loading')
    : queue.isError
      ? t('practiceAdmin.dashboard.unknown')
      : t('practiceAdmin.dashboard.waiting', { count: formatNumber(locale, count) });
  return (
    <Section title={t('practiceAdmin.dashboard.heading')}>
      <Paragraph className={count > 0 ? 'kp-strong' : undefined}>{line}</Paragraph>
      <ul className="kp-links">
        <li>
          <AppLink to={pathTo(practicePaths.admin.queue)}>{t('practiceAdmin.dashboard.toQueue')}</AppLink>
        </li>
        <li>
          <AppLink to={pathTo(practicePaths.admin.list)}>{t('practiceAdmin.dashboard.toExamples')}</AppLink>
        </li>
        <li>
          <AppLink to={pathTo(outboxPaths.admin.list)}>{t('practiceAdmin.dashboard.toOutbox')}</AppLink>
        </li>
      </ul>
    </Section>
  );
}
