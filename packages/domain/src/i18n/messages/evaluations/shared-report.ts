import { defineMessages, type Translations } from '../../define.ts';
import type { ReportSection } from '../../../evaluations/report-schemas.ts';

/** The report's parts, as the comment form and the lead's list of comments name them. */
const sections = {
  'evaluations.report.section.summary': { nb: 'Sammendrag', nn: 'Samandrag', en: 'Summary' },
  'evaluations.report.section.background': { nb: 'Bakgrunn', nn: 'Bakgrunn', en: 'Background' },
  'evaluations.report.section.method': { nb: 'Metode', nn: 'Metode', en: 'Method' },
  'evaluations.report.section.findings': { nb: 'Funn', nn: 'Funn', en: 'Findings' },
  'evaluations.report.section.recommendations': { nb: 'Anbefalinger', nn: 'Tilrådingar', en: 'Recommendations' },
  'evaluations.report.section.results': {
    nb: 'Resultater fra spørreskjemaet',
    nn: 'Resultat frå spørjeskjemaet',
    en: 'Questionnaire results',
  },
  'evaluations.report.section.easyRead': {
    nb: 'Lettlest sammendrag',
    nn: 'Lettlest samandrag',
    en: 'Easy-read summary',
  },
} satisfies Record<`evaluations.report.section.${ReportSection}`, Translations>;

/**
 * The report (docs/adr/0025): the server's refusals, the e-mails (a title and a link, never
 * report text), and the strings of the shared ReportView (packages/ui), which the admin
 * preview, the service's review and the public page all show.
 */
export const evaluationsSharedReport = defineMessages({
  ...sections,
  'evaluations.report.section.recommendation': {
    nb: 'Anbefaling: {title}',
    nn: 'Tilråding: {title}',
    en: 'Recommendation: {title}',
  },
  'evaluations.report.error.questionnaire': {
    nb: 'Velg et spørreskjema fra denne evalueringen.',
    nn: 'Vel eit spørjeskjema frå denne evalueringa.',
    en: 'Choose a questionnaire of this evaluation.',
  },
  'evaluations.report.error.section': {
    nb: 'Velg hvilken del av rapporten kommentaren gjelder.',
    nn: 'Vel kva del av rapporten kommentaren gjeld.',
    en: 'Choose which part of the report the comment is about.',
  },
  'evaluations.report.error.notInReview': {
    nb: 'Rapporten er ikke sendt til gjennomsyn ennå.',
    nn: 'Rapporten er ikkje send til gjennomsyn enno.',
    en: 'The report has not been sent for review yet.',
  },
  'evaluations.report.error.notPublished': {
    nb: 'Rapporten må publiseres før den sendes til deltakerne.',
    nn: 'Rapporten må publiserast før han blir send til deltakarane.',
    en: 'The report must be published before it is sent to the participants.',
  },
  'evaluations.report.error.alreadySent': {
    nb: 'Rapporten er allerede sendt til deltakerne. Velg «Send på nytt» for å sende den en gang til.',
    nn: 'Rapporten er allereie send til deltakarane. Vel «Send på nytt» for å sende han ein gong til.',
    en: 'The report has already been sent to the participants. Choose «Send again» to send it once more.',
  },
  'evaluations.report.mail.review.subject': {
    nb: 'Rapporten «{title}» er klar til gjennomsyn',
    nn: 'Rapporten «{title}» er klar til gjennomsyn',
    en: 'The report “{title}” is ready for review',
  },
  'evaluations.report.mail.review.body': {
    nb: 'Utkastet til rapporten fra evalueringen «{title}» er klart. Les det og kommenter her: {link}',
    nn: 'Utkastet til rapporten frå evalueringa «{title}» er klart. Les det og kommenter her: {link}',
    en: 'The draft report of the evaluation “{title}” is ready. Read and comment on it here: {link}',
  },
  'evaluations.report.mail.comment.subject': {
    nb: 'Ny kommentar til rapporten «{title}»',
    nn: 'Ny kommentar til rapporten «{title}»',
    en: 'New comment on the report “{title}”',
  },
  'evaluations.report.mail.comment.body': {
    nb: 'En kontaktperson for tjenesten har kommentert rapporten «{title}». Les kommentaren her: {link}',
    nn: 'Ein kontaktperson for tenesta har kommentert rapporten «{title}». Les kommentaren her: {link}',
    en: 'A contact of the service has commented on the report “{title}”. Read the comment here: {link}',
  },
  'evaluations.report.mail.published.subject': {
    nb: 'Rapporten «{title}» er publisert',
    nn: 'Rapporten «{title}» er publisert',
    en: 'The report “{title}” has been published',
  },
  'evaluations.report.mail.published.body': {
    nb: 'Takk for at du var med! Rapporten fra evalueringen «{title}» er publisert. Les den her: {link}',
    nn: 'Takk for at du var med! Rapporten frå evalueringa «{title}» er publisert. Les han her: {link}',
    en: 'Thank you for taking part! The report of the evaluation “{title}” has been published. Read it here: {link}',
  },
  'evaluations.report.view.by': {
    nb: 'Evaluering av {service}, gjennomført av {centre}',
    nn: 'Evaluering av {service}, gjennomført av {centre}',
    en: 'Evaluation of {service}, carried out by {centre}',
  },
  'evaluations.report.view.commissioner': { nb: 'Oppdragsgiver', nn: 'Oppdragsgivar', en: 'Commissioned by' },
  'evaluations.report.view.period': { nb: 'Periode', nn: 'Periode', en: 'Period' },
  'evaluations.report.view.published': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'evaluations.report.view.heard': { nb: 'Hvem vi har hørt', nn: 'Kven vi har høyrt', en: 'Who we heard' },
  'evaluations.report.view.groupInterviews': { nb: 'Gruppeintervjuer', nn: 'Gruppeintervju', en: 'Group interviews' },
  'evaluations.report.view.individualInterviews': {
    nb: 'Individuelle intervjuer',
    nn: 'Individuelle intervju',
    en: 'Individual interviews',
  },
  'evaluations.report.view.participants': {
    nb: 'Deltakere i intervjuene',
    nn: 'Deltakarar i intervjua',
    en: 'Interview participants',
  },
  'evaluations.report.view.responses': {
    nb: 'Svar på spørreskjemaet',
    nn: 'Svar på spørjeskjemaet',
    en: 'Questionnaire responses',
  },
  'evaluations.report.view.quote': { nb: 'Sitat', nn: 'Sitat', en: 'Quote' },
  'evaluations.report.view.noFindings': {
    nb: 'Rapporten har ingen funn.',
    nn: 'Rapporten har ingen funn.',
    en: 'The report has no findings.',
  },
  'evaluations.report.view.option': { nb: 'Svaralternativ', nn: 'Svaralternativ', en: 'Answer' },
  'evaluations.report.view.count': { nb: 'Antall', nn: 'Tal', en: 'Count' },
  'evaluations.report.view.total': { nb: 'Totalt', nn: 'Totalt', en: 'Total' },
  'evaluations.report.view.answered': {
    nb: 'Svarte på spørsmålet: {count}',
    nn: 'Svarte på spørsmålet: {count}',
    en: 'Answered the question: {count}',
  },
  'evaluations.report.view.textHidden': {
    nb: 'Færre enn {min} svarte med egne ord, så svarene vises ikke.',
    nn: 'Færre enn {min} svarte med eigne ord, så svara blir ikkje viste.',
    en: 'Fewer than {min} answered in their own words, so the answers are not shown.',
  },
  'evaluations.report.view.chart': {
    nb: 'Søylediagram: {summary}',
    nn: 'Søylediagram: {summary}',
    en: 'Bar chart: {summary}',
  },
  'evaluations.report.view.chartHidden': { nb: 'skjult', nn: 'skjult', en: 'hidden' },
  'evaluations.report.view.hiddenNote': {
    nb: 'Grupper med færre enn {min} personer vises ikke, slik at ingen kan kjennes igjen.',
    nn: 'Grupper med færre enn {min} personar blir ikkje viste, slik at ingen kan kjennast att.',
    en: 'Groups of fewer than {min} people are not shown, so that nobody can be recognised.',
  },
});
