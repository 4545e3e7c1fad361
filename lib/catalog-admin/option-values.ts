import { invalidInput } from "@/lib/errors";
import { optionValueIssues } from "./schemas";

/** Refuses option values that do not name exactly the product's options, one field error per option. */
export function assertOptionValuesFit(optionNames: readonly string[], optionValues: Record<string, string>): void {
  const issues = optionValueIssues(optionNames, optionValues);
  if (issues.length === 0) return;
  throw invalidInput(Object.fromEntries(issues.map((issue) => [`optionValues.${issue.key}`, issue.message])));
}
