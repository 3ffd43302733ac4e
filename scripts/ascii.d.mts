// Types for scripts/ascii.mjs, so the test that runs it is type-checked.
export function asciiOnly(code: string, fileName?: string): string;
