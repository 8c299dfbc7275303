import type { RouteObject } from 'react-router';

/** The conference programme (docs/adr/0023): the owners' coordinators and admins. Loaded when first visited. */
export const conferenceRoutes: RouteObject[] = [];
