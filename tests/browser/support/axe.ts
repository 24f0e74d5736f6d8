import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The standards every screen must meet (the foundation issue): WCAG 2.0–2.2 A/AA and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A violation, reduced to what a developer needs to find and fix it. */
export interface AxeProblem {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core inside the real page with the project's tags and `target-size` enabled.
 * No rule is disabled: if one ever must be, it goes here with its written reason.
 */
export async function runAxe(page: Page): Promise<AxeProblem[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
  }, AXE_TAGS);
}

/** Formats violations for a failing assertion message. */
export function describeAxeProblems(problems: AxeProblem[]): string {
  return problems.map((problem) => `${problem.id} (${problem.impact}): ${problem.help}\n    at ${problem.targets.join('\n    at ')}`).join('\n');
}
