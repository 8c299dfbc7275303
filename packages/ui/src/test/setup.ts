// Runs before every test file: the stories get the same decorators (I18nProvider) and globals
// as in Storybook, and testing-library unmounts after each test (we run without vitest globals,
// so its automatic cleanup is not hooked in).
import { setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import preview from '../../.storybook/preview.tsx';

// Pages load their route modules lazily; on a busy two-core machine (CI, parallel
// turbo tasks) that can take longer than Testing Library's 1 s default wait. Waiting
// longer changes no assertion: a missing element still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

// happy-dom has no Web Animations API; Designsystemet's Spinner calls document.getAnimations()
// to keep several spinners in step. No animations run in tests, so an empty list is the truth.
if (typeof document.getAnimations !== 'function') {
  document.getAnimations = () => [];
}

setProjectAnnotations(preview);

afterEach(() => {
  cleanup();
});
