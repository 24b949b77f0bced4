/** The last `capacity` items, oldest first; an item whose id is already held is not added again. */
export class RingBuffer<T extends { id: string }> {
  private readonly items: T[] = [];

  constructor(private readonly capacity: number) {}

  /** False when the id is already held (a redelivered event). */
  push(item: T): boolean {
    if (this.items.some((held) => held.id === item.id)) return false;
    this.items.push(item);
    if (this.items.length > this.capacity) this.items.shift();
    return true;
  }

  toArray(): T[] {
    return [...this.items];
  }
}
