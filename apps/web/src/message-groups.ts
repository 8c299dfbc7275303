/**
 * The web app's groups of interface strings (tooling/vite-messages, docs/adr/0009 "Groups"):
 * a big module's strings come in a chunk of their own with its pages, not in every first load.
 * vite.config.ts gives this to the messages plugin; each module's routes.tsx names the groups
 * its pages load (`lazyPage(load, { messages: 'practice' })`), and so does a page elsewhere
 * that shows a part of the module (Min side). message-groups.test.ts checks that no page
 * reaches a grouped key without loading its group.
 */
export const webMessageGroups = {
  groups: {
    practice: 'practice.',
    meetings: 'meetings.',
    conference: 'conference.',
    evaluations: 'evaluations.',
  },
  /** Keys of a group that every page, or a page outside the group, shows: they stay in the core. */
  eager: [
    // The menu (components/RootLayout.tsx).
    'practice.web.nav',
    'meetings.web.nav',
    'conference.web.nav',
    'evaluations.web.nav',
    'evaluations.web.mine.nav',
    // Min side's link to «Mine evalueringer» (routes/evaluations/MyEvaluationsLink.tsx).
    'evaluations.web.mine.myPageIntro',
    // An organisation's practice examples (routes/organisations/OrganisationPage.tsx).
    'practice.web.org.heading',
    'practice.web.org.link',
    'practice.web.mine.new',
    // A network's meetings (routes/networks/NetworkPage.tsx).
    'meetings.web.network.link',
  ],
} as const;

export type WebMessageGroup = keyof typeof webMessageGroups.groups;
