import { defineMessages } from '../../define.ts';

/** The report's review on the service contacts' page (docs/adr/0025); ReportView's own strings are in shared-report.ts. */
export const evaluationsWebReport = defineMessages({
  'evaluations.web.report.heading': { nb: 'Rapporten', nn: 'Rapporten', en: 'The report' },
  'evaluations.web.report.reviewIntro': {
    nb: 'Rapporten under er et utkast. Les den og kommenter det dere mener er feil eller mangler, før den publiseres. Kommentarene går til evalueringslederen.',
    nn: 'Rapporten under er eit utkast. Les han og kommenter det de meiner er feil eller manglar, før han blir publisert. Kommentarane går til evalueringsleiaren.',
    en: 'The report below is a draft. Read it and comment on anything you think is wrong or missing before it is published. The comments go to the evaluation lead.',
  },
  'evaluations.web.report.publishedIntro': {
    nb: 'Rapporten er publisert slik den vises her.',
    nn: 'Rapporten er publisert slik han blir vist her.',
    en: 'The report has been published as shown here.',
  },
  'evaluations.web.report.draft': { nb: 'Utkast til rapport', nn: 'Utkast til rapport', en: 'Draft report' },
  'evaluations.web.report.comment.heading': {
    nb: 'Kommenter rapporten',
    nn: 'Kommenter rapporten',
    en: 'Comment on the report',
  },
  'evaluations.web.report.comment.section': {
    nb: 'Hvilken del gjelder kommentaren?',
    nn: 'Kva del gjeld kommentaren?',
    en: 'Which part is the comment about?',
  },
  'evaluations.web.report.comment.body': { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
  'evaluations.web.report.comment.bodyHelp': {
    nb: 'Høyst 2000 tegn. Ikke skriv navn eller andre opplysninger om enkeltpersoner.',
    nn: 'Høgst 2000 teikn. Ikkje skriv namn eller andre opplysningar om enkeltpersonar.',
    en: 'At most 2000 characters. Do not write names or other details about individuals.',
  },
  'evaluations.web.report.comment.submit': { nb: 'Send kommentar', nn: 'Send kommentar', en: 'Send comment' },
  'evaluations.web.report.comment.sent': {
    nb: 'Kommentaren er sendt til evalueringslederen.',
    nn: 'Kommentaren er send til evalueringsleiaren.',
    en: 'The comment has been sent to the evaluation lead.',
  },
  'evaluations.web.report.comments.heading': {
    nb: 'Dine kommentarer',
    nn: 'Kommentarane dine',
    en: 'Your comments',
  },
  'evaluations.web.report.comments.resolved': { nb: 'Behandlet', nn: 'Handsama', en: 'Dealt with' },
  'evaluations.web.report.comments.open': {
    nb: 'Ikke behandlet ennå',
    nn: 'Ikkje handsama enno',
    en: 'Not dealt with yet',
  },
  'evaluations.web.report.comments.sentOn': { nb: 'Sendt {date}', nn: 'Send {date}', en: 'Sent {date}' },
});
