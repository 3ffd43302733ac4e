/** Month names and their common abbreviations, lower-cased, to the month's number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** The twelve full month names, lower-cased, January first. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS).slice(0, 12);

/** How far the Buddhist era, in which Thailand writes its years (พ.ศ. ๒๕๖๗), runs ahead of the Gregorian (2024). */
export const BUDDHIST_ERA_OFFSET = 543;
