import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { LOCALES } from '@knutepunkt/domain';
import { loadMessageGroup, loadMessages, messageGroups } from 'virtual:knutepunkt-messages';

// The app loads a language's strings before showing it (main.tsx awaits the first), and a page's
// groups of strings with the page (src/message-groups.ts). Loaded here once, all three languages
// with every group are at hand, so a test that switches language sees the new one at once.
await Promise.all(LOCALES.map(loadMessages));
await Promise.all(messageGroups.map(loadMessageGroup));

// Pages load their route modules lazily; on a busy two-core machine (CI, parallel
// turbo tasks) that can take longer than Testing Library's 1 s default wait. Waiting
// longer changes no assertion: a missing element still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

// vitest runs without globals here, so testing-library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  document.cookie = 'kp_locale=; Max-Age=0; Path=/';
  document.documentElement.lang = 'nb';
});

// happy-dom has no Web Animations API; Designsystemet's Spinner synchronises its animation with it.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}
