// Every page is prerendered to static HTML; the app needs no server.
export const prerender = true;
// One URL style everywhere, shared with the service worker's precache (vite.config.ts).
export const trailingSlash = 'always';
