/** A switcher step that did not answer in time; the director treats it as a lost link. */
export class StepTimeoutError extends Error {
  readonly code = "broadcast_step_timeout";

  constructor(readonly ms: number) {
    super(`the switcher did not answer within ${ms} ms`);
    this.name = "StepTimeoutError";
  }
}

/** Runs `step`, rejecting with StepTimeoutError when it takes longer than `ms`. */
export async function runWithTimeout<T>(step: () => Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeoutError(ms)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([step(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
