import { defineConfig } from 'vite';

// The explorer is served by the API itself (src/server/plugins/use-explorer.ts) under
// /explore/, so the page and its hashed assets share one origin with /graphql.
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  base: '/explore/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // No source maps: the bundle is committed, and a map would double its size.
    sourcemap: false,
    reportCompressedSize: false,
    // Cytoscape.js alone is about 400 kB minified; one chunk is fine for a local tool.
    chunkSizeWarningLimit: 1500,
  },
  // `npm run dev:web` serves the sources with hot reload beside `npm start` on port 4000.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
