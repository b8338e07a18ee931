import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const service = "http://127.0.0.1:3978";

/**
 * Relative asset paths ("./"), so the service can serve the build at `/` or below a prefix.
 * `@council/core` is compiled from source, the same code the service runs. The dev server
 * forwards the API and the live feed to a local service.
 */
export default defineConfig({
  base: "./",
  plugins: [react()],
  resolve: {
    alias: {
      "@council/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
    },
  },
  // React and Fluent make up most of the entry chunk; the limit flags growth beyond them.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 700 },
  server: {
    host: "127.0.0.1",
    proxy: { "/api": { target: service, ws: true } },
  },
});
