import { defineMessages } from '../../define.ts';

/** The service contacts' view of the plan and the shared preliminary findings (docs/adr/0025). */
export const evaluationsWebAnalysisService = defineMessages({
  'evaluations.web.serviceFindings.planHeading': {
    nb: 'Avtale og plan',
    nn: 'Avtale og plan',
    en: 'Agreement and plan',
  },
  'evaluations.web.serviceFindings.commissioner': { nb: 'Oppdragsgiver', nn: 'Oppdragsgivar', en: 'Commissioned by' },
  'evaluations.web.serviceFindings.service': {
    nb: 'Tjenesten som evalueres',
    nn: 'Tenesta som blir evaluert',
    en: 'Service evaluated',
  },
  'evaluations.web.serviceFindings.centre': { nb: 'Gjennomføres av', nn: 'Blir gjennomført av', en: 'Carried out by' },
  'evaluations.web.serviceFindings.phase': { nb: 'Fase', nn: 'Fase', en: 'Phase' },
  'evaluations.web.serviceFindings.period': { nb: 'Periode', nn: 'Periode', en: 'Period' },
  'evaluations.web.serviceFindings.agreementSigned': {
    nb: 'Avtalen ble signert',
    nn: 'Avtalen vart signert',
    en: 'Agreement signed',
  },
  'evaluations.web.serviceFindings.purpose': { nb: 'Formål', nn: 'Føremål', en: 'Purpose' },
  'evaluations.web.serviceFindings.questions': { nb: 'Problemstillinger', nn: 'Problemstillingar', en: 'Questions' },
  'evaluations.web.serviceFindings.scope': { nb: 'Avgrensning', nn: 'Avgrensing', en: 'Scope' },
  'evaluations.web.serviceFindings.methods': { nb: 'Metoder', nn: 'Metodar', en: 'Methods' },
  'evaluations.web.serviceFindings.method.group_interviews': {
    nb: 'Gruppeintervjuer',
    nn: 'Gruppeintervju',
    en: 'Group interviews',
  },
  'evaluations.web.serviceFindings.method.individual_interviews': {
    nb: 'Individuelle intervjuer',
    nn: 'Individuelle intervju',
    en: 'Individual interviews',
  },
  'evaluations.web.serviceFindings.method.questionnaire': {
    nb: 'Spørreskjema',
    nn: 'Spørjeskjema',
    en: 'Questionnaire',
  },
  'evaluations.web.serviceFindings.targetGroups': { nb: 'Målgrupper', nn: 'Målgrupper', en: 'Target groups' },
  'evaluations.web.serviceFindings.planned': { nb: 'Planlagt', nn: 'Planlagt', en: 'Planned' },
  'evaluations.web.serviceFindings.plannedGroupInterviews': {
    nb: 'Gruppeintervjuer',
    nn: 'Gruppeintervju',
    en: 'Group interviews',
  },
  'evaluations.web.serviceFindings.plannedIndividualInterviews': {
    nb: 'Individuelle intervjuer',
    nn: 'Individuelle intervju',
    en: 'Individual interviews',
  },
  'evaluations.web.serviceFindings.plannedParticipants': { nb: 'Deltakere', nn: 'Deltakarar', en: 'Participants' },
  'evaluations.web.serviceFindings.plannedResponses': {
    nb: 'Svar på spørreskjema',
    nn: 'Svar på spørjeskjema',
    en: 'Questionnaire responses',
  },
  'evaluations.web.serviceFindings.lead': { nb: 'Evalueringsleder', nn: 'Evalueringsleiar', en: 'Evaluation lead' },
  'evaluations.web.serviceFindings.interviewers': {
    nb: 'Brukerintervjuere',
    nn: 'Brukarintervjuarar',
    en: 'User-interviewers',
  },
  'evaluations.web.serviceFindings.interviewersNote': {
    nb: 'Navnene på brukerintervjuerne vises ikke for tjenesten.',
    nn: 'Namna på brukarintervjuarane blir ikkje viste for tenesta.',
    en: 'The user-interviewers’ names are not shown to the service.',
  },
  'evaluations.web.serviceFindings.findingsHeading': {
    nb: 'Foreløpige funn',
    nn: 'Førebelse funn',
    en: 'Preliminary findings',
  },
  'evaluations.web.serviceFindings.notShared': {
    nb: 'Teamet har ikke delt foreløpige funn med tjenesten ennå.',
    nn: 'Teamet har ikkje delt førebelse funn med tenesta enno.',
    en: 'The team has not shared preliminary findings with the service yet.',
  },
  'evaluations.web.serviceFindings.sharedOn': {
    nb: 'Delt {date}. Funnene er foreløpige og drøftes i dialogmøtet før rapporten skrives.',
    nn: 'Delt {date}. Funna er førebelse og blir drøfta i dialogmøtet før rapporten blir skriven.',
    en: 'Shared {date}. The findings are preliminary and are discussed at the dialogue meeting before the report is written.',
  },
  'evaluations.web.serviceFindings.heard': { nb: 'Hvem som er hørt', nn: 'Kven som er høyrde', en: 'Who was heard' },
  'evaluations.web.serviceFindings.groupInterviews': {
    nb: 'Gruppeintervjuer',
    nn: 'Gruppeintervju',
    en: 'Group interviews',
  },
  'evaluations.web.serviceFindings.individualInterviews': {
    nb: 'Individuelle intervjuer',
    nn: 'Individuelle intervju',
    en: 'Individual interviews',
  },
  'evaluations.web.serviceFindings.participants': {
    nb: 'Deltakere i alt',
    nn: 'Deltakarar i alt',
    en: 'Participants in all',
  },
  'evaluations.web.serviceFindings.noFindings': {
    nb: 'Ingen funn er delt.',
    nn: 'Ingen funn er delte.',
    en: 'No findings are shared.',
  },
  'evaluations.web.serviceFindings.quotes': { nb: 'Sitater', nn: 'Sitat', en: 'Quotes' },
  'evaluations.web.serviceFindings.dialogueHeading': { nb: 'Dialogmøte', nn: 'Dialogmøte', en: 'Dialogue meeting' },
  'evaluations.web.serviceFindings.dialogueLink': {
    nb: 'Dialogmøtet {date}: program og påmelding',
    nn: 'Dialogmøtet {date}: program og påmelding',
    en: 'The dialogue meeting {date}: programme and registration',
  },
  'evaluations.web.serviceFindings.noDialogue': {
    nb: 'Dialogmøtet er ikke kunngjort ennå.',
    nn: 'Dialogmøtet er ikkje kunngjort enno.',
    en: 'The dialogue meeting has not been announced yet.',
  },
});
