/** A FIFO mutex: PGlite is one connection, so a transaction must own it from BEGIN to COMMIT. */
export type Mutex = { lock: () => Promise<() => void> };

export const createMutex = (): Mutex => {
  let tail: Promise<void> = Promise.resolve();
  return {
    lock: () => {
      let release!: () => void;
      const next = new Promise<void>((resolve) => {
        release = resolve;
      });
      const acquired = tail.then(() => release);
      tail = tail.then(() => next);
      return acquired;
    },
  };
};
