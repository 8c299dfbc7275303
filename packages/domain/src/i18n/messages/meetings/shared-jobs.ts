import { defineMessages } from '../../define.ts';

/**
 * The meetings' scheduled jobs (docs/adr/0018): the e-mails: the reminder to those registered two days
 * before, and the coordinators' summary when the registration deadline has passed. The
 * server fills in `{when}` (Oslo time, in the reader's language), `{place}`, and the optional
 * blocks (`{video}`, `{agenda}`), each ending in a blank line or empty. And the number of days
 * the sensitive answers are kept.
 */
export const meetingsSharedJobs = defineMessages({
  'meetings.mail.reminder.subject': {
    nb: 'Påminnelse: {title}',
    nn: 'Påminning: {title}',
    en: 'Reminder: {title}',
  },
  'meetings.mail.reminder.body': {
    nb: 'Velkommen til «{title}». Du har plass.\n\nTid: {when}\nSted: {place}\n\n{video}{agenda}Kan du ikke komme likevel? Meld deg av her, så får nestemann på ventelisten plassen: {link}',
    nn: 'Velkomen til «{title}». Du har plass.\n\nTid: {when}\nStad: {place}\n\n{video}{agenda}Kan du ikkje kome likevel? Meld deg av her, så får nestemann på ventelista plassen: {link}',
    en: 'Welcome to “{title}”. You have a seat.\n\nWhen: {when}\nWhere: {place}\n\n{video}{agenda}Cannot come after all? Cancel here so the next person on the waiting list gets the seat: {link}',
  },
  'meetings.mail.reminderWaiting.body': {
    nb: '«{title}» er snart, og du står fortsatt på ventelisten. Får du plass, får du en e-post om det.\n\nTid: {when}\nSted: {place}\n\n{agenda}Trenger du ikke plassen lenger? Meld deg av her: {link}',
    nn: '«{title}» er snart, og du står framleis på ventelista. Får du plass, får du ein e-post om det.\n\nTid: {when}\nStad: {place}\n\n{agenda}Treng du ikkje plassen lenger? Meld deg av her: {link}',
    en: '“{title}” is soon, and you are still on the waiting list. If you get a seat, you will get an e-mail about it.\n\nWhen: {when}\nWhere: {place}\n\n{agenda}No longer need the seat? Cancel here: {link}',
  },
  'meetings.mail.reminder.video': {
    nb: 'Videolenke: {url}',
    nn: 'Videolenkje: {url}',
    en: 'Video link: {url}',
  },
  'meetings.mail.reminder.agenda': { nb: 'Program:', nn: 'Program:', en: 'Programme:' },
  'meetings.mail.deadlinePassed.subject': {
    nb: 'Påmeldingsfristen er ute: {title}',
    nn: 'Påmeldingsfristen er ute: {title}',
    en: 'Registration deadline passed: {title}',
  },
  'meetings.mail.deadlinePassed.body': {
    nb: 'Påmeldingsfristen for «{title}», {when}, gikk ut {deadline}.\n\nPåmeldt: {confirmed}\nPå venteliste: {waiting}\n\nFra nå får ingen plass fra ventelisten av seg selv: du bestemmer hvem som får ledige plasser. Se påmeldingene her: {link}',
    nn: 'Påmeldingsfristen for «{title}», {when}, gjekk ut {deadline}.\n\nPåmelde: {confirmed}\nPå venteliste: {waiting}\n\nFrå no får ingen plass frå ventelista av seg sjølv: du avgjer kven som får ledige plassar. Sjå påmeldingane her: {link}',
    en: 'The registration deadline for “{title}”, {when}, passed {deadline}.\n\nRegistered: {confirmed}\nOn the waiting list: {waiting}\n\nFrom now on nobody moves from the waiting list by themselves: you decide who gets free seats. See the registrations here: {link}',
  },
  'meetings.validation.retentionDays': {
    nb: 'Skriv et antall dager fra 1 til 365.',
    nn: 'Skriv eit tal på dagar frå 1 til 365.',
    en: 'Enter a number of days from 1 to 365.',
  },
});
