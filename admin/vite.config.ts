import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const strapi = 'http://localhost:1337';

// Vendor code changes far less often than ours: separate chunks stay cached
// across console releases and keep any one download small.
const vendorChunks = [
    { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@remix-run)[\\/]/ },
    { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group)[\\/]/ },
    // The form's schema and messages, shared with the server: zod is most of it.
    { name: 'rules', test: /(node_modules[\\/]zod[\\/]|[\\/]rules[\\/]dist[\\/])/ },
    { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[\w-]+|@tanstack|react-hook-form|lodash|node-polyglot|react-dropzone|react-hotkeys-hook)[\\/]/ },
];

export default defineConfig({
    base: '/console/',
    plugins: [react()],
    resolve: { dedupe: ['react', 'react-dom'] },
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
