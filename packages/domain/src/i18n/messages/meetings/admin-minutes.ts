import { defineMessages } from '../../define.ts';

/** The admin app's minutes editor and action points editor (docs/adr/0020). */
export const meetingsAdminMinutes = defineMessages({
  'meetings.admin.minutes.title': { nb: 'Referat: {title}', nn: 'Referat: {title}', en: 'Minutes: {title}' },
  'meetings.admin.minutes.link': {
    nb: 'Referat og oppfølgingspunkter',
    nn: 'Referat og oppfølgingspunkt',
    en: 'Minutes and action points',
  },
  'meetings.admin.minutes.body': { nb: 'Teksten', nn: 'Teksten', en: 'The text' },
  'meetings.admin.minutes.bodyHint': {
    nb: 'Skriv i Markdown: **fet**, *kursiv*, lister med «-», overskrifter med «##», lenker som [tekst](https://…).',
    nn: 'Skriv i Markdown: **feit**, *kursiv*, lister med «-», overskrifter med «##», lenkjer som [tekst](https://…).',
    en: 'Write in Markdown: **bold**, *italic*, lists with “-”, headings with “##”, links as [text](https://…).',
  },
  'meetings.admin.minutes.language': {
    nb: 'Språket referatet er skrevet på',
    nn: 'Språket referatet er skrive på',
    en: 'The language of the minutes',
  },
  'meetings.admin.minutes.preview': { nb: 'Forhåndsvisning', nn: 'Førehandsvising', en: 'Preview' },
  'meetings.admin.minutes.save': { nb: 'Lagre utkast', nn: 'Lagre utkast', en: 'Save the draft' },
  'meetings.admin.minutes.saved': {
    nb: 'Referatet er lagret.',
    nn: 'Referatet er lagra.',
    en: 'The minutes are saved.',
  },
  'meetings.admin.minutes.visibility': {
    nb: 'Hvem kan lese referatet?',
    nn: 'Kven kan lese referatet?',
    en: 'Who may read the minutes?',
  },
  'meetings.admin.minutes.publish': { nb: 'Publiser referatet', nn: 'Publiser referatet', en: 'Publish the minutes' },
  'meetings.admin.minutes.republish': {
    nb: 'Lagre og publiser på nytt',
    nn: 'Lagre og publiser på nytt',
    en: 'Save and publish again',
  },
  'meetings.admin.minutes.published': {
    nb: 'Referatet er publisert {date}.',
    nn: 'Referatet er publisert {date}.',
    en: 'The minutes were published {date}.',
  },
  'meetings.admin.minutes.draft': {
    nb: 'Referatet er et utkast: bare koordinatorene ser det.',
    nn: 'Referatet er eit utkast: berre koordinatorane ser det.',
    en: 'The minutes are a draft: only the coordinators see them.',
  },
  'meetings.admin.minutes.publishedNotice': {
    nb: 'Referatet er publisert, og deltakerne er varslet.',
    nn: 'Referatet er publisert, og deltakarane er varsla.',
    en: 'The minutes are published and the participants have been told.',
  },
  'meetings.admin.minutes.upload': { nb: 'Last opp vedlegg', nn: 'Last opp vedlegg', en: 'Upload an attachment' },
  'meetings.admin.minutes.file': {
    nb: 'Fil (bilde eller PDF)',
    nn: 'Fil (bilete eller PDF)',
    en: 'File (image or PDF)',
  },
  'meetings.admin.minutes.altText': {
    nb: 'Tekstalternativ (påkrevd for bilder)',
    nn: 'Tekstalternativ (påkravd for bilete)',
    en: 'Text alternative (required for images)',
  },
  'meetings.admin.minutes.removeAttachment': { nb: 'Fjern {name}', nn: 'Fjern {name}', en: 'Remove {name}' },
  'meetings.admin.minutes.noAttachments': { nb: 'Ingen vedlegg.', nn: 'Ingen vedlegg.', en: 'No attachments.' },
  'meetings.admin.actionPoints.add': {
    nb: 'Legg til oppfølgingspunkt',
    nn: 'Legg til oppfølgingspunkt',
    en: 'Add an action point',
  },
  'meetings.admin.actionPoints.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'meetings.admin.actionPoints.edit': { nb: 'Endre', nn: 'Endre', en: 'Edit' },
  'meetings.admin.actionPoints.cancelEdit': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'meetings.admin.actionPoints.remove': { nb: 'Slett', nn: 'Slett', en: 'Delete' },
  'meetings.admin.actionPoints.removeConfirm': {
    nb: 'Slette oppfølgingspunktet «{what}» med historikken?',
    nn: 'Slette oppfølgingspunktet «{what}» med historikken?',
    en: 'Delete the action point “{what}” and its history?',
  },
  'meetings.admin.actionPoints.added': {
    nb: 'Oppfølgingspunktet er lagt til.',
    nn: 'Oppfølgingspunktet er lagt til.',
    en: 'The action point is added.',
  },
  'meetings.admin.actionPoints.organisationsLegend': {
    nb: 'Ansvarlige organisasjoner (medlemmer av nettverket)',
    nn: 'Ansvarlege organisasjonar (medlemmer av nettverket)',
    en: 'Responsible organisations (members of the network)',
  },
});
