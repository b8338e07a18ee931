import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const service = "http://127.0.0.1:3978";

/**
 * Absolute asset paths ("/"): the tab answers at `/`, `/live/<session>` and `/config`, and a
 * relative path would resolve below `/live/`. `@council/core` is compiled from source, the same
 * code the service runs. The manifest lets the bundle budget test follow each view's chunks. The
 * dev server forwards the API and the live feed to a local service.
 */
export default defineConfig({
  base: "/",
  plugins: [react()],
  resolve: {
    alias: {
      "@council/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
    },
  },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, manifest: true },
  server: {
    host: "127.0.0.1",
    proxy: { "/api": { target: service, ws: true } },
  },
});
