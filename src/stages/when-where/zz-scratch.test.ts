import { it } from "vitest";
import { join } from "node:path";
import { loadCityTable } from "./city-table.js";
import { readGazetteerFiles } from "./gazetteer-files.js";
import { foldName } from "./fold-name.js";
import { DEFAULT_DATA_DIR, dataSetFolder } from "../../dictionaries/data-paths.js";
import { readJsonlFolder } from "../../dictionaries/read-jsonl.js";
import { countryEntrySchema } from "../../dictionaries/schemas.js";
import { loadGazetteer } from "./gazetteer.js";
it("load", () => {
  for (let round = 0; round < 3; round++) {
  let t = performance.now();
  const folder = dataSetFolder(DEFAULT_DATA_DIR, "gazetteer");
  const countries = readJsonlFolder(dataSetFolder(DEFAULT_DATA_DIR, "countries"), countryEntrySchema);
  const t1 = performance.now();
  const files = readGazetteerFiles(folder, foldName);
  const t2 = performance.now();
  const cities = loadCityTable(join(folder, "cities.tsv"));
  const t3 = performance.now();
  loadGazetteer();
  const t4 = performance.now();
  console.log({ countries: t1 - t, files: t2 - t1, cities: t3 - t2, all: t4 - t3, n: countries.length + files.regions.length + cities.size });
  }
});
