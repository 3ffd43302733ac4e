/**
 * A list sorted only as far as it is read. A search ranks every candidate
 * (tens of thousands at 1,000×) and reads the first few hundred; sorting
 * them all calls the comparator n log n times, and in a one-shot process
 * that code runs mostly unoptimized (about a microsecond a call). Here the
 * head is selected with a bounded heap (about one comparison per element,
 * plus a few for each that enters the heap) and only it is sorted.
 *
 * The comparator must be a total order (no two elements compare equal):
 * then the first n elements are exactly those of `list.sort(cmp)`, in the
 * same order, whatever the selection did. search.ts's orders end on the
 * record's place, so they are.
 */
export class Ranked<T> {
  /** list[0 … sorted − 1] is the sorted head; the rest, in no order, all rank below it */
  private sorted = 0;

  constructor(
    private readonly list: T[],
    private readonly cmp: (a: T, b: T) => number,
  ) {}

  get length(): number {
    return this.list.length;
  }

  /** The first `n` elements in order (fewer when the list is shorter). */
  head(n: number): T[] {
    this.ensure(n);
    return this.list.slice(0, Math.min(n, this.list.length));
  }

  /** Elements from … to − 1 in order. */
  slice(from: number, to: number): T[] {
    this.ensure(to);
    return this.list.slice(from, Math.min(to, this.list.length));
  }

  private ensure(n: number): void {
    const { list, cmp } = this;
    if (n <= this.sorted) return;
    const rest = list.length - this.sorted;
    const want = n - this.sorted;
    // selecting costs more than sorting once most of what is left is wanted
    if (want * 4 >= rest) {
      const tail = list.slice(this.sorted).sort(cmp);
      for (let i = 0; i < tail.length; i++) list[this.sorted + i] = tail[i]!;
      this.sorted = list.length;
      return;
    }
    // a max-heap (by cmp) of the `want` best of the rest: its top is the worst of them
    const heap: T[] = [];
    const down = (i: number): void => {
      for (;;) {
        const l = 2 * i + 1;
        if (l >= heap.length) return;
        const r = l + 1;
        const c = r < heap.length && cmp(heap[r]!, heap[l]!) > 0 ? r : l;
        if (cmp(heap[c]!, heap[i]!) <= 0) return;
        const t = heap[i]!;
        heap[i] = heap[c]!;
        heap[c] = t;
        i = c;
      }
    };
    const others: T[] = [];
    for (let i = this.sorted; i < list.length; i++) {
      const x = list[i]!;
      if (heap.length < want) {
        heap.push(x);
        for (let j = heap.length - 1; j > 0; ) {
          const p = (j - 1) >> 1;
          if (cmp(heap[j]!, heap[p]!) <= 0) break;
          const t = heap[j]!;
          heap[j] = heap[p]!;
          heap[p] = t;
          j = p;
        }
      } else if (cmp(x, heap[0]!) < 0) {
        others.push(heap[0]!);
        heap[0] = x;
        down(0);
      } else others.push(x);
    }
    heap.sort(cmp);
    let at = this.sorted;
    for (const x of heap) list[at++] = x;
    for (const x of others) list[at++] = x;
    this.sorted += heap.length;
  }
}
