import { defineMessages } from '../../define.ts';

/** Contributions (innspill) on the web app: an organisation's form and, after the meeting, everyone's. */
export const meetingsWebContributions = defineMessages({
  'meetings.web.contributions.title': { nb: 'Innspill: {title}', nn: 'Innspel: {title}', en: 'Contributions: {title}' },
  'meetings.web.contributions.back': { nb: 'Tilbake til møtet', nn: 'Tilbake til møtet', en: 'Back to the meeting' },
  'meetings.web.contributions.link': {
    nb: 'Skriv innspill til møtet for organisasjonen din',
    nn: 'Skriv innspel til møtet for organisasjonen din',
    en: 'Write your organisation’s contribution to the meeting',
  },
  'meetings.web.contributions.linkShared': {
    nb: 'Les innspillene fra organisasjonene',
    nn: 'Les innspela frå organisasjonane',
    en: 'Read the organisations’ contributions',
  },
  'meetings.web.contributions.signIn': {
    nb: 'Innspill skrives av redaktørene i organisasjonene i nettverket.',
    nn: 'Innspel blir skrivne av redaktørane i organisasjonane i nettverket.',
    en: 'Contributions are written by the editors of the network’s organisations.',
  },
  'meetings.web.contributions.signInLink': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'meetings.web.contributions.none': {
    nb: 'Koordinatoren har ikke bedt om innspill til dette møtet.',
    nn: 'Koordinatoren har ikkje bede om innspel til dette møtet.',
    en: 'The coordinator has not asked for contributions to this meeting.',
  },
  'meetings.web.contributions.notEditor': {
    nb: 'Innspill skrives av redaktørene i organisasjonene som er med i nettverket, og du er ikke redaktør i noen av dem. Innspillene blir vist her etter møtet.',
    nn: 'Innspel blir skrivne av redaktørane i organisasjonane som er med i nettverket, og du er ikkje redaktør i nokon av dei. Innspela blir viste her etter møtet.',
    en: 'Contributions are written by the editors of the network’s member organisations, and you are not an editor of any of them. They are shown here after the meeting.',
  },
  'meetings.web.contributions.organisation': {
    nb: 'Innspill for organisasjonen',
    nn: 'Innspel for organisasjonen',
    en: 'Contribution for the organisation',
  },
  'meetings.web.contributions.intro': {
    nb: 'Svar innen {deadline}. Alle redaktørene i organisasjonen skriver i det samme innspillet, og det som skrives lagres av seg selv. Dere kan endre innspillet fram til fristen, også etter at det er sendt.',
    nn: 'Svar innan {deadline}. Alle redaktørane i organisasjonen skriv i det same innspelet, og det som blir skrive, blir lagra av seg sjølv. De kan endre innspelet fram til fristen, også etter at det er sendt.',
    en: 'Answer by {deadline}. All your organisation’s editors write in the same contribution, and what is written is saved as you go. You can change it until the deadline, also after sending it.',
  },
  'meetings.web.contributions.closed': {
    nb: 'Fristen for innspill gikk ut {deadline}. Innspillet kan ikke endres lenger.',
    nn: 'Fristen for innspel gjekk ut {deadline}. Innspelet kan ikkje endrast lenger.',
    en: 'The deadline for contributions was {deadline}. The contribution can no longer be changed.',
  },
  'meetings.web.contributions.statusSent': {
    nb: 'Sendt {time}.',
    nn: 'Sendt {time}.',
    en: 'Sent {time}.',
  },
  'meetings.web.contributions.statusDraft': { nb: 'Ikke sendt ennå.', nn: 'Ikkje sendt enno.', en: 'Not sent yet.' },
  'meetings.web.contributions.lastEdited': {
    nb: 'Sist endret av {name} {time}.',
    nn: 'Sist endra av {name} {time}.',
    en: 'Last changed by {name} {time}.',
  },
  'meetings.web.contributions.goal': { nb: 'Mål', nn: 'Mål', en: 'Goal' },
  'meetings.web.contributions.goalStatus': { nb: 'Status', nn: 'Status', en: 'Status' },
  'meetings.web.contributions.goalComment': { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
  'meetings.web.contributions.noStatus': { nb: 'Ikke valgt', nn: 'Ikkje valt', en: 'Not chosen' },
  'meetings.web.contributions.autosave.idle': {
    nb: 'Det du skriver, lagres av seg selv.',
    nn: 'Det du skriv, blir lagra av seg sjølv.',
    en: 'What you write is saved as you go.',
  },
  'meetings.web.contributions.autosave.saving': { nb: 'Lagrer …', nn: 'Lagrar …', en: 'Saving…' },
  'meetings.web.contributions.autosave.saved': { nb: 'Lagret {time}', nn: 'Lagra {time}', en: 'Saved {time}' },
  'meetings.web.contributions.autosave.failed': {
    nb: 'Ikke lagret: {message}',
    nn: 'Ikkje lagra: {message}',
    en: 'Not saved: {message}',
  },
  'meetings.web.contributions.send': { nb: 'Send innspillet', nn: 'Send innspelet', en: 'Send the contribution' },
  'meetings.web.contributions.sendAgain': {
    nb: 'Send endringene',
    nn: 'Send endringane',
    en: 'Send the changes',
  },
  'meetings.web.contributions.sentNow': {
    nb: 'Innspillet er sendt til koordinatoren.',
    nn: 'Innspelet er sendt til koordinatoren.',
    en: 'The contribution has been sent to the coordinator.',
  },
  'meetings.web.contributions.shared.intro': {
    nb: '{count} organisasjoner sendte innspill før møtet.',
    nn: '{count} organisasjonar sende innspel før møtet.',
    en: '{count} organisations sent contributions before the meeting.',
  },
  'meetings.web.contributions.shared.empty': {
    nb: 'Ingen svarte på dette.',
    nn: 'Ingen svarte på dette.',
    en: 'Nobody answered this.',
  },
});
