import { useLocation } from 'react-router';

/**
 * True after a client-side navigation (not on the first page load): then the page's h1 takes
 * focus, so a screen reader announces the new page as a full page load would.
 */
export function useNavigatedHere(): boolean {
  return useLocation().key !== 'default';
}
