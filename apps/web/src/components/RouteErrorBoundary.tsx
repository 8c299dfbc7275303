import { Component, type ReactNode } from 'react';
import { RouteError } from './RouteError.tsx';

/**
 * Catches what a page throws while rendering (a bug of ours, or a page's code that could not be
 * downloaded) and shows RouteError instead of a blank screen.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
