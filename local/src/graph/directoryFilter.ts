/**
 * The directory `$filter` subset the pickers use: startswith(prop,'x'), prop eq/ne literal,
 * groupTypes/any(c:c eq 'Unified'), and/or/not and parentheses. Anything else throws
 * UnsupportedFilter so the caller can answer 501 instead of guessing.
 */
export class UnsupportedFilter extends Error {}
/** Nesting past MAX_DEPTH: the caller answers 400 (the directory refuses queries it deems too complex) rather than overflow the stack. */
export class FilterTooComplex extends Error {}
const MAX_DEPTH = 100;

type Pred = (item: Record<string, unknown>) => boolean;
type Tok = { t: 'str' | 'id' | 'num' | 'p'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) i++;
    else if ('(),:'.includes(c)) out.push({ t: 'p', v: src[i++] });
    else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new UnsupportedFilter('unterminated string literal');
        if (src[i] === "'" && src[i + 1] === "'") {
          v += "'";
          i += 2;
        } else if (src[i] === "'") break;
        else v += src[i++];
      }
      i++;
      out.push({ t: 'str', v });
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i));
      if (!m) throw new UnsupportedFilter(`unexpected '${c}'`);
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else {
      const m = /^[A-Za-z_][\w./]*/.exec(src.slice(i));
      if (!m) throw new UnsupportedFilter(`unexpected '${c}'`);
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

function get(item: Record<string, unknown>, path: string): unknown {
  const key = Object.keys(item).find((k) => k.toLowerCase() === path.toLowerCase());
  return key === undefined ? undefined : item[key];
}

const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);

export function parseFilter(src: string): Pred {
  const toks = tokenize(src);
  let pos = 0;
  let depth = 0;
  const peek = () => toks[pos];
  const take = (v?: string): Tok => {
    const t = toks[pos++];
    if (!t || (v !== undefined && t.v.toLowerCase() !== v)) throw new UnsupportedFilter(`expected '${v ?? 'more'}'`);
    return t;
  };
  const literal = (): unknown => {
    const t = take();
    if (t.t === 'str') return t.v;
    if (t.t === 'num') return Number(t.v);
    if (t.t === 'id' && /^(true|false|null)$/i.test(t.v)) return t.v.toLowerCase() === 'null' ? null : t.v.toLowerCase() === 'true';
    throw new UnsupportedFilter(`unsupported literal ${t.v}`);
  };

  const nested = <T>(inner: () => T): T => {
    if (++depth > MAX_DEPTH) throw new FilterTooComplex(`The filter nests parentheses and 'not' more than ${MAX_DEPTH} levels deep.`);
    const r = inner();
    depth--;
    return r;
  };
  const factor = (): Pred => {
    const t = take();
    if (t.t === 'p' && t.v === '(') {
      return nested(() => {
        const p = expr();
        take(')');
        return p;
      });
    }
    if (t.t !== 'id') throw new UnsupportedFilter(`unexpected ${t.v}`);
    if (t.v.toLowerCase() === 'not') {
      const p = nested(factor);
      return (x) => !p(x);
    }
    if (t.v.toLowerCase() === 'startswith') {
      take('(');
      const prop = take().v;
      take(',');
      const value = String(literal()).toLowerCase();
      take(')');
      return (x) => String(get(x, prop) ?? '').toLowerCase().startsWith(value);
    }
    const any = /^(.+)\/any$/i.exec(t.v);
    if (any) {
      take('(');
      const v1 = take().v;
      take(':');
      const v2 = take().v;
      if (v1 !== v2) throw new UnsupportedFilter('lambda variable mismatch');
      take('eq');
      const value = norm(literal());
      take(')');
      return (x) => {
        const arr = get(x, any[1]);
        return Array.isArray(arr) && arr.some((e) => norm(e) === value);
      };
    }
    const op = take().v.toLowerCase();
    if (op !== 'eq' && op !== 'ne') throw new UnsupportedFilter(`operator ${op}`);
    const value = norm(literal());
    return op === 'eq' ? (x) => norm(get(x, t.v) ?? null) === value : (x) => norm(get(x, t.v) ?? null) !== value;
  };
  const term = (): Pred => {
    let p = factor();
    while (peek()?.t === 'id' && peek().v.toLowerCase() === 'and') {
      take();
      const a = p, b = factor();
      p = (x) => a(x) && b(x);
    }
    return p;
  };
  const expr = (): Pred => {
    let p = term();
    while (peek()?.t === 'id' && peek().v.toLowerCase() === 'or') {
      take();
      const a = p, b = term();
      p = (x) => a(x) || b(x);
    }
    return p;
  };
  const result = expr();
  if (pos !== toks.length) throw new UnsupportedFilter(`unexpected ${toks[pos].v}`);
  return result;
}
