/**
 * The hostile-input table: what a careless or malicious person types into PMO Hub's forms and search
 * box. Each input must be refused with a visible message next to its field, or stored exactly (read
 * back from the tenant's store) and shown exactly; `expect` narrows that where only one is right.
 */
import * as strings from 'PmoHubStrings';

export type FormName = 'project' | 'proposal' | 'raid' | 'cost' | 'allocation' | 'search';

export interface HostileInput {
  form: FormName;
  /** The field's label (for the search box: its accessible name). */
  field: string;
  value: string;
  /** What this input is (shown in docs/reliability.md). */
  what: string;
  /** 'refused': must be refused with a message next to the field; 'exact': must be stored exactly. Either by default. */
  expect?: 'refused' | 'exact';
  /** For a number typed other than as plain digits: the value it stands for, if accepted. */
  means?: number;
}

const P = strings.RegisterColTitle;
const TEN_THOUSAND = 'Lorem ipsum dolor sit amet. '.repeat(358).slice(0, 10000);

const texts: [string, string, HostileInput['expect']?][] = [
  ['<script>window.__pmoPwned = 1</script>', 'script tag'],
  ['<img src=x onerror="window.__pmoPwned = 1">', 'event handler attribute'],
  ['<svg onload=window.__pmoPwned=1>', 'SVG onload'],
  ['javascript:window.__pmoPwned=1', 'javascript: URL'],
  ['"><b onmouseover=window.__pmoPwned=1>hover</b>', 'attribute break-out'],
  ["O'Brien's rollout", 'OData quote'],
  ["x' or substringof('',Title) or 'a' eq 'a", 'OData injection'],
  ['Title eq null and Id gt 0', 'OData operators'],
  ['%27%20or%201%20eq%201', 'percent-encoded quote'],
  ['&$top=1&$filter=Id eq 1', 'query string'],
  ['a/b\\c?#%;', 'path characters'],
  ['\u202Efdp.exe', 'RTL override'],
  ['Zero\u200Bwidth\u200Djoiner', 'zero-width inside'],
  ['null\u0000byte', 'NUL character'],
  ['tab\there\u0007bell', 'control characters'],
  ['🚀 Launch 👩🏽‍💻 ünïcödé', 'emoji and accents'],
  ['Ame\u0301lie', 'combining accent'],
  ['=HYPERLINK("https://example.com","click")', 'formula (=)'],
  ['-2+3', 'formula (-)'],
  ['@SUM(A1:A9)', 'formula (@)'],
  ['&lt;b&gt;not bold&lt;/b&gt;', 'HTML entities']
];

/** Text inputs for one field of each form, so every form meets every kind at least once. */
function spread(): HostileInput[] {
  const targets: [FormName, string][] = [
    ['project', strings.RegisterColDepartment],
    ['raid', strings.RaidFieldTitle],
    ['cost', strings.CostFieldSupplier],
    ['allocation', strings.ResourceFieldRole],
    ['project', strings.RegisterColTitle],
    ['raid', strings.RaidFieldMitigation],
    ['cost', strings.CostFieldCategory]
  ];
  return texts.map(([value, what], i) => {
    const [form, field] = targets[i % targets.length];
    return { form, field, value, what };
  });
}

export const HOSTILE_INPUTS: HostileInput[] = [
  ...spread(),
  // Lengths: a 255-character title fits SharePoint, 256 does not; a Note takes 10,000.
  { form: 'project', field: P, value: 'T'.repeat(255), what: '255-character title', expect: 'exact' },
  { form: 'raid', field: strings.RaidFieldTitle, value: 'T'.repeat(256), what: '256-character title', expect: 'refused' },
  { form: 'project', field: P, value: TEN_THOUSAND, what: '10,000-character title', expect: 'refused' },
  { form: 'project', field: strings.RegisterColDescription, value: TEN_THOUSAND, what: '10,000-character description', expect: 'exact' },
  { form: 'raid', field: strings.RaidFieldDescription, value: `<script>window.__pmoPwned=1</script>\n${TEN_THOUSAND}`, what: '10,000 characters with a script', expect: 'exact' },
  { form: 'allocation', field: strings.ResourceFieldDepartment, value: 'D'.repeat(101), what: 'department over 100 characters', expect: 'refused' },
  // A proposal's business case (Notes) and estimates.
  { form: 'proposal', field: strings.ProposalFieldProblem, value: `<img src=x onerror="window.__pmoPwned = 1">\n${TEN_THOUSAND}`, what: 'business case of 10,000 characters with an event handler', expect: 'exact' },
  { form: 'proposal', field: strings.ProposalFieldTitle, value: "x' or substringof('',Title) or 'a' eq 'a", what: 'OData injection in a proposal title', expect: 'exact' },
  { form: 'proposal', field: strings.ProposalFieldBenefits, value: '\u200B\u2060', what: 'benefits of invisible characters', expect: 'refused' },
  { form: 'proposal', field: strings.ProposalFieldCost, value: '-1', what: 'negative cost estimate', expect: 'refused' },
  { form: 'proposal', field: strings.ProposalFieldEffort, value: 'NaN', what: 'NaN effort', expect: 'refused' },
  // Invisible titles.
  { form: 'project', field: P, value: '\u200B\u200C\u200D\uFEFF', what: 'title of zero-width characters only', expect: 'refused' },
  { form: 'raid', field: strings.RaidFieldTitle, value: '\u200B\u2060', what: 'RAID title of invisible characters', expect: 'refused' },
  { form: 'cost', field: strings.CostFieldTitle, value: '\u200B', what: 'cost title of a zero-width space', expect: 'refused' },
  // Numbers and money.
  { form: 'project', field: strings.RegisterColBudget, value: '-250', what: 'negative money', expect: 'refused' },
  { form: 'cost', field: strings.CostFieldAmount, value: '-100', what: 'negative amount', expect: 'refused' },
  { form: 'project', field: strings.RegisterColActualCost, value: 'NaN', what: 'NaN', expect: 'refused' },
  { form: 'project', field: strings.RegisterColForecastCost, value: 'Infinity', what: 'Infinity', expect: 'refused' },
  { form: 'project', field: strings.RegisterColBudget, value: '1e309', what: 'number beyond double', expect: 'refused' },
  { form: 'cost', field: strings.CostFieldAmount, value: '0x10', what: 'hexadecimal', expect: 'refused' },
  { form: 'cost', field: strings.CostFieldAmount, value: '12,345.67', what: 'thousands separator', means: 12345.67 },
  { form: 'project', field: strings.RegisterColPercentComplete, value: '101', what: 'percent above 100', expect: 'refused' },
  { form: 'project', field: strings.RegisterColPercentComplete, value: '-5', what: 'negative percent', expect: 'refused' },
  { form: 'allocation', field: strings.ResourceFieldPercent, value: '150', what: 'allocation above 100 %', expect: 'refused' },
  { form: 'allocation', field: strings.ResourceFieldPercent, value: '-10', what: 'negative allocation', expect: 'refused' },
  { form: 'raid', field: strings.RaidFieldProbability, value: '0', what: 'probability 0', expect: 'refused' },
  { form: 'raid', field: strings.RaidFieldImpact, value: '2.5', what: 'fractional impact', expect: 'refused' },
  // Dates typed into the date fields.
  { form: 'project', field: strings.RegisterColStartDate, value: '2025-02-30', what: '30 February', expect: 'refused' },
  { form: 'project', field: strings.RegisterColPlannedEndDate, value: '2025-02-29', what: '29 February of a common year', expect: 'refused' },
  { form: 'raid', field: strings.RaidFieldDueDate, value: '2025-13-01', what: 'month 13', expect: 'refused' },
  { form: 'allocation', field: strings.ResourceFieldStart, value: '0000-01-01', what: 'year 0000', expect: 'refused' },
  { form: 'allocation', field: strings.ResourceFieldEnd, value: '0099-05-05', what: 'year 0099', expect: 'refused' },
  { form: 'project', field: strings.RegisterColForecastEndDate, value: '31/02/2025', what: 'day-first impossible date', expect: 'refused' },
  { form: 'raid', field: strings.RaidFieldDueDate, value: 'next friday', what: 'words for a date', expect: 'refused' },
  { form: 'project', field: strings.RegisterColStartDate, value: '2028-02-29', what: 'leap day', expect: 'exact' },
  // The register's search box.
  ...(
    [
      ['<script>window.__pmoPwned=1</script>', 'script in search'],
      ["'", 'lone quote'],
      ["' or 1 eq 1 or '", 'OData injection in search'],
      ['%', 'percent sign'],
      ['\u0000', 'NUL in search'],
      ['\u200B', 'zero-width space in search'],
      ['*', 'wildcard'],
      ["substringof('a',Title)", 'OData function in search'],
      ['🚀', 'emoji in search'],
      [TEN_THOUSAND, '10,000-character search']
    ] as [string, string][]
  ).map(([value, what]): HostileInput => ({ form: 'search', field: strings.RegisterSearchLabel, value, what }))
];
