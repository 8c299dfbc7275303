import { defineMessages } from '../define.ts';

/** Interface strings: audit. Every key in bokmål, nynorsk and English. */
export const audit = defineMessages({});
