/**
 * The ENV variables of a stage, shared with the stages built on it instead of copied.
 *
 * A stage starts from its parent stage's environment. Copying it at every FROM makes a chain of
 * stages quadratic (10k chained stages, each adding one variable, held 2.8 GB), so environments
 * are persistent: a small trie over interned variable numbers, where a change copies only the
 * path to one slot and a new stage shares everything else with its parent. Lookups and changes
 * take a handful of steps whatever the number of variables or stages; no hashing of
 * attacker-chosen names is involved beyond the one Map that interns them.
 */

const BITS = 4;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

interface TrieNode {
  /** Which builder may change this node in place; anyone else copies it first. */
  owner: number;
  slots: Array<TrieNode | string | undefined>;
}

/** The variable names of one Dockerfile, numbered in order of first use. */
export class VariableNames {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private owners = 0;

  /** The number of a name, or undefined when no ENV ever set it. */
  find(name: string): number | undefined {
    return this.ids.get(name);
  }

  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  nextOwner(): number {
    return ++this.owners;
  }
}

/** An immutable environment: what a stage ends with, shared by the stages built on it. */
export class Environment {
  constructor(
    readonly names: VariableNames,
    /** @internal */ readonly root: TrieNode | undefined,
    /** @internal */ readonly depth: number,
    /** Number of variables set. */ readonly size: number,
  ) {}

  /** An environment with no variables. */
  static empty(names: VariableNames): Environment {
    return new Environment(names, undefined, 0, 0);
  }

  get(name: string): string | undefined {
    const id = this.names.find(name);
    return id === undefined ? undefined : slotOf(this.root, this.depth, id);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Every variable, in the order names were first set in the Dockerfile. */
  *entries(): Generator<[string, string]> {
    for (let id = 0; id < this.names.names.length && id < WIDTH ** this.depth; id++) {
      const value = slotOf(this.root, this.depth, id);
      if (value !== undefined) yield [this.names.names[id]!, value];
    }
  }

  /** A plain object copy, for callers that want one (costs the size of the environment). */
  toRecord(): Record<string, string> {
    return Object.fromEntries(this.entries());
  }
}

function emptySlots(): TrieNode["slots"] {
  return Array.from({ length: WIDTH }, () => undefined);
}

function slotOf(root: TrieNode | undefined, depth: number, id: number): string | undefined {
  if (id >= WIDTH ** depth) return undefined;
  let node = root;
  for (let level = depth - 1; level > 0 && node; level--) node = node.slots[(id >>> (level * BITS)) & MASK] as TrieNode | undefined;
  return node?.slots[id & MASK] as string | undefined;
}

/** The environment a stage is building: changes in place until snapshot() shares it. */
export class EnvironmentBuilder {
  private owner: number;
  private root: TrieNode | undefined;
  private depth: number;
  private size: number;

  constructor(private readonly base: Environment) {
    this.owner = base.names.nextOwner();
    this.root = base.root;
    this.depth = base.depth;
    this.size = base.size;
  }

  get(name: string): string | undefined {
    const id = this.base.names.find(name);
    return id === undefined ? undefined : slotOf(this.root, this.depth, id);
  }

  set(name: string, value: string): void {
    const id = this.base.names.intern(name);
    if (this.root === undefined) {
      this.root = { owner: this.owner, slots: emptySlots() };
      this.depth = 1;
    }
    while (id >= WIDTH ** this.depth) {
      // Grow by a level: the old root becomes the first child of the new one.
      const slots: TrieNode["slots"] = emptySlots();
      slots[0] = this.root;
      this.root = { owner: this.owner, slots };
      this.depth++;
    }
    this.root = this.own(this.root);
    let node = this.root;
    for (let level = this.depth - 1; level > 0; level--) {
      const index = (id >>> (level * BITS)) & MASK;
      const child = node.slots[index] as TrieNode | undefined;
      const owned = child === undefined ? { owner: this.owner, slots: emptySlots() } : this.own(child);
      node.slots[index] = owned;
      node = owned;
    }
    if (node.slots[id & MASK] === undefined) this.size++;
    node.slots[id & MASK] = value;
  }

  /** The environment as it is now; later changes no longer touch what it shares. */
  snapshot(): Environment {
    const environment = new Environment(this.base.names, this.root, this.depth, this.size);
    this.owner = this.base.names.nextOwner();
    return environment;
  }

  private own(node: TrieNode): TrieNode {
    return node.owner === this.owner ? node : { owner: this.owner, slots: node.slots.slice() };
  }
}
