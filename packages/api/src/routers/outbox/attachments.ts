import type { Db } from '@knutepunkt/db';
import type { MailAttachment } from '@knutepunkt/mail';
import { meetingIcsAttachment } from '../meetings/calendar.ts';

/**
 * An outbox row names what to attach (`OutboxMessage.attachment`), not the file itself: the
 * file is made when the message is sent, so a meeting's .ics carries the SEQUENCE and time it
 * has then, even when the message waited for a retry or a digest (docs/adr/0019). A reference
 * whose thing is gone gives no attachment; the message still goes.
 */
const BUILDERS: Record<string, (db: Db, id: string, webUrl: string) => Promise<MailAttachment | null>> = {
  'meeting-ics': meetingIcsAttachment,
};

export async function attachmentsFor(db: Db, ref: string | null, webUrl: string): Promise<MailAttachment[]> {
  if (!ref) return [];
  const colon = ref.indexOf(':');
  const build = colon > 0 ? BUILDERS[ref.slice(0, colon)] : undefined;
  if (!build) return [];
  const attachment = await build(db, ref.slice(colon + 1), webUrl);
  return attachment ? [attachment] : [];
}
