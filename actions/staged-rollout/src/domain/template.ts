/**
 * Query templates: `{{ canary }}`, `{{ baseline }}`, `{{ interval }}` and, in a `compare` metric, `{{ target }}`
 * (the version being measured: the canary, then the baseline). Unknown names are refused when the metric is read.
 */

/** The variables a query template can use. */
export interface TemplateVars {
  canary: string
  baseline: string
  /** The metric's interval as a Prometheus duration (`30s`, `250ms`). */
  interval: string
  target?: string
}

const VAR = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g

/** The names a template uses, in order of appearance. */
export function templateNames(text: string): string[] {
  return [...text.matchAll(VAR)].map((m) => m[1] as string)
}

/** The names in `text` that are not in `allowed`. */
export function unknownTemplateNames(text: string, allowed: readonly string[]): string[] {
  return templateNames(text).filter((n) => !allowed.includes(n))
}

/** Fill in a template; `encode` escapes each value for where it lands (e.g. encodeURIComponent in a URL). */
export function render(text: string, vars: TemplateVars, encode: (v: string) => string = (v) => v): string {
  return text.replace(VAR, (whole, name: string) => {
    const v = (vars as unknown as Record<string, string | undefined>)[name]
    return v === undefined ? whole : encode(v)
  })
}

/** Milliseconds as a Prometheus duration: whole seconds as `30s`, otherwise `250ms`. */
export function promDuration(ms: number): string {
  const r = Math.max(1, Math.round(ms))
  return r % 1000 === 0 ? `${r / 1000}s` : `${r}ms`
}
