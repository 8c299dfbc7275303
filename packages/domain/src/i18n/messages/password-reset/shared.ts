import { defineMessages } from '../../define.ts';

/** Password reset: the message with the link, and the refusals the server translates (docs/adr/0015). */
export const passwordResetShared = defineMessages({
  'password-reset.mail.subject': {
    nb: 'Lag et nytt passord på Knutepunkt',
    nn: 'Lag eit nytt passord på Knutepunkt',
    en: 'Choose a new password on Knutepunkt',
  },
  'password-reset.mail.body': {
    nb: 'Noen ba om en lenke for å lage nytt passord til kontoen din på Knutepunkt ({email}).\n\nLag et nytt passord her: {link}\n\nLenken virker én gang og i 30 minutter. Når du har laget et nytt passord, blir du logget ut overalt ellers.\n\nBa du ikke om dette, kan du se bort fra meldingen: passordet ditt er ikke endret.',
    nn: 'Nokon bad om ei lenkje for å lage nytt passord til kontoen din på Knutepunkt ({email}).\n\nLag eit nytt passord her: {link}\n\nLenkja verkar éin gong og i 30 minutt. Når du har laga eit nytt passord, blir du logga ut alle andre stader.\n\nBad du ikkje om dette, kan du sjå bort frå meldinga: passordet ditt er ikkje endra.',
    en: 'Someone asked for a link to choose a new password for your Knutepunkt account ({email}).\n\nChoose a new password here: {link}\n\nThe link works once, for 30 minutes. Once you have chosen a new password, you are signed out everywhere else.\n\nIf you did not ask for this, you can ignore this message: your password has not been changed.',
  },
  'password-reset.mail.byAdmin.body': {
    nb: 'En administrator på Knutepunkt har sendt deg en lenke for å lage nytt passord til kontoen din ({email}).\n\nLag et nytt passord her: {link}\n\nLenken virker én gang og i 30 minutter. Når du har laget et nytt passord, blir du logget ut overalt ellers.\n\nVenter du ikke denne meldingen, kan du se bort fra den: passordet ditt er ikke endret.',
    nn: 'Ein administrator på Knutepunkt har sendt deg ei lenkje for å lage nytt passord til kontoen din ({email}).\n\nLag eit nytt passord her: {link}\n\nLenkja verkar éin gong og i 30 minutt. Når du har laga eit nytt passord, blir du logga ut alle andre stader.\n\nVentar du ikkje denne meldinga, kan du sjå bort frå ho: passordet ditt er ikkje endra.',
    en: 'An administrator of Knutepunkt has sent you a link to choose a new password for your account ({email}).\n\nChoose a new password here: {link}\n\nThe link works once, for 30 minutes. Once you have chosen a new password, you are signed out everywhere else.\n\nIf you were not expecting this message, you can ignore it: your password has not been changed.',
  },
  'password-reset.error.invalidToken': {
    nb: 'Lenken virker ikke lenger. Den kan være brukt, eldre enn 30 minutter eller ufullstendig. Be om en ny lenke.',
    nn: 'Lenkja verkar ikkje lenger. Ho kan vere brukt, eldre enn 30 minutt eller ufullstendig. Be om ei ny lenkje.',
    en: 'This link no longer works. It may have been used, be older than 30 minutes or be incomplete. Ask for a new link.',
  },
  'password-reset.error.mismatch': {
    nb: 'De to passordene er ikke like.',
    nn: 'Dei to passorda er ikkje like.',
    en: 'The two passwords are not the same.',
  },
  'password-reset.error.disabled': {
    nb: 'Kontoen er sperret. Opphev sperringen før du sender en lenke for nytt passord.',
    nn: 'Kontoen er sperra. Opphev sperringa før du sender ei lenkje for nytt passord.',
    en: 'The account is disabled. Enable it before sending a link for a new password.',
  },
});
