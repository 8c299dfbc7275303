import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const positions = new Map<string, number>();

/**
 * Where the page scrolls after a navigation, as browsers do for full page loads: back and
 * forward return to where the person was on that entry; a link to another page starts at the
 * top. A change of the query string alone (filters, the next page of results) leaves the
 * scroll where it is: the results announce themselves and take focus instead.
 */
export function useScrollRestoration(): void {
  const location = useLocation();
  const type = useNavigationType();
  const previous = useRef(location);

  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = location;
    if (before.key === location.key) return;
    positions.set(before.key, window.scrollY);
    if (type === 'POP') {
      const saved = positions.get(location.key);
      if (saved !== undefined) window.scrollTo(0, saved);
      return;
    }
    if (before.pathname !== location.pathname && !location.hash) window.scrollTo(0, 0);
  }, [location, type]);
}
