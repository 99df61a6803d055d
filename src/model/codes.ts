/** Branded code types: an event or actor code is never a bare string or number. */
export type CameoCode = string & { readonly __brand: "CameoCode" };
/** A PLOVER event type such as `CONSULT` or `ASSAULT`. */
export type PloverType = string & { readonly __brand: "PloverType" };
/** A CAMEO actor code such as `IRNGOV`, `IRQ` or `IGOUNO`. */
export type ActorCode = string & { readonly __brand: "ActorCode" };
/** A CAMEO country code (ISO 3166-1 alpha-3 with CAMEO's few exceptions, e.g. `KSV`). */
export type CountryCode = string & { readonly __brand: "CountryCode" };

/** GDELT/ICEWS QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** Why an event is, or is not, reported as having happened. */
export type EventStatus = "asserted" | "negated" | "hypothetical" | "future" | "claimed";

/** Whether an event is reported as having happened: asserted, or claimed by someone. */
export const isFactual = (status: EventStatus) => status === "asserted" || status === "claimed";

export const EVENT_STATUSES: readonly EventStatus[] = [
  "asserted",
  "negated",
  "hypothetical",
  "future",
  "claimed",
];

export const asCameo = (code: string): CameoCode => code as CameoCode;
export const asActorCode = (code: string): ActorCode => code as ActorCode;
export const asCountry = (code: string): CountryCode => code as CountryCode;

/** The two-digit root of a CAMEO code: `"0411"` → `"04"`. */
export function cameoRoot(code: CameoCode | string): string {
  return code.slice(0, 2);
}

/** Whether a CAMEO code falls under one of `prefixes` (roots or longer codes): `("0411", ["04"])` → true. */
export function hasCodePrefix(code: CameoCode | string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => code.startsWith(prefix));
}

/** QuadClass of a CAMEO code, from its root (01–05, 06–08, 09–13, 14–20). */
export function quadClassOf(code: CameoCode | string): QuadClass {
  const root = Number(cameoRoot(code));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}
