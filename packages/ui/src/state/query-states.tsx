import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import { ErrorState } from './ErrorState.tsx';
import { Loading } from './Loading.tsx';
import { NotFound } from './NotFound.tsx';

/**
 * The parts of a query's result that QueryView and the lists read. TanStack Query's
 * `useQuery` result fits as it is; this package does not depend on TanStack Query.
 */
export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

/** A query's progress without its data: what a list needs to show loading and failure. */
export type QueryProgress = Omit<QueryLike<unknown>, 'data'>;

export type HeadingLevel = 2 | 3 | 4;

export interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

export interface SectionErrorProps extends QueryErrorProps {
  headingLevel?: HeadingLevel;
}

/**
 * How an app shows the states of its data. Each app sets these once (QueryStatesProvider)
 * with its own page frame, 404 page and error wording; the ui components only decide
 * which state applies.
 */
export interface QueryStateViews {
  /** A whole page while its data loads. */
  PageLoading: ComponentType;
  /** A whole page whose subject does not exist (or is hidden from this person). */
  PageNotFound: ComponentType;
  /** A whole page whose data could not be loaded, for any reason but "not found". */
  PageError: ComponentType<QueryErrorProps>;
  /** A part of a page (a table, a panel) that could not be loaded. */
  SectionError: ComponentType<SectionErrorProps>;
  /** Does this error mean "not found"? (The apps read it from their API client's error.) */
  isNotFound: (error: unknown) => boolean;
}

function messageOf(error: unknown): string | undefined {
  return error instanceof Error && error.message ? error.message : undefined;
}

/** Without a provider (Storybook, a test of one component): the plain ui states. */
export const defaultQueryStateViews: QueryStateViews = {
  PageLoading: () => <Loading />,
  PageNotFound: () => <NotFound />,
  PageError: ({ error, onRetry }) => <ErrorState message={messageOf(error)} onRetry={onRetry} />,
  SectionError: ({ error, onRetry, headingLevel = 3 }) => (
    <ErrorState message={messageOf(error)} onRetry={onRetry} headingLevel={headingLevel} />
  ),
  isNotFound: () => false,
};

const QueryStatesContext = createContext<QueryStateViews>(defaultQueryStateViews);

export interface QueryStatesProviderProps {
  /** The app's own views; the ones left out keep the defaults. Pass a constant, not a new object per render. */
  views: Partial<QueryStateViews>;
  children: ReactNode;
}

export function QueryStatesProvider({ views, children }: QueryStatesProviderProps) {
  return (
    <QueryStatesContext.Provider value={{ ...defaultQueryStateViews, ...views }}>
      {children}
    </QueryStatesContext.Provider>
  );
}

export function useQueryStateViews(): QueryStateViews {
  return useContext(QueryStatesContext);
}
