import { parsePlannerSync, plannerDay, plannerDue, plannerState, reconcile, resolveConflict, type IActionSide, type IPlannerSync, type IPlannerTaskState } from '../../../src/model/meetings/actionSync';

const MEGAN = 'id-megan';
const LEE = 'id-lee';
const task = (t: Partial<IPlannerTaskState> = {}): IPlannerTaskState => ({ id: 'T1', etag: 'W/"e2"', percentComplete: 0, due: '2026-12-10', assigneeIds: [MEGAN], ...t });
const action = (a: Partial<IActionSide> = {}): IActionSide => ({ status: 'Open', dueDate: '2026-12-10', ownerEmail: 'MeganB@contoso.com', ...a });
/** What both sides agreed at the last sync: open, due 10 Dec, Megan. */
const synced: IPlannerSync = { base: { etag: 'W/"e1"', progress: 'open', due: '2026-12-10', owner: 'meganb@contoso.com', assignees: MEGAN } };

describe('actions and Planner: which side wins', () => {
  it('first sync after publishing: the action agrees with its task, so only the base is stored', () => {
    const o = reconcile(action(), undefined, task());
    expect(o.toAction).toEqual({});
    expect(o.toTask).toBeUndefined();
    expect(o.sync).toEqual({ base: { etag: 'W/"e2"', progress: 'open', due: '2026-12-10', owner: 'meganb@contoso.com', assignees: MEGAN } });
    expect(o.write).toBe(true);
  });

  it('first sync: a task completed in Planner makes the action Done (Planner wins without a base)', () => {
    const o = reconcile(action(), undefined, task({ percentComplete: 100 }));
    expect(o.toAction).toEqual({ status: 'Done' });
    expect(o.toTask).toBeUndefined();
    expect(o.sync.fromPlanner).toEqual(['status']);
    expect(o.sync.base!.progress).toBe('done');
  });

  it('nothing changed on either side since the last sync: nothing is written', () => {
    const o = reconcile(action(), synced, task({ etag: 'W/"e1"' }));
    expect(o).toEqual({ toAction: {}, toTask: undefined, sync: synced, write: false });
  });

  it('done in Planner (percentComplete 100) → Done in PMO Hub', () => {
    const o = reconcile(action(), synced, task({ percentComplete: 100 }));
    expect(o.toAction).toEqual({ status: 'Done' });
    expect(o.toTask).toBeUndefined();
    expect(o.write).toBe(true);
    expect(plannerState('T1', o.sync)).toBe('changedInPlanner');
  });

  it('started in Planner (percentComplete 50) → In progress; reopened (0) after Done → Open', () => {
    expect(reconcile(action(), synced, task({ percentComplete: 50 })).toAction).toEqual({ status: 'In progress' });
    const doneBase: IPlannerSync = { base: { ...synced.base!, progress: 'done' } };
    expect(reconcile(action({ status: 'Done' }), doneBase, task({ percentComplete: 0 })).toAction).toEqual({ status: 'Open' });
  });

  it('a due date moved in Planner (Berlin: 23:00Z the day before) is stored as that day', () => {
    const o = reconcile(action(), synced, task({ due: plannerDay('2026-12-16T23:00:00Z') }));
    expect(o.toAction).toEqual({ dueDate: '2026-12-17' });
    expect(o.sync.fromPlanner).toEqual(['due']);
  });

  it('a due date removed in Planner clears the action’s', () => {
    expect(reconcile(action(), synced, task({ due: '' })).toAction).toEqual({ dueDate: null });
  });

  it('reassigned in Planner → the caller makes that person the owner', () => {
    const o = reconcile(action(), synced, task({ assigneeIds: [LEE] }));
    expect(o.toAction).toEqual({ assigneeId: LEE });
    expect(o.sync.base!.assignees).toBe(LEE);
    expect(o.sync.base!.owner).toBe(''); // set by the caller to Lee's mail once resolved
  });

  it('status changed in PMO Hub, task untouched → the task is updated (percentComplete 100)', () => {
    const o = reconcile(action({ status: 'Done' }), synced, task({ etag: 'W/"e1"' }));
    expect(o.toTask).toEqual({ percentComplete: 100 });
    expect(o.toAction).toEqual({});
    expect(o.sync.base!.progress).toBe('done');
  });

  it('due date and owner changed in PMO Hub → the task gets the day at noon UTC and the new assignee', () => {
    const o = reconcile(action({ dueDate: '2026-12-20', ownerEmail: 'leeg@contoso.com' }), synced, task({ etag: 'W/"e1"' }));
    expect(o.toTask).toEqual({ dueDateTime: '2026-12-20T12:00:00Z', ownerEmail: 'leeg@contoso.com' });
  });

  it('both changed the status differently → conflict, nothing written to either side’s value', () => {
    const o = reconcile(action({ status: 'In progress' }), synced, task({ percentComplete: 100 }));
    expect(o.toAction).toEqual({});
    expect(o.toTask).toBeUndefined();
    expect(o.sync.state).toBe('conflict');
    expect(o.sync.conflict).toEqual({ fields: ['status'], theirs: { progress: 'done', due: '2026-12-10', assigneeIds: [MEGAN] } });
    expect(plannerState('T1', o.sync)).toBe('conflict');
  });

  it('both changed the due date to the same day → in step, no conflict', () => {
    const o = reconcile(action({ dueDate: '2026-12-12' }), synced, task({ due: '2026-12-12' }));
    expect(o.sync.state).toBeUndefined();
    expect(o.toAction).toEqual({});
    expect(o.toTask).toBeUndefined();
    expect(o.sync.base!.due).toBe('2026-12-12');
  });

  it('a conflict on the due date still lets a status done in Planner through', () => {
    const o = reconcile(action({ dueDate: '2026-12-11' }), synced, task({ due: '2026-12-12', percentComplete: 100 }));
    expect(o.sync.conflict!.fields).toEqual(['due']);
    expect(o.toAction).toEqual({ status: 'Done' });
  });

  it('a deleted task flags the action and keeps everything else', () => {
    const o = reconcile(action(), synced, 'deleted');
    expect(o.sync).toEqual({ ...synced, state: 'deleted' });
    expect(o.write).toBe(true);
    expect(plannerState('T1', o.sync)).toBe('deleted');
    expect(reconcile(action(), o.sync, 'deleted').write).toBe(false);
  });

  it('a cancelled action is PMO Hub’s own: a task done in Planner leaves it Cancelled', () => {
    const o = reconcile(action({ status: 'Cancelled' }), synced, task({ percentComplete: 100 }));
    expect(o.toAction).toEqual({});
    expect(o.toTask).toBeUndefined();
  });

  it('resolving a conflict: keep PMO Hub’s pushes it with the task’s etag; take Planner’s pulls it', () => {
    const conflict = reconcile(action({ status: 'In progress' }), synced, task({ percentComplete: 100 })).sync;
    const keepMine = resolveConflict(action({ status: 'In progress' }), conflict, task({ percentComplete: 100 }), 'pmo');
    expect(keepMine.toTask).toEqual({ percentComplete: 50 });
    expect(keepMine.sync.state).toBeUndefined();
    const takeTheirs = resolveConflict(action({ status: 'In progress' }), conflict, task({ percentComplete: 100 }), 'planner');
    expect(takeTheirs.toAction).toEqual({ status: 'Done' });
    expect(takeTheirs.toTask).toBeUndefined();
  });

  it('plannerDay and plannerDue round-trip a day; unreadable stored JSON counts as never synced', () => {
    expect(plannerDay(plannerDue('2026-12-31'))).toBe('2026-12-31');
    expect(plannerDay('2026-12-17T08:00:00Z')).toBe('2026-12-17'); // Los Angeles midnight
    expect(plannerDay(null)).toBe('');
    expect(parsePlannerSync('{oops')).toBeUndefined();
    expect(parsePlannerSync(JSON.stringify(synced))).toEqual(synced);
    expect(plannerState(undefined, synced)).toBe('none');
  });
});
