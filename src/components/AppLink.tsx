import type { MouseEvent, ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * A link within the wizard that keeps the query (language, embed mode). react-router's own
 * <Link> brings prefetching and data-router code this app never uses.
 */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const href = to + search;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick}>
      {children}
    </a>
  );
}
