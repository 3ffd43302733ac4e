/**
 * Digits written in other scripts, read as the ASCII digits they are. Arabic-Indic (٢٠٢٤),
 * Persian (۲۰۲۴), Devanagari (२०२४), Thai (๒๐๒๔), Myanmar (၂၀၂၄) and Khmer (២០២៤) digits are one UTF-16 code unit each, as ASCII digits are, so a text rewritten
 * with `asciiDigits` keeps every offset: figures found in the rewritten text cite the original.
 * Shared by the header's datelines (parse/) and the figures pass (figures/).
 */
import { lazy } from './regexp.js';

/** Whether a text holds an Arabic-Indic, Persian, Devanagari, Thai, Myanmar or Khmer digit. */
export const EASTERN_DIGIT = lazy(() => /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0E50-\u0E59\u1040-\u1049\u17E0-\u17E9]/);
const EASTERN_DIGITS = lazy(() => /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0E50-\u0E59\u1040-\u1049\u17E0-\u17E9]/g);

/** The first code point of each script's run of ten digits (zero), highest first. */
const DIGIT_ZEROS = [0x17e0, 0x1040, 0x0e50, 0x0966, 0x06f0, 0x0660];

/** The text with its Arabic-Indic, Persian, Devanagari, Thai, Myanmar and Khmer digits written as ASCII digits (one code unit for one). */
export function asciiDigits(s: string): string {
  return s.replace(EASTERN_DIGITS(), (d) => {
    const code = d.charCodeAt(0);
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero)!);
  });
}
