import { defineMessages } from '../../define.ts';

/** Signing in to the admin app. */
export const accountAdmin = defineMessages({
  'account.admin.signIn.title': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'account.admin.signIn.intro': {
    nb: 'Administrasjonen av Knutepunkt er for nettverkskoordinatorer og plattformadministratorer.',
    nn: 'Administrasjonen av Knutepunkt er for nettverkskoordinatorar og plattformadministratorar.',
    en: 'The Knutepunkt administration is for network coordinators and platform administrators.',
  },
  'account.admin.signIn.email': { nb: 'E-postadresse', nn: 'E-postadresse', en: 'E-mail address' },
  'account.admin.signIn.password': { nb: 'Passord', nn: 'Passord', en: 'Password' },
  'account.admin.signIn.submit': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'account.admin.signIn.memberHint': {
    nb: 'Er du medlem eller redaktør i en organisasjon? Da bruker du nettstedet.',
    nn: 'Er du medlem eller redaktør i ein organisasjon? Då brukar du nettstaden.',
    en: 'Are you a member or an editor of an organisation? Then use the website.',
  },
});
