import { defineMessages } from '../define.ts';

/** Interface strings: web. Every key in bokmål, nynorsk and English. */
export const web = defineMessages({});
