import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { Notifications } from '../../components/Notifications.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { MyExamples } from '../practice/MyExamples.tsx';
import { MyMeetings } from '../meetings/MyMeetings.tsx';
import { MyCalendarFeed } from '../meetings/MyCalendarFeed.tsx';
import { MyEvaluationsLink } from '../evaluations/MyEvaluationsLink.tsx';
import { NotificationChoicesSection } from '../notifications/NotificationChoicesSection.tsx';
import type { Account } from '../../trpc.ts';
import { MyOrganisations } from './MyOrganisations.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { SignOutEverywhere } from './SignOutEverywhere.tsx';
import { SignInMethodsSection } from '../sign-in-methods/SignInMethodsSection.tsx';

function MyPageView({ account }: { account: Account }) {
  const { t } = useI18n();
  return (
    <Page title={t('account.web.mine.title')} meta={{ noindex: true }}>
      <Paragraph>{t('account.web.mine.intro', { name: account.name })}</Paragraph>
      <MyOrganisations account={account} />
      <MyExamples account={account} />
      <MyMeetings />
      <MyCalendarFeed />
      <MyEvaluationsLink />
      <Notifications />
      <NotificationChoicesSection />
      <ProfileSection account={account} />
      <PasswordSection />
      <SignInMethodsSection />
      <SignOutEverywhere />
    </Page>
  );
}

/** Min side: the person's organisations, profile, password and sessions. */
export function MyPage() {
  return <RequireSignIn>{(account) => <MyPageView account={account} />}</RequireSignIn>;
}
