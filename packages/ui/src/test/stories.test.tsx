// Every story is also a test: it is rendered as in Storybook and its play function, which
// checks roles, names and states, must pass. A story without a play function fails here.
import { composeStories, type composeStory } from '@storybook/react-vite';
import { describe, expect, it } from 'vitest';

type StoriesModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

const modules = import.meta.glob<StoriesModule>('../**/*.stories.tsx', { eager: true });

it('finds the stories of every component', () => {
  // Guards against the glob silently matching nothing (a moved folder, a renamed suffix).
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(15);
});

describe.each(Object.entries(modules))('%s', (_path, module) => {
  const stories = Object.entries(composeStories(module)) as Array<[string, ComposedStory]>;

  it.each(stories)('%s', async (_name, Story) => {
    expect(Story.play, 'each story needs a play function that checks something').toBeTypeOf('function');
    await Story.run();
  });
});
