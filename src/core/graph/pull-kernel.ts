/**
 * PageRank's pull loop in WebAssembly (./pull-kernel.wat), and the linear memory it reads: the
 * relabelled in-rows (./pull-rows.ts) and the iteration's vectors (./pagerank.ts) are laid out
 * in one `WebAssembly.Memory`, and `pagerankBlock` hands a block to the kernel instead of its
 * JavaScript loop. The arithmetic is the same, operation for operation, so the scores are
 * bit-identical either way (tested); only the time differs: in JavaScript every `c[srcs[e]]`
 * of the gather pays a bounds check and an index conversion, in WebAssembly the memory's guard
 * pages make the loads unchecked (ego-Twitter: 2.5–3.0× less time per iteration on one
 * thread, docs/benchmarks.md "Field graph").
 *
 * The memory is shared (a SharedArrayBuffer underneath): the worker threads of
 * adapters/graph/parallel-pagerank.ts receive it and instantiate the kernel on it, and growing
 * it never detaches the arrays already laid out in it. Its arrays are allocated by a bump
 * allocator; an iteration's vectors take a region that `release` gives back for the next run
 * on the same graph. Where WebAssembly or shared memory is missing, or the graph would pass
 * wasm32's 4 GiB, nothing changes: plain arrays and the JavaScript loop.
 */
import { PULL_KERNEL_WASM } from './pull-kernel-wasm.js';

export const PULL_KERNEL_DEFAULTS = Object.freeze({
  /**
   * From this many edges the relabelled rows go into a kernel memory (`pullKernel: 'auto'`).
   * Below, a block is so short that the loop's language hardly matters, and each kernel memory
   * reserves address space of its own.
   */
  minEdges: 16384,
  /** wasm32's limit: 65,536 pages of 64 KiB. */
  maxPages: 65536,
});

const PAGE = 65536;
const ALIGN = 16;

/** The exported function of ./pull-kernel.wat (pointers are byte offsets in the memory). */
type BlockFunction = (
  lo: number,
  hi: number,
  off: number,
  src: number,
  w: number,
  wkind: number,
  c: number,
  cy: number,
  s: number,
  tele: number,
  alpha: number,
  base: number,
  uniformBase: number,
  errOut: number,
  dangOut: number,
  sumOut: number,
) => void;

/**
 * The part of the WebAssembly JavaScript API used here. Declared locally, read from globalThis:
 * the core is compiled without the DOM's typings (which are where TypeScript declares it), and a
 * runtime may lack it (then the kernel does not run).
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}
interface WasmModule {
  readonly kind?: 'module';
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: { env: { memory: WasmMemory } }) => { readonly exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
}
const wasmApi = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: WasmModule | null | undefined;

/** The kernel's module, compiled once per thread; null where WebAssembly cannot run it. */
function kernelModule(): WasmModule | null {
  if (compiled === undefined) {
    try {
      if (wasmApi === undefined) throw new Error('no WebAssembly');
      const text = atob(PULL_KERNEL_WASM);
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      compiled = new wasmApi.Module(bytes);
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Whether this runtime can run the kernel (WebAssembly with shared memory). */
export function pullKernelAvailable(): boolean {
  return kernelModule() !== null && typeof SharedArrayBuffer !== 'undefined';
}

const instances = new WeakMap<WasmMemory, BlockFunction>();

/** The kernel instantiated on `memory`, once per thread and memory. */
export function blockKernel(memory: WasmMemory): BlockFunction {
  let f = instances.get(memory);
  if (f === undefined) {
    const mod = kernelModule();
    if (mod === null || wasmApi === undefined) throw new Error('the WebAssembly pull kernel cannot run here');
    f = new wasmApi.Instance(mod, { env: { memory } }).exports.block as BlockFunction;
    instances.set(memory, f);
  }
  return f;
}

type ArrayType = Uint32Array | Float64Array | Float32Array;
type ArrayConstructor<T extends ArrayType> = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; readonly BYTES_PER_ELEMENT: number };

/** `bytes` rounded up to the allocator's alignment (16). */
export const aligned = (bytes: number): number => Math.ceil(bytes / ALIGN) * ALIGN;

/**
 * Bytes of one PageRank state laid out in a kernel memory (./pagerank.ts): c0, c1 and the
 * teleport vector of n values, and the three per-block sums, each aligned.
 */
export function pageRankStateBytes(n: number, blocks: number): number {
  return 3 * aligned(8 * n) + 3 * aligned(8 * blocks);
}

/** A region of a kernel memory: `bytes` from `offset`. */
export interface KernelRegion {
  readonly offset: number;
  readonly bytes: number;
}

/** A shared WebAssembly memory with a bump allocator, for the kernel's arrays. */
export class KernelMemory {
  /** Bytes in use; from 16, so that no array starts at 0, which the kernel reads as "none". */
  private top = ALIGN;
  /** Released regions, by size: an iteration's vectors come back for the next run. */
  private readonly free = new Map<number, number[]>();

  private constructor(readonly memory: WasmMemory) {}

  /** A memory of `bytes` to begin with; null where the kernel cannot run or that is past 4 GiB. */
  static create(bytes: number): KernelMemory | null {
    if (!pullKernelAvailable()) return null;
    const pages = Math.max(1, Math.ceil(bytes / PAGE));
    if (pages > PULL_KERNEL_DEFAULTS.maxPages) return null;
    try {
      return new KernelMemory(new wasmApi!.Memory({ initial: pages, maximum: PULL_KERNEL_DEFAULTS.maxPages, shared: true }));
    } catch {
      return null; // address space refused: plain arrays instead
    }
  }

  /** `bytes` more (aligned), growing the memory if needed; null past 4 GiB. */
  region(bytes: number): KernelRegion | null {
    const size = aligned(Math.max(bytes, 1));
    const reused = this.free.get(size)?.pop();
    if (reused !== undefined) return { offset: reused, bytes: size };
    const end = this.top + size;
    const have = this.memory.buffer.byteLength;
    if (end > have) {
      const pages = Math.ceil((end - have) / PAGE);
      if (have / PAGE + pages > PULL_KERNEL_DEFAULTS.maxPages) return null;
      try {
        this.memory.grow(pages);
      } catch {
        return null;
      }
    }
    const offset = this.top;
    this.top = end;
    return { offset, bytes: size };
  }

  /** Gives a region back for a later `region` of the same size. */
  release(r: KernelRegion): void {
    const list = this.free.get(r.bytes);
    if (list === undefined) this.free.set(r.bytes, [r.offset]);
    else list.push(r.offset);
  }

  /** A typed array of `length` elements at `byteOffset` of this memory. */
  view<T extends ArrayType>(ctor: ArrayConstructor<T>, byteOffset: number, length: number): T {
    return new ctor(this.memory.buffer, byteOffset, length);
  }

  /** An array of `length` elements in a region of its own (not zeroed if the region was released before), or null past 4 GiB. */
  array<T extends ArrayType>(ctor: ArrayConstructor<T>, length: number): T | null {
    const r = this.region(length * ctor.BYTES_PER_ELEMENT);
    return r === null ? null : this.view(ctor, r.offset, length);
  }
}

/** Byte offset of a kernel array, or 0 for none (the kernel reads 0 as "absent"). */
export const pointer = (a: ArrayBufferView | null): number => (a === null ? 0 : a.byteOffset);
