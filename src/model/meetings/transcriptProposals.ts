/**
 * Proposals for the minutes from what was said: sentences that read as a decision ("we agreed…",
 * "decided…", "Decision: …") or an action ("Megan will … by Friday", "I'll …"), with the action's owner
 * guessed from the attendees (or the speaker for "I will") and its due date from the words, relative to
 * the meeting's date. Questions, negations ("we didn't decide"), hypotheticals ("if we…", "would") and
 * reports of the past ("last week I finished…") are not proposed. The rules are written out in
 * docs/rules.md, "Transcript proposals". Pure; a person accepts, edits or rejects each proposal.
 */
import { cuesOfBlocks, parseVtt, sortCues, utterances, vttBlocks, type ITranscriptCue, type IUtterance } from './transcript';
import { dueDateFrom } from './transcriptDates';

export interface IProposalPerson {
  name: string;
  email: string;
}

export interface IProposalContext {
  /** yyyy-mm-dd of the meeting: due dates are read relative to it. */
  meetingDate: string;
  /** Who was invited (organizer included): owners are guessed among them. */
  attendees: IProposalPerson[];
}

export interface ITranscriptProposal {
  /** Stable within one transcript: kind, time and position. */
  id: string;
  kind: 'decision' | 'action';
  /** The proposed title (the sentence without its marker, filler and due phrase). */
  title: string;
  /** The sentence as said. */
  quote: string;
  speaker?: string;
  startMs: number;
  ownerName?: string;
  ownerEmail?: string;
  /** yyyy-mm-dd */
  dueDate?: string;
}

const QUESTION_START = /^(?:did|do|does|should|shall|could|can|would|will|is|are|was|were|have|has|what|when|why|how|who|which|where|any)\b/i;
const NEGATED = /\b(?:did\s*n[o']?t|didn['’]t|did not|have\s*n['’]t|haven['’]t|has\s*n['’]t|hasn['’]t|not yet|not|never|no)\s+(?:yet\s+)?(?:decid|agree|approv|settl|sign(?:ed)? off)|\bno (?:decision|agreement)\b|\bundecided\b|\b(?:still )?open question\b|\bwon['’]t\b|\bwill not\b|\bcan['’]?not\b|\bcan['’]t\b/i;
const HYPOTHETICAL = /\b(?:if|unless|suppose|supposing|imagine|in case|whether|would|could|might|maybe|perhaps|possibly)\b/i;
const PAST_REPORT = /\b(?:last (?:week|time|month|meeting)|yesterday|earlier|previously|already|in the last meeting|the other day)\b/i;
const DECISION = /\b(?:we(?:['’]ve| have)?\s+(?:all\s+)?(?:agreed|decided)|(?:it(?:['’]s| is)|that(?:['’]s| is))\s+(?:agreed|decided)|(?:agreed|decided)\s+(?:to|that|on)|the decision is|we(?:['’]ll| will| are going to|['’]re going to)\s+go with|let['’]?s go with|we approve|we settle(?:d)? on)\b|\b(?:decision|agreed|approved)\s*:/i;
const ACTION = /^(?:(?:action(?:\s+item)?\s*:\s*)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|I|we)\s*(?:will|['’]ll|is going to|am going to|are going to|to)\s+(?!be\b|have\b|need\b|see\b|try\b|probably\b|maybe\b)([a-z][\w'’-]*)(.*))$/;
const FILLER = /^(?:(?:ok(?:ay)?|so|right|alright|all right|well|good|great|fine|yes|yeah|sure|and|then|now)[,.!]?\s+)+/i;

const fold = (s: string) => {
  let t = s;
  try {
    t = s.normalize('NFD');
  } catch {
    /* keep as is */
  }
  return t.replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
};
const capital = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const tidy = (s: string) => capital(s.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/[\s,;:.!?…-]+$/, '').trim());

/** The attendee a spoken name means: full name, first name or last name, ignoring case and accents. */
export function attendeeNamed(name: string, attendees: IProposalPerson[]): IProposalPerson | undefined {
  const n = fold(name);
  if (!n) return undefined;
  const exact = attendees.filter((a) => fold(a.name) === n);
  if (exact.length) return exact[0];
  const byPart = attendees.filter((a) => fold(a.name).split(/\s+/).indexOf(n) >= 0);
  // A first name two attendees share names nobody.
  return byPart.length === 1 ? byPart[0] : undefined;
}

/** Why a sentence is not proposed at all (or undefined when it may be). */
function excluded(text: string): 'question' | 'negated' | 'hypothetical' | 'past' | undefined {
  if (/\?\s*$/.test(text) || QUESTION_START.test(text.replace(FILLER, ''))) return 'question';
  if (NEGATED.test(text)) return 'negated';
  if (HYPOTHETICAL.test(text)) return 'hypothetical';
  if (PAST_REPORT.test(text)) return 'past';
  return undefined;
}

function decisionTitle(text: string): string {
  const t = text
    .replace(FILLER, '')
    .replace(/^(?:decision|agreed|approved)\s*:\s*/i, '')
    .replace(/^(?:so\s+)?(?:we(?:['’]ve| have)?\s+(?:all\s+)?(?:agreed|decided)|it(?:['’]s| is) (?:agreed|decided))\s+(?:(?:to|that|on)\s+)?/i, '')
    .replace(/^(?:we(?:['’]ll| will| are going to|['’]re going to)|let['’]?s)\s+go with\s+/i, 'Go with ');
  return tidy(t);
}

function action(u: IUtterance, ctx: IProposalContext): Omit<ITranscriptProposal, 'id' | 'kind' | 'quote' | 'startMs'> | undefined {
  const text = u.text.replace(FILLER, '').replace(/^please\s+/i, '');
  const m = ACTION.exec(text);
  if (!m) return undefined;
  const who = m[1];
  let owner: IProposalPerson | undefined;
  let ownerName: string | undefined;
  if (who === 'I') {
    owner = u.speaker ? attendeeNamed(u.speaker, ctx.attendees) : undefined;
    ownerName = owner ? owner.name : u.speaker;
  } else if (who.toLowerCase() !== 'we') {
    owner = attendeeNamed(who, ctx.attendees);
    // A capitalised word that is no attendee ("Someone will…", "It will…") is no owner.
    if (!owner) return undefined;
    ownerName = owner.name;
  }
  const rest = `${m[2]}${m[3]}`;
  const due = dueDateFrom(rest, ctx.meetingDate);
  const title = tidy(due ? rest.replace(due.phrase, ' ') : rest);
  if (!title) return undefined;
  return { title, speaker: u.speaker, ownerName, ownerEmail: owner && owner.email, dueDate: due && due.date };
}

/** The proposal one sentence makes, if any. `index` keeps ids distinct. */
export function proposalOf(u: IUtterance, ctx: IProposalContext, index: number): ITranscriptProposal | undefined {
  const text = u.text;
  if (text.length < 8 || text.length > 600 || excluded(text)) return undefined;
  const base = { quote: text, speaker: u.speaker, startMs: u.startMs };
  const a = action(u, ctx);
  if (a) return { ...base, ...a, id: `a-${u.startMs}-${index}`, kind: 'action' };
  if (DECISION.test(text)) {
    const title = decisionTitle(text);
    if (title) return { ...base, id: `d-${u.startMs}-${index}`, kind: 'decision', title };
  }
  return undefined;
}

/** Every proposal of the sentences, in the order they were said. */
export function proposeFromUtterances(list: IUtterance[], ctx: IProposalContext, offset = 0): ITranscriptProposal[] {
  const out: ITranscriptProposal[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = proposalOf(list[i], ctx, offset + i);
    if (p) out.push(p);
  }
  return out;
}

/** Everything read from one transcript: its cues (for showing it) and the proposals. */
export interface ITranscriptReading {
  cues: ITranscriptCue[];
  proposals: ITranscriptProposal[];
}

/** The transcript read and proposed in one go (small transcripts, tests). Never throws. */
export function readTranscript(vtt: string, ctx: IProposalContext): ITranscriptReading {
  try {
    const cues = parseVtt(vtt);
    return { cues, proposals: proposeFromUtterances(utterances(cues), ctx) };
  } catch {
    return { cues: [], proposals: [] };
  }
}

export interface IIncrementalOptions {
  /** Blocks or sentences handled between two pauses. */
  slice?: number;
  /** Gives the event loop back (the view passes a macrotask; tests count the calls). */
  pause: () => Promise<void>;
  /** True once the result is no longer wanted (the meeting was closed). */
  cancelled?: () => boolean;
}

/**
 * The same reading as readTranscript, in slices with a pause between them, so a transcript of hours
 * (over 1 MB of VTT) never holds the page's main thread for long. Undefined when cancelled.
 */
export async function readTranscriptIncrementally(vtt: string, ctx: IProposalContext, opts: IIncrementalOptions): Promise<ITranscriptReading | undefined> {
  const slice = Math.max(50, opts.slice || 400);
  let blocks: string[];
  try {
    blocks = vttBlocks(vtt);
  } catch {
    return { cues: [], proposals: [] };
  }
  let cues: ITranscriptCue[] = [];
  for (let i = 0; i < blocks.length; i += slice) {
    cues = cues.concat(cuesOfBlocks(blocks, i, i + slice));
    await opts.pause();
    if (opts.cancelled && opts.cancelled()) return undefined;
  }
  cues = sortCues(cues);
  const said = utterances(cues);
  let proposals: ITranscriptProposal[] = [];
  for (let i = 0; i < said.length; i += slice) {
    proposals = proposals.concat(proposeFromUtterances(said.slice(i, i + slice), ctx, i));
    await opts.pause();
    if (opts.cancelled && opts.cancelled()) return undefined;
  }
  return { cues, proposals };
}
