import { PageNotFound } from '../../components/QueryView.tsx';

/** Any address the app does not know. */
export function NotFoundPage() {
  return <PageNotFound />;
}
