import { and, anyOf, cmp, dateLiteral, eq, field, literal, ne, or, startsWith, stringLiteral, substringOf } from '../../../src/services/odata';
import { projectFilter } from '../../../src/services/sharepoint/projectRepository';

/**
 * A minimal reader of OData string literals: walks the filter and returns every quoted literal, failing
 * if a quote is left unbalanced. If escaping were broken, hostile input would surface as extra
 * top-level tokens (outside any literal) instead of staying inside one.
 */
function splitLiterals(filter: string): { literals: string[]; outside: string } {
  const literals: string[] = [];
  let outside = '';
  let i = 0;
  while (i < filter.length) {
    if (filter[i] !== "'") {
      outside += filter[i++];
      continue;
    }
    let value = '';
    i++;
    for (;;) {
      if (i >= filter.length) throw new Error(`unterminated literal in ${filter}`);
      if (filter[i] === "'" && filter[i + 1] === "'") {
        value += "'";
        i += 2;
      } else if (filter[i] === "'") {
        i++;
        break;
      } else value += filter[i++];
    }
    literals.push(value);
    outside += '?';
  }
  return { literals, outside };
}

describe('odata literals', () => {
  it('doubles single quotes so a name like O\'Brien stays one literal', () => {
    expect(stringLiteral("O'Brien")).toBe("'O''Brien'");
    expect(eq('Title', "O'Brien")).toBe("Title eq 'O''Brien'");
  });

  it.each([
    "') or 1 eq 1 or ('",
    "x' or Title ne 'y",
    "''''",
    "'; DROP TABLE --",
    'a & b + c # d %27'
  ])('keeps hostile input %p inside a single literal', (hostile) => {
    const filter = and(eq('PmoCode', hostile), substringOf(hostile, 'Title'), startsWith('Title', hostile));
    const { literals, outside } = splitLiterals(filter);
    expect(literals).toEqual([hostile, hostile, hostile]);
    // The structure around the literals is exactly what the builders produce: no injected operators.
    expect(outside).toBe('(PmoCode eq ?) and (substringof(?,Title)) and (startswith(Title,?))');
  });

  it('formats numbers, booleans (SharePoint 1/0), null and dates', () => {
    expect(literal(42)).toBe('42');
    expect(literal(-1.5)).toBe('-1.5');
    expect(literal(true)).toBe('1');
    expect(literal(false)).toBe('0');
    expect(literal(null)).toBe('null');
    expect(literal(dateLiteral('2025-03-01'))).toBe("datetime'2025-03-01T00:00:00Z'");
    expect(cmp('Start', 'ge', dateLiteral('2025-03-01T09:30:00+02:00'))).toBe("Start ge datetime'2025-03-01T07:30:00Z'");
  });

  it('rejects values that are not what they claim to be', () => {
    expect(() => literal(NaN)).toThrow(/finite/);
    expect(() => literal(Infinity)).toThrow(/finite/);
    expect(() => dateLiteral("2025-01-01' or 1 eq 1")).toThrow(/ISO date/);
    expect(() => dateLiteral('2025-13-45')).toThrow(/ISO date/);
    expect(() => dateLiteral('2025-02-30')).toThrow(/ISO date/);
    expect(() => literal({} as unknown as string)).toThrow(/Unsupported/);
  });

  it('accepts only plain field names, so a column name cannot carry an expression', () => {
    expect(field('Project/Id')).toBe('Project/Id');
    expect(() => field('Title eq 1 or Title')).toThrow(/field name/);
    expect(() => eq("Title') or ('", 'x')).toThrow(/field name/);
    expect(() => field('A/B/C')).toThrow(/field name/);
  });
});

describe('odata combinators', () => {
  it('parenthesises every operand and drops empty ones', () => {
    expect(and(eq('A', 1), undefined, '', false, ne('B', 'x'))).toBe("(A eq 1) and (B ne 'x')");
    expect(or(eq('A', 1))).toBe('A eq 1');
    expect(and()).toBe('');
    expect(and(or(eq('A', 1), eq('A', 2)), eq('B', 3))).toBe('((A eq 1) or (A eq 2)) and (B eq 3)');
  });

  it('anyOf is an or of equalities, empty for no values', () => {
    expect(anyOf('Phase', ['Planning', 'Execution'])).toBe("(Phase eq 'Planning') or (Phase eq 'Execution')");
    expect(anyOf('Phase', [])).toBe('');
  });
});

describe('projectFilter', () => {
  it('searches Title and PmoCode with the text escaped, and combines the other criteria', () => {
    const f = projectFilter({ search: "  O'Brien ", phases: ['Planning'], healths: ['Red', 'Amber'], department: 'IT', managerId: 7 });
    expect(f).toBe(
      "((substringof('O''Brien',Title)) or (substringof('O''Brien',PmoCode))) and (Phase eq 'Planning') and " +
        "((Health eq 'Red') or (Health eq 'Amber')) and (Department eq 'IT') and (ProjectManagerId eq 7)"
    );
  });

  it('is empty when nothing restricts the query', () => {
    expect(projectFilter()).toBe('');
    expect(projectFilter({ search: '   ', phases: [] })).toBe('');
  });
});
