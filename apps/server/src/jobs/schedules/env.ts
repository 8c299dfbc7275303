import type { Mailer } from '@knutepunkt/mail';

/** What a scheduled job may need from the server besides the database: its addresses and e-mail. */
export interface ScheduleEnv {
  urls: { web: string; admin: string };
  /** Null while no SMTP server is configured. */
  mail: { mailer: Mailer; from: string } | null;
}
