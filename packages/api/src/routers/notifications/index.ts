// What apps/server (and the mail delivery) use of the notifications module.
export { createPreferencePolicy, unsubscribeUrl, type DeliveryPolicy, type PolicyMessage } from './policy.ts';
export { buildDigest, markDigested, sendDailyDigests, type Digest } from './digest.ts';
export { readUnsubscribeToken, unsubscribeWithToken, type UnsubscribeTarget } from './unsubscribe.ts';
export { MIN_SITE_SECRET_LENGTH, siteSecret, unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.ts';
