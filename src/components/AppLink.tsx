import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';

/**
 * A link within the wizard. react-router's own <Link> brings prefetching and data-router code
 * this app never uses; a plain anchor with client-side navigation is all it needs.
 */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick}>
      {children}
    </a>
  );
}
