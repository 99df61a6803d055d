import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATA_DIR } from "../../dictionaries/data-paths.js";

/** Where the ISO 3166 alpha-3 → FIPS 10-4 table lives, under the data folder. */
export const FIPS_CODES_FILE = "codebooks/iso3-to-fips.json";

const loaded = new Map<string, ReadonlyMap<string, string>>();

/**
 * The ISO 3166 alpha-3 → FIPS 10-4 country table (GeoNames, CC BY 4.0): GDELT writes place countries
 * in FIPS 10-4 (Iraq is IZ, Germany GM, Austria AU), not ISO. Read once per data folder.
 * @example loadFipsCodes().get("IRQ") // "IZ"
 */
export function loadFipsCodes(dataDir = DEFAULT_DATA_DIR): ReadonlyMap<string, string> {
  let table = loaded.get(dataDir);
  if (!table) {
    const file = JSON.parse(readFileSync(join(dataDir, FIPS_CODES_FILE), "utf8")) as {
      codes: Record<string, string>;
    };
    table = new Map(Object.entries(file.codes));
    loaded.set(dataDir, table);
  }
  return table;
}
