import { defineMessages } from '../../define.ts';

/** Sending a person a reset link from their page in the admin app. */
export const passwordResetAdmin = defineMessages({
  'password-reset.admin.heading': { nb: 'Passord', nn: 'Passord', en: 'Password' },
  'password-reset.admin.send': {
    nb: 'Send lenke for nytt passord',
    nn: 'Send lenkje for nytt passord',
    en: 'Send a link for a new password',
  },
  'password-reset.admin.hint': {
    nb: 'Personen får en e-post med en lenke som virker én gang i 30 minutter. Passordet endres ikke før personen bruker lenken.',
    nn: 'Personen får ein e-post med ei lenkje som verkar éin gong i 30 minutt. Passordet blir ikkje endra før personen brukar lenkja.',
    en: 'The person gets an e-mail with a link that works once, for 30 minutes. The password is not changed until they use it.',
  },
  'password-reset.admin.sent': {
    nb: 'Lenken er sendt til {email}.',
    nn: 'Lenkja er send til {email}.',
    en: 'The link has been sent to {email}.',
  },
});
