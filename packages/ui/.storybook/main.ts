import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.tsx'],
  // No telemetry: these machines (and municipal networks) may not reach Storybook's servers.
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // Designsystemet and its icon package mark every module "use client" (a React Server
    // Components hint that means nothing in a browser bundle); Vite warns once per module,
    // over a thousand lines that would bury real warnings.
    const options = (viteConfig.build ??= {}).rolldownOptions ?? {};
    const previous = options.onwarn;
    viteConfig.build.rolldownOptions = {
      ...options,
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        if (previous) previous(warning, warn);
        else warn(warning);
      },
    };
    return viteConfig;
  },
};

export default config;
