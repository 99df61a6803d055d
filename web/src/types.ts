/**
 * The API's answers, as the dashboard reads them: the server's own types (type-only imports, so no
 * server code reaches the bundle), sent as JSON.
 */
import type { EventRecord as CoderEvent } from "../../src/index.js";
import type { EventWithReports, TextSpan } from "../../src/server/spans.js";

export type { DyadSeries, SeriesPeriod, Span } from "../../src/index.js";
export type { ActorNetwork } from "../../src/server/routes/network.js";
export type { Report, TextSpan } from "../../src/server/spans.js";

/** A coder's event; a stored document's events also carry the id of the stored event they belong to. */
export type EventRecord = CoderEvent & { event_id?: string };

/** A stored event; with `evidence=true` it comes with its reports. */
export type StoredEvent = Omit<EventWithReports, "reports" | "location_basis"> &
  Partial<Pick<EventWithReports, "reports" | "location_basis">>;

/** POST /api/code's answer (and the parts of GET /api/documents/:id the page shows). */
export interface CodedText {
  text: string;
  events: EventRecord[];
  spans: TextSpan[];
}

/** GET /api/events */
export interface EventPage {
  events: StoredEvent[];
  next_offset: number | null;
}
