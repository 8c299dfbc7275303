import { defineMessages } from '../../define.ts';

/** Contributions (innspill) in the admin app: the prompts, the deadline and the compilation. */
export const meetingsAdminContributions = defineMessages({
  'meetings.admin.contributions.link': { nb: 'Innspill', nn: 'Innspel', en: 'Contributions' },
  'meetings.admin.contributions.title': {
    nb: 'Innspill: {title}',
    nn: 'Innspel: {title}',
    en: 'Contributions: {title}',
  },
  'meetings.admin.contributions.back': { nb: 'Tilbake til møtet', nn: 'Tilbake til møtet', en: 'Back to the meeting' },
  'meetings.admin.contributions.promptsTitle': {
    nb: 'Spørsmål og frist',
    nn: 'Spørsmål og frist',
    en: 'Questions and deadline',
  },
  'meetings.admin.contributions.deadline': {
    nb: 'Frist for innspill (norsk tid)',
    nn: 'Frist for innspel (norsk tid)',
    en: 'Deadline for contributions (Norwegian time)',
  },
  'meetings.admin.contributions.deadlineDate': { nb: 'Dato', nn: 'Dato', en: 'Date' },
  'meetings.admin.contributions.deadlineTime': { nb: 'Klokkeslett', nn: 'Klokkeslett', en: 'Time' },
  'meetings.admin.contributions.noPrompts': {
    nb: 'Ingen spørsmål ennå. Legg til et spørsmål eller en statustabell for nettverkets mål.',
    nn: 'Ingen spørsmål enno. Legg til eit spørsmål eller ein statustabell for måla til nettverket.',
    en: 'No questions yet. Add a question or a status table of the network’s goals.',
  },
  'meetings.admin.contributions.prompt': { nb: 'Spørsmål {n}', nn: 'Spørsmål {n}', en: 'Question {n}' },
  'meetings.admin.contributions.kind': { nb: 'Type', nn: 'Type', en: 'Kind' },
  'meetings.admin.contributions.question': { nb: 'Spørsmål', nn: 'Spørsmål', en: 'Question' },
  'meetings.admin.contributions.goals': { nb: 'Nettverkets mål', nn: 'Måla til nettverket', en: 'The network’s goals' },
  'meetings.admin.contributions.goalsHint': {
    nb: 'Ett mål per linje. Hver organisasjon svarer med status og kommentar for hvert mål.',
    nn: 'Eitt mål per linje. Kvar organisasjon svarar med status og kommentar for kvart mål.',
    en: 'One goal per line. Each organisation answers with a status and a comment for each goal.',
  },
  'meetings.admin.contributions.up': {
    nb: 'Flytt spørsmål {n} opp',
    nn: 'Flytt spørsmål {n} opp',
    en: 'Move question {n} up',
  },
  'meetings.admin.contributions.down': {
    nb: 'Flytt spørsmål {n} ned',
    nn: 'Flytt spørsmål {n} ned',
    en: 'Move question {n} down',
  },
  'meetings.admin.contributions.remove': {
    nb: 'Fjern spørsmål {n}',
    nn: 'Fjern spørsmål {n}',
    en: 'Remove question {n}',
  },
  'meetings.admin.contributions.moved': {
    nb: 'Spørsmålet er nå nummer {n}.',
    nn: 'Spørsmålet er no nummer {n}.',
    en: 'The question is now number {n}.',
  },
  'meetings.admin.contributions.add': { nb: 'Legg til spørsmål', nn: 'Legg til spørsmål', en: 'Add a question' },
  'meetings.admin.contributions.save': {
    nb: 'Lagre spørsmål og frist',
    nn: 'Lagre spørsmål og frist',
    en: 'Save questions and deadline',
  },
  'meetings.admin.contributions.saved': {
    nb: 'Spørsmålene og fristen er lagret.',
    nn: 'Spørsmåla og fristen er lagra.',
    en: 'The questions and the deadline have been saved.',
  },
  'meetings.admin.contributions.confirmTitle': {
    nb: 'Slette svar som er gitt?',
    nn: 'Slette svar som er gitt?',
    en: 'Delete answers already given?',
  },
  'meetings.admin.contributions.confirmText': {
    nb: 'Du har fjernet spørsmål eller mål som organisasjoner allerede har svart på. Svarene deres på disse blir slettet.',
    nn: 'Du har fjerna spørsmål eller mål som organisasjonar alt har svart på. Svara deira på desse blir sletta.',
    en: 'You have removed questions or goals that organisations have already answered. Their answers to these will be deleted.',
  },
  'meetings.admin.contributions.confirm': {
    nb: 'Lagre og slett svarene',
    nn: 'Lagre og slett svara',
    en: 'Save and delete the answers',
  },
  'meetings.admin.contributions.notSentTitle': {
    nb: 'Hvem har svart',
    nn: 'Kven har svart',
    en: 'Who has answered',
  },
  'meetings.admin.contributions.counts': {
    nb: '{sent} av {members} organisasjoner i nettverket har sendt innspill. Disse har ikke sendt:',
    nn: '{sent} av {members} organisasjonar i nettverket har sendt innspel. Desse har ikkje sendt:',
    en: '{sent} of the network’s {members} organisations have sent a contribution. These have not:',
  },
  'meetings.admin.contributions.csv': { nb: 'Last ned som CSV', nn: 'Last ned som CSV', en: 'Download as CSV' },
  'meetings.admin.contributions.print': { nb: 'Skriv ut', nn: 'Skriv ut', en: 'Print' },
  'meetings.admin.contributions.noAnswers': {
    nb: 'Ingen svar ennå.',
    nn: 'Ingen svar enno.',
    en: 'No answers yet.',
  },
  'meetings.admin.contributions.present': {
    nb: 'Legges fram på møtet: {organisation}',
    nn: 'Blir lagt fram på møtet: {organisation}',
    en: 'To be presented at the meeting: {organisation}',
  },
  'meetings.admin.contributions.presentMark': { nb: 'legges fram', nn: 'blir lagt fram', en: 'to be presented' },
  'meetings.admin.contributions.goal': { nb: 'Mål', nn: 'Mål', en: 'Goal' },
  'meetings.admin.contributions.goalStatus': { nb: 'Status', nn: 'Status', en: 'Status' },
  'meetings.admin.contributions.goalComment': { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
});
