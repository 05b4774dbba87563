import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const strapi = 'http://localhost:1337';

// Vendor code changes far less often than ours: separate chunks stay cached
// across console releases and keep any one download small.
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@remix-run)[\\/]/ },
  { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group)[\\/]/ },
  {
    name: 'react-admin',
    test: /node_modules[\\/](react-admin|ra-[\w-]+|@tanstack|react-hook-form|lodash|node-polyglot|react-dropzone|react-hotkeys-hook)[\\/]/,
  },
];

/**
 * Writes a brotli and a gzip copy beside every text file of the build, so Strapi serves the console
 * compressed without compressing on each request (console-app picks the copy the browser accepts).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const files = (dir: string): string[] =>
        fs
          .readdirSync(dir, { withFileTypes: true })
          .flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
      for (const file of files(outDir).filter((name) => /\.(js|css|html|svg|json)$/.test(name))) {
        const content = fs.readFileSync(file);
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  base: '/console/',
  plugins: [react(), precompress()],
  // The rules package's TypeScript source (its `source` export), so only what a screen uses is bundled with it.
  resolve: { dedupe: ['react', 'react-dom'], conditions: ['source', 'module', 'browser', 'development|production'] },
  // The dev server does not pre-bundle a linked CommonJS workspace package.
  optimizeDeps: { include: ['@sme-cluster/rules'] },
  server: {
    proxy: { '/api': strapi, '/uploads': strapi },
  },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
});
