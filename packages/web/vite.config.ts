import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { EVERY_PAGE_DATA, routePreloads } from './src/route-preloads.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// The API runs on :3000 in development; MOTCUA_API_URL lets you point the proxy elsewhere.
const apiTarget = process.env.MOTCUA_API_URL ?? 'http://localhost:3000';

/**
 * Writes file.br and file.gz beside every text file of the build, compressed once at the highest levels
 * (brotli 11, gzip 9), which the server sends as they are (@fastify/static preCompressed): no CPU spent per
 * request, and smaller than a server could afford to compress on the fly.
 */
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function precompress(): Plugin {
  return {
    name: 'motcua-precompress',
    apply: 'build',
    // Asynchronous: zlib's thread pool compresses the files in parallel, on every core.
    async writeBundle(options) {
      const dir = options.dir ?? path.join(root, 'dist');
      const walk = (d: string): string[] =>
        fs
          .readdirSync(d, { withFileTypes: true })
          .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
      const files = walk(dir).filter((f) => /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const body = fs.readFileSync(file);
          if (body.length < 512) return;
          const [br, gz] = await Promise.all([
            brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            gzipAsync(body, { level: 9 }),
          ]);
          fs.writeFileSync(`${file}.br`, br);
          fs.writeFileSync(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * Writes .vite/route-preloads.json (not served): for each route of src/route-preloads.ts, the chunk files of
 * its page (the page's chunk and the chunks it imports, less those index.html already names) and the API
 * addresses it reads, which the server names in that route's HTML.
 */
function routePreloadManifest(): Plugin {
  return {
    name: 'motcua-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const entry = chunks.find((c) => c.isEntry);
      const inEntry = new Set<string>();
      const collect = (fileName: string, into: Set<string>) => {
        if (into.has(fileName)) return;
        into.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) collect(imported, into);
      };
      if (entry) collect(entry.fileName, inEntry);
      const routes = routePreloads.map((route) => {
        const modulePath = route.module && path.join(root, route.module);
        const chunk = modulePath && chunks.find((c) => c.facadeModuleId === modulePath);
        if (modulePath && !chunk) this.error(`route-preloads: no chunk for ${route.module}`);
        const files = new Set<string>();
        if (chunk) collect(chunk.fileName, files);
        return {
          path: route.path,
          modules: [...files].filter((f) => !inEntry.has(f)).map((f) => `/${f}`),
          data: [...EVERY_PAGE_DATA, ...(route.data ?? [])],
        };
      });
      this.emitFile({
        type: 'asset',
        fileName: '.vite/route-preloads.json',
        source: `${JSON.stringify({ routes }, null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), routePreloadManifest(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: their chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'libs',
              test: /node_modules[\\/](@tanstack|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
