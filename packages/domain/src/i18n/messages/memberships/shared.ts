import { defineMessages } from '../../define.ts';

/** A person's role in an organisation (tilknytning), in both apps. */
export const membershipsShared = defineMessages({
  'memberships.role.MEMBER': { nb: 'Medlem', nn: 'Medlem', en: 'Member' },
  'memberships.role.EDITOR': { nb: 'Redaktør', nn: 'Redaktør', en: 'Editor' },
});
