import { defineMessages } from '../define.ts';

/** Interface strings: people. Every key in bokmål, nynorsk and English. */
export const people = defineMessages({});
