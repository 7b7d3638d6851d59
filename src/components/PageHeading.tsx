import { forwardRef, type ReactNode } from 'react';

/** The page's one `h1`: focus lands here after every step change, so it takes focus but not Tab. */
export const PageHeading = forwardRef<HTMLHeadingElement, { children: ReactNode }>(function PageHeading(
  { children },
  ref,
) {
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
});
