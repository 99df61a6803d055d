import type { PersonEntry } from "../../dictionaries/schemas.js";

export interface PersonCode {
  country: string;
  sector: string;
  title?: string;
}

/**
 * The code a person had on a date: the role in force then; before their first office their first
 * country with no sector; after their last, their last country as ELI (CAMEO's "elites": former officials).
 * `date` is YYYY-MM-DD; without one the latest role is used.
 */
export function resolvePersonCode(person: PersonEntry, date: string | undefined): PersonCode | null {
  const roles = person.roles;
  if (roles.length === 0) return null;
  if (!date) {
    const latest = roles[roles.length - 1];
    return { country: latest.country, sector: latest.sector, title: latest.title };
  }
  // Several roles can overlap (a president who is also party leader): the first listed in force wins,
  // except that government offices outrank others.
  const current = roles.filter((role) => role.from <= date && (role.to === null || date <= role.to));
  if (current.length > 0) {
    const chosen = current.find((role) => role.sector === "GOV") ?? current[0];
    return { country: chosen.country, sector: chosen.sector, title: chosen.title };
  }
  const past = roles.filter((role) => role.to !== null && role.to < date);
  if (past.length > 0) return { country: past[past.length - 1].country, sector: "ELI" };
  return { country: roles[0].country, sector: "" };
}

/** How far a person's offices are from a date, in days (0 when one is in force): ranks namesakes. */
export function distanceToDate(person: PersonEntry, date: string | undefined): number {
  if (!date) return 0;
  const day = Date.parse(date);
  let best = Number.POSITIVE_INFINITY;
  for (const role of person.roles) {
    const from = Date.parse(role.from);
    const to = role.to === null ? Number.POSITIVE_INFINITY : Date.parse(role.to);
    const distance = day < from ? from - day : day > to ? day - to : 0;
    best = Math.min(best, distance / 86_400_000);
  }
  return best;
}
