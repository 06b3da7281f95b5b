/**
 * Finds every occurrence of a set of keywords in a text in one pass, case-insensitively (as a
 * regular expression's `i` flag folds case without the `u` flag: ASCII letters fold only to ASCII).
 * An Aho–Corasick automaton compiled to a table: one lookup per character whatever the number of
 * keywords, and every occurrence is reported, overlapping and nested ones too (`key` inside
 * `accountkey`), so what each keyword enables does not depend on its neighbours.
 *
 * A regular expression alternation of the same keywords reads a text an order of magnitude more
 * slowly (it tries every alternative at every position), and reports only one keyword per place.
 */

/** Where keywords occur: parallel lists, in order of where each occurrence ends. */
export interface KeywordHits {
  /** Index of the keyword in the list the search was built from. */
  keyword: number[];
  /** Offset of the occurrence's first character. */
  start: number[];
}

/** The case variants of a character that a case-insensitive (non-Unicode) regular expression treats as the same. */
function caseVariants(char: string): string[] {
  const variants = new Set([char]);
  for (const other of [char.toLowerCase(), char.toUpperCase()]) {
    // Only single code units, and never across the ASCII boundary (ECMAScript's Canonicalize without `u`).
    if (other.length === 1 && other.charCodeAt(0) < 128 === char.charCodeAt(0) < 128) variants.add(other);
  }
  return [...variants];
}

export class KeywordSearch {
  readonly keywords: readonly string[];
  /** Character code → symbol (0: in no keyword). */
  private readonly symbolOf = new Uint16Array(65536);
  /**
   * The automaton as one table: the entry for a state's row and a symbol is the next state's row
   * offset, shifted left once, with the low bit set when keywords end in that state. The next
   * row is one load away from the last (no multiplication on the loop's critical path).
   */
  private readonly table: Int32Array;
  private readonly symbols: number;
  /** For each state: index into `outputs` of the keywords that end there, or -1. */
  private readonly outputAt: Int32Array;
  /** Keyword indexes ending at a state, each list ended by -1. */
  private readonly outputs: Int32Array;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    // Symbols: one per character that occurs in a keyword, shared with its other case.
    let symbols = 1;
    for (const keyword of keywords) {
      if (keyword.length === 0) throw new Error("a keyword cannot be empty");
      for (let position = 0; position < keyword.length; position++) {
        const unit = keyword[position]!;
        if (this.symbolOf[unit.charCodeAt(0)] !== 0) continue;
        const symbol = symbols++;
        for (const variant of caseVariants(unit)) this.symbolOf[variant.charCodeAt(0)] = symbol;
      }
    }
    this.symbols = symbols;

    // The trie.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (let position = 0; position < keyword.length; position++) {
        const symbol = this.symbolOf[keyword.charCodeAt(position)]!;
        let child = children[state]!.get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(symbol, child);
        }
        state = child;
      }
      ends[state]!.push(index);
    });

    // Failure links, breadth first, folded into a full transition table; outputs follow the links.
    const states = children.length;
    const next = new Int32Array(states * symbols);
    const failure = new Int32Array(states);
    const queue: number[] = [];
    for (const [symbol, child] of children[0]!) {
      next[symbol] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      ends[state]!.push(...ends[failure[state]!]!);
      for (let symbol = 0; symbol < symbols; symbol++) {
        const child = children[state]!.get(symbol);
        const fallback = next[failure[state]! * symbols + symbol]!;
        if (child === undefined) {
          next[state * symbols + symbol] = fallback;
        } else {
          failure[child] = fallback;
          next[state * symbols + symbol] = child;
          queue.push(child);
        }
      }
    }
    const outputAt = new Int32Array(states).fill(-1);
    const outputs: number[] = [];
    for (let state = 0; state < states; state++) {
      if (ends[state]!.length === 0) continue;
      outputAt[state] = outputs.length;
      outputs.push(...new Set(ends[state]), -1);
    }
    if (states * symbols * 2 > 0x7fffffff) throw new Error("too many keywords for one search");
    this.table = next.map((state) => ((state * symbols) << 1) | (outputAt[state] === -1 ? 0 : 1));
    this.outputAt = outputAt;
    this.outputs = Int32Array.from(outputs);
  }

  /** Every occurrence of every keyword in the text. */
  find(text: string): KeywordHits {
    const hits: KeywordHits = { keyword: [], start: [] };
    const { symbolOf, table, symbols, outputAt, outputs, keywords } = this;
    const length = text.length;
    let row = 0;
    for (let index = 0; index < length; index++) {
      const entry = table[row + symbolOf[text.charCodeAt(index)]!]!;
      row = entry >> 1;
      if ((entry & 1) === 0) continue;
      for (let output = outputAt[row / symbols]!; outputs[output] !== -1; output++) {
        const keyword = outputs[output]!;
        hits.keyword.push(keyword);
        hits.start.push(index + 1 - keywords[keyword]!.length);
      }
    }
    return hits;
  }
}
