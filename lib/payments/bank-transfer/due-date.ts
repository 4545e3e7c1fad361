// A bank transfer is due on a calendar day, in the shop's own time zone: the shopper reads "pay by 11 December", so
// the order waits until that day ends there, not until the hour it was placed.

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `at` in `timeZone`, as YYYY-MM-DD. */
export function dayIn(at: Date, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(at);
}

/** Minutes `timeZone` is ahead of UTC at `at` (e.g. 60 for Prague in winter). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!match) return 0; // "GMT" alone: UTC
  const [, sign, hours = "0", minutes = "0"] = match;
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** The first instant of the day after YYYY-MM-DD `day` in `timeZone`. */
function startOfNextDay(day: string, timeZone: string): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const midnightUtc = Date.UTC(year, month - 1, date + 1);
  // The offset at that midnight (a DST change happens at night, never at midnight in Europe); checked once more
  // with the offset found, for zones whose offset differs on either side.
  const first = midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  return new Date(midnightUtc - offsetMinutes(new Date(first), timeZone) * 60_000);
}

/**
 * When a transfer ordered at `placedAt` is due: the end of the day `days` days later in the shop's time zone (the
 * last millisecond of it), so the order never expires on the day the shopper was told to pay by.
 */
export function bankTransferDueAt(placedAt: Date, days: number, timeZone: string): Date {
  const later = new Date(placedAt.getTime() + days * 86_400_000);
  return new Date(startOfNextDay(dayIn(later, timeZone), timeZone).getTime() - 1);
}
