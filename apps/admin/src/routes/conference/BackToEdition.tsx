import { Paragraph } from '@digdir/designsystemet-react';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';

/** The way back from a part of an edition (rooms, tracks) to its settings page. */
export function BackToEdition({ edition }: { edition: { id: string; title: string } }) {
  const { t } = useI18n();
  return (
    <Paragraph>
      <AppLink to={pathTo(conferencePaths.admin.edition, { editionId: edition.id })}>
        {t('conference.admin.back', { edition: edition.title })}
      </AppLink>
    </Paragraph>
  );
}
