import { defineMessages } from '../../define.ts';

/** The lead's report page in the admin app (docs/adr/0025). */
export const evaluationsAdminReport = defineMessages({
  'evaluations.admin.report.title': { nb: 'Rapport: {title}', nn: 'Rapport: {title}', en: 'Report: {title}' },
  'evaluations.admin.report.lead': {
    nb: 'Skriv rapporten, send den til tjenesten for gjennomsyn, og publiser den. Når den publiseres, låses den slik den er, og alle kan lese den.',
    nn: 'Skriv rapporten, send han til tenesta for gjennomsyn, og publiser han. Når han blir publisert, blir han låst slik han er, og alle kan lese han.',
    en: 'Write the report, send it to the service for review, and publish it. When it is published it is frozen as it is, and everyone can read it.',
  },
  'evaluations.admin.report.readOnly': {
    nb: 'Rapporten kan skrives i fasene analyse og gjennomsyn.',
    nn: 'Rapporten kan skrivast i fasane analyse og gjennomsyn.',
    en: 'The report can be written in the analysis and review phases.',
  },
  'evaluations.admin.report.sections': { nb: 'Tekstene', nn: 'Tekstane', en: 'The texts' },
  'evaluations.admin.report.markdownHint': {
    nb: 'Markdown: **fet**, *kursiv*, lister med «-», overskrifter med «###».',
    nn: 'Markdown: **feit**, *kursiv*, lister med «-», overskrifter med «###».',
    en: 'Markdown: **bold**, *italic*, lists with “-”, headings with “###”.',
  },
  'evaluations.admin.report.easyReadHint': {
    nb: 'Korte setninger og vanlige ord. Vises i en egen del av rapporten.',
    nn: 'Korte setningar og vanlege ord. Blir vist i ein eigen del av rapporten.',
    en: 'Short sentences and everyday words. Shown in a section of its own.',
  },
  'evaluations.admin.report.questionnaire': {
    nb: 'Resultater fra spørreskjema',
    nn: 'Resultat frå spørjeskjema',
    en: 'Questionnaire results',
  },
  'evaluations.admin.report.noQuestionnaire': {
    nb: 'Ingen spørreskjema i rapporten',
    nn: 'Ikkje noko spørjeskjema i rapporten',
    en: 'No questionnaire in the report',
  },
  'evaluations.admin.report.preview.show': { nb: 'Forhåndsvis', nn: 'Førehandsvis', en: 'Preview' },
  'evaluations.admin.report.preview.hide': {
    nb: 'Skjul forhåndsvisning',
    nn: 'Skjul førehandsvising',
    en: 'Hide preview',
  },
  'evaluations.admin.report.preview.empty': { nb: 'Ingen tekst ennå.', nn: 'Ingen tekst enno.', en: 'No text yet.' },
  'evaluations.admin.report.save': { nb: 'Lagre tekstene', nn: 'Lagre tekstane', en: 'Save the texts' },
  'evaluations.admin.report.saved': {
    nb: 'Tekstene er lagret.',
    nn: 'Tekstane er lagra.',
    en: 'The texts have been saved.',
  },
  'evaluations.admin.report.recommendations': { nb: 'Anbefalinger', nn: 'Tilrådingar', en: 'Recommendations' },
  'evaluations.admin.report.recommendations.empty': {
    nb: 'Ingen anbefalinger ennå. Rapporten trenger minst én før den sendes til gjennomsyn.',
    nn: 'Ingen tilrådingar enno. Rapporten treng minst éi før han blir send til gjennomsyn.',
    en: 'No recommendations yet. The report needs at least one before it is sent for review.',
  },
  'evaluations.admin.report.recommendation.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'evaluations.admin.report.recommendation.body': { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
  'evaluations.admin.report.recommendation.add': {
    nb: 'Legg til anbefaling',
    nn: 'Legg til tilråding',
    en: 'Add recommendation',
  },
  'evaluations.admin.report.recommendation.added': {
    nb: 'Anbefalingen er lagt til.',
    nn: 'Tilrådinga er lagd til.',
    en: 'The recommendation has been added.',
  },
  'evaluations.admin.report.recommendation.edit': { nb: 'Endre', nn: 'Endre', en: 'Edit' },
  'evaluations.admin.report.recommendation.save': {
    nb: 'Lagre anbefalingen',
    nn: 'Lagre tilrådinga',
    en: 'Save the recommendation',
  },
  'evaluations.admin.report.recommendation.saved': {
    nb: 'Anbefalingen er lagret.',
    nn: 'Tilrådinga er lagra.',
    en: 'The recommendation has been saved.',
  },
  'evaluations.admin.report.recommendation.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'evaluations.admin.report.recommendation.up': { nb: 'Flytt opp', nn: 'Flytt opp', en: 'Move up' },
  'evaluations.admin.report.recommendation.down': { nb: 'Flytt ned', nn: 'Flytt ned', en: 'Move down' },
  'evaluations.admin.report.recommendation.delete': { nb: 'Slett', nn: 'Slett', en: 'Delete' },
  'evaluations.admin.report.recommendation.deleteTitle': {
    nb: 'Slette anbefalingen «{title}»?',
    nn: 'Slette tilrådinga «{title}»?',
    en: 'Delete the recommendation “{title}”?',
  },
  'evaluations.admin.report.recommendation.deleteText': {
    nb: 'Anbefalingen fjernes fra rapporten. Kommentarer til den blir stående.',
    nn: 'Tilrådinga blir fjerna frå rapporten. Kommentarar til henne blir ståande.',
    en: 'The recommendation is removed from the report. Comments on it remain.',
  },
  'evaluations.admin.report.recommendation.deleted': {
    nb: 'Anbefalingen er slettet.',
    nn: 'Tilrådinga er sletta.',
    en: 'The recommendation has been deleted.',
  },
  'evaluations.admin.report.comments': {
    nb: 'Kommentarer fra tjenesten',
    nn: 'Kommentarar frå tenesta',
    en: 'Comments from the service',
  },
  'evaluations.admin.report.comments.empty': {
    nb: 'Ingen kommentarer ennå.',
    nn: 'Ingen kommentarar enno.',
    en: 'No comments yet.',
  },
  'evaluations.admin.report.comment.meta': {
    nb: '{section} · {author} · {date}',
    nn: '{section} · {author} · {date}',
    en: '{section} · {author} · {date}',
  },
  'evaluations.admin.report.comment.unknownAuthor': { nb: 'Slettet bruker', nn: 'Sletta brukar', en: 'Deleted user' },
  'evaluations.admin.report.comment.resolved': { nb: 'Behandlet', nn: 'Handsama', en: 'Dealt with' },
  'evaluations.admin.report.comment.resolve': {
    nb: 'Merk som behandlet',
    nn: 'Merk som handsama',
    en: 'Mark as dealt with',
  },
  'evaluations.admin.report.comment.reopen': {
    nb: 'Merk som ubehandlet',
    nn: 'Merk som ikkje handsama',
    en: 'Mark as not dealt with',
  },
  'evaluations.admin.report.preview': {
    nb: 'Slik blir rapporten publisert',
    nn: 'Slik blir rapporten publisert',
    en: 'The report as it will be published',
  },
  'evaluations.admin.report.preview.intro': {
    nb: 'Forhåndsvisningen bygges slik publiseringen gjør det: små grupper er skjult, og bare godkjente sitater er med. Å åpne den logges som lesing av sitatene.',
    nn: 'Førehandsvisinga blir bygd slik publiseringa gjer det: små grupper er skjulte, og berre godkjende sitat er med. Å opne henne blir logga som lesing av sitata.',
    en: 'The preview is built as publishing builds it: small groups are hidden and only approved quotes are included. Opening it is logged as a read of the quotes.',
  },
  'evaluations.admin.report.preview.open': {
    nb: 'Vis rapporten slik den blir publisert',
    nn: 'Vis rapporten slik han blir publisert',
    en: 'Show the report as it will be published',
  },
  'evaluations.admin.report.actions': { nb: 'Videre', nn: 'Vidare', en: 'Next steps' },
  'evaluations.admin.report.sendForReview': {
    nb: 'Send til gjennomsyn',
    nn: 'Send til gjennomsyn',
    en: 'Send for review',
  },
  'evaluations.admin.report.sendForReview.done': {
    nb: 'Rapporten er sendt til gjennomsyn. Kontaktpersonene for tjenesten har fått e-post ({count}).',
    nn: 'Rapporten er send til gjennomsyn. Kontaktpersonane for tenesta har fått e-post ({count}).',
    en: 'The report has been sent for review. The service contacts have been e-mailed ({count}).',
  },
  'evaluations.admin.report.publish': { nb: 'Publiser', nn: 'Publiser', en: 'Publish' },
  'evaluations.admin.report.publish.title': {
    nb: 'Publisere rapporten?',
    nn: 'Publisere rapporten?',
    en: 'Publish the report?',
  },
  'evaluations.admin.report.publish.text': {
    nb: 'Rapporten låses slik den er nå og blir offentlig for alle. Den kan ikke endres etterpå. Tjenesten blir bedt om status på anbefalingene etter 6 og 12 måneder.',
    nn: 'Rapporten blir låst slik han er no og blir offentleg for alle. Han kan ikkje endrast etterpå. Tenesta blir beden om status på tilrådingane etter 6 og 12 månader.',
    en: 'The report is frozen as it is now and becomes public for everyone. It cannot be changed afterwards. The service is asked for the status of the recommendations after 6 and 12 months.',
  },
  'evaluations.admin.report.published': {
    nb: 'Rapporten er publisert {date}.',
    nn: 'Rapporten er publisert {date}.',
    en: 'The report was published on {date}.',
  },
  'evaluations.admin.report.sendToParticipants': {
    nb: 'Send til deltakerne',
    nn: 'Send til deltakarane',
    en: 'Send to the participants',
  },
  'evaluations.admin.report.sendAgain': { nb: 'Send på nytt', nn: 'Send på nytt', en: 'Send again' },
  'evaluations.admin.report.sendToParticipants.help': {
    nb: 'Lenken til den publiserte rapporten sendes på e-post til de påmeldte på dialogmøtet, teamet og kontaktpersonene for tjenesten, én gang hver.',
    nn: 'Lenkja til den publiserte rapporten blir send på e-post til dei påmelde på dialogmøtet, teamet og kontaktpersonane for tenesta, éin gong kvar.',
    en: 'The link to the published report is e-mailed to those registered for the dialogue meeting, the team and the service contacts, once each.',
  },
  'evaluations.admin.report.sentAt': {
    nb: 'Sendt til deltakerne {date}.',
    nn: 'Send til deltakarane {date}.',
    en: 'Sent to the participants on {date}.',
  },
  'evaluations.admin.report.sent': {
    nb: 'Rapporten er sendt til {count} mottakere.',
    nn: 'Rapporten er send til {count} mottakarar.',
    en: 'The report has been sent to {count} recipients.',
  },
});
