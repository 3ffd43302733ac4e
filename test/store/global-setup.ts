import type { TestProject } from 'vitest/node';
import { startTestServer } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/** One PostgreSQL server for the whole run, shared by the test files (each makes its own database). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer();
  project.provide('pgUrl', server.url);
  return server.stop;
}
