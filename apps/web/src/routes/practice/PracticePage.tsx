import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { type PageMeta, usePageMeta } from '../../components/page-meta.tsx';
import { useNavigatedHere } from '../../components/use-navigated-here.ts';

/**
 * The page's h1, taking focus after a client-side navigation like the shared PageHeading, but
 * without scrolling: after "back" to a list of results the layout's scroll restoration has put the
 * person where they were, and moving focus must not throw them back to the top.
 */
export function PracticeHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigated = useNavigatedHere();
  useEffect(() => {
    if (navigated) ref.current?.focus({ preventScroll: true });
  }, [navigated]);
  return (
    // tabIndex -1: focusable from script only, so it adds no tab stop.
    <Heading ref={ref} level={1} data-size="lg" tabIndex={-1} className="kp-page-heading">
      {children}
    </Heading>
  );
}

export interface PracticePageProps {
  title: string;
  /** The h1's content when it is more than the title text (the title in the language it was written in). */
  heading?: ReactNode;
  documentTitle?: string;
  /** What the page tells search engines and link previews besides its title. */
  meta?: Omit<PageMeta, 'title'>;
  before?: ReactNode;
  children?: ReactNode;
}

/** A practice bank page: one h1 (focus without scrolling) and the document title. */
export function PracticePage({ title, heading, documentTitle, meta, before, children }: PracticePageProps) {
  usePageMeta({ ...meta, title: documentTitle ?? title });
  return (
    <div className="kp-stack">
      {before}
      <PracticeHeading>{heading ?? title}</PracticeHeading>
      {children}
    </div>
  );
}
