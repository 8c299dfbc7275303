import { PageNotFound } from '../../components/PageStates.tsx';

/** Any address the app does not know. */
export function NotFoundPage() {
  return <PageNotFound />;
}
