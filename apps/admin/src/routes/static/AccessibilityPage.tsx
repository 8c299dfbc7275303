import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';

/** A placeholder until the organisation running the platform names its own address. */
export const ACCESSIBILITY_EMAIL = 'tilgjengelighet@knutepunkt.example';

/** /tilgjengelighet: the accessibility statement (tilgjengelighetserklæring), open to everyone. */
export function AccessibilityPage() {
  const { t } = useI18n();
  return (
    <Page title={t('admin.a11y.title')} lead={<Paragraph>{t('admin.a11y.intro')}</Paragraph>}>
      <Section title={t('admin.a11y.how.heading')}>
        <Paragraph>{t('admin.a11y.how.text')}</Paragraph>
      </Section>
      <Section title={t('admin.a11y.known.heading')}>
        <Paragraph>{t('admin.a11y.known.text')}</Paragraph>
      </Section>
      <Section title={t('admin.a11y.feedback.heading')}>
        <Paragraph>
          {t('admin.a11y.feedback.text')} <Link href={`mailto:${ACCESSIBILITY_EMAIL}`}>{ACCESSIBILITY_EMAIL}</Link>
        </Paragraph>
      </Section>
      <Section title={t('admin.a11y.supervision.heading')}>
        <Paragraph>{t('admin.a11y.supervision.text')}</Paragraph>
      </Section>
    </Page>
  );
}
