/** How the order page runs a merchant action: the page reports the outcome in its Notice and reloads the order. */
export type ActionOutcome = { ok: true } | { ok: false; error: unknown };

/**
 * Runs `run`; its answer is the success message. On failure the page shows `describe(error)` when
 * given, else the message for the API's error code.
 */
export type Act = (run: () => Promise<string>, describe?: (error: unknown) => string | undefined) => Promise<ActionOutcome>;
