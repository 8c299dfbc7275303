import type { Db } from '@knutepunkt/db';
import { UserError, contributionsAreShared } from '@knutepunkt/domain';
import { compileContributions } from './contributions-compilation.ts';
import type { ContributionScope } from './contributions-procedures.ts';

/**
 * After the meeting (held) the contributions that were sent are shown, read-only, to people
 * linked to a member organisation of the network (sharedContributionsRule decides who).
 * Before that they are the coordinator's working material: a conflict with a message.
 */
export async function sharedContributions(db: Db, scope: ContributionScope) {
  const { meeting } = scope;
  if (!contributionsAreShared(meeting.status)) throw new UserError('conflict', 'meetings.contributions.notShared');
  const { prompts, sentCount } = await compileContributions(db, meeting.id, { onlySent: true });
  return {
    meeting: { id: meeting.id, slug: meeting.slug, title: meeting.title },
    sentCount,
    prompts: prompts.map((p) => ({
      ...p,
      // The coordinator's working marks stay in the admin app.
      answers: p.answers.map(({ answerId: _a, contributionStatus: _s, present: _p, ...a }) => a),
    })),
  };
}
