import type { EvaluationPhase } from '../../../evaluations/phases.ts';
import { defineMessages, type Translations } from '../../define.ts';

const phases = {
  'evaluations.phase.agreement': { nb: 'Avtale', nn: 'Avtale', en: 'Agreement' },
  'evaluations.phase.planning': { nb: 'Planlegging', nn: 'Planlegging', en: 'Planning' },
  'evaluations.phase.collection': { nb: 'Datainnsamling', nn: 'Datainnsamling', en: 'Data collection' },
  'evaluations.phase.analysis': { nb: 'Analyse', nn: 'Analyse', en: 'Analysis' },
  'evaluations.phase.review': { nb: 'Rapport til gjennomsyn', nn: 'Rapport til gjennomsyn', en: 'Report in review' },
  'evaluations.phase.published': {
    nb: 'Publisert, i oppfølging',
    nn: 'Publisert, i oppfølging',
    en: 'Published, in follow-up',
  },
  'evaluations.phase.closed': { nb: 'Avsluttet', nn: 'Avslutta', en: 'Closed' },
} satisfies Record<`evaluations.phase.${EvaluationPhase}`, Translations>;

/**
 * Bruker Spør Bruker evaluations (docs/adr/0025): what both apps and the server say. Each part
 * of the module adds its own `shared-<topic>.ts`, `web-<topic>.ts` or `admin-<topic>.ts`.
 */
export const evaluationsShared = defineMessages({
  ...phases,
  'evaluations.name': { nb: 'Bruker spør bruker', nn: 'Brukar spør brukar', en: 'User asks user' },
  'evaluations.phase.notAllowed': {
    nb: 'Evalueringen kan ikke flyttes dit fra fasen den er i nå.',
    nn: 'Evalueringa kan ikkje flyttast dit frå fasen ho er i no.',
    en: 'The evaluation cannot move there from the phase it is in now.',
  },
  'evaluations.phase.needsAgreement': {
    nb: 'Før planleggingen: registrer oppdragsgiver, tjenesten som evalueres og formålet.',
    nn: 'Før planlegginga: registrer oppdragsgivar, tenesta som blir evaluert og føremålet.',
    en: 'Before planning: record the commissioner, the service evaluated and the purpose.',
  },
  'evaluations.phase.needsMethods': {
    nb: 'Velg minst én metode i planen før datainnsamlingen.',
    nn: 'Vel minst éin metode i planen før datainnsamlinga.',
    en: 'Choose at least one method in the plan before data collection.',
  },
  'evaluations.phase.needsTeam': {
    nb: 'Legg til minst én brukerintervjuer i teamet før datainnsamlingen.',
    nn: 'Legg til minst éin brukarintervjuar i teamet før datainnsamlinga.',
    en: 'Add at least one user-interviewer to the team before data collection.',
  },
  'evaluations.phase.needsGuide': {
    nb: 'Lag intervjuguiden før datainnsamlingen.',
    nn: 'Lag intervjuguiden før datainnsamlinga.',
    en: 'Write the interview guide before data collection.',
  },
  'evaluations.phase.needsRecommendation': {
    nb: 'Rapporten trenger minst én anbefaling.',
    nn: 'Rapporten treng minst éi tilråding.',
    en: 'The report needs at least one recommendation.',
  },
  'evaluations.phase.needsSummary': {
    nb: 'Rapporten trenger et sammendrag.',
    nn: 'Rapporten treng eit samandrag.',
    en: 'The report needs a summary.',
  },
  'evaluations.phase.publishFromReport': {
    nb: 'Rapporten publiseres fra rapportsiden, der den låses slik den blir vist.',
    nn: 'Rapporten blir publisert frå rapportsida, der han blir låst slik han blir vist.',
    en: 'The report is published from the report page, where it is frozen as it will be shown.',
  },
  'evaluations.phase.wrongPhase': {
    nb: 'Dette kan ikke gjøres i fasen evalueringen er i nå.',
    nn: 'Dette kan ikkje gjerast i fasen evalueringa er i no.',
    en: 'This cannot be done in the phase the evaluation is in now.',
  },
  'evaluations.breakGlass.required': {
    nb: 'Rådata i en evaluering leses av administratorer bare gjennom «Bryt glasset», med en begrunnelse.',
    nn: 'Rådata i ei evaluering blir lesne av administratorar berre gjennom «Bryt glaset», med ei grunngiving.',
    en: 'Administrators read an evaluation’s raw data only through «Break the glass», with a reason.',
  },
  'evaluations.rawData.keyMissing': {
    nb: 'Nøkkelen til rådata er ikke satt opp på serveren. Kontakt driften.',
    nn: 'Nøkkelen til rådata er ikkje sett opp på serveren. Kontakt drifta.',
    en: 'The raw-data key is not set up on the server. Contact operations.',
  },
  'evaluations.fewerThan': { nb: 'færre enn {min}', nn: 'færre enn {min}', en: 'fewer than {min}' },
});
