/**
 * A tolerant reader of meeting transcripts in WebVTT as Teams writes them (a cue id, `hh:mm:ss.mmm -->`
 * timings, `<v Speaker Name>` voice tags): BOM, CRLF or CR line ends, NOTE/STYLE/REGION blocks, cues
 * without a speaker, overlapping or unordered cues, short timings (`0:0:5.320`, as Graph's own example),
 * entities and odd Unicode (zero-width and control characters, combining marks) are all read; what cannot
 * be read is skipped. It never throws. Pure.
 */

export interface ITranscriptCue {
  /** Offset from the start of the transcript, in milliseconds. */
  startMs: number;
  endMs: number;
  /** The voice tag's name; undefined when the cue has none. */
  speaker?: string;
  text: string;
}

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)/;
const PLAIN = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$|^$/;
const STAMP = /^(?:(\d+):)?(\d+):(\d+)(?:[.,](\d+))?$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '' };

/** Milliseconds of `h:mm:ss.mmm`, `mm:ss.mmm` or `h:m:s.f`; NaN when unreadable. */
export function timestampMs(s: string): number {
  const m = STAMP.exec(s.trim());
  if (!m) return NaN;
  const fraction = m[4] ? Number(`0.${m[4]}`) : 0;
  return Math.round((((m[1] ? Number(m[1]) : 0) * 60 + Number(m[2])) * 60 + Number(m[3]) + fraction) * 1000);
}

/** Text as a person reads it: NFC, no zero-width or control characters, single spaces. */
export function cleanText(s: string): string {
  // Most of a transcript is plain ASCII: only spaces to tidy.
  if (PLAIN.test(s)) return s.indexOf('  ') >= 0 || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 ? s.replace(/ +/g, ' ').trim() : s;
  let t = s;
  try {
    t = t.normalize('NFC');
  } catch {
    /* an unpaired surrogate: keep the text as it is */
  }
  return t
    // eslint-disable-next-line no-control-regex -- reason: control characters from a broken transcript are exactly what is dropped
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCharCode.apply(null, code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code]) : '';
    }
    const v = ENTITIES[name.toLowerCase()];
    return v === undefined ? whole : v;
  });
}

/** The voice spans of a cue's payload: `<v Name>…</v>` (also `<v.class Name>`, unclosed); other tags dropped. */
function voices(payload: string): { speaker?: string; text: string }[] {
  const out: { speaker?: string; text: string }[] = [];
  const re = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/gi;
  let last = 0;
  let speaker: string | undefined;
  let m: RegExpExecArray | null;
  const push = (raw: string) => {
    const text = cleanText(decodeEntities(raw.replace(/<[^>]*>/g, ' ')));
    if (text) out.push({ speaker, text });
  };
  while ((m = re.exec(payload))) {
    push(payload.slice(last, m.index));
    speaker = m[1] ? cleanText(decodeEntities(m[1])) || undefined : undefined;
    last = re.lastIndex;
  }
  push(payload.slice(last));
  return out;
}

/** The transcript's blocks (separated by blank lines), line ends normalized and the BOM gone. */
export function vttBlocks(vtt: string): string[] {
  const text = String(vtt || '').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return text.split(/\n[ \t]*\n/);
}

/** Cues of blocks [from, to): NOTE, STYLE, REGION and the header are skipped, as is any block without a timing. */
export function cuesOfBlocks(blocks: string[], from: number, to: number): ITranscriptCue[] {
  const out: ITranscriptCue[] = [];
  for (let i = from; i < to && i < blocks.length; i++) {
    const lines = blocks[i].split('\n');
    if (/^\s*(NOTE|STYLE|REGION)\b/.test(lines[0])) continue;
    // The timing is the first line, or follows a cue id (or a header with no blank line after it).
    let t = 0;
    while (t < 3 && t < lines.length && !TIMING.test(lines[t])) t++;
    if (t >= 3 || t >= lines.length) continue;
    const m = TIMING.exec(lines[t]);
    if (!m) continue;
    const startMs = timestampMs(m[1]);
    const endMs = timestampMs(m[2]);
    if (isNaN(startMs)) continue;
    for (const v of voices(lines.slice(t + 1).join('\n'))) {
      out.push({ startMs, endMs: isNaN(endMs) || endMs < startMs ? startMs : endMs, speaker: v.speaker, text: v.text });
    }
  }
  return out;
}

/** Every cue of a transcript in time order (stable for overlapping cues). Never throws. */
export function parseVtt(vtt: string): ITranscriptCue[] {
  try {
    const blocks = vttBlocks(vtt);
    return sortCues(cuesOfBlocks(blocks, 0, blocks.length));
  } catch {
    return [];
  }
}

/** Cues by start time; cues that start together keep their order. */
export function sortCues(cues: ITranscriptCue[]): ITranscriptCue[] {
  return cues
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.startMs - b.c.startMs || a.i - b.i)
    .map((x) => x.c);
}

/**
 * What each person said, as sentences: a speaker's consecutive cues joined while the previous one ends
 * mid-sentence (Teams cuts cues every few seconds), then split at sentence ends.
 */
export interface IUtterance {
  startMs: number;
  speaker?: string;
  text: string;
}

export function utterances(cues: ITranscriptCue[]): IUtterance[] {
  const joined: IUtterance[] = [];
  for (const c of cues) {
    const prev = joined[joined.length - 1];
    if (prev && prev.speaker === c.speaker && !/[.!?…]["'”’)]?$/.test(prev.text)) prev.text = `${prev.text} ${c.text}`;
    else joined.push({ startMs: c.startMs, speaker: c.speaker, text: c.text });
  }
  const out: IUtterance[] = [];
  for (const u of joined) {
    for (const s of u.text.replace(/([.!?…])\s+(?=[^a-z0-9])/g, '$1\n').split('\n')) {
      const text = s.trim();
      if (text) out.push({ startMs: u.startMs, speaker: u.speaker, text });
    }
  }
  return out;
}
