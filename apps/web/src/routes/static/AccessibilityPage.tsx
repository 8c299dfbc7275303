import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';

/** A placeholder: to be replaced with the owner's real address before the site goes live. */
export const FEEDBACK_EMAIL = 'tilgjengelighet@knutepunkt.example';

/** Tilgjengelighetserklæring: the standard we follow, what we know is missing, and how to tell us or complain. */
export function AccessibilityPage() {
  const { t } = useI18n();
  return (
    <Page title={t('web.a11y.title')} meta={{ description: t('web.a11y.intro') }}>
      <Paragraph>{t('web.a11y.intro')}</Paragraph>

      <Heading level={2} data-size="sm">
        {t('web.a11y.standardHeading')}
      </Heading>
      <Paragraph>{t('web.a11y.standard')}</Paragraph>
      <Paragraph>{t('web.a11y.howBuilt')}</Paragraph>

      <Heading level={2} data-size="sm">
        {t('web.a11y.limitationsHeading')}
      </Heading>
      <Paragraph>{t('web.a11y.limitations')}</Paragraph>

      <Heading level={2} data-size="sm">
        {t('web.a11y.feedbackHeading')}
      </Heading>
      <Paragraph>
        {t('web.a11y.feedback')} <DsLink href={`mailto:${FEEDBACK_EMAIL}`}>{FEEDBACK_EMAIL}</DsLink>
      </Paragraph>
      <Paragraph data-size="sm">{t('web.a11y.placeholderNote')}</Paragraph>
      <Paragraph>{t('web.a11y.feedbackWhat')}</Paragraph>

      <Heading level={2} data-size="sm">
        {t('web.a11y.complaintHeading')}
      </Heading>
      <Paragraph>{t('web.a11y.complaint')}</Paragraph>
      <Paragraph>
        {t('web.a11y.complaintHow')} <DsLink href="https://www.uutilsynet.no/">{t('web.a11y.complaintLink')}</DsLink>
      </Paragraph>

      <Heading level={2} data-size="sm">
        {t('web.a11y.aboutHeading')}
      </Heading>
      <Paragraph>{t('web.a11y.about')}</Paragraph>
    </Page>
  );
}
