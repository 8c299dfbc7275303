import { defineMessages } from '../../define.ts';

/** The lead's interview guide and questionnaire builder in the admin app (docs/adr/0025). */
export const evaluationsAdminInstruments = defineMessages({});
