import type { ReactNode } from 'react';

/** A titled part of the review; `empty` replaces the body when there is nothing to show. */
export function Section({ id, title, empty, children }: { id: string; title: string; empty?: string | null; children?: ReactNode }) {
  const headingId = `reports-section-${id}`;
  return (
    <section className="reports-section" aria-labelledby={headingId} data-testid={`reports-section-${id}`}>
      <h3 className="reports-section__title" id={headingId}>
        {title}
      </h3>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}
