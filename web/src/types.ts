/** The API's answers, as the dashboard reads them (see /api/openapi.json). */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  kind: "actor" | "trigger" | "place" | "date";
  label: string;
  events: string[];
}

export interface EventActor {
  code: string;
  text: string;
  span: Span;
}

export interface EventRecord {
  id: string;
  event_id?: string;
  sentence_index: number;
  sentence: string;
  sentence_span: [number, number];
  source: EventActor | null;
  target: EventActor | null;
  trigger: { text: string; span: Span; pattern: string };
  cameo: string;
  cameo_name: string;
  goldstein: number;
  quad_class: 1 | 2 | 3 | 4;
  plover: { type: string; mode?: string } | null;
  status: string;
  status_cue?: { text: string };
  attributed_to?: EventActor;
  date?: string;
  date_precision?: string;
  date_text?: { text: string };
  location?: {
    name: string;
    country: string | null;
    span?: Span;
    basis?: string;
    lat: number | null;
    lon: number | null;
  };
}

export interface CodedText {
  text: string;
  events: EventRecord[];
  spans: TextSpan[];
}

export interface Report {
  mention_id: string;
  doc_id: string;
  url: string | null;
  date: string | null;
  sentence: string;
  trigger: Span;
  source: Span | null;
  target: Span | null;
  location_basis: "event" | "dateline" | "document" | null;
}

export interface StoredEvent {
  id: string;
  date: string | null;
  source: { code: string; name: string } | null;
  target: { code: string; name: string } | null;
  cameo: string;
  cameo_name: string;
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
  status: string;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  location_basis?: Report["location_basis"];
  n_mentions: number;
  n_documents: number;
  reports?: Report[];
}

export interface EventPage {
  events: StoredEvent[];
  next_offset: number | null;
}

export interface SeriesPeriod {
  period: string;
  start: string;
  end: string;
  events: number;
  mentions: number;
  quad_class: Record<"1" | "2" | "3" | "4", number>;
  goldstein_sum: number;
  goldstein_mean: number | null;
}

export interface DyadSeries {
  a: string;
  b: string;
  grain: string;
  periods: SeriesPeriod[];
  total: SeriesPeriod;
}

export interface ActorNetwork {
  events: number;
  nodes: { id: string; events: number }[];
  edges: {
    a: string;
    b: string;
    events: number;
    cooperation: number;
    conflict: number;
    goldstein_mean: number;
  }[];
}
