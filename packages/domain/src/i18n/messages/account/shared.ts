import { defineMessages } from '../../define.ts';

/** Account messages the server writes in both apps' name: e-mails about the account itself. */
export const accountShared = defineMessages({
  'account.mail.registerTaken.subject': {
    nb: 'Noen prøvde å opprette en konto med e-postadressen din',
    nn: 'Nokon prøvde å opprette ein konto med e-postadressa di',
    en: 'Someone tried to create an account with your e-mail address',
  },
  'account.mail.registerTaken.body': {
    nb: 'Noen prøvde nettopp å opprette en ny konto på Knutepunkt med e-postadressen {email}. Du har allerede en konto med denne adressen, så ingen ny konto ble opprettet, og kontoen din er ikke endret.\n\nVar det deg, kan du logge inn her: {link}\nHar du glemt passordet, kan du be om en lenke for nytt passord her: {resetLink}\n\nVar det ikke deg, trenger du ikke gjøre noe.',
    nn: 'Nokon prøvde nettopp å opprette ein ny konto på Knutepunkt med e-postadressa {email}. Du har allereie ein konto med denne adressa, så ingen ny konto vart oppretta, og kontoen din er ikkje endra.\n\nVar det deg, kan du logge inn her: {link}\nHar du gløymt passordet, kan du be om ei lenkje for nytt passord her: {resetLink}\n\nVar det ikkje deg, treng du ikkje gjere noko.',
    en: 'Someone just tried to create a new account on Knutepunkt with the e-mail address {email}. You already have an account with this address, so no new account was created and your account has not been changed.\n\nIf it was you, you can sign in here: {link}\nIf you have forgotten your password, you can ask for a link to choose a new one here: {resetLink}\n\nIf it was not you, you need not do anything.',
  },
  'account.mail.accountDisabled.subject': {
    nb: 'Kontoen din på Knutepunkt er stengt',
    nn: 'Kontoen din på Knutepunkt er stengd',
    en: 'Your Knutepunkt account has been disabled',
  },
  'account.mail.accountDisabled.body': {
    nb: 'En administrator har stengt kontoen din på Knutepunkt ({email}). Du er logget ut overalt og kan ikke logge inn før kontoen åpnes igjen.\n\nTror du dette er en feil, ta kontakt med koordinatoren i nettverket ditt.',
    nn: 'Ein administrator har stengt kontoen din på Knutepunkt ({email}). Du er logga ut overalt og kan ikkje logge inn før kontoen vert opna att.\n\nTrur du dette er ein feil, ta kontakt med koordinatoren i nettverket ditt.',
    en: 'An administrator has disabled your Knutepunkt account ({email}). You have been signed out everywhere and cannot sign in until the account is enabled again.\n\nIf you think this is a mistake, contact the coordinator of your network.',
  },
  // Asking for the password again before sensitive admin actions (docs/adr/0015).
  'account.reauth.required': {
    nb: 'Bekreft passordet ditt for å gjøre dette. Det er mer enn 15 minutter siden du sist oppga det.',
    nn: 'Stadfest passordet ditt for å gjere dette. Det er meir enn 15 minutt sidan du sist gav det opp.',
    en: 'Confirm your password to do this. It is more than 15 minutes since you last gave it.',
  },
  'account.reauth.wrongPassword': {
    nb: 'Passordet stemmer ikke.',
    nn: 'Passordet stemmer ikkje.',
    en: 'That password is not right.',
  },
});
