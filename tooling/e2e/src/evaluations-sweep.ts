import type { APIRequestContext, Page } from '@playwright/test';
import { ADMIN_URL, DEMO, DEMO_PASSWORD, uniqueSuffix } from './env.ts';
import { mutate, query, signInByApi, visitAndCheck, type VisitOptions } from './conference-sweep.ts';
import { fitsTheScreen, SERVICE } from './evaluations-flows.ts';

/**
 * The evaluations sweep's set-up (tests/evaluations-pages.spec.ts): a small evaluation in data
 * collection, made through the admin API as the lead (the cycle makes one through the pages),
 * with one team member, a guide and an open questionnaire, so every page has something to show.
 */
export interface SweepEvaluation {
  id: string;
  title: string;
  questionnaireId: string;
  questionnaireTitle: string;
}

export async function createSweepEvaluation(request: APIRequestContext): Promise<SweepEvaluation> {
  await signInByApi(request, ADMIN_URL, DEMO.coordinator, DEMO_PASSWORD);
  const call = <T>(path: string, input: unknown) => mutate<T>(request, ADMIN_URL, `evaluations.${path}`, input);
  const [network] = await query<Array<{ id: string }>>(request, ADMIN_URL, 'networks.list');
  const found = await query<{ items: Array<{ id: string; name: string }> }>(request, ADMIN_URL, 'organisations.list', {
    q: SERVICE,
    page: 1,
    pageSize: 20,
  });
  const service = found.items.find((o) => o.name === SERVICE)!.id;
  const title = `Sveip av evalueringssidene ${uniqueSuffix()}`;
  const { id } = await call<{ id: string }>('create', { title, language: 'nb', networkId: network!.id });
  const evaluationId = id;
  await call('updateAgreement', {
    evaluationId,
    commissionerOrganisationId: service,
    serviceOrganisationId: service,
    purpose: 'Hvordan brukerne opplever **dagtilbudet**.',
    questions: '- Blir brukerne hørt?',
    scope: '',
    startsOn: '2026-09-01',
    endsOn: '2027-03-31',
    agreementSignedOn: '2026-08-20',
  });
  await call('move', { evaluationId, to: 'planning' });
  await call('updatePlan', {
    evaluationId,
    methods: ['group_interviews', 'questionnaire'],
    targetGroups: 'Brukere av dagtilbudet.',
    plannedGroupInterviews: 4,
    plannedIndividualInterviews: 0,
    plannedParticipants: 24,
    plannedQuestionnaireResponses: 30,
    retentionMonths: 6,
    minGroupSize: 5,
    consentText: 'Jeg samtykker i at svarene brukes uten navn.',
  });
  await call('addTeamMember', { evaluationId, email: DEMO.member });
  await call('saveGuide', {
    evaluationId,
    themes: [{ key: 't1', title: 'Å bli møtt', questions: [{ key: 'q1', text: 'Hvordan ble du møtt?' }] }],
  });
  await call('move', { evaluationId, to: 'collection' });
  const questionnaireTitle = 'Hva synes du om dagtilbudet?';
  const questionnaire = await call<{ id: string }>('createQuestionnaire', {
    evaluationId,
    title: questionnaireTitle,
    intro: 'Det tar fem minutter.',
    language: 'nb',
  });
  const questionnaireId = questionnaire.id;
  await call('saveQuestions', {
    questionnaireId,
    questions: [
      { kind: 'single', text: 'Har du fått hjelp?', options: ['Ja', 'Nei', 'Vet ikke'], required: true },
      { kind: 'multiple', text: 'Hva bruker du?', options: ['Kafeen', 'Turgruppa', 'Samtaler'], required: false },
      { kind: 'scale', text: 'Hvor fornøyd er du?', options: ['Lite fornøyd', 'Svært fornøyd'], required: false },
      { kind: 'text', text: 'Hva kan bli bedre?', options: [], required: false },
    ],
  });
  await call('openQuestionnaire', { questionnaireId });
  return { id: evaluationId, title, questionnaireId, questionnaireTitle };
}

/** visitAndCheck, and no sideways scrolling at any width (the shared check looks at 320 px only). */
export async function sweep(page: Page, url: string, options: VisitOptions): Promise<void> {
  await visitAndCheck(page, url, options);
  await fitsTheScreen(page);
}
