// Exit codes and the error a stage throws when it cannot go on (no browser, unwritable folder).

/** Exit codes, as the CLI returns them (ESLint's convention, plus signals). */
export const exitCodes = {ok: 0, bookErrors: 1, failure: 2, interrupted: 130, terminated: 143} as const

/** Thrown by a stage that cannot go on; `stage` names it in the one-line message. */
export class StageError extends Error {
  /**
   * @param stage - Stage name, such as `print pdf`.
   * @param message - What is wrong and how to fix it.
   * @param code - Exit code to return.
   */
  constructor(
    readonly stage: string,
    message: string,
    readonly code: number = exitCodes.failure
  ) {
    super(message)
  }
}
