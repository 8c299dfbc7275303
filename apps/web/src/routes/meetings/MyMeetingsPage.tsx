import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { MyMeetings } from './MyMeetings.tsx';

/** /min-side/moter (the e-mails link here): one's registrations, as on Min side. */
export function MyMeetingsPage() {
  const { t } = useI18n();
  return (
    <RequireSignIn>
      {() => (
        <Page title={t('meetings.web.mine.heading')} meta={{ noindex: true }}>
          <MyMeetings headingLevel={2} />
        </Page>
      )}
    </RequireSignIn>
  );
}
