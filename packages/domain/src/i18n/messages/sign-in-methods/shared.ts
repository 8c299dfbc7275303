import { defineMessages } from '../../define.ts';

/** Sign-in through OpenID Connect providers (docs/adr/0016): what the server writes, e-mails and refusals. */
export const signInMethodsShared = defineMessages({
  'sign-in-methods.mail.linked.subject': {
    nb: 'En ny innloggingsmåte er koblet til kontoen din',
    nn: 'Ein ny innloggingsmåte er kopla til kontoen din',
    en: 'A new sign-in method was linked to your account',
  },
  'sign-in-methods.mail.linked.body': {
    nb: 'Innlogging med {provider} er nå koblet til Knutepunkt-kontoen din ({email}). Fra nå av kan du logge inn med den.\n\nVar det ikke deg, fjern innloggingsmåten på Min side og bytt passord: {link}',
    nn: 'Innlogging med {provider} er no kopla til Knutepunkt-kontoen din ({email}). Frå no av kan du logge inn med han.\n\nVar det ikkje deg, fjern innloggingsmåten på Mi side og byt passord: {link}',
    en: 'Sign-in with {provider} is now linked to your Knutepunkt account ({email}). From now on you can sign in with it.\n\nIf this was not you, remove the sign-in method on My page and change your password: {link}',
  },
  'sign-in-methods.error.noFlow': {
    nb: 'Innloggingen er utløpt eller ble startet i en annen nettleser. Start på nytt fra innloggingssiden.',
    nn: 'Innlogginga er gått ut eller vart starta i ein annan nettlesar. Start på nytt frå innloggingssida.',
    en: 'The sign-in has expired or was started in another browser. Start again from the sign-in page.',
  },
  'sign-in-methods.error.lastMethod': {
    nb: 'Dette er den eneste måten du kan logge inn på. Sett et passord (med «Glemt passordet?» på innloggingssiden) før du fjerner den.',
    nn: 'Dette er den einaste måten du kan logge inn på. Set eit passord (med «Gløymt passordet?» på innloggingssida) før du fjernar han.',
    en: 'This is the only way you can sign in. Set a password (with "Forgotten your password?" on the sign-in page) before you remove it.',
  },
  'sign-in-methods.error.emailTaken': {
    nb: 'Det finnes allerede en konto med denne e-postadressen. Oppgi passordet til den kontoen for å koble innloggingen til den.',
    nn: 'Det finst allereie ein konto med denne e-postadressa. Oppgi passordet til den kontoen for å kople innlogginga til han.',
    en: 'There is already an account with this e-mail address. Enter that account’s password to link the sign-in to it.',
  },
  'sign-in-methods.error.noEmail': {
    nb: 'Innloggingstjenesten ga oss ingen e-postadresse, og den trengs for en Knutepunkt-konto. Registrer deg med e-post og passord i stedet.',
    nn: 'Innloggingstenesta gav oss inga e-postadresse, og ho trengst for ein Knutepunkt-konto. Registrer deg med e-post og passord i staden.',
    en: 'The sign-in service gave us no e-mail address, which a Knutepunkt account needs. Register with e-mail and password instead.',
  },
  'sign-in-methods.error.wrongPassword': {
    nb: 'Passordet er feil.',
    nn: 'Passordet er feil.',
    en: 'The password is wrong.',
  },
  'sign-in-methods.error.notFound': {
    nb: 'Fant ikke denne innloggingsmåten.',
    nn: 'Fann ikkje denne innloggingsmåten.',
    en: 'This sign-in method was not found.',
  },
});
