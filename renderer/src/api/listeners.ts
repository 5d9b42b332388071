/** A tiny listener set whose emit survives a throwing listener (one bad store must not starve the rest). */
export class Listeners<A extends unknown[]> {
  #set = new Set<(...args: A) => void>();

  add(listener: (...args: A) => void): () => void {
    // Wrap so the same function can be registered twice and removed independently.
    const entry = (...args: A) => listener(...args);
    this.#set.add(entry);
    return () => {
      this.#set.delete(entry);
    };
  }

  emit(...args: A): void {
    for (const listener of [...this.#set]) {
      try {
        listener(...args);
      } catch (error) {
        console.error('[livecue] listener threw', error);
      }
    }
  }

  get size(): number {
    return this.#set.size;
  }

  clear(): void {
    this.#set.clear();
  }
}
