/**
 * The web app's build: `vite build --config web/vite.config.ts` writes dist/web/, which the
 * API's server serves at / (src/http/static.ts). `npx vite --config web/vite.config.ts` is a
 * development server with hot reload that passes /api to `npm start`'s server (port 4321, or
 * ECLAIREUR_API).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.ECLAIREUR_API ?? 'http://127.0.0.1:4321', changeOrigin: false } },
  },
  logLevel: 'warn',
});
