import { defineMessages } from '../../define.ts';

/** The service contacts' follow-up on the web app (docs/adr/0025): responses and statuses. */
export const evaluationsWebFollowUp = defineMessages({
  'evaluations.web.serviceFollowUp.heading': {
    nb: 'Svar og oppfølging',
    nn: 'Svar og oppfølging',
    en: 'Responses and follow-up',
  },
  'evaluations.web.serviceFollowUp.intro': {
    nb: 'Svar på hver anbefaling: om tjenesten er enig, hva dere planlegger å gjøre og hvem som har ansvaret. Etter 6 og 12 måneder ber vi om status. Svarene og statusene vises på den offentlige rapportsiden.',
    nn: 'Svar på kvar tilråding: om tenesta er einig, kva de planlegg å gjere og kven som har ansvaret. Etter 6 og 12 månader ber vi om status. Svara og statusane blir viste på den offentlege rapportsida.',
    en: 'Respond to each recommendation: whether the service agrees, what you plan to do and who is responsible. After 6 and 12 months we ask for a status. The responses and statuses are shown on the public report page.',
  },
  'evaluations.web.serviceFollowUp.notYet': {
    nb: 'Oppfølgingen starter når rapporten er publisert.',
    nn: 'Oppfølginga startar når rapporten er publisert.',
    en: 'The follow-up starts when the report is published.',
  },
  'evaluations.web.serviceFollowUp.readOnly': {
    nb: 'Bare tjenestens kontaktpersoner kan svare. Du ser det de har svart.',
    nn: 'Berre kontaktpersonane til tenesta kan svare. Du ser det dei har svart.',
    en: 'Only the service’s contacts can respond. You see what they have answered.',
  },
  'evaluations.web.serviceFollowUp.asked': {
    nb: 'Vi ber om status etter {months} måneder.',
    nn: 'Vi ber om status etter {months} månader.',
    en: 'We ask for a status after {months} months.',
  },
  'evaluations.web.serviceFollowUp.publicLink': {
    nb: 'Se den offentlige rapportsiden',
    nn: 'Sjå den offentlege rapportsida',
    en: 'See the public report page',
  },
  'evaluations.web.serviceFollowUp.responseLegend': {
    nb: 'Er tjenesten enig i anbefalingen?',
    nn: 'Er tenesta einig i tilrådinga?',
    en: 'Does the service agree with the recommendation?',
  },
  'evaluations.web.serviceFollowUp.plannedAction': {
    nb: 'Planlagt tiltak',
    nn: 'Planlagt tiltak',
    en: 'Planned action',
  },
  'evaluations.web.serviceFollowUp.responsible': {
    nb: 'Hvem har ansvaret',
    nn: 'Kven har ansvaret',
    en: 'Who is responsible',
  },
  'evaluations.web.serviceFollowUp.responsibleHelp': {
    nb: 'En rolle eller enhet, for eksempel «Leder for dagsenteret». Det vises offentlig.',
    nn: 'Ei rolle eller eining, til dømes «Leiar for dagsenteret». Det blir vist offentleg.',
    en: 'A role or unit, for example “Head of the day centre”. It is shown publicly.',
  },
  'evaluations.web.serviceFollowUp.saveResponse': { nb: 'Lagre svaret', nn: 'Lagre svaret', en: 'Save the response' },
  'evaluations.web.serviceFollowUp.responseSaved': {
    nb: 'Svaret er lagret.',
    nn: 'Svaret er lagra.',
    en: 'The response has been saved.',
  },
  'evaluations.web.serviceFollowUp.statusLegend': {
    nb: 'Hvor langt har dere kommet?',
    nn: 'Kor langt har de kome?',
    en: 'How far have you come?',
  },
  'evaluations.web.serviceFollowUp.statusLegendRound': {
    nb: 'Status etter {months} måneder: hvor langt har dere kommet?',
    nn: 'Status etter {months} månader: kor langt har de kome?',
    en: 'Status after {months} months: how far have you come?',
  },
  'evaluations.web.serviceFollowUp.comment': { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
  'evaluations.web.serviceFollowUp.saveStatus': { nb: 'Gi status', nn: 'Gi status', en: 'Give the status' },
  'evaluations.web.serviceFollowUp.statusSaved': {
    nb: 'Statusen er lagret.',
    nn: 'Statusen er lagra.',
    en: 'The status has been saved.',
  },
});
