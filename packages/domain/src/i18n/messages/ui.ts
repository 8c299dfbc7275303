import { defineMessages } from '../define.ts';

/** Interface strings: ui. Every key in bokmål, nynorsk and English. */
export const ui = defineMessages({});
