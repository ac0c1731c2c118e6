/**
 * Transcript proposals on worked snippets (docs/rules.md, "Transcript proposals"): the VTT reader's
 * tolerance, what is proposed (decisions, actions with owner and due date) and what must not be.
 */
import { parseVtt, utterances, timestampMs } from '../../../src/model/meetings/transcript';
import { dueDateFrom } from '../../../src/model/meetings/transcriptDates';
import { readTranscript, readTranscriptIncrementally, type IProposalContext } from '../../../src/model/meetings/transcriptProposals';

// A Wednesday.
const ctx: IProposalContext = {
  meetingDate: '2026-03-04',
  attendees: [
    { name: 'Megan Bowen', email: 'meganb@contoso.com' },
    { name: 'Adele Vance', email: 'adelev@contoso.com' },
    { name: 'Lee Gu', email: 'leeg@contoso.com' },
    { name: 'José Müller', email: 'josem@contoso.com' }
  ]
};

const cue = (speaker: string | undefined, text: string, at = 1) =>
  `${at}/0-0\n00:00:${String(at).padStart(2, '0')}.000 --> 00:00:${String(at + 1).padStart(2, '0')}.500\n${speaker ? `<v ${speaker}>${text}</v>` : text}`;
const vtt = (...cues: string[]) => `WEBVTT\n\n${cues.join('\n\n')}\n`;
const propose = (speaker: string | undefined, text: string) => readTranscript(vtt(cue(speaker, text)), ctx).proposals;

describe('reading Teams VTT', () => {
  it('reads cues, voice tags and timings, and skips the header and NOTE blocks', () => {
    const cues = parseVtt('WEBVTT\n\nNOTE written by Teams\nsecond line\n\n6f1c/12-0\n00:01:02.340 --> 00:01:05.000\n<v Megan Bowen>Hello all.</v>\n\n0:0:7.5 --> 0:0:9.0\n<v.loud Adele Vance>Hi &amp; welcome</v>\n');
    expect(cues).toEqual([
      { startMs: 62340, endMs: 65000, speaker: 'Megan Bowen', text: 'Hello all.' },
      { startMs: 7500, endMs: 9000, speaker: 'Adele Vance', text: 'Hi & welcome' }
    ].sort((a, b) => a.startMs - b.startMs));
    expect(timestampMs('1:02:03.5')).toBe(3723500);
    expect(timestampMs('nonsense')).toBeNaN();
  });

  it('tolerates a BOM, CRLF, cues without a speaker, overlapping cues, odd Unicode and garbage, and never throws', () => {
    const text = '\uFEFFWEBVTT\r\n\r\n00:00:05.000 --> 00:00:09.000\r\nno speaker here\r\n\r\n00:00:03.000 --> 00:00:07.000\r\n<v Jos\u0065\u0301 M\u00fcller>Caf\u00e9\u200B time\u0007 \u00a0now</v>\r\n\r\nnot a cue at all\r\n\r\n00:00:xx --> broken\r\ntext';
    const cues = parseVtt(text);
    expect(cues.map((c) => [c.startMs, c.speaker, c.text])).toEqual([
      [3000, 'José Müller', 'Café time now'],
      [5000, undefined, 'no speaker here']
    ]);
    for (const bad of ['', 'WEBVTT', '-->', '\u0000\uD800', 'WEBVTT\n\n99:99 --> 1\n<v >', String(null), '<v Megan'.repeat(1000)]) {
      expect(() => readTranscript(bad, ctx)).not.toThrow();
    }
    expect(readTranscript('\uD800\uDC00 garbage <v', ctx)).toEqual({ cues: [], proposals: [] });
  });

  it('joins a speaker’s cues cut mid-sentence and splits sentences', () => {
    const said = utterances(parseVtt(vtt(cue('Megan Bowen', 'So we agreed to host', 1), cue('Megan Bowen', 'in EU West. Lee will check it.', 3), cue('Lee Gu', 'Fine.', 5))));
    expect(said.map((u) => u.text)).toEqual(['So we agreed to host in EU West.', 'Lee will check it.', 'Fine.']);
  });
});

describe('proposal rules: what is proposed', () => {
  it('1. "we agreed to …" is a decision, titled without the marker and filler', () => {
    expect(propose('Megan Bowen', 'Okay, so we agreed to host the integration layer in EU West.')).toMatchObject([
      { kind: 'decision', title: 'Host the integration layer in EU West', speaker: 'Megan Bowen', quote: 'Okay, so we agreed to host the integration layer in EU West.' }
    ]);
  });

  it('2. "Decision: …" and "we decided that …" are decisions', () => {
    expect(propose('Adele Vance', 'Decision: we keep the go-live date.')).toMatchObject([{ kind: 'decision', title: 'We keep the go-live date' }]);
    expect(propose(undefined, 'We decided that the pilot runs in Oslo.')).toMatchObject([{ kind: 'decision', title: 'The pilot runs in Oslo' }]);
  });

  it('3. "Megan will … by Friday": owner from the attendees, due the coming Friday, due phrase out of the title', () => {
    expect(propose('Lee Gu', 'Megan will send the revised specification by Friday.')).toEqual([
      expect.objectContaining({ kind: 'action', title: 'Send the revised specification', ownerName: 'Megan Bowen', ownerEmail: 'meganb@contoso.com', dueDate: '2026-03-06' })
    ]);
  });

  it('4. "I will …" belongs to the speaker; "next Tuesday" is the Tuesday of the following week', () => {
    expect(propose('Adele Vance', 'I will book the load test environment by next Tuesday.')).toMatchObject([
      { kind: 'action', title: 'Book the load test environment', ownerEmail: 'adelev@contoso.com', dueDate: '2026-03-10' }
    ]);
    expect(propose('Lee Gu', "I'll draft the memo.")).toMatchObject([{ kind: 'action', title: 'Draft the memo', ownerEmail: 'leeg@contoso.com' }]);
  });

  it('5. dates: "15 March", "March 20th", "end of month", "end of next month", "tomorrow", "in two weeks"', () => {
    const d = (t: string) => dueDateFrom(t, ctx.meetingDate)?.date;
    expect(d('by 15 March')).toBe('2026-03-15');
    expect(d('on March 20th')).toBe('2026-03-20');
    expect(d('by the 2nd of March')).toBe('2027-03-02');
    expect(d('by end of month')).toBe('2026-03-31');
    expect(d('by the end of next month')).toBe('2026-04-30');
    expect(d('tomorrow')).toBe('2026-03-05');
    expect(d('in two weeks')).toBe('2026-03-18');
    expect(d('by end of week')).toBe('2026-03-06');
    expect(d('by Wednesday')).toBe('2026-03-11');
    expect(d('no date at all')).toBeUndefined();
    expect(dueDateFrom('by Friday', 'not a date')).toBeUndefined();
  });

  it('6. owners by first or last name, ignoring accents; an unknown or shared name is no owner', () => {
    expect(propose('Megan Bowen', 'Jose will update the risk log by end of month.')).toMatchObject([{ ownerEmail: 'josem@contoso.com', dueDate: '2026-03-31' }]);
    expect(propose('Megan Bowen', 'Vance will call the supplier.')).toMatchObject([{ ownerEmail: 'adelev@contoso.com', title: 'Call the supplier' }]);
    expect(propose('Megan Bowen', 'Someone will call the supplier.')).toEqual([]);
    expect(propose('Megan Bowen', 'We will publish the plan by 15 March.')).toMatchObject([{ kind: 'action', title: 'Publish the plan', ownerEmail: undefined, dueDate: '2026-03-15' }]);
  });

  it('7. a speakerless "I will" has no owner but is still proposed', () => {
    expect(propose(undefined, 'I will send the notes.')).toMatchObject([{ kind: 'action', title: 'Send the notes', ownerName: undefined, ownerEmail: undefined }]);
  });
});

describe('proposal rules: what must NOT be proposed', () => {
  it.each([
    ['8. a question', 'Did we decide on the hosting region yet?'],
    ['9. a question without its mark', 'Should Megan send the report by Friday'],
    ['10. "we didn’t decide"', 'We didn\u2019t decide that last time, it is still open.'],
    ['11. "not agreed yet"', 'We have not agreed on the budget yet.'],
    ['12. a hypothetical', 'If we moved to the other vendor we would need new contracts.'],
    ['13. "would"/"could"', 'Megan could send the slides by Friday.'],
    ['14. a report of last week', 'Last week I finished the interface mapping.'],
    ['15. a decision reported from earlier', 'We already agreed to keep the scope.'],
    ['16. small talk', 'Thanks everyone for joining, let us get started.'],
    ['17. "will not"', 'Lee will not attend the workshop.']
  ])('%s: %s', (_name, text) => {
    expect(propose('Megan Bowen', text)).toEqual([]);
  });
});

describe('large transcripts', () => {
  const big = (() => {
    const lines = [
      ['Megan Bowen', 'We agreed to keep the weekly cadence.'],
      ['Adele Vance', 'I will send the minutes by Friday.'],
      ['Lee Gu', 'Did we decide on the venue?'],
      ['Megan Bowen', 'That covers the first part of the agenda, moving on to the next topic now.']
    ];
    const cues: string[] = [];
    for (let i = 0, size = 0; size < 1.1 * 1024 * 1024; i++, size += cues[cues.length - 1].length + 2) {
      const [who, text] = lines[i % lines.length];
      const s = i * 4000;
      const t = (ms: number) => `${String(Math.floor(ms / 3600000)).padStart(2, '0')}:${String(Math.floor(ms / 60000) % 60).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}.000`;
      cues.push(`c/${i}-0\n${t(s)} --> ${t(s + 3500)}\n<v ${who}>${text}</v>`);
    }
    return `WEBVTT\n\n${cues.join('\n\n')}\n`;
  })();

  it('over 1 MB: read in slices with a pause between them, with the same result as in one go', async () => {
    expect(big.length).toBeGreaterThan(1024 * 1024);
    let pauses = 0;
    const sliced = await readTranscriptIncrementally(big, ctx, { slice: 500, pause: async () => void pauses++ });
    const whole = readTranscript(big, ctx);
    expect(sliced).toEqual(whole);
    const cues = whole.cues.length;
    expect(cues).toBeGreaterThan(10000);
    // One pause per 500 blocks and per 500 sentences: no slice handles more than that.
    expect(pauses).toBe(Math.ceil((cues + 1) / 500) + Math.ceil(cues / 500));
    expect(whole.proposals.filter((p) => p.kind === 'decision')).toHaveLength(Math.ceil(cues / 4));
    expect(whole.proposals.filter((p) => p.kind === 'action')).toHaveLength(Math.floor((cues + 2) / 4));
    expect(new Set(whole.proposals.map((p) => p.id)).size).toBe(whole.proposals.length);
  });

  it('stops when cancelled', async () => {
    let n = 0;
    expect(await readTranscriptIncrementally(big, ctx, { slice: 500, pause: async () => void n++, cancelled: () => n >= 2 })).toBeUndefined();
    expect(n).toBe(2);
  });
});
