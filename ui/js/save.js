// Saving answers as they are given, in order, one at a time.
//
// Every keystroke or click becomes an answer for one question. Answers go to Rust one after the
// other (so an older value can never overwrite a newer one), and while one is on its way, newer
// answers to the same question replace the waiting one. `flush()` waits until nothing is left:
// leaving a page and locking call it, so an answer typed a moment ago is written first.
//
// An answer is "tentative" while it is being typed (a half-typed date is not an error yet);
// it becomes final on change/blur/Enter. A final answer that Rust refuses stays on screen with
// its error: it is never silently dropped, and `failed()` lists it so a page can refuse to close.

/**
 * @param {(id: string, answer: any) => Promise<any>} send
 * @param {{ onSaved?: (id: string, result: any, job: any) => void, onError?: (id: string, error: any) => void,
 *   onState?: (id: string, state: string) => void }} [hooks]
 */
export function saveQueue(send, { onSaved, onError, onState } = {}) {
  const waiting = new Map(); // questionId → { answer, tentative, resolvers }
  const failed = new Map(); // questionId → error (final answers Rust refused)
  let running = null;

  async function run() {
    while (waiting.size > 0) {
      const [id, job] = /** @type {[string, any]} */ (waiting.entries().next().value);
      waiting.delete(id);
      onState?.(id, 'saving');
      try {
        const result = await send(id, job.answer);
        failed.delete(id);
        onSaved?.(id, result, job);
        onState?.(id, waiting.has(id) ? 'saving' : 'saved');
        job.resolvers.forEach((r) => r.resolve(result));
      } catch (error) {
        if (job.tentative) {
          // Still being typed: not an error yet, but not saved either.
          onState?.(id, 'unsaved');
        } else {
          failed.set(id, error);
          onState?.(id, 'failed');
          onError?.(id, error);
        }
        job.resolvers.forEach((r) => r.reject(error));
      }
    }
  }

  return {
    /** Queues `answer` for `id`; resolves with what Rust returned once it is saved. */
    put(id, answer, { tentative = false } = {}) {
      const previous = waiting.get(id);
      const resolvers = previous ? previous.resolvers : [];
      const promise = new Promise((resolve, reject) => resolvers.push({ resolve, reject }));
      promise.catch(() => {});
      waiting.set(id, { answer, tentative, resolvers });
      if (!tentative) failed.delete(id);
      onState?.(id, 'waiting');
      if (!running) running = run().finally(() => { running = null; });
      return promise;
    },
    /** Resolves when every queued answer has been sent. */
    async flush() {
      while (running) await running;
    },
    /** Questions whose final answer was refused, with the error. */
    failed() {
      return [...failed.entries()];
    },
    /** Forgets the refusal of `id` (its field was corrected or cleared). */
    forget(id) {
      failed.delete(id);
    },
  };
}
