import CCMarkGFM
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The memory cmark-gfm parses one page in: handed out from large blocks, never freed piece by
/// piece, and taken back all at once when the page's tree has been read.
///
/// cmark allocates and frees every node, inline and buffer of a page on its own; through the
/// system allocator that, and freeing the tree node by node, cost about as much as a tenth of
/// parsing. cmark-gfm ships an arena of the same design (`cmark_get_arena_mem_allocator`), but
/// one global arena for the whole process, which two pages parsed at once would share; this one
/// is kept per thread. A page is parsed, read and let go on one thread with no suspension point
/// in between, so the thread's arena is the page's for that time.
enum ParseArena {
    /// Runs `body` with an allocator for cmark whose memory lives until `body` returns: nothing
    /// cmark returns (nodes, literals) may be used after that, and nothing needs freeing. Nil
    /// when no arena is `wanted`, or the thread has none (its first block could not be had):
    /// cmark then allocates as usual, and what it returns is freed as usual.
    static func withMemory<Result>(_ wanted: Bool, _ body: (UnsafeMutablePointer<cmark_mem>?) -> Result) -> Result {
        guard wanted, let state = State.current() else { return body(nil) }
        defer { state.pointee.reset() }
        return body(memory)
    }

    /// The allocator cmark calls: C functions, so they find the arena through the thread.
    nonisolated(unsafe) private static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(
            calloc: { count, size in
                let (total, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow, let pointer = State.current()?.pointee.allocate(total) else { return nil }
                memset(pointer, 0, total)
                return pointer
            },
            realloc: { old, size in State.current()?.pointee.reallocate(old, size) },
            free: { _ in }))
        return memory
    }()

    /// One thread's arena.
    struct State {
        /// Each allocation is preceded by its size, which `reallocate` needs to copy it.
        private static let header = MemoryLayout<Int>.size
        /// Allocations are aligned as `malloc`'s for the types cmark keeps (pointers, sizes).
        private static let alignment = MemoryLayout<Int>.size
        /// The first block, kept from page to page: most pages fit in it.
        private static let blockSize = 1 << 20

        private var block: UnsafeMutableRawPointer
        private var capacity: Int
        private var used = 0
        /// Where the newest allocation's header is, which can grow in place.
        private var newest: UnsafeMutableRawPointer?
        /// Blocks beyond the first, freed when the page is done.
        private var extraBlocks: [UnsafeMutableRawPointer] = []
        private let firstBlock: UnsafeMutableRawPointer

        private init?() {
            guard let block = malloc(Self.blockSize) else { return nil }
            self.block = block
            firstBlock = block
            capacity = Self.blockSize
        }

        /// `size` bytes, uninitialized.
        mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
            let needed = Self.header + (size + Self.alignment - 1) & ~(Self.alignment - 1)
            if needed > capacity - used {
                let size = max(Self.blockSize, needed)
                guard let fresh = malloc(size) else { return nil }
                extraBlocks.append(fresh)
                block = fresh
                capacity = size
                used = 0
            }
            let start = block + used
            used += needed
            start.storeBytes(of: size, as: Int.self)
            newest = start
            return start + Self.header
        }

        /// `old`'s bytes (as many as fit) in `size` bytes: the newest allocation grows where it is.
        mutating func reallocate(_ old: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
            guard let old else { return allocate(size) }
            let oldStart = old - Self.header
            let oldSize = oldStart.load(as: Int.self)
            if oldStart == newest {
                let needed = Self.header + (size + Self.alignment - 1) & ~(Self.alignment - 1)
                let offset = oldStart - block
                if offset >= 0, offset + needed <= capacity {
                    used = offset + needed
                    oldStart.storeBytes(of: size, as: Int.self)
                    return old
                }
            }
            guard let fresh = allocate(size) else { return nil }
            fresh.copyMemory(from: old, byteCount: min(oldSize, size))
            return fresh
        }

        /// Takes back everything handed out; keeps the first block for the next page.
        mutating func reset() {
            for extra in extraBlocks { free(extra) }
            extraBlocks.removeAll(keepingCapacity: true)
            block = firstBlock
            capacity = Self.blockSize
            used = 0
            newest = nil
        }

        /// The calling thread's arena, made on its first page and freed with the thread.
        static func current() -> UnsafeMutablePointer<State>? {
            if let existing = pthread_getspecific(key) { return existing.assumingMemoryBound(to: State.self) }
            guard let fresh = State() else { return nil }
            let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
            state.initialize(to: fresh)
            pthread_setspecific(key, state)
            return state
        }

        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { raw in
                guard let state = raw?.assumingMemoryBound(to: State.self) else { return }
                state.pointee.reset()
                free(state.pointee.firstBlock)
                state.deinitialize(count: 1)
                state.deallocate()
            }
            return key
        }()
    }
}
