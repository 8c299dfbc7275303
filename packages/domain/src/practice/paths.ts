/**
 * The practice bank's pages. `example` must stay after the fixed paths in a
 * router (React Router ranks static segments first, so order does not matter
 * there, but people reading the list do).
 */
export const practicePaths = {
  web: {
    search: '/praksis',
    grid: '/praksis/oversikt',
    create: '/praksis/ny',
    edit: '/praksis/rediger/:exampleId',
    example: '/praksis/:slug',
    /** The Atom feed of new examples, served by apps/server. */
    feed: '/praksis.atom',
    /** An attachment's file, served by apps/server. */
    attachment: '/vedlegg/:attachmentId/:fileName',
    /** Where the editor uploads attachments (POST), served by apps/server. */
    upload: '/api/practice/:exampleId/attachments',
  },
  admin: {
    list: '/praksis',
    queue: '/praksis/vurdering',
    review: '/praksis/vurdering/:versionId',
    history: '/praksis/eksempel/:exampleId/historikk',
  },
} as const;
