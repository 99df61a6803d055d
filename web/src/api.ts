/** Calls the Dyad API on the same origin; a 4xx answer becomes an Error with the server's message. */
export async function api<T>(path: string, init?: { method: "POST"; body: unknown }): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? "GET",
    headers: init ? { "content-type": "application/json" } : {},
    body: init ? JSON.stringify(init.body) : undefined,
  });
  const body = await response.json().catch(() => ({ message: response.statusText }));
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body as T;
}

/** A query string from the fields that are set. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(name, String(value));
  }
  return search.toString();
}

/** QuadClass names and colours, shared by the charts, the map and the network. */
export const QUAD_CLASSES = [
  { id: 1, name: "verbal cooperation", color: "#7fb7e6" },
  { id: 2, name: "material cooperation", color: "#1f6fb5" },
  { id: 3, name: "verbal conflict", color: "#f2a36b" },
  { id: 4, name: "material conflict", color: "#c8382c" },
] as const;
