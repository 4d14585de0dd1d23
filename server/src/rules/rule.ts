export type { RuleMeta } from '../core/rule-api';

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
