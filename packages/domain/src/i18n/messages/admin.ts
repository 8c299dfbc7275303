import { defineMessages } from '../define.ts';

/** Interface strings: admin. Every key in bokmål, nynorsk and English. */
export const admin = defineMessages({});
