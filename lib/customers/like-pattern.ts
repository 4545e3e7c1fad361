/** "50%_off" → "%50\%\_off%": a substring match in which the text's own % and _ match only themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
