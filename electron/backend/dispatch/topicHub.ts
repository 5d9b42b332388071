import type { TopicData, TopicName } from '../../../shared/api/contract';

type Listener = (data: unknown) => void;

/** Fan-out of topic data to every subscriber, whatever transport it came through. */
export class TopicHub {
  #listeners = new Map<TopicName, Set<Listener>>();

  subscribe(topic: TopicName, listener: Listener): () => void {
    let set = this.#listeners.get(topic);
    if (!set) {
      set = new Set();
      this.#listeners.set(topic, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  publish<T extends TopicName>(topic: T, data: TopicData<T>): void {
    for (const listener of [...(this.#listeners.get(topic) ?? [])]) {
      try {
        listener(data);
      } catch (error) {
        // One broken subscriber (e.g. a closed socket) must not starve the others.
        console.error(`[livecue] subscriber of "${topic}" threw`, error);
      }
    }
  }

  listenerCount(topic: TopicName): number {
    return this.#listeners.get(topic)?.size ?? 0;
  }

  clear(): void {
    this.#listeners.clear();
  }
}
