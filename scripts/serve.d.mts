import type { Server } from 'node:http';
export function serve(options?: { dir?: string; base?: string; port?: number; host?: string }): Promise<Server>;
