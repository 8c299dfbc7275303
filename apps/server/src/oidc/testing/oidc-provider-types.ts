// oidc-provider ships no types; these are the parts the test provider uses.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
export interface KoaContext {
  path: string;
  method: string;
  status: number;
  type: string;
  body: { id_token?: string; [key: string]: unknown } | string | undefined;
  respond: boolean;
  req: IncomingMessage;
  res: ServerResponse;
  oidc: {
    provider: Provider;
    client: { clientId: string };
    session: { accountId: string };
    params: { scope: string };
  };
}
export interface Provider {
  Grant: new (properties: { clientId: string; accountId: string }) => Grant;
  use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ uid: string }>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
}

export type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => Provider;
