import { defineMessages } from '../../define.ts';

/** The web app's pages for asking for a reset link and choosing the new password. */
export const passwordResetWeb = defineMessages({
  'password-reset.web.forgotLink': { nb: 'Glemt passordet?', nn: 'Gløymt passordet?', en: 'Forgotten your password?' },
  'password-reset.web.forgot.title': {
    nb: 'Glemt passordet',
    nn: 'Gløymt passordet',
    en: 'Forgotten password',
  },
  'password-reset.web.forgot.intro': {
    nb: 'Skriv e-postadressen du logger inn med. Har den en konto hos oss, sender vi en lenke der du kan lage et nytt passord. Lenken virker i 30 minutter.',
    nn: 'Skriv e-postadressa du loggar inn med. Har ho ein konto hjå oss, sender vi ei lenkje der du kan lage eit nytt passord. Lenkja verkar i 30 minutt.',
    en: 'Enter the e-mail address you sign in with. If it has an account with us, we send a link where you can choose a new password. The link works for 30 minutes.',
  },
  'password-reset.web.forgot.submit': { nb: 'Send lenke', nn: 'Send lenkje', en: 'Send link' },
  'password-reset.web.forgot.sent': {
    nb: 'Takk. Har {email} en konto hos oss, er en lenke for nytt passord på vei dit. Se etter den i innboksen (og i søppelpost) de neste minuttene.',
    nn: 'Takk. Har {email} ein konto hjå oss, er ei lenkje for nytt passord på veg dit. Sjå etter ho i innboksen (og i søppelpost) dei neste minutta.',
    en: 'Thank you. If {email} has an account with us, a link for a new password is on its way there. Look for it in your inbox (and spam folder) over the next few minutes.',
  },
  'password-reset.web.backToSignIn': {
    nb: 'Tilbake til innlogging',
    nn: 'Tilbake til innlogging',
    en: 'Back to sign-in',
  },
  'password-reset.web.reset.title': { nb: 'Lag nytt passord', nn: 'Lag nytt passord', en: 'Choose a new password' },
  'password-reset.web.reset.intro': {
    nb: 'Skriv det nye passordet to ganger. Når det er lagret, blir du logget inn her og logget ut på alle andre enheter.',
    nn: 'Skriv det nye passordet to gonger. Når det er lagra, blir du logga inn her og logga ut på alle andre einingar.',
    en: 'Type the new password twice. Once it is saved, you are signed in here and signed out on every other device.',
  },
  'password-reset.web.reset.password': { nb: 'Nytt passord', nn: 'Nytt passord', en: 'New password' },
  'password-reset.web.reset.passwordAgain': {
    nb: 'Nytt passord en gang til',
    nn: 'Nytt passord ein gong til',
    en: 'New password again',
  },
  'password-reset.web.reset.submit': { nb: 'Lagre nytt passord', nn: 'Lagre nytt passord', en: 'Save new password' },
  'password-reset.web.reset.done': {
    nb: 'Passordet er endret, og du er logget inn. Alle andre økter er avsluttet.',
    nn: 'Passordet er endra, og du er logga inn. Alle andre økter er avslutta.',
    en: 'Your password has been changed and you are signed in. Every other session has been ended.',
  },
  'password-reset.web.reset.checking': {
    nb: 'Sjekker lenken …',
    nn: 'Sjekkar lenkja …',
    en: 'Checking the link …',
  },
  'password-reset.web.askAgain': { nb: 'Be om en ny lenke', nn: 'Be om ei ny lenkje', en: 'Ask for a new link' },
});
