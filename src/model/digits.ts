/**
 * Digits written in other scripts, read as the ASCII digits they are. Arabic-Indic (٢٠٢٤) and
 * Persian (۲۰۲۴) digits are one UTF-16 code unit each, as ASCII digits are, so a text rewritten
 * with `asciiDigits` keeps every offset: figures found in the rewritten text cite the original.
 * Shared by the header's datelines (parse/) and the figures pass (figures/).
 */
import { lazy } from './regexp.js';

/** Whether a text holds an Arabic-Indic or Persian digit. */
export const EASTERN_DIGIT = lazy(() => /[\u0660-\u0669\u06F0-\u06F9]/);
const EASTERN_DIGITS = lazy(() => /[\u0660-\u0669\u06F0-\u06F9]/g);

/** The text with its Arabic-Indic and Persian digits written as ASCII digits (one code unit for one). */
export function asciiDigits(s: string): string {
  return s.replace(EASTERN_DIGITS(), (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}
