/**
 * Reads a JSON file of content/ so that every message can point at a line: a file that does
 * not parse gets one message at the place where it breaks, in words an editor knows (a comma
 * after the last entry, a missing quote), and a field's problem points at the field's own line.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Problem } from './problems';

export interface JsonFile {
  file: string;
  text: string;
  data: unknown;
  tree: Node | undefined;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const columnAt = (text: string, offset: number) => offset - text.lastIndexOf('\n', offset - 1);

/** What went wrong at a parse error, and the fix, as an editor would put it. */
function explain(error: ParseError, text: string): { offset: number; message: string; fix: string } {
  const before = text.slice(0, error.offset).trimEnd();
  const next = text.slice(error.offset).trimStart()[0];
  if (before.endsWith(',') && (next === '}' || next === ']')) {
    return { offset: before.length - 1, message: 'a comma after the last entry', fix: 'remove this comma: JSON allows no comma before } or ]' };
  }
  switch (printParseErrorCode(error.error)) {
    case 'CommaExpected':
      return { offset: error.offset, message: 'a comma is missing between two entries', fix: 'add a comma at the end of the line before this one' };
    case 'UnexpectedEndOfString':
      return { offset: error.offset, message: 'a text is not closed', fix: 'close the text with a straight double quote (")' };
    case 'InvalidSymbol':
    case 'PropertyNameExpected':
      return { offset: error.offset, message: 'a name or text without straight double quotes', fix: 'write names and texts in straight double quotes: "kz-dead", not kz-dead, \'kz-dead\' or “kz-dead”' };
    case 'InvalidCommentToken':
      return { offset: error.offset, message: 'a comment', fix: 'remove it: JSON has no comments (a "note" field holds remarks where the schema allows one)' };
    case 'EndOfFileExpected':
      return { offset: error.offset, message: 'more text after the end of the file\'s outer { … }', fix: 'remove the extra } or ] or move the entry inside the outer braces' };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return { offset: error.offset, message: 'a { or [ is not closed', fix: 'close every { with } and every [ with ]' };
    case 'InvalidNumberFormat':
      return { offset: error.offset, message: 'a number JSON cannot read', fix: 'write numbers plainly: 2200, 0.5, without leading zeros, separators or quotes' };
    default:
      return { offset: error.offset, message: 'JSON cannot be read here', fix: 'check for a missing comma or quote here or on the line before' };
  }
}

/** The parsed file, or the one problem that stops it from being read. */
export function parseJsonFile(file: string, text: string): JsonFile | Problem {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first) {
    const { offset, message, fix } = explain(first, text);
    return { file, line: lineAt(text, offset), column: columnAt(text, offset), message: `this is not valid JSON: ${message}`, fix, severity: 'error' };
  }
  return { file, text, tree, data: JSON.parse(text) as unknown };
}

export function isProblem(value: JsonFile | Problem): value is Problem {
  return 'severity' in value;
}

/**
 * The line of the value at `path` (e.g. ["kz-dead", "asOf"]), or of the nearest enclosing value
 * that exists: a missing field points at its entry.
 */
export function lineOf(json: JsonFile, path: (string | number)[]): number | undefined {
  if (!json.tree) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(json.tree, path.slice(0, depth));
    if (node) return lineAt(json.text, (node.parent?.type === 'property' ? node.parent : node).offset);
  }
  return undefined;
}
