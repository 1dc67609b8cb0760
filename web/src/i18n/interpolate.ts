export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so a missing value is noticed. */
export const interpolate = (template: string, params?: Params): string =>
  params ? template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder)) : template;
