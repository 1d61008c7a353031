/**
 * The texts of the files findings point at, decoded from their bytes when
 * first read. Reporters that show code frames (text, markdown) read a few of
 * them; the others read none, so a run whose finding is in a 20 MB file does
 * not end by holding that file twice, as bytes and as text, for nothing.
 */
export class SourceTexts implements ReadonlyMap<string, string> {
  private readonly bytes: ReadonlyMap<string, Uint8Array>;
  private readonly decoded = new Map<string, string>();
  private readonly decoder = new TextDecoder("utf-8");

  /** @param files path and bytes of each file; a later one replaces an earlier one of the same path. */
  constructor(files: Iterable<readonly [string, Uint8Array]>) {
    this.bytes = new Map(files);
  }

  /**
   * One map of the texts of several: a later one's file replaces an earlier
   * one's of the same path. Texts not decoded yet stay so.
   */
  static join(maps: readonly ReadonlyMap<string, string>[]): ReadonlyMap<string, string> {
    return new SourceTexts(maps.flatMap((m) => (m instanceof SourceTexts ? [...m.bytes] : [...m].map(([path, text]): [string, Uint8Array] => [path, Buffer.from(text, "utf8")]))));
  }

  get size(): number {
    return this.bytes.size;
  }

  has(path: string): boolean {
    return this.bytes.has(path);
  }

  get(path: string): string | undefined {
    const known = this.decoded.get(path);
    if (known !== undefined) return known;
    const bytes = this.bytes.get(path);
    if (bytes === undefined) return undefined;
    const text = this.decoder.decode(bytes);
    this.decoded.set(path, text);
    return text;
  }

  keys(): MapIterator<string> {
    return this.bytes.keys();
  }

  entries(): MapIterator<[string, string]> {
    return this.all().entries();
  }

  values(): MapIterator<string> {
    return this.all().values();
  }

  forEach(callback: (text: string, path: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    this.all().forEach((text, path) => {
      callback.call(thisArg, text, path, this);
    });
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  /** Every text, decoded, in the order of the files. */
  private all(): Map<string, string> {
    return new Map([...this.bytes.keys()].map((path) => [path, this.get(path) as string]));
  }
}
