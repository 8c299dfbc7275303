import { defineMessages } from '../../define.ts';

/** The web app's pages for sign-in through providers: buttons, the link page, Min side's section. */
export const signInMethodsWeb = defineMessages({
  'sign-in-methods.web.signInWith': {
    nb: 'Logg inn med {provider}',
    nn: 'Logg inn med {provider}',
    en: 'Sign in with {provider}',
  },
  'sign-in-methods.web.orPassword': {
    nb: 'Eller logg inn med e-post og passord',
    nn: 'Eller logg inn med e-post og passord',
    en: 'Or sign in with e-mail and password',
  },
  'sign-in-methods.web.failed.state': {
    nb: 'Innloggingen kunne ikke bekreftes (svaret passet ikke til innloggingen som ble startet her). Du er ikke logget inn. Prøv igjen.',
    nn: 'Innlogginga kunne ikkje stadfestast (svaret passa ikkje til innlogginga som vart starta her). Du er ikkje logga inn. Prøv igjen.',
    en: 'The sign-in could not be confirmed (the answer did not match the sign-in started here). You are not signed in. Try again.',
  },
  'sign-in-methods.web.failed.token': {
    nb: 'Innloggingstjenesten svarte med noe vi ikke kunne godta (ugyldig eller utløpt bevis). Du er ikke logget inn. Prøv igjen.',
    nn: 'Innloggingstenesta svarte med noko vi ikkje kunne godta (ugyldig eller utgått prov). Du er ikkje logga inn. Prøv igjen.',
    en: 'The sign-in service answered with something we could not accept (an invalid or expired token). You are not signed in. Try again.',
  },
  'sign-in-methods.web.failed.acr': {
    nb: 'Innloggingen hadde for lavt sikkerhetsnivå for denne tjenesten. Logg inn igjen med et høyere nivå (for eksempel BankID).',
    nn: 'Innlogginga hadde for lågt tryggleiksnivå for denne tenesta. Logg inn igjen med eit høgare nivå (til dømes BankID).',
    en: 'The sign-in had too low a security level for this service. Sign in again with a higher level (BankID, for example).',
  },
  'sign-in-methods.web.failed.provider': {
    nb: 'Innloggingstjenesten er ikke tilgjengelig akkurat nå, eller innloggingen ble avbrutt. Prøv igjen, eller logg inn med e-post og passord.',
    nn: 'Innloggingstenesta er ikkje tilgjengeleg akkurat no, eller innlogginga vart avbroten. Prøv igjen, eller logg inn med e-post og passord.',
    en: 'The sign-in service is not available right now, or the sign-in was cancelled. Try again, or sign in with e-mail and password.',
  },
  'sign-in-methods.web.failed.disabled': {
    nb: 'Kontoen er deaktivert. Ta kontakt med koordinatoren i nettverket ditt.',
    nn: 'Kontoen er deaktivert. Ta kontakt med koordinatoren i nettverket ditt.',
    en: 'The account is disabled. Contact the coordinator of your network.',
  },
  'sign-in-methods.web.failed.email': {
    nb: 'Innloggingstjenesten ga oss ingen e-postadresse, og den trengs for en Knutepunkt-konto. Registrer deg med e-post og passord i stedet.',
    nn: 'Innloggingstenesta gav oss inga e-postadresse, og ho trengst for ein Knutepunkt-konto. Registrer deg med e-post og passord i staden.',
    en: 'The sign-in service gave us no e-mail address, which a Knutepunkt account needs. Register with e-mail and password instead.',
  },
  'sign-in-methods.web.link.title': {
    nb: 'Koble til eksisterende konto',
    nn: 'Kople til eksisterande konto',
    en: 'Link to your existing account',
  },
  'sign-in-methods.web.link.intro': {
    nb: 'Du logget inn med {provider}. Det finnes allerede en Knutepunkt-konto med e-postadressen {email}. Oppgi passordet til den kontoen, så kobler vi innloggingen til den. Etterpå kan du logge inn med {provider}.',
    nn: 'Du logga inn med {provider}. Det finst allereie ein Knutepunkt-konto med e-postadressa {email}. Oppgi passordet til den kontoen, så koplar vi innlogginga til han. Etterpå kan du logge inn med {provider}.',
    en: 'You signed in with {provider}. There is already a Knutepunkt account with the e-mail address {email}. Enter that account’s password and we link the sign-in to it. After that you can sign in with {provider}.',
  },
  'sign-in-methods.web.link.noNewAccount': {
    nb: 'Det kan ikke opprettes en ny konto med samme e-postadresse. Har du glemt passordet, bruk «Glemt passordet?» på innloggingssiden eller spør koordinatoren i nettverket ditt, og kom så tilbake hit.',
    nn: 'Det kan ikkje opprettast ein ny konto med same e-postadresse. Har du gløymt passordet, bruk «Gløymt passordet?» på innloggingssida eller spør koordinatoren i nettverket ditt, og kom så tilbake hit.',
    en: 'A new account cannot be created with the same e-mail address. If you have forgotten the password, use "Forgotten your password?" on the sign-in page or ask the coordinator of your network, then come back here.',
  },
  'sign-in-methods.web.link.password': { nb: 'Passord', nn: 'Passord', en: 'Password' },
  'sign-in-methods.web.link.submit': {
    nb: 'Koble til og logg inn',
    nn: 'Kople til og logg inn',
    en: 'Link and sign in',
  },
  'sign-in-methods.web.link.expired': {
    nb: 'Det er ingen innlogging som venter på å bli koblet til. Start på nytt fra innloggingssiden.',
    nn: 'Det er inga innlogging som ventar på å bli kopla til. Start på nytt frå innloggingssida.',
    en: 'There is no sign-in waiting to be linked. Start again from the sign-in page.',
  },
  'sign-in-methods.web.section.title': {
    nb: 'Innloggingsmåter',
    nn: 'Innloggingsmåtar',
    en: 'Sign-in methods',
  },
  'sign-in-methods.web.section.none': {
    nb: 'Du logger inn med e-post og passord. Ingen andre innloggingsmåter er koblet til.',
    nn: 'Du loggar inn med e-post og passord. Ingen andre innloggingsmåtar er kopla til.',
    en: 'You sign in with e-mail and password. No other sign-in methods are linked.',
  },
  'sign-in-methods.web.section.linked': {
    nb: 'Koblet til {date}',
    nn: 'Kopla til {date}',
    en: 'Linked {date}',
  },
  'sign-in-methods.web.section.lastUsed': {
    nb: 'sist brukt {date}',
    nn: 'sist brukt {date}',
    en: 'last used {date}',
  },
  'sign-in-methods.web.section.neverUsed': {
    nb: 'ikke brukt ennå',
    nn: 'ikkje brukt enno',
    en: 'not used yet',
  },
  'sign-in-methods.web.section.remove': {
    nb: 'Fjern {provider}',
    nn: 'Fjern {provider}',
    en: 'Remove {provider}',
  },
  'sign-in-methods.web.section.confirmRemove': {
    nb: 'Vil du fjerne innlogging med {provider}? Du kan koble den til igjen ved å logge inn med den.',
    nn: 'Vil du fjerne innlogging med {provider}? Du kan kople han til igjen ved å logge inn med han.',
    en: 'Remove sign-in with {provider}? You can link it again by signing in with it.',
  },
  'sign-in-methods.web.section.removed': {
    nb: 'Innloggingsmåten er fjernet.',
    nn: 'Innloggingsmåten er fjerna.',
    en: 'The sign-in method was removed.',
  },
});
