import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import { useLinkComponent } from '../layout/link.tsx';
import { PageHeading } from './PageHeading.tsx';

export interface NotFoundProps {
  homeHref?: string;
  /** See PageHeading. */
  focusOnMount?: boolean;
}

/** The page for an address that leads nowhere: what happened and a way back. */
export function NotFound({ homeHref = '/', focusOnMount }: NotFoundProps) {
  const { t } = useI18n();
  const RouterLink = useLinkComponent();
  return (
    <div className="kp-stack">
      <PageHeading focusOnMount={focusOnMount}>{t('ui.notFound.title')}</PageHeading>
      <Paragraph>{t('ui.notFound.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink href={homeHref}>{t('ui.notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
