import { defineMessages } from '../../define.ts';

/** Accounts on the web app: register, sign in and out, Min side, profile, password, signing out everywhere. */
export const accountWeb = defineMessages({
  'account.web.signOut.button': { nb: 'Logg ut', nn: 'Logg ut', en: 'Sign out' },
  'account.web.signOut.done': { nb: 'Du er logget ut.', nn: 'Du er logga ut.', en: 'You are signed out.' },
  'account.web.signIn.title': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'account.web.signIn.submit': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'account.web.signIn.done': { nb: 'Du er logget inn.', nn: 'Du er logga inn.', en: 'You are signed in.' },
  'account.web.signIn.already': {
    nb: 'Du er allerede logget inn som {name}.',
    nn: 'Du er allereie logga inn som {name}.',
    en: 'You are already signed in as {name}.',
  },
  'account.web.signIn.noAccount': { nb: 'Har du ikke konto?', nn: 'Har du ikkje konto?', en: 'No account yet?' },
  'account.web.signIn.registerLink': { nb: 'Opprett en konto', nn: 'Opprett ein konto', en: 'Create an account' },
  'account.web.signIn.forgot': {
    nb: 'Vi sender deg en lenke på e-post der du kan lage et nytt passord.',
    nn: 'Vi sender deg ei lenkje på e-post der du kan lage eit nytt passord.',
    en: 'We send you a link by e-mail where you can choose a new password.',
  },
  'account.web.signInRequired.title': { nb: 'Du må logge inn', nn: 'Du må logge inn', en: 'You need to sign in' },
  'account.web.signInRequired.text': {
    nb: 'Denne siden er bare for deg som er logget inn.',
    nn: 'Denne sida er berre for deg som er logga inn.',
    en: 'This page is only for people who are signed in.',
  },
  'account.web.signInRequired.link': {
    nb: 'Logg inn for å fortsette',
    nn: 'Logg inn for å halde fram',
    en: 'Sign in to continue',
  },

  'account.web.register.title': { nb: 'Opprett konto', nn: 'Opprett konto', en: 'Create an account' },
  'account.web.register.intro': {
    nb: 'Med en konto kan du be om å bli knyttet til organisasjonen du jobber i eller er med i, og holde profilen din oppdatert.',
    nn: 'Med ein konto kan du be om å bli knytt til organisasjonen du arbeider i eller er med i, og halde profilen din oppdatert.',
    en: 'With an account you can ask to be linked to the organisation you work in or belong to, and keep your profile up to date.',
  },
  'account.web.register.submit': { nb: 'Opprett konto', nn: 'Opprett konto', en: 'Create account' },
  'account.web.register.done': {
    nb: 'Takk! Nå kan du logge inn med e-postadressen og passordet du valgte. Hadde adressen allerede en konto, har vi i stedet sendt en melding til den.',
    nn: 'Takk! No kan du logge inn med e-postadressa og passordet du valde. Hadde adressa allereie ein konto, har vi i staden sendt ei melding til henne.',
    en: 'Thank you! You can now sign in with the e-mail address and password you chose. If the address already had an account, we have sent a message to it instead.',
  },
  'account.web.register.already': {
    nb: 'Du er allerede logget inn som {name}.',
    nn: 'Du er allereie logga inn som {name}.',
    en: 'You are already signed in as {name}.',
  },
  'account.web.register.haveAccount': {
    nb: 'Har du allerede en konto?',
    nn: 'Har du allereie ein konto?',
    en: 'Already have an account?',
  },
  'account.web.register.signInLink': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },

  'account.web.field.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'account.web.field.email': { nb: 'E-postadresse', nn: 'E-postadresse', en: 'E-mail address' },
  'account.web.field.emailHint': {
    nb: 'Du bruker den når du logger inn.',
    nn: 'Du brukar ho når du loggar inn.',
    en: 'You use it to sign in.',
  },
  'account.web.field.password': { nb: 'Passord', nn: 'Passord', en: 'Password' },
  'account.web.field.passwordRule': {
    nb: 'Minst 10 tegn. Et par ord med mellomrom er lett å huske og vanskelig å gjette. Unngå vanlige passord som «passord123».',
    nn: 'Minst 10 teikn. Eit par ord med mellomrom er lett å hugse og vanskeleg å gjette. Unngå vanlege passord som «passord123».',
    en: 'At least 10 characters. A few words with spaces between them are easy to remember and hard to guess. Avoid common passwords such as “password123”.',
  },
  'account.web.field.locale': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'account.web.field.localeHint': {
    nb: 'Språket Knutepunkt vises på når du er logget inn.',
    nn: 'Språket Knutepunkt blir vist på når du er logga inn.',
    en: 'The language Knutepunkt is shown in when you are signed in.',
  },

  'account.web.mine.title': { nb: 'Min side', nn: 'Mi side', en: 'My page' },
  'account.web.mine.intro': {
    nb: 'Hei, {name}! Her ser du organisasjonene dine, og her kan du endre profilen og passordet ditt.',
    nn: 'Hei, {name}! Her ser du organisasjonane dine, og her kan du endre profilen og passordet ditt.',
    en: 'Hello, {name}! Here you can see your organisations and change your profile and password.',
  },

  'account.web.profile.heading': { nb: 'Profil', nn: 'Profil', en: 'Profile' },
  'account.web.profile.submit': { nb: 'Lagre profilen', nn: 'Lagre profilen', en: 'Save profile' },
  'account.web.profile.saved': {
    nb: 'Profilen er lagret.',
    nn: 'Profilen er lagra.',
    en: 'Your profile has been saved.',
  },

  'account.web.password.heading': { nb: 'Bytt passord', nn: 'Byt passord', en: 'Change password' },
  'account.web.password.current': { nb: 'Nåværende passord', nn: 'Noverande passord', en: 'Current password' },
  'account.web.password.new': { nb: 'Nytt passord', nn: 'Nytt passord', en: 'New password' },
  'account.web.password.submit': { nb: 'Bytt passord', nn: 'Byt passord', en: 'Change password' },
  'account.web.password.changed': {
    nb: 'Passordet er byttet. Du er logget ut på alle andre enheter.',
    nn: 'Passordet er bytt. Du er logga ut på alle andre einingar.',
    en: 'Your password has been changed. You have been signed out on all other devices.',
  },

  'account.web.everywhere.heading': { nb: 'Logg ut overalt', nn: 'Logg ut overalt', en: 'Sign out everywhere' },
  'account.web.everywhere.text': {
    nb: 'Har du mistet telefonen, eller logget inn på en maskin andre også bruker? Da kan du logge ut på alle enheter på én gang, også denne.',
    nn: 'Har du mista telefonen, eller logga inn på ei maskin andre òg brukar? Då kan du logge ut på alle einingar på ein gong, òg denne.',
    en: 'Lost your phone, or signed in on a computer others also use? You can sign out on all devices at once, this one included.',
  },
  'account.web.everywhere.button': {
    nb: 'Logg ut på alle enheter',
    nn: 'Logg ut på alle einingar',
    en: 'Sign out on all devices',
  },
  'account.web.everywhere.done': {
    nb: 'Du er logget ut på alle enheter.',
    nn: 'Du er logga ut på alle einingar.',
    en: 'You have been signed out on all devices.',
  },
});
