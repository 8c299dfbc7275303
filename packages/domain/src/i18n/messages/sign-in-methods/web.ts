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
  'sign-in-methods.web.failed.link': {
    nb: 'Lenken virker ikke: den er allerede brukt, er utløpt (den virker i 30 minutter) eller er ikke hel. Du er ikke logget inn. Logg inn på nytt for å få en ny lenke.',
    nn: 'Lenka verkar ikkje: ho er allereie brukt, har gått ut (ho verkar i 30 minutt) eller er ikkje heil. Du er ikkje logga inn. Logg inn på nytt for å få ei ny lenke.',
    en: 'The link does not work: it has been used already, has expired (it works for 30 minutes) or is not complete. You are not signed in. Sign in again to get a new link.',
  },
  'sign-in-methods.web.failed.linkBrowser': {
    nb: 'Lenken må åpnes i den samme nettleseren som du logget inn i. Kopier lenken fra e-posten og lim den inn i adressefeltet der. Lenken er ikke brukt opp.',
    nn: 'Lenka må opnast i den same nettlesaren som du logga inn i. Kopier lenka frå e-posten og lim ho inn i adressefeltet der. Lenka er ikkje brukt opp.',
    en: 'The link must be opened in the same browser you signed in with. Copy the link from the e-mail and paste it into the address bar there. The link has not been used up.',
  },
  'sign-in-methods.web.complete.title': {
    nb: 'Fullfør registreringen',
    nn: 'Fullfør registreringa',
    en: 'Complete your registration',
  },
  'sign-in-methods.web.complete.intro': {
    nb: 'Du logget inn med {provider}. For å bruke Knutepunkt trenger vi navnet ditt og en e-postadresse. Vi sender en lenke til adressen; følg den i denne nettleseren for å bekrefte adressen og logge inn. Har adressen allerede en konto, kobles innloggingen til den.',
    nn: 'Du logga inn med {provider}. For å bruke Knutepunkt treng vi namnet ditt og ei e-postadresse. Vi sender ei lenke til adressa; følg ho i denne nettlesaren for å stadfeste adressa og logge inn. Har adressa allereie ein konto, vert innlogginga kopla til han.',
    en: 'You signed in with {provider}. To use Knutepunkt we need your name and an e-mail address. We send a link to the address; follow it in this browser to confirm the address and sign in. If the address already has an account, the sign-in is linked to it.',
  },
  'sign-in-methods.web.complete.submit': {
    nb: 'Send lenke',
    nn: 'Send lenke',
    en: 'Send link',
  },
  'sign-in-methods.web.complete.sent': {
    nb: 'Vi har sendt en lenke til {email}. Åpne e-posten og følg lenken i denne nettleseren innen 30 minutter. Kommer det ingen e-post, sjekk adressen og søppelpost, og send på nytt.',
    nn: 'Vi har sendt ei lenke til {email}. Opne e-posten og følg lenka i denne nettlesaren innan 30 minutt. Kjem det ingen e-post, sjekk adressa og søppelpost, og send på nytt.',
    en: 'We have sent a link to {email}. Open the e-mail and follow the link in this browser within 30 minutes. If no e-mail arrives, check the address and your spam folder, and send again.',
  },
  'sign-in-methods.web.complete.expired': {
    nb: 'Det er ingen innlogging som venter på en e-postadresse. Start på nytt fra innloggingssiden.',
    nn: 'Det er inga innlogging som ventar på ei e-postadresse. Start på nytt frå innloggingssida.',
    en: 'There is no sign-in waiting for an e-mail address. Start again from the sign-in page.',
  },
  'sign-in-methods.web.link.orEmail': {
    nb: 'Eller få en lenke til {email} i stedet for å skrive passordet. Følg lenken i denne nettleseren, så kobles innloggingen til.',
    nn: 'Eller få ei lenke til {email} i staden for å skrive passordet. Følg lenka i denne nettlesaren, så vert innlogginga kopla til.',
    en: 'Or get a link to {email} instead of typing the password. Follow the link in this browser and the sign-in is linked.',
  },
  'sign-in-methods.web.link.sendLink': {
    nb: 'Send meg en lenke',
    nn: 'Send meg ei lenke',
    en: 'Send me a link',
  },
  'sign-in-methods.web.link.sent': {
    nb: 'Vi har sendt en lenke til {email}. Følg den i denne nettleseren innen 30 minutter.',
    nn: 'Vi har sendt ei lenke til {email}. Følg ho i denne nettlesaren innan 30 minutt.',
    en: 'We have sent a link to {email}. Follow it in this browser within 30 minutes.',
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
