import { useLocation } from 'react-router';

/**
 * A message handed over by the page that navigated here, in the history
 * entry's state: `navigate(to, { state: { flash: 'Nettverket er opprettet.' } })`.
 */
export function useFlash(): string | null {
  const state: unknown = useLocation().state;
  return state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string' ? state.flash : null;
}
