import { accountMatrix } from '../routers/account/access-matrix.ts';
import { auditMatrix } from '../routers/audit/access-matrix.ts';
import { meetingsMatrix } from '../routers/meetings/access-matrix.ts';
import { conferenceMatrix } from '../routers/conference/access-matrix.ts';
import { evaluationsMatrix } from '../routers/evaluations/access-matrix.ts';
import { membershipsMatrix } from '../routers/memberships/access-matrix.ts';
import { networksMatrix } from '../routers/networks/access-matrix.ts';
import { organisationsMatrix } from '../routers/organisations/access-matrix.ts';
import { outboxMatrix } from '../routers/outbox/access-matrix.ts';
import { passwordResetMatrix } from '../routers/password-reset/access-matrix.ts';
import { peopleMatrix } from '../routers/people/access-matrix.ts';
import { practiceMatrix } from '../routers/practice/access-matrix.ts';
import { notificationsMatrix } from '../routers/notifications/access-matrix.ts';
import { signInMethodsMatrix } from '../routers/sign-in-methods/access-matrix.ts';
import type { MatrixRow, ModuleMatrix } from './access-expectations.ts';
import type { AppName } from './caller.ts';

export type { Outcome, Expectation, MatrixRow } from './access-expectations.ts';

/**
 * The access matrix of both routers, gathered from the modules: each key is
 * the name a module's routers are mounted under in web-router.ts and
 * admin-router.ts. access-matrix.test.ts fails when a procedure has no row
 * here, or a row no procedure, so a new module adds its line below.
 */
const MODULES: Record<string, ModuleMatrix> = {
  account: accountMatrix,
  organisations: organisationsMatrix,
  networks: networksMatrix,
  memberships: membershipsMatrix,
  people: peopleMatrix,
  audit: auditMatrix,
  outbox: outboxMatrix,
  practice: practiceMatrix,
  notifications: notificationsMatrix,
  passwordReset: passwordResetMatrix,
  signInMethods: signInMethodsMatrix,
  meetings: meetingsMatrix,
  conference: conferenceMatrix,
  evaluations: evaluationsMatrix,
};

function gather(app: AppName): Record<string, MatrixRow> {
  const rows: Record<string, MatrixRow> = {};
  for (const [module, matrix] of Object.entries(MODULES)) {
    for (const [name, row] of Object.entries(matrix[app] ?? {})) rows[`${module}.${name}`] = row;
  }
  return rows;
}

export const accessMatrix: Record<AppName, Record<string, MatrixRow>> = { web: gather('web'), admin: gather('admin') };
