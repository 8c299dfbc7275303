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
  'sign-in-methods.mail.emailLink.subject': {
    nb: 'Bekreft e-postadressen din på Knutepunkt',
    nn: 'Stadfest e-postadressa di på Knutepunkt',
    en: 'Confirm your e-mail address on Knutepunkt',
  },
  'sign-in-methods.mail.emailLink.complete': {
    nb: 'Noen – forhåpentligvis du – logget inn med {provider} på Knutepunkt og oppga e-postadressen {email}.\n\nFølg lenken innen {minutes} minutter, i den samme nettleseren som du logget inn i, for å bekrefte adressen og logge inn. Har adressen allerede en Knutepunkt-konto, kobles innloggingen med {provider} til den kontoen. Ellers får du en ny konto.\n\n{link}\n\nVar det ikke deg, kan du se bort fra denne meldingen. Ingenting skjer uten at lenken blir fulgt.',
    nn: 'Nokon – forhåpentleg du – logga inn med {provider} på Knutepunkt og oppgav e-postadressa {email}.\n\nFølg lenka innan {minutes} minutt, i den same nettlesaren som du logga inn i, for å stadfeste adressa og logge inn. Har adressa allereie ein Knutepunkt-konto, vert innlogginga med {provider} kopla til den kontoen. Elles får du ein ny konto.\n\n{link}\n\nVar det ikkje deg, kan du sjå bort frå denne meldinga. Ingenting skjer utan at lenka vert følgd.',
    en: 'Someone – hopefully you – signed in with {provider} on Knutepunkt and gave the e-mail address {email}.\n\nFollow the link within {minutes} minutes, in the same browser you signed in with, to confirm the address and sign in. If the address already has a Knutepunkt account, the sign-in with {provider} is linked to that account. Otherwise you get a new account.\n\n{link}\n\nIf this was not you, you can ignore this message. Nothing happens unless the link is followed.',
  },
  'sign-in-methods.mail.emailLink.link': {
    nb: 'Noen – forhåpentligvis du – logget inn med {provider} på Knutepunkt og vil koble den innloggingen til kontoen din ({email}).\n\nFølg lenken innen {minutes} minutter, i den samme nettleseren som du logget inn i, for å koble den til og logge inn. Etterpå kan du logge inn med {provider}.\n\n{link}\n\nVar det ikke deg, kan du se bort fra denne meldingen. Ingenting blir koblet til uten at lenken blir fulgt.',
    nn: 'Nokon – forhåpentleg du – logga inn med {provider} på Knutepunkt og vil kople den innlogginga til kontoen din ({email}).\n\nFølg lenka innan {minutes} minutt, i den same nettlesaren som du logga inn i, for å kople ho til og logge inn. Etterpå kan du logge inn med {provider}.\n\n{link}\n\nVar det ikkje deg, kan du sjå bort frå denne meldinga. Ingenting vert kopla til utan at lenka vert følgd.',
    en: 'Someone – hopefully you – signed in with {provider} on Knutepunkt and wants to link that sign-in to your account ({email}).\n\nFollow the link within {minutes} minutes, in the same browser you signed in with, to link it and sign in. After that you can sign in with {provider}.\n\n{link}\n\nIf this was not you, you can ignore this message. Nothing is linked unless the link is followed.',
  },
  'sign-in-methods.error.tooManyLinks': {
    nb: 'Vi har allerede sendt så mange lenker for denne innloggingen som vi kan. Bruk en av dem, eller start på nytt fra innloggingssiden.',
    nn: 'Vi har allereie sendt så mange lenker for denne innlogginga som vi kan. Bruk ei av dei, eller start på nytt frå innloggingssida.',
    en: 'We have already sent as many links for this sign-in as we can. Use one of them, or start again from the sign-in page.',
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
