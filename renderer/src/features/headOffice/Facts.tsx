/** Label–value rows (the `.facts` list of Settings). */
export function Facts({ rows }: { rows: readonly [label: string, value: string, testId: string][] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value, testId]) => (
        <div className="facts__row" key={testId}>
          <dt className="facts__label">{label}</dt>
          <dd className="facts__value" data-testid={testId}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
