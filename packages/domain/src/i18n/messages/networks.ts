import { defineMessages } from '../define.ts';

/** Interface strings: networks. Every key in bokmål, nynorsk and English. */
export const networks = defineMessages({});
