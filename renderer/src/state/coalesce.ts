/**
 * `task` wrapped so calls never overlap: a call while a run is in flight asks for one more run after it, however
 * many such calls come. A late caller still gets a run that started after its call, so nothing it asked for is missed.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await task().catch(() => {});
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
