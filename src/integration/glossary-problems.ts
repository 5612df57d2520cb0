/** A locale's departures from its glossary (src/i18n/glossary.ts) as problems the build reports. */
import type { GlossaryUse } from '../i18n/glossary';
import type { Problem } from './problems';

export function glossaryProblems(file: string, stringsFile: string, uses: GlossaryUse[], severity: Problem['severity']): Problem[] {
  return uses.map((u) => ({
    file,
    line: u.line,
    column: u.column,
    message: `"${u.found}" is the ${u.from} form of a glossary name (${u.key}); this locale's glossary writes "${u.expected}"`,
    fix: `write "${u.expected}", or change "${u.key}" in ${stringsFile} if the glossary is what should change`,
    severity,
  }));
}
