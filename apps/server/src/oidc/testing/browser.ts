/**
 * A browser's part of a sign-in through a provider, with plain HTTP: follows redirects by hand,
 * keeps each site's cookies, types the login name into the test provider's form.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export async function visit(url: string, jar: CookieJar, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
  });
  jar.take(res);
  return res;
}

export function locationOf(res: Response, base: string): URL {
  const location = res.headers.get('location');
  if (!location) throw new Error(`expected a redirect, got ${res.status}`);
  return new URL(location, base);
}

/**
 * From the provider's authorization URL to the redirect back to the site (the callback URL with
 * code and state): the provider's login form submitted with `login`.
 */
export async function loginAtProvider(authorizationUrl: URL, login: string): Promise<URL> {
  const jar = new CookieJar();
  let res = await visit(authorizationUrl.href, jar);
  const interaction = locationOf(res, authorizationUrl.href);
  res = await visit(interaction.href, jar, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login }).toString(),
  });
  let next = locationOf(res, interaction.href);
  // The provider resumes the authorization, then redirects to the site.
  for (let i = 0; i < 5 && next.origin === authorizationUrl.origin; i++) {
    res = await visit(next.href, jar);
    next = locationOf(res, next.href);
  }
  return next;
}
