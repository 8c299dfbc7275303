import { defineMessages } from '../define.ts';

/** Interface strings: organisations. Every key in bokmål, nynorsk and English. */
export const organisations = defineMessages({});
