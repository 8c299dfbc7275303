/** What an audit entry records: who did what to which thing, with the state before and after. */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'read'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = [
  'organisation',
  'network',
  'networkMember',
  'networkCoordinator',
  'membership',
  'user',
  'practice',
  'practiceAdoption',
  'practiceAttachment',
  'outboxMessage',
  'passwordReset',
  'meeting',
  'meetingRegistration',
  'meetingMinutes',
  'minutesAttachment',
  'actionPoint',
  'meetingContribution',
  'calendarFeed',
  'conferenceSession',
  'conferenceRelease',
  'conferenceSignup',
  'conferenceEdition',
  'conferenceRoom',
  'conferenceTrack',
  'conferenceSessionType',
  'conferenceImage',
  'conferenceSpeaker',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
