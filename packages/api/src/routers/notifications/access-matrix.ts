import { type ModuleMatrix, SIGNED_IN, none } from '../../testing/access-expectations.ts';

/** Everyone signed in has their own choices; nobody reaches another person's (there is no id to pass). */
export const notificationsMatrix: ModuleMatrix = {
  web: {
    choices: { input: none, expect: SIGNED_IN },
    setChoices: {
      input: () => ({ practice: 'digest', meetings: 'off', conference: 'immediate', evaluations: 'immediate' }),
      expect: SIGNED_IN,
    },
  },
};
