import { EVALUATION_MANAGE, type ModuleMatrix, STAFF } from '../../testing/access-expectations.ts';
import type { World } from '../../testing/world.ts';

/**
 * The rows of setting an evaluation up (setup-router.ts), spread into ./access-matrix.ts. Every
 * procedure but `create` is the lead's work on world.evaluations.collecting: its lead and admins;
 * the other coordinators get 404, everyone without the admin app 403.
 */
const evaluationId = (w: World) => ({ evaluationId: w.evaluations.collecting.evaluationId });

export const setupMatrix: Required<Pick<ModuleMatrix, 'admin'>> = {
  admin: {
    // Each coordinator names their own network; admins any.
    create: {
      input: (w, role) => ({
        title: 'Brukerevaluering av lavterskeltilbudet',
        language: 'nb',
        networkId: role === 'otherCoordinator' ? w.network2 : w.network1,
      }),
      expect: STAFF,
    },
    get: { input: evaluationId, expect: EVALUATION_MANAGE },
    updateAgreement: {
      // The world's own parties, so the service contacts stay who they are for the next rows.
      input: (w) => ({
        ...evaluationId(w),
        commissionerOrganisationId: w.org1,
        serviceOrganisationId: w.org4,
        purpose: 'Hvordan opplever brukerne møteplassen?',
        questions: '- Blir du møtt?\n- Får du være med å bestemme?',
        scope: 'Møteplassen, ikke boligtjenesten.',
        startsOn: '2026-09-01',
        endsOn: '2027-02-28',
        agreementSignedOn: '2026-08-20',
      }),
      expect: EVALUATION_MANAGE,
    },
    deleteAgreement: {
      input: (w) => ({ attachmentId: w.evaluationsSetup.agreementFileId }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    updatePlan: {
      input: (w) => ({
        ...evaluationId(w),
        methods: ['group_interviews', 'questionnaire'],
        targetGroups: 'Brukere av møteplassen.',
        plannedGroupInterviews: 4,
        plannedIndividualInterviews: 2,
        plannedParticipants: 25,
        plannedQuestionnaireResponses: 40,
        retentionMonths: 6,
        minGroupSize: 5,
        consentText: 'Det er frivillig å være med.',
      }),
      expect: EVALUATION_MANAGE,
    },
    addTeamMember: {
      input: (w) => ({ ...evaluationId(w), email: 'editor@test.knutepunkt.no' }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    removeTeamMember: {
      input: (w) => ({ ...evaluationId(w), userId: w.userIds.teamMember }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    addTraining: {
      input: (w) => ({
        ...evaluationId(w),
        userId: w.userIds.teamMember,
        course: 'Samtykke og taushetsplikt',
        completedOn: '2026-09-15',
      }),
      expect: EVALUATION_MANAGE,
    },
    removeTraining: {
      input: (w) => ({ trainingId: w.evaluationsSetup.trainingId }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    setLead: {
      input: (w) => ({ ...evaluationId(w), userId: w.userIds.coordinator }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
  },
};
