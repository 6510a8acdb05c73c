/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";

/** The severities, lowest first. */
export const SEVERITIES: readonly Severity[] = ["info", "warning", "error"];

/** Severity order, lowest first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };
