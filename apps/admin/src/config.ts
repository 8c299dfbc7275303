/**
 * Where the public web app lives. The two apps are served by separate
 * listeners (apps/server): by default the web app on port 3000 and this one on
 * 3001, and in development Vite on 5173 and 5174. A deployment on other
 * addresses sets VITE_WEB_APP_URL when building.
 */
export function webAppUrl(location: Pick<Location, 'protocol' | 'hostname' | 'port'> = window.location): string {
  const configured = import.meta.env.VITE_WEB_APP_URL as string | undefined;
  if (configured) return configured;
  const ports: Record<string, string> = { '3001': '3000', '5174': '5173' };
  const port = ports[location.port];
  if (port) return `${location.protocol}//${location.hostname}:${port}/`;
  return '/';
}
