// No words written into the page outside the dictionaries: every string literal the web view puts in the DOM
// (an h() child, a title, aria-label, placeholder or alt, a textContent) is checked with the TypeScript parser.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('../../web/src/', import.meta.url));
/** Words that are the same in both languages: formats, the API, product and measure names. */
const SAME_IN_BOTH = new Set(['CSV', 'PNG', 'SVG', 'JSON', 'GraphML', 'GEXF', 'API', 'PageRank', 'twingraph', 'English', 'Русский']);
const TEXT_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt']);
const WORD = /[A-Za-zА-Яа-яЁё]+/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'i18n' ? [] : sourceFiles(path.join(dir, e.name))) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Literal text in an expression that ends up as text: string literals, template parts, both sides of ?: and ||. */
function literalTexts(node: ts.Node): Array<{ text: string; node: ts.Node }> {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ text: node.text, node }];
  if (ts.isTemplateExpression(node)) return [{ text: node.head.text, node }, ...node.templateSpans.map((s) => ({ text: s.literal.text, node }))];
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind))
    return [...literalTexts(node.left), ...literalTexts(node.right)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap(literalTexts);
  return [];
}

function hardCoded(file: string, text = readFileSync(file, 'utf8')): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const check = (texts: Array<{ text: string; node: ts.Node }>) => {
    for (const { text, node } of texts) {
      const words = (text.match(WORD) ?? []).filter((w) => !SAME_IN_BOTH.has(w));
      if (words.length === 0) continue;
      const line = src.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${path.relative(WEB, file)}:${line} ${JSON.stringify(text)}`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'h') {
      node.arguments.slice(2).forEach((a) => check(literalTexts(a)));
      const attrs = node.arguments[1];
      if (attrs && ts.isObjectLiteralExpression(attrs)) {
        for (const p of attrs.properties) {
          if (!ts.isPropertyAssignment(p)) continue;
          const name = ts.isStringLiteral(p.name) || ts.isIdentifier(p.name) ? p.name.text : '';
          if (TEXT_ATTRIBUTES.has(name)) check(literalTexts(p.initializer));
        }
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const prop = node.left.name.text;
      if (prop === 'textContent' || prop === 'title' || prop === 'placeholder') check(literalTexts(node.right));
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setAttribute') {
      const [name, value] = node.arguments;
      if (name && ts.isStringLiteral(name) && TEXT_ATTRIBUTES.has(name.text) && value) check(literalTexts(value));
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

describe('hard-coded strings', () => {
  it('finds none in the web view: every word on the page comes from the Russian and English dictionaries', () => {
    const files = sourceFiles(WEB);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => hardCoded(f))).toEqual([]);
  });

  it('notices a literal child, a literal title and text set directly, and lets a dictionary lookup pass', () => {
    const snippet = [
      "h('p', { title: 'Close the panel' }, 'Нет данных', `${n} more`, t(lang, 'close'), 'CSV');",
      "el.textContent = 'Loading';",
      "h('p', {}, t(lang, 'similarScores', { jaccard: j }));",
    ].join('\n');
    expect(hardCoded(path.join(WEB, 'probe.ts'), snippet).map((f) => f.replace(/^probe\.ts:\d+ /, ''))).toEqual(['"Нет данных"', '" more"', '"Close the panel"', '"Loading"']);
  });

  it('finds every text and label of index.html marked for translation', () => {
    const html = readFileSync(path.join(WEB, '..', 'index.html'), 'utf8');
    const untranslated: string[] = [];
    for (const m of html.matchAll(/<([a-z0-9]+)([^>]*)>([^<]*[A-Za-zА-Яа-яЁё][^<]*)</g)) {
      const [, tag, attrs, text] = m;
      if (tag === 'title' || SAME_IN_BOTH.has(text!.trim())) continue;
      if (!/data-i18n="/.test(attrs!)) untranslated.push(text!.trim());
    }
    for (const m of html.matchAll(/<[a-z0-9]+([^>]*)aria-label="([^"]+)"([^>]*)>/g)) if (!/data-i18n-label="/.test(m[1]! + m[3]!)) untranslated.push(m[2]!);
    expect(untranslated).toEqual([]);
  });
});
