import { defineMessages } from '../../define.ts';

/** The lines every notification e-mail ends with (packages/mail). */
export const outboxShared = defineMessages({
  'outbox.mail.sentBy': {
    nb: 'Sendt fra Knutepunkt',
    nn: 'Sendt frå Knutepunkt',
    en: 'Sent from Knutepunkt',
  },
  'outbox.mail.settings': {
    nb: 'Velg hvilke varsler du får på e-post',
    nn: 'Vel kva varsel du får på e-post',
    en: 'Choose which notifications you get by e-mail',
  },
  'outbox.mail.unsubscribe': {
    nb: 'Meld deg av denne typen varsler',
    nn: 'Meld deg av denne typen varsel',
    en: 'Unsubscribe from this kind of notification',
  },
});
