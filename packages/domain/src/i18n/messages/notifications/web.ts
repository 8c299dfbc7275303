import { defineMessages } from '../../define.ts';

/** Min side: which notifications come by e-mail, and how (docs/adr/0017). */
export const notificationsWeb = defineMessages({
  'notifications.web.heading': {
    nb: 'Varsler på e-post',
    nn: 'Varsel på e-post',
    en: 'Notifications by e-mail',
  },
  'notifications.web.intro': {
    nb: 'Velg for hver type varsel om du vil ha én e-post for hvert varsel, én samlet e-post om dagen, eller ingen e-post. Alle varsler vises uansett under «Varsler» her på Min side.',
    nn: 'Vel for kvar type varsel om du vil ha éin e-post for kvart varsel, éin samla e-post om dagen eller ingen e-post. Alle varsel blir uansett viste under «Varsel» her på Mi side.',
    en: 'Choose for each kind of notification whether you want one e-mail per notification, one gathered e-mail a day, or no e-mail. Every notification is shown under “Notifications” here on My page anyway.',
  },
  'notifications.web.choice.immediate': {
    nb: 'Én e-post for hvert varsel',
    nn: 'Éin e-post for kvart varsel',
    en: 'One e-mail per notification',
  },
  'notifications.web.choice.digest': {
    nb: 'Samlet i én e-post om dagen',
    nn: 'Samla i éin e-post om dagen',
    en: 'Gathered in one e-mail a day',
  },
  'notifications.web.choice.off': {
    nb: 'Ingen e-post (bare på Min side)',
    nn: 'Ingen e-post (berre på Mi side)',
    en: 'No e-mail (only on My page)',
  },
  'notifications.web.security.always': {
    nb: 'Alltid på e-post',
    nn: 'Alltid på e-post',
    en: 'Always by e-mail',
  },
  'notifications.web.security.explanation': {
    nb: 'Varsler om tilbakestilling av passord, sperret konto, nye måter å logge inn på og forsøk på å registrere seg med adressen din kommer alltid på e-post, med én gang. De kan ikke slås av, fordi de handler om sikkerheten til kontoen din.',
    nn: 'Varsel om tilbakestilling av passord, sperra konto, nye måtar å logge inn på og forsøk på å registrere seg med adressa di kjem alltid på e-post, med ein gong. Dei kan ikkje slåast av, fordi dei handlar om tryggleiken til kontoen din.',
    en: 'Notifications about password resets, a disabled account, new ways to sign in and attempts to register with your address always come by e-mail, at once. They cannot be turned off, because they concern the security of your account.',
  },
  'notifications.web.save': { nb: 'Lagre valgene', nn: 'Lagre vala', en: 'Save choices' },
  'notifications.web.saved': {
    nb: 'Valgene dine for varsler er lagret.',
    nn: 'Vala dine for varsel er lagra.',
    en: 'Your notification choices have been saved.',
  },
  'notifications.web.loading': {
    nb: 'Henter valgene dine …',
    nn: 'Hentar vala dine …',
    en: 'Loading your choices …',
  },
});
