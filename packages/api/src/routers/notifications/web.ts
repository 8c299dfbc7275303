import { notificationChoicesInput } from '@knutepunkt/domain';
import { memberProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { getChoices, setChoices } from './service.ts';

/** Min side: the signed-in person's own notification choices, and only theirs. */
export const webNotificationsRouter = router({
  choices: memberProcedure.query(({ ctx }) => getChoices(ctx.db, ctx.user.id)),
  setChoices: memberProcedure
    .input(notificationChoicesInput)
    .mutation(({ ctx, input }) => setChoices(ctx.db, ctx.user.id, input)),
});
