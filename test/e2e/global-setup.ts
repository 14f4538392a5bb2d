import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = process.env['DIST_DIR'] ?? 'dist';
  if (!existsSync(`${distDir}/index.html`) || !existsSync(`${distDir}/pagefind`)) {
    throw new Error('browser tests need a built site: run `npm run build` first');
  }
  const { url, server } = await startStaticServer(distDir);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
