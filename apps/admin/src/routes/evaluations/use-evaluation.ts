import { useQuery } from '@tanstack/react-query';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { useTRPC } from '../../trpc.ts';

/** The lead's overview of one evaluation (evaluations.get): what every part's page starts from. */
export type EvaluationOverview = AdminRouterOutputs['evaluations']['get'];

/** The overview query of one evaluation, for its pages (with QueryView for loading, 404 and errors). */
export function useEvaluation(evaluationId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.evaluations.get.queryOptions({ evaluationId }));
}

/** After a change: the overview and the list show it. */
export function useEvaluationInvalidation(evaluationId: string) {
  const trpc = useTRPC();
  return async (queryClient: { invalidateQueries: (filter: object) => Promise<void> }) => {
    await queryClient.invalidateQueries(trpc.evaluations.get.queryFilter({ evaluationId }));
    await queryClient.invalidateQueries(trpc.evaluations.list.queryFilter());
  };
}
