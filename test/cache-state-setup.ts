import type { TestProject } from 'vitest/node';
import { userCacheState } from './global-setup.js';

/**
 * For the project of files that run isolated: they need no build and no
 * database, only the state of the user's cache folder that every file checks
 * after its tests (test/no-user-cache.ts).
 */
export default function setup(project: TestProject): void {
  project.provide('userCacheState', userCacheState());
}
