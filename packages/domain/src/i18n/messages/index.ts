import { admin } from './admin.ts';
import { audit } from './audit.ts';
import { dialog } from './dialog.ts';
import { errors } from './errors.ts';
import { files } from './files.ts';
import { networks } from './networks.ts';
import { organisations } from './organisations.ts';
import { people } from './people.ts';
import { practice } from './practice.ts';
import { practiceAdmin } from './practice-admin.ts';
import { practiceWorkflow } from './practice-workflow.ts';
import { practiceWeb } from './practice-web.ts';
import { table } from './table.ts';
import { ui } from './ui.ts';
import { validation } from './validation.ts';
import { web } from './web.ts';

/** Every interface string, gathered from the per-area files beside this one. */
export const messages = {
  ...errors,
  ...validation,
  ...ui,
  ...table,
  ...dialog,
  ...web,
  ...admin,
  ...organisations,
  ...networks,
  ...people,
  ...practice,
  ...practiceWorkflow,
  ...practiceWeb,
  ...practiceAdmin,
  ...audit,
  ...files,
};
export type MessageKey = keyof typeof messages;
