import type { ReactNode } from 'react';
import { Value } from './Value';

interface FigureProps {
  /** Stable key, used in test ids. */
  id: string;
  label: string;
  text: string | null;
  /** What the figure means, shown under it. */
  definition?: string;
  /** Where it came from (a SourceTag), shown under the value. */
  source?: ReactNode;
}

/** One labelled figure in a figure grid (a <div> inside a <dl>). */
export function Figure({ id, label, text, definition, source }: FigureProps) {
  return (
    <div className="reports-figure" data-testid={`reports-figure-${id}`}>
      <dt className="reports-figure__label">{label}</dt>
      <dd className="reports-figure__value">
        <Value text={text} testId={`reports-value-${id}`} />
      </dd>
      {source && <dd className="reports-figure__source">{source}</dd>}
      {definition && <dd className="reports-figure__definition">{definition}</dd>}
    </div>
  );
}
