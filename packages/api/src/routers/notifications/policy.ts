import type { Db } from '@knutepunkt/db';
import { categoryOfKind, isChoosableCategory, notificationPaths } from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { deliveryChoiceFor } from './service.ts';
import { siteSecret, unsubscribeToken } from './unsubscribe-token.ts';

export interface PolicyMessage {
  userId: string | null;
  kind: string;
}

/** What the e-mail sender asks before sending a message from the outbox. */
export interface DeliveryPolicy {
  /** Send it now, hold it for the person's daily digest, or not by e-mail at all. */
  plan(message: PolicyMessage): Promise<'now' | 'digest' | 'none'>;
  /** The links for the e-mail's body and its List-Unsubscribe header; null where there is nothing to switch off. */
  unsubscribe(message: PolicyMessage): Promise<{ url: string; oneClickUrl: string } | null>;
}

export interface PreferencePolicyOptions {
  /** SITE_SECRET; without it the database's own (see siteSecret). */
  secret?: string | null;
}

/** The absolute one-click unsubscribe address for a token, on the web site. */
export function unsubscribeUrl(urls: SiteUrls, token: string): string {
  return `${urls.web.replace(/\/+$/, '')}${notificationPaths.web.unsubscribe}?t=${encodeURIComponent(token)}`;
}

/**
 * The people's own choices as a delivery policy (docs/adr/0017): security kinds (and kinds no
 * category knows) always now; the rest as the person chose, `immediate` unless they chose otherwise.
 * A message to no account (userId null) is always sent now and has nothing to unsubscribe from.
 */
export function createPreferencePolicy(db: Db, urls: SiteUrls, options: PreferencePolicyOptions = {}): DeliveryPolicy {
  return {
    async plan(message) {
      if (!message.userId) return 'now';
      const choice = await deliveryChoiceFor(db, message.userId, message.kind);
      return choice === 'immediate' ? 'now' : choice === 'digest' ? 'digest' : 'none';
    },
    async unsubscribe(message) {
      const category = categoryOfKind(message.kind);
      if (!message.userId || !isChoosableCategory(category)) return null;
      const token = unsubscribeToken(await siteSecret(db, options.secret), message.userId, category);
      const url = unsubscribeUrl(urls, token);
      return { url, oneClickUrl: url };
    },
  };
}
