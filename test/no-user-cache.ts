/**
 * Every test file ends by checking that the user's own cache folder is as the
 * suite found it: tests write only under the OS temp folder.
 */
import { afterAll, expect, inject } from 'vitest';
import { userCacheState } from './global-setup.js';

afterAll(() => {
  expect(userCacheState(), "a test wrote to the user's quarry cache folder").toBe(inject('userCacheState'));
});
