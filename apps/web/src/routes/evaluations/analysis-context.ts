import { createContext, useContext } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '@knutepunkt/ui';
import { type Outputs, useTRPC } from '../../trpc.ts';

export type Analysis = Outputs['evaluations']['analysis'];
export type AnalysisTheme = Analysis['themes'][number];
export type AnalysisFinding = AnalysisTheme['findings'][number];
export type AnalysisQuote = AnalysisFinding['quotes'][number];
export type AnalysisNote = Outputs['evaluations']['notesForAnalysis'][number];

/** What every part of the analysis page needs: the notes to pick from, who is asking, and where to say what happened. */
export interface AnalysisPageState {
  evaluationId: string;
  /** The language the team writes in (content keeps its own language). */
  language: Analysis['evaluation']['language'];
  notes: AnalysisNote[];
  isLead: boolean;
  mayEdit: boolean;
  say: (message: string) => void;
}

export const AnalysisContext = createContext<AnalysisPageState | null>(null);

export function useAnalysisPage(): AnalysisPageState {
  const state = useContext(AnalysisContext);
  if (!state) throw new Error('useAnalysisPage outside the analysis page');
  return state;
}

/** After a change: the analysis (and the notes' list) are read again. */
export function useRefreshAnalysis() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.evaluations.analysis.pathFilter());
}

/** After a save: the analysis is read again, the page says so, and the form (if it was an edit) closes. */
export function useAfterSave(onDone?: () => void) {
  const { t } = useI18n();
  const { say } = useAnalysisPage();
  const refresh = useRefreshAnalysis();
  return async () => {
    await refresh();
    say(t('evaluations.web.analysis.saved'));
    onDone?.();
  };
}

/** After a delete: the analysis is read again, the dialog closes, and the page says so. */
export function useAfterDelete(close: () => void) {
  const { t } = useI18n();
  const { say } = useAnalysisPage();
  const refresh = useRefreshAnalysis();
  return async () => {
    await refresh();
    close();
    say(t('evaluations.web.analysis.deleted'));
  };
}
