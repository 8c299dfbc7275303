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
  // The dialog that asks for the password again before a sensitive action (docs/adr/0015).
  'account.admin.reauth.title': {
    nb: 'Bekreft passordet ditt',
    nn: 'Stadfest passordet ditt',
    en: 'Confirm your password',
  },
  'account.admin.reauth.intro': {
    nb: 'Denne handlingen krever at du oppgir passordet ditt på nytt, fordi det er mer enn 15 minutter siden sist.',
    nn: 'Denne handlinga krev at du gir opp passordet ditt på nytt, fordi det er meir enn 15 minutt sidan sist.',
    en: 'This action needs your password again, because it is more than 15 minutes since you last gave it.',
  },
  'account.admin.reauth.password': { nb: 'Passord', nn: 'Passord', en: 'Password' },
  'account.admin.reauth.submit': { nb: 'Bekreft og fortsett', nn: 'Stadfest og hald fram', en: 'Confirm and continue' },
  'account.admin.reauth.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
});
