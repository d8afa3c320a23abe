import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The build lands in ../target/web, which the gateway serves (and the Maven module packages beside its jar).
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: '../target/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev` against a running local stack: the gateway answers the APIs and the sign-in.
    proxy: { '/services': 'http://localhost:8080', '/auth': 'http://localhost:8080' },
  },
});
