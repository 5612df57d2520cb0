/**
 * Copies of the project for the tests of one spec file, each removed once the file's tests are
 * done (a copy a test failed in stays until then, so that its build can be looked at). Call
 * `projectCopies()` once at the top of a spec file and use what it returns to make a copy.
 */
import { test } from '@playwright/test';
import { copyProject, removeProject } from './temp-build';

export function projectCopies(): () => string {
  const copies: string[] = [];
  test.afterAll(() => copies.splice(0).forEach(removeProject));
  return () => {
    const dir = copyProject();
    copies.push(dir);
    return dir;
  };
}
