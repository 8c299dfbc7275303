/**
 * The meetings' page addresses. The pages themselves come in a later step;
 * the API's notifications already link to `meeting` and `mine`.
 */
export const meetingPaths = {
  web: {
    list: '/moter',
    network: '/nettverk/:networkSlug/moter',
    meeting: '/moter/:slug',
    mine: '/min-side/moter',
  },
  admin: {
    list: '/moter',
    create: '/moter/ny',
    meeting: '/moter/:meetingId',
    registrations: '/moter/:meetingId/pameldinger',
  },
} as const;
