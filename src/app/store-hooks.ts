import type { AdvisorServices } from "../../dialogs/index.ts";
import type { Logger } from "../logging/index.ts";
import type { EventInput, Store } from "../store/index.ts";

/** Event counting and erasure over the store; a failure to count never fails a turn. */
export function storeHooks(
  store: Store,
  logger: Logger,
): Pick<AdvisorServices, "recordEvent" | "eraseVisitor"> {
  return {
    recordEvent(event) {
      const day = new Date().toISOString().slice(0, 10);
      store.recordEvent({ ...event, day } as EventInput).catch((error: unknown) => {
        logger.warn({ err: error, kind: event.kind }, "could not count an event");
      });
    },
    async eraseVisitor({ email }) {
      if (email) await store.leads.erase({ email });
    },
  };
}
