import Foundation

/// Exchanges two folders in one system call, so that no process ever sees neither, or a mix.
enum FolderSwap {
    /// Exchanges the entries at `first` and `second`, both of which must exist. Returns 0, or
    /// the `errno` of the failure, both left in place: `ENOSYS` where the system has no
    /// exchange, `EBUSY` for a mount point, `EPERM` for an immutable folder…
    static func exchange(_ first: String, _ second: String) -> Int32 {
        #if os(Linux)
        // glibc has renameat2 since 2.28, but Swift's Glibc module does not declare it.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return ENOSYS }
        let renameExchange: UInt32 = 1 << 1
        let result = unsafeBitCast(symbol, to: RenameAt2.self)(AT_FDCWD, first, AT_FDCWD, second, renameExchange)
        #elseif canImport(Darwin)
        let result = renamex_np(first, second, UInt32(RENAME_SWAP))
        #else
        let result: Int32 = -1
        errno = ENOSYS
        #endif
        return result == 0 ? 0 : errno
    }
}
