import { defineMessages } from '../../define.ts';

/** Account messages the server writes in both apps' name: e-mails about the account itself. */
export const accountShared = defineMessages({
  'account.mail.registerTaken.subject': {
    nb: 'Noen prøvde å opprette en konto med e-postadressen din',
    nn: 'Nokon prøvde å opprette ein konto med e-postadressa di',
    en: 'Someone tried to create an account with your e-mail address',
  },
  'account.mail.registerTaken.body': {
    nb: 'Noen prøvde nettopp å opprette en ny konto på Knutepunkt med e-postadressen {email}. Du har allerede en konto med denne adressen, så ingen ny konto ble opprettet, og kontoen din er ikke endret.\n\nVar det deg, kan du logge inn her: {link}\nHar du glemt passordet, kan koordinatoren i nettverket ditt hjelpe deg.\n\nVar det ikke deg, trenger du ikke gjøre noe.',
    nn: 'Nokon prøvde nettopp å opprette ein ny konto på Knutepunkt med e-postadressa {email}. Du har allereie ein konto med denne adressa, så ingen ny konto vart oppretta, og kontoen din er ikkje endra.\n\nVar det deg, kan du logge inn her: {link}\nHar du gløymt passordet, kan koordinatoren i nettverket ditt hjelpe deg.\n\nVar det ikkje deg, treng du ikkje gjere noko.',
    en: 'Someone just tried to create a new account on Knutepunkt with the e-mail address {email}. You already have an account with this address, so no new account was created and your account has not been changed.\n\nIf it was you, you can sign in here: {link}\nIf you have forgotten your password, the coordinator of your network can help you.\n\nIf it was not you, you need not do anything.',
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
