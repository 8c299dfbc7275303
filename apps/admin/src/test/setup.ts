import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// happy-dom lacks the Web Animations API that Designsystemet's Spinner uses to keep spinners in step.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

// Testing Library cleans up by itself only when the test runner has globals; ours has not.
afterEach(() => {
  cleanup();
  document.cookie = 'kp_locale=; Max-Age=0; Path=/';
});
