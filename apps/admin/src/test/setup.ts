import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { LOCALES } from '@knutepunkt/domain';
import { loadMessages } from 'virtual:knutepunkt-messages';

// The app loads a language's strings before showing it (main.tsx awaits the first). Loaded here
// once, all three are at hand, so a test that switches language sees the new one at once.
await Promise.all(LOCALES.map(loadMessages));

// Pages load their route modules lazily; on a busy two-core machine (CI, parallel
// turbo tasks) that can take longer than Testing Library's 1 s default wait. Waiting
// longer changes no assertion: a missing element still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

// happy-dom lacks the Web Animations API that Designsystemet's Spinner uses to keep spinners in step.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

// Testing Library cleans up by itself only when the test runner has globals; ours has not.
afterEach(() => {
  cleanup();
  document.cookie = 'kp_locale=; Max-Age=0; Path=/';
});
