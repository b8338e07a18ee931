import type { DirectorAction } from "./director-action";
import { carriesState, supersede } from "./director-action";

/**
 * The director's waiting steps for one switcher, bounded. A step supersedes the waiting step
 * with its key (the older text or shot is never sent), so the queue holds at most one step per
 * shot and slot plus the chapter marks. When it is full the oldest chapter mark goes first;
 * state steps are only dropped when nothing else can be, and then `lostState` tells the owner
 * to resync rather than trust the queue.
 */
export class ActionQueue {
  private items: DirectorAction[] = [];
  private droppedCount = 0;
  private stateLost = false;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`queue capacity must be a whole number above 0, not ${capacity}`);
    }
  }

  /** Adds a step at the end, folding in the waiting step with the same key. */
  push(action: DirectorAction): void {
    const index = this.items.findIndex((item) => item.key === action.key);
    if (index >= 0) {
      const older = this.items[index] as DirectorAction;
      this.items.splice(index, 1);
      this.items.push(supersede(older, action));
      return;
    }
    this.items.push(action);
    if (this.items.length > this.capacity) this.dropOne();
  }

  /** The next step to run, removed from the queue. */
  shift(): DirectorAction | undefined {
    return this.items.shift();
  }

  /** Drops every state step (a resync replaces them) and keeps the marks; returns how many. */
  clearState(): number {
    const before = this.items.length;
    this.items = this.items.filter((item) => !carriesState(item));
    this.stateLost = false;
    return before - this.items.length;
  }

  /** Drops everything. */
  clear(): void {
    this.items = [];
    this.stateLost = false;
  }

  get length(): number {
    return this.items.length;
  }

  /** Steps dropped because the queue was full, since it was made. */
  get dropped(): number {
    return this.droppedCount;
  }

  /** True when a state step had to be dropped: only a resync restores the picture. */
  get lostState(): boolean {
    return this.stateLost;
  }

  /** A copy of the waiting steps, in order. */
  snapshot(): DirectorAction[] {
    return [...this.items];
  }

  private dropOne(): void {
    const mark = this.items.findIndex((item) => !carriesState(item));
    const index = mark >= 0 ? mark : 0;
    if (mark < 0) this.stateLost = true;
    this.items.splice(index, 1);
    this.droppedCount++;
  }
}
