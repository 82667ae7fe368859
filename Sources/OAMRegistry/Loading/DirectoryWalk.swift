#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The descriptor files below a folder, read with `opendir`/`readdir`.
///
/// Foundation's directory enumerator cost about 97,000 instructions a file (callgrind, 1,000
/// generated descriptors): 6 % of a whole `oam validate`, and as much of the libyaml floor
/// the loader benchmark compares it with. Reading the entries directly keeps its rules:
/// hidden entries (a leading `.`) and the top-level `schema` folder are skipped with
/// everything below them; every entry whose name ends in `.yaml` or `.yml` is listed,
/// whatever it is (a directory of that name is listed too, and refused when read);
/// directories are entered, symbolic links to them are not.
enum DirectoryWalk {
    /// Paths of the descriptor files below `folder`, as `folder/relative` (just `relative`
    /// for `.`), in the order the file system gives them.
    static func descriptorFiles(in folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [String] = []
        walk(directory: base.isEmpty ? "/" : base, relative: "", base: base, into: &found)
        return found
    }

    private static func walk(directory: String, relative: String, base: String, into found: inout [String]) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") || (relative.isEmpty && name == "schema") { continue }
            let entryRelative = relative.isEmpty ? name : relative + "/" + name
            let path = directory == "/" ? "/" + name : directory + "/" + name
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { found.append(base == "." ? entryRelative : path) }
            if isDirectory(entry.pointee.d_type, path: path) {
                walk(directory: path, relative: entryRelative, base: base, into: &found)
            }
        }
    }

    /// Whether an entry is a directory itself (not a link to one). Most file systems give the
    /// type in the entry; the others are asked with `lstat`.
    private static func isDirectory(_ type: UInt8, path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
