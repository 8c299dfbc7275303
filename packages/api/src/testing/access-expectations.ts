import type { AppName } from './caller.ts';
import type { BaseRole, EvaluationRole, Role, World } from './world.ts';

/**
 * The access matrix's vocabulary: what each role gets from a procedure.
 * 'ok' means the call succeeds; a number is the refusal expected. Each module
 * lists its own procedures' rows beside its routers
 * (routers/<module>/access-matrix.ts) in these terms; ./access-matrix.ts
 * gathers them, and access-matrix.test.ts calls every procedure as every role.
 */
export type Outcome = 'ok' | 401 | 403 | 404;
/**
 * A row names what the seven platform roles get; the evaluation roles (docs/adr/0025) are
 * people too, and get what the platform role they are made from gets unless the row says
 * otherwise: the lead is a coordinator of network 1 (as `coordinator`), the team member a
 * member of org 1 (as `member`), the service contact an editor of an organisation in network
 * 2 (as `otherEditor`). completeExpectation fills them in.
 */
export type Expectation = Record<BaseRole, Outcome> & Partial<Record<EvaluationRole, Outcome>>;

export function completeExpectation(e: Expectation): Record<Role, Outcome> {
  return {
    ...e,
    lead: e.lead ?? e.coordinator,
    teamMember: e.teamMember ?? e.member,
    serviceContact: e.serviceContact ?? e.otherEditor,
  };
}
export interface MatrixRow {
  input: (world: World, role: Role) => unknown;
  expect: Expectation;
  /** Run each role on a fresh copy of the world (the call removes what the next would need). */
  fresh?: boolean;
}

/** One module's rows, by procedure name within its router (`search`, not `practice.search`). */
export type ModuleMatrix = Partial<Record<AppName, Record<string, MatrixRow>>>;

export const all = (o: Outcome): Expectation => ({
  anonymous: o,
  member: o,
  otherEditor: o,
  editor: o,
  otherCoordinator: o,
  coordinator: o,
  admin: o,
});
export const PUBLIC = all('ok');
export const SIGNED_IN: Expectation = { ...all('ok'), anonymous: 401 };
export const EDITOR_OF_ORG1: Expectation = {
  anonymous: 401,
  member: 403,
  otherEditor: 404,
  editor: 'ok',
  otherCoordinator: 403,
  coordinator: 403,
  admin: 'ok',
};
/** Editing org2 (the other organisation's editor is its editor). */
export const EDITOR_OF_ORG2: Expectation = { ...EDITOR_OF_ORG1, otherEditor: 'ok', editor: 404 };
/** The admin app at all: coordinators and admins. */
export const STAFF: Expectation = {
  ...all(403),
  anonymous: 401,
  otherCoordinator: 'ok',
  coordinator: 'ok',
  admin: 'ok',
};
export const COORDINATOR_OF_NETWORK1: Expectation = { ...STAFF, otherCoordinator: 404 };
export const ADMIN: Expectation = { ...all(403), anonymous: 401, admin: 'ok' };

/** The input of a procedure that takes none. */
export const none = () => undefined;

/**
 * Bruker Spør Bruker (docs/adr/0025), on world.evaluations.collecting. Everyone signed in
 * without a part in the evaluation gets 404, a team member of another evaluation included.
 */
const NO_PART: Expectation = { ...all(404), anonymous: 401 };
/** Raw data and analysis, on the web app: the lead and the team; an admin only after «break the glass». */
export const EVALUATION_TEAM: Expectation = {
  ...NO_PART,
  admin: 403,
  lead: 'ok',
  teamMember: 'ok',
  serviceContact: 404,
};
/** The service contacts' view on the web app; the lead and admins read along. */
export const EVALUATION_SERVICE: Expectation = {
  ...NO_PART,
  admin: 'ok',
  lead: 'ok',
  teamMember: 404,
  serviceContact: 'ok',
};
/** The service contacts' own acts (comment, respond, give status): only they. */
export const EVALUATION_SERVICE_ONLY: Expectation = { ...NO_PART, lead: 404, teamMember: 404, serviceContact: 'ok' };
/** The lead's work in the admin app (staffProcedure first: 403 for those without the admin app). */
export const EVALUATION_MANAGE: Expectation = {
  ...all(403),
  anonymous: 401,
  otherCoordinator: 404,
  coordinator: 404,
  admin: 'ok',
  lead: 'ok',
  teamMember: 403,
  serviceContact: 403,
};
