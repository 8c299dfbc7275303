// Runs before every test file: the stories get the same decorators (I18nProvider) and globals
// as in Storybook, and testing-library unmounts after each test (we run without vitest globals,
// so its automatic cleanup is not hooked in).
import { setProjectAnnotations } from '@storybook/react-vite';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import preview from '../../.storybook/preview.tsx';

// happy-dom has no Web Animations API; Designsystemet's Spinner calls document.getAnimations()
// to keep several spinners in step. No animations run in tests, so an empty list is the truth.
if (typeof document.getAnimations !== 'function') {
  document.getAnimations = () => [];
}

setProjectAnnotations(preview);

afterEach(() => {
  cleanup();
});
