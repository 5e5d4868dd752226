// Builds the dashboard into web/dist, which `sitrep serve` serves. Everything
// (code, styles, map outlines) is bundled: the page fetches nothing from
// anywhere but its own server.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
