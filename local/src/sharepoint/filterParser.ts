/**
 * OData $filter as SharePoint accepts it, parsed into a small tree: eq ne gt ge lt le, and or not,
 * parentheses, startswith(), substringof(), endswith(), null, numbers, 'strings' ('' escapes a quote),
 * datetime'...', guid'...', true/false. Columns may be paths (Owner/Title, Project/Id).
 */
import { fail } from './spErrors.ts';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'null' }
  | { type: 'datetime'; value: string };

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { kind: 'and'; left: FilterNode; right: FilterNode }
  | { kind: 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'cmp'; op: CmpOp; column: string; value: Literal }
  | { kind: 'func'; name: 'startswith' | 'substringof' | 'endswith'; column: string; value: string; negate: boolean };

type Token = { t: 'id'; v: string } | { t: 'lit'; v: Literal } | { t: 'op'; v: string };

const FLIP: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: 'op', v: ch });
      i++;
    } else if (ch === "'" || /^(datetime|guid|datetimeoffset)'/i.test(src.slice(i))) {
      const prefix = ch === "'" ? '' : /^(\w+)'/.exec(src.slice(i))![1].toLowerCase();
      i += prefix.length + 1;
      let s = '';
      for (;;) {
        if (i >= src.length) throw fail.syntax(`Syntax error: unterminated string literal in $filter '${src}'.`);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: 'lit', v: prefix.startsWith('datetime') ? { type: 'datetime', value: s } : { type: 'string', value: s } });
    } else if (/[-\d]/.test(ch) && /^-?\d/.test(src.slice(i))) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[mMdDfFlL]?/.exec(src.slice(i))!;
      out.push({ t: 'lit', v: { type: 'number', value: parseFloat(m[0]) } });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][\w]*(\/[A-Za-z_][\w]*)*/.exec(src.slice(i))!;
      i += m[0].length;
      const lower = m[0].toLowerCase();
      if (lower === 'null') out.push({ t: 'lit', v: { type: 'null' } });
      else if (lower === 'true' || lower === 'false') out.push({ t: 'lit', v: { type: 'bool', value: lower === 'true' } });
      else out.push({ t: 'id', v: m[0] });
    } else {
      throw fail.syntax(`Syntax error at position ${i} in $filter '${src}'.`);
    }
  }
  return out;
}

/**
 * How deep parentheses and `not` may nest, and how many conditions one $filter may hold. SharePoint
 * documents no figure for either (its own limits are on the URL and on lookups in a query); these keep
 * the parser and the SQL it feeds off the call stack's limit, so a hostile filter gets a 400, never a 500
 * "Maximum call stack size exceeded". Far above anything a real query needs.
 */
export const MAX_FILTER_DEPTH = 100;
export const MAX_FILTER_TERMS = 500;

export function parseFilter(src: string): FilterNode {
  const toks = tokenize(src);
  let p = 0;
  let depth = 0;
  let terms = 0;
  const tooComplex = (what: string): never => {
    throw fail.badQuery(`The $filter is too complex: ${what}.`);
  };
  const err = (what: string): never => {
    throw fail.syntax(`Syntax error: ${what} at position ${p} in $filter '${src}'.`);
  };
  const peekWord = (): string | undefined => (toks[p]?.t === 'id' ? (toks[p].v as string).toLowerCase() : undefined);
  const expectOp = (v: string): void => {
    const t = toks[p];
    if (t?.t !== 'op' || t.v !== v) err(`'${v}' expected`);
    p++;
  };
  const or = (): FilterNode => {
    let left = and();
    while (peekWord() === 'or') {
      p++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const and = (): FilterNode => {
    let left = unary();
    while (peekWord() === 'and') {
      p++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const literal = (): Literal => {
    const t = toks[p];
    if (t?.t !== 'lit') return err('a literal value expected');
    p++;
    return t.v as Literal;
  };
  const func = (name: string): FilterNode => {
    p++;
    expectOp('(');
    let column: string;
    let value: Literal;
    if (name === 'substringof') {
      value = literal();
      expectOp(',');
      column = toks[p]?.t === 'id' ? (toks[p++].v as string) : err('a column expected');
    } else {
      column = toks[p]?.t === 'id' ? (toks[p++].v as string) : err('a column expected');
      expectOp(',');
      value = literal();
    }
    expectOp(')');
    if (value.type !== 'string') err(`${name} needs a string`);
    let negate = false;
    // substringof('x', Title) eq true|false, as some clients write it.
    if (peekWord() === 'eq' || peekWord() === 'ne') {
      const op = peekWord();
      p++;
      const b = literal();
      if (b.type !== 'bool') err('true or false expected');
      negate = (op === 'eq') !== (b as { value: boolean }).value;
    }
    return { kind: 'func', name: name as 'startswith', column, value: (value as { value: string }).value, negate };
  };
  const nested = (inner: () => FilterNode): FilterNode => {
    if (++depth > MAX_FILTER_DEPTH) tooComplex(`parentheses and 'not' nest more than ${MAX_FILTER_DEPTH} levels deep`);
    const e = inner();
    depth--;
    return e;
  };
  const unary = (): FilterNode => {
    const w = peekWord();
    if (w === 'not') {
      p++;
      return nested(() => ({ kind: 'not', expr: unary() }));
    }
    if (toks[p]?.t === 'op' && toks[p].v === '(') {
      p++;
      return nested(() => {
        const e = or();
        expectOp(')');
        return e;
      });
    }
    if (++terms > MAX_FILTER_TERMS) tooComplex(`more than ${MAX_FILTER_TERMS} conditions`);
    if ((w === 'startswith' || w === 'substringof' || w === 'endswith') && toks[p + 1]?.t === 'op' && toks[p + 1].v === '(') return func(w);
    // comparison: column op literal, or literal op column
    const a = toks[p++];
    const opTok = toks[p++];
    const b = toks[p++];
    const op = opTok?.t === 'id' ? ((opTok.v as string).toLowerCase() as CmpOp) : undefined;
    if (!a || !b || !op || !(op in FLIP)) return err('comparison expected (Column eq value)');
    if (a.t === 'id' && b.t === 'lit') return { kind: 'cmp', op, column: a.v as string, value: b.v as Literal };
    if (a.t === 'lit' && b.t === 'id') return { kind: 'cmp', op: FLIP[op], column: b.v as string, value: a.v as Literal };
    return err('a comparison needs one column and one value');
  };
  const tree = or();
  if (p < toks.length) err('unexpected text');
  return tree;
}

/** Column names the filter references (for existence and index checks). */
export function filterColumns(n: FilterNode, out: string[] = []): string[] {
  if (n.kind === 'and' || n.kind === 'or') {
    filterColumns(n.left, out);
    filterColumns(n.right, out);
  } else if (n.kind === 'not') filterColumns(n.expr, out);
  else out.push(n.column);
  return out;
}
