import { router } from '../../trpc.ts';
import { sessionProcedures } from './session-procedures.ts';

/** The admin app signs in and out; profiles are kept in the web app. */
export const adminAccountRouter = router({ ...sessionProcedures });
