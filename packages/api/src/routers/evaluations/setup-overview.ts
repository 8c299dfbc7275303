import type { Db } from '@knutepunkt/db';
import { type EvaluationMethod, type EvaluationPhase, nextPhases, notFound } from '@knutepunkt/domain';

const ORG = { select: { id: true, name: true } } as const;
const PERSON = { select: { id: true, name: true, email: true } } as const;

/**
 * The lead's overview of one evaluation (docs/adr/0025): the agreement and the plan, the
 * organisations' names, the phase and where it may go next, the team with its training, the
 * signed agreement's files, whom the lead can be handed to, and how much has been collected as
 * counts only: no raw text leaves here, so reading it is not a raw read.
 */
export async function evaluationOverview(db: Db, evaluationId: string) {
  const row = await db.evaluation.findUnique({
    where: { id: evaluationId },
    select: {
      id: true,
      slug: true,
      title: true,
      language: true,
      phase: true,
      purpose: true,
      questions: true,
      scope: true,
      startsOn: true,
      endsOn: true,
      agreementSignedOn: true,
      methods: true,
      targetGroups: true,
      plannedGroupInterviews: true,
      plannedIndividualInterviews: true,
      plannedParticipants: true,
      plannedQuestionnaireResponses: true,
      retentionMonths: true,
      minGroupSize: true,
      consentText: true,
      consentVersion: true,
      dialogueMeetingId: true,
      findingsSharedAt: true,
      publishedAt: true,
      closedAt: true,
      rawDataDeletedAt: true,
      network: ORG,
      centre: ORG,
      commissioner: ORG,
      service: ORG,
      lead: PERSON,
      team: { select: { addedAt: true, user: PERSON }, orderBy: { addedAt: 'asc' } },
      training: {
        select: { id: true, userId: true, course: true, completedOn: true },
        orderBy: [{ completedOn: 'asc' }, { createdAt: 'asc' }],
      },
      attachments: {
        where: { kind: 'agreement' },
        select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!row) throw notFound();
  const [interviews, participants, responses, coordinators] = await Promise.all([
    db.evaluationInterview.count({ where: { evaluationId } }),
    db.evaluationInterview.aggregate({ where: { evaluationId }, _sum: { participants: true } }),
    db.evaluationResponse.count({ where: { questionnaire: { evaluationId } } }),
    // Whom the lead can be handed to (setLead): the network's other coordinators.
    db.networkCoordinator.findMany({
      where: { networkId: row.network.id, user: { disabledAt: null }, userId: { not: row.lead?.id ?? '' } },
      select: { user: PERSON },
      orderBy: { user: { name: 'asc' } },
    }),
  ]);
  const { team, training, attachments, ...fields } = row;
  const phase = row.phase as EvaluationPhase;
  const trainingOf = (userId: string) =>
    training.filter((t) => t.userId === userId).map(({ userId: _userId, ...t }) => t);
  return {
    ...fields,
    phase,
    methods: row.methods as EvaluationMethod[],
    nextPhases: [...nextPhases(phase)],
    // The lead is on the team without a row; her training is recorded like anyone's.
    team: team.map((m) => ({ ...m.user, addedAt: m.addedAt, training: trainingOf(m.user.id) })),
    leadTraining: row.lead ? trainingOf(row.lead.id) : [],
    agreementFiles: attachments,
    leadCandidates: coordinators.map((c) => c.user),
    counts: { interviews, participants: participants._sum.participants ?? 0, questionnaireResponses: responses },
  };
}
