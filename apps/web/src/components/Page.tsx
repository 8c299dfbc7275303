import type { ReactNode } from 'react';
import { PageHeading } from '@knutepunkt/ui';
import { useDocumentTitle, useNavigatedHere } from './use-page-meta.ts';

export interface PageProps {
  /** The h1, and (with the site name) the document title. */
  title: string;
  /** A shorter or different document title, when the h1 is long. */
  documentTitle?: string;
  /** Shown above the h1: a breadcrumb-like way back. */
  before?: ReactNode;
  children?: ReactNode;
}

/** A page: one h1 that takes focus after navigation, and the document title. */
export function Page({ title, documentTitle, before, children }: PageProps) {
  useDocumentTitle(documentTitle ?? title);
  const navigated = useNavigatedHere();
  return (
    <div className="kp-stack">
      {before}
      <PageHeading focusOnMount={navigated}>{title}</PageHeading>
      {children}
    </div>
  );
}
