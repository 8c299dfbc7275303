import type { ContributionStatus, GoalStatus, PromptKind } from '../../../meetings/contributions.ts';
import { defineMessages, type Translations } from '../../define.ts';

/**
 * Contributions (innspill) before a meeting: what both apps and the server's mail say.
 * Nynorsk: innspel, eit innspel, innspela.
 */
type LabelKey =
  | `meetings.contributions.status.${ContributionStatus}`
  | `meetings.contributions.goal.${GoalStatus}`
  | `meetings.contributions.kind.${PromptKind}`;

const labels = {
  'meetings.contributions.status.draft': { nb: 'Under arbeid', nn: 'Under arbeid', en: 'Being written' },
  'meetings.contributions.status.sent': { nb: 'Sendt', nn: 'Sendt', en: 'Sent' },
  'meetings.contributions.goal.done': { nb: 'Gjennomført', nn: 'Gjennomført', en: 'Done' },
  'meetings.contributions.goal.in_progress': { nb: 'Pågår', nn: 'Pågår', en: 'In progress' },
  'meetings.contributions.goal.not_started': { nb: 'Ikke startet', nn: 'Ikkje starta', en: 'Not started' },
  'meetings.contributions.goal.not_relevant': { nb: 'Ikke aktuelt', nn: 'Ikkje aktuelt', en: 'Not relevant' },
  'meetings.contributions.kind.text': {
    nb: 'Spørsmål med fritekst',
    nn: 'Spørsmål med fritekst',
    en: 'Free-text question',
  },
  'meetings.contributions.kind.status_table': {
    nb: 'Statustabell for nettverkets mål',
    nn: 'Statustabell for måla til nettverket',
    en: 'Status table of the network’s goals',
  },
} satisfies Record<LabelKey, Translations>;

export const meetingsSharedContributions = defineMessages({
  ...labels,
  'meetings.contributions.goals.required': {
    nb: 'En statustabell trenger minst ett mål.',
    nn: 'Ein statustabell treng minst eitt mål.',
    en: 'A status table needs at least one goal.',
  },
  'meetings.contributions.deadline.afterStart': {
    nb: 'Fristen for innspill må være før møtet begynner.',
    nn: 'Fristen for innspel må vere før møtet byrjar.',
    en: 'The deadline for contributions must be before the meeting starts.',
  },
  'meetings.contributions.prompts.hasAnswers': {
    nb: 'Du fjerner {count} spørsmål eller mål som organisasjoner allerede har svart på. Bekreft at svarene skal slettes.',
    nn: 'Du fjernar {count} spørsmål eller mål som organisasjonar alt har svart på. Stadfest at svara skal slettast.',
    en: 'You are removing {count} questions or goals that organisations have already answered. Confirm that the answers are to be deleted.',
  },
  'meetings.contributions.closed': {
    nb: 'Fristen for innspill har gått ut, så innspillet kan ikke endres lenger. Ta kontakt med koordinatoren i nettverket.',
    nn: 'Fristen for innspel har gått ut, så innspelet kan ikkje endrast lenger. Ta kontakt med koordinatoren i nettverket.',
    en: 'The deadline for contributions has passed, so the contribution can no longer be changed. Contact the network’s coordinator.',
  },
  'meetings.contributions.promptsChanged': {
    nb: 'Koordinatoren har endret spørsmålene. Last inn siden på nytt; det du har skrevet til de andre spørsmålene er lagret.',
    nn: 'Koordinatoren har endra spørsmåla. Last inn sida på nytt; det du har skrive til dei andre spørsmåla er lagra.',
    en: 'The coordinator has changed the questions. Reload the page; what you wrote for the other questions is saved.',
  },
  'meetings.contributions.notShared': {
    nb: 'Innspillene blir vist for medlemmene i nettverket når møtet er gjennomført.',
    nn: 'Innspela blir viste for medlemmene i nettverket når møtet er gjennomført.',
    en: 'The contributions are shown to the network’s members once the meeting has been held.',
  },
  'meetings.contributions.csv.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'meetings.contributions.csv.contributionStatus': { nb: 'Innspill', nn: 'Innspel', en: 'Contribution' },
  'meetings.contributions.csv.number': { nb: 'Nr.', nn: 'Nr.', en: 'No.' },
  'meetings.contributions.csv.question': { nb: 'Spørsmål', nn: 'Spørsmål', en: 'Question' },
  'meetings.contributions.csv.goal': { nb: 'Mål', nn: 'Mål', en: 'Goal' },
  'meetings.contributions.csv.answer': { nb: 'Svar eller status', nn: 'Svar eller status', en: 'Answer or status' },
  'meetings.contributions.csv.comment': { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
  'meetings.contributions.csv.present': { nb: 'Legges fram', nn: 'Blir lagt fram', en: 'To be presented' },
  'meetings.contributions.csv.yes': { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  'meetings.contributions.mail.reminder.subject': {
    nb: 'Påminnelse: innspill til «{title}»',
    nn: 'Påminning: innspel til «{title}»',
    en: 'Reminder: contribution to “{title}”',
  },
  'meetings.contributions.mail.reminder.body': {
    nb: '{organisation} har ikke sendt innspill til «{title}» ennå. Fristen er {deadline}.\n\nSkriv og send innspillet her: {link}',
    nn: '{organisation} har ikkje sendt innspel til «{title}» enno. Fristen er {deadline}.\n\nSkriv og send innspelet her: {link}',
    en: '{organisation} has not sent its contribution to “{title}” yet. The deadline is {deadline}.\n\nWrite and send it here: {link}',
  },
});
