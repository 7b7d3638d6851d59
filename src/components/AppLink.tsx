import type { MouseEvent, ReactNode } from 'react';
import { useHistory, usePlace } from '../app/history';

/** A link within the wizard that keeps the query (embed mode) and does not reload the page. */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  const history = useHistory();
  const { search } = usePlace();
  const href = to + search;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.push(href);
  };
  return (
    <a href={href} onClick={onClick}>
      {children}
    </a>
  );
}
