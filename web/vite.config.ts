import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The dashboard is built into dist/web, which `dyad serve` serves; everything is bundled (no CDN).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
});
