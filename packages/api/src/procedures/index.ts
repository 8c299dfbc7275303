export {
  adminProcedure,
  enforce,
  memberProcedure,
  networkCoordinatorProcedure,
  organisationEditorProcedure,
  publicProcedure,
  staffProcedure,
} from './roles.ts';
export { type ResourceRule, type SignedInProcedure, authorize, scopedProcedure } from './scoped.ts';
export { REAUTH_MINUTES, confirmedAdminProcedure, confirmedStaffProcedure, withRecentPassword } from './reauth.ts';
