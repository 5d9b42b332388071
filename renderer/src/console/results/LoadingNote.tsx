/** A request on its way, said in words (a status for screen readers). */
export function LoadingNote({ text, testId }: { text: string; testId: string }) {
  return (
    <p className="muted reports-placeholder" role="status" data-testid={testId}>
      {text}
    </p>
  );
}
