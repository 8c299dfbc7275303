import { commonShared } from '../messages/common/shared.ts';

/** The strings every app and packages/ui use (error., validation., ui.). */
export const commonMessages = commonShared;
export type CommonMessageKey = keyof typeof commonMessages;
