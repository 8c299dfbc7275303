import { useQueryClient } from '@tanstack/react-query';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { useTRPC } from '../../trpc.ts';

/** One questionnaire as the lead sees it (evaluations.questionnaire): what its page's parts start from. */
export type Questionnaire = AdminRouterOutputs['evaluations']['questionnaire'];

/** The parts of the questionnaire page: each tells the page what happened, for its status line. */
export interface QuestionnairePartProps {
  questionnaire: Questionnaire;
  onStatus: (message: string | null) => void;
}

/** After a change: this questionnaire and the list show it. */
export function useQuestionnaireInvalidation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries(trpc.evaluations.questionnaire.pathFilter());
    await queryClient.invalidateQueries(trpc.evaluations.questionnaires.pathFilter());
  };
}
