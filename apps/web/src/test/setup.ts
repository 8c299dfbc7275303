import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

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
