import { useId, type ReactNode, type Ref } from 'react';
import { Heading } from '@digdir/designsystemet-react';

export interface SectionProps {
  title: string;
  level?: 2 | 3;
  children: ReactNode;
  className?: string;
  /**
   * Makes the heading focusable from script: where focus goes when the
   * button that had it disappears (a removed row, a decided request).
   */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A titled part of a page. Named after its heading, so it shows up as a region for screen readers. */
export function Section({ title, level = 2, children, className, headingRef }: SectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `kp-section ${className}` : 'kp-section'}>
      <Heading
        level={level}
        id={id}
        data-size={level === 2 ? 'sm' : 'xs'}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
        className="kp-section__heading"
      >
        {title}
      </Heading>
      {children}
    </section>
  );
}
