import type { ReactNode } from 'react';
import { PageHeading } from '@knutepunkt/ui';
import { type PageMeta, usePageMeta } from './page-meta.tsx';
import { useNavigatedHere } from './use-navigated-here.ts';

export interface PageProps {
  /** The h1, and (with the site name) the document title. */
  title: string;
  /** A shorter or different document title, when the h1 is long. */
  documentTitle?: string;
  /** What the page tells search engines and link previews besides its title (description, image, JSON-LD…). */
  meta?: Omit<PageMeta, 'title'>;
  /** Shown above the h1: a breadcrumb-like way back. */
  before?: ReactNode;
  children?: ReactNode;
}

/** A page: one h1 that takes focus after navigation, and the document title and meta. */
export function Page({ title, documentTitle, meta, before, children }: PageProps) {
  usePageMeta({ ...meta, title: documentTitle ?? title });
  const navigated = useNavigatedHere();
  return (
    <div className="kp-stack">
      {before}
      <PageHeading focusOnMount={navigated}>{title}</PageHeading>
      {children}
    </div>
  );
}
