/**
 * YAML parsing that keeps source positions: the workflow-lint rules and the connectivity suite loader report findings
 * at the line and column of the node they are about.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';

/** A parsed YAML file plus what is needed to turn node offsets into lines and columns. */
export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/**
 * Parses YAML text, keeping offsets for every node.
 * @param text the file's contents
 * @param file the path to report
 * @returns the parsed source (check `doc.errors` for syntax errors)
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, prettyErrors: false });
  return { file, text, doc, lineCounter };
}

/**
 * The 1-based line and column of a source offset.
 * @param src the parsed source
 * @param offset a character offset into `src.text`
 * @returns line and column, both 1-based
 */
export function position(src: YamlSource, offset: number): { line: number; column: number } {
  const { line, col } = src.lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * Follows a path of map keys and sequence indexes from the document root and returns the deepest node reached, so a
 * path into something missing still points at its nearest existing parent.
 * @param src the parsed source
 * @param path keys (strings) and indexes (numbers)
 * @returns the node found and, when the last key names a map entry, that entry's key node
 */
export function nodeAt(src: YamlSource, path: readonly (string | number)[]): { node: Node | null; key: Node | null } {
  let node = src.doc.contents as Node | null;
  let key: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === String(segment));
      if (!pair) break;
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      key = null;
      node = node.items[segment] as Node;
    } else {
      break;
    }
  }
  return { node, key };
}

/**
 * The 1-based position where a node starts (line 1, column 1 when the node has no range).
 * @param src the parsed source
 * @param node a node of `src.doc`, or null
 * @returns line and column
 */
export function nodePosition(src: YamlSource, node: Node | null): { line: number; column: number } {
  return node?.range ? position(src, node.range[0]) : { line: 1, column: 1 };
}
