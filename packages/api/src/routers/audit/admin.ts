import { auditListInput } from '@knutepunkt/domain';
import { adminProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { listAudit } from './service.ts';

/** The audit log: every change made through the platform, newest first. Admins only. */
export const adminAuditRouter = router({
  list: adminProcedure.input(auditListInput).query(({ ctx, input }) => listAudit(ctx.db, input)),
});
