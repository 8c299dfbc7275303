import { createPreferencePolicy, mailSendJob, setOutboxQueue } from '@knutepunkt/api';
import type { DbHandle } from '@knutepunkt/db';
import { type JobDefinition, type Jobs, startJobs } from '@knutepunkt/jobs';
import { createMailer } from '@knutepunkt/mail';
import type { ServerConfig } from '../config.ts';
import { schedules } from './schedules/index.ts';

export interface ServerJobs {
  /** Null when this process neither works jobs nor sends e-mail (JOBS=off without SMTP): nothing to queue. */
  jobs: Jobs | null;
  stop(): Promise<void>;
}

/**
 * The job queue of one server process: the workers and schedules (unless
 * JOBS=off), and, when an SMTP server is configured, e-mail delivery of the
 * outbox (notify() queues `mail.send` jobs from then on).
 */
export async function startServerJobs(
  handle: DbHandle,
  config: ServerConfig,
  urls: { web: string; admin: string },
  onError: (error: Error) => void,
): Promise<ServerJobs> {
  if (!config.jobs && !config.mail) return { jobs: null, stop: async () => undefined };
  const mailer = config.mail ? createMailer(config.mail) : null;
  const definitions: JobDefinition<never>[] = [];
  const mail = mailer && config.mail ? { mailer, from: config.mail.from } : null;
  if (mail) {
    // The people's own choices decide: now, in the daily digest, or not at all (docs/adr/0017).
    const policy = createPreferencePolicy(handle.db, urls, { secret: config.siteSecret });
    definitions.push(mailSendJob({ db: handle.db, ...mail, webUrl: urls.web, policy }));
  }
  const jobs = await startJobs({
    handle,
    jobs: definitions,
    schedules: schedules({ urls, mail }),
    workers: config.jobs,
    onError,
  });
  if (mailer) setOutboxQueue(jobs);
  return {
    jobs,
    stop: async () => {
      if (mailer) setOutboxQueue(null);
      // Let a message being sent finish, so its row is marked sent.
      await jobs.stop({ graceful: true, timeoutMs: 10_000 });
      mailer?.close();
    },
  };
}
