/**
 * A problem an editor or translator can act on: where (file and line), what is wrong, how to
 * fix it. Every check in the build reports through this shape, and the build prints them
 * before anything else, so the first thing an editor reads is the file and the fix.
 */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  fix: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${where}\n  ${p.message}\n  Fix: ${p.fix}`;
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/:\n\n${problems.map(formatProblem).join('\n\n')}\n`,
    );
    this.name = 'ContentError';
    // The message says everything; a stack trace would only bury it.
    this.stack = this.message;
  }
}

/** The known names closest to a mistyped one, for "did you mean". */
export function closest(name: string, known: Iterable<string>, count = 3): string[] {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  return [...known]
    .map((k) => [k, distance(name, k)] as const)
    .filter(([, d]) => d <= Math.max(2, name.length / 3))
    .sort((a, b) => a[1] - b[1])
    .slice(0, count)
    .map(([k]) => k);
}

export function knownList(known: Iterable<string>): string {
  return [...known].join(', ');
}
