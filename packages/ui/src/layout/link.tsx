import {
  createContext,
  useContext,
  type AnchorHTMLAttributes,
  type ComponentType,
  type ReactNode,
  type Ref,
} from 'react';

/** What the ui components hand to a link: an `href` and ordinary anchor attributes. */
export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * A component that renders a link. The apps pass one that wraps their router's Link
 * (`({ href, ...rest }) => <Link to={href} {...rest} />`) so navigation stays client-side;
 * this package never depends on a router.
 */
export type LinkComponent = ComponentType<LinkProps>;

/** The fallback: a plain anchor, which makes the browser load the page. */
export function PlainLink({ children, ...rest }: LinkProps) {
  return <a {...rest}>{children}</a>;
}

const LinkContext = createContext<LinkComponent>(PlainLink);

/** Makes `component` the link used by every ui component below it (AppLayout sets this for you). */
export function LinkProvider({ component, children }: { component: LinkComponent; children: ReactNode }) {
  return <LinkContext.Provider value={component}>{children}</LinkContext.Provider>;
}

export function useLinkComponent(): LinkComponent {
  return useContext(LinkContext);
}
