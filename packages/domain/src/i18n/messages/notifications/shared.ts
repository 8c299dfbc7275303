import { defineMessages } from '../../define.ts';

/**
 * Notification categories, the one-click unsubscribe page (rendered by the server) and the
 * daily digest e-mail (docs/adr/0017).
 */
export const notificationsShared = defineMessages({
  'notifications.category.practice': {
    nb: 'Praksiseksempler',
    nn: 'Praksiseksempel',
    en: 'Practice examples',
  },
  'notifications.category.meetings': { nb: 'Nettverksmøter', nn: 'Nettverksmøte', en: 'Network meetings' },
  'notifications.category.conference': { nb: 'Konferansen', nn: 'Konferansen', en: 'The conference' },
  'notifications.category.evaluations': { nb: 'Evalueringer', nn: 'Evalueringar', en: 'Evaluations' },
  'notifications.category.security': {
    nb: 'Sikkerhet og konto',
    nn: 'Tryggleik og konto',
    en: 'Security and account',
  },

  'notifications.unsubscribe.title': {
    nb: 'Slå av e-post om {category}',
    nn: 'Slå av e-post om {category}',
    en: 'Turn off e-mail about {category}',
  },
  'notifications.unsubscribe.confirm': {
    nb: 'Vil du slutte å få e-post om «{category}»? Varslene vises fortsatt på Min side.',
    nn: 'Vil du slutte å få e-post om «{category}»? Varsla blir framleis viste på Mi side.',
    en: 'Do you want to stop getting e-mail about “{category}”? The notifications are still shown on My page.',
  },
  'notifications.unsubscribe.button': { nb: 'Slå av e-post', nn: 'Slå av e-post', en: 'Turn off e-mail' },
  'notifications.unsubscribe.done.title': {
    nb: 'E-post om {category} er slått av',
    nn: 'E-post om {category} er slått av',
    en: 'E-mail about {category} is turned off',
  },
  'notifications.unsubscribe.done': {
    nb: 'Du får ikke lenger e-post om «{category}». Varslene vises fortsatt på Min side, og der kan du slå e-posten på igjen.',
    nn: 'Du får ikkje lenger e-post om «{category}». Varsla blir framleis viste på Mi side, og der kan du slå e-posten på att.',
    en: 'You will no longer get e-mail about “{category}”. The notifications are still shown on My page, where you can turn the e-mail back on.',
  },
  'notifications.unsubscribe.myPage': {
    nb: 'Velg varsler på Min side',
    nn: 'Vel varsel på Mi side',
    en: 'Choose notifications on My page',
  },
  'notifications.unsubscribe.invalid.title': {
    nb: 'Lenken virker ikke',
    nn: 'Lenka verkar ikkje',
    en: 'The link does not work',
  },
  'notifications.unsubscribe.invalid': {
    nb: 'Denne avmeldingslenken er ugyldig, kanskje fordi den ble kopiert ufullstendig. Ingenting er endret. Logg inn og velg varsler på Min side.',
    nn: 'Denne avmeldingslenka er ugyldig, kanskje fordi ho vart kopiert ufullstendig. Ingenting er endra. Logg inn og vel varsel på Mi side.',
    en: 'This unsubscribe link is not valid, perhaps because it was copied incompletely. Nothing has been changed. Sign in and choose your notifications on My page.',
  },
  'notifications.unsubscribe.siteName': { nb: 'Knutepunkt', nn: 'Knutepunkt', en: 'Knutepunkt' },

  'notifications.digest.subject': {
    nb: 'Knutepunkt: {count} nye varsler',
    nn: 'Knutepunkt: {count} nye varsel',
    en: 'Knutepunkt: {count} new notifications',
  },
  'notifications.digest.subjectOne': {
    nb: 'Knutepunkt: 1 nytt varsel',
    nn: 'Knutepunkt: 1 nytt varsel',
    en: 'Knutepunkt: 1 new notification',
  },
  'notifications.digest.intro': {
    nb: 'Hei {name},\n\nHer er varslene dine fra Knutepunkt siden sist, samlet i én e-post slik du har valgt.',
    nn: 'Hei {name},\n\nHer er varsla dine frå Knutepunkt sidan sist, samla i éin e-post slik du har valt.',
    en: 'Hello {name},\n\nHere are your notifications from Knutepunkt since last time, gathered in one e-mail as you chose.',
  },
  'notifications.digest.footer': {
    nb: 'Du kan velge hvilke varsler du får på e-post, og om de kommer hver for seg eller samlet, på Min side: {url}',
    nn: 'Du kan velje kva varsel du får på e-post, og om dei kjem kvar for seg eller samla, på Mi side: {url}',
    en: 'You can choose which notifications you get by e-mail, and whether they come one by one or gathered, on My page: {url}',
  },
});
