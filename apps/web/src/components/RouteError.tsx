import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';

/**
 * The last resort when a page itself fails to render (a bug of ours). It stands alone, outside the
 * layout, so it must not depend on anything that might be what broke; a reload is the way out.
 */
export function RouteError() {
  const { t } = useI18n();
  return (
    <main className="kp-container kp-main kp-stack">
      <Heading level={1} data-size="lg">
        {t('ui.error.title')}
      </Heading>
      <Paragraph>{t('error.internal')}</Paragraph>
      <div>
        <Button type="button" onClick={() => window.location.reload()}>
          {t('web.error.reload')}
        </Button>
      </div>
    </main>
  );
}
