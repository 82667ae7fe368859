import CProcessControl
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds and kills what an adapter left behind outside its process group.
///
/// Killing the adapter's group misses a descendant that called `setsid()` (or `setpgid`):
/// it is in another group and session. oam makes itself a child subreaper once, so such a
/// descendant, when its parent dies, is re-parented to oam instead of to init and can
/// still be found: while the adapter lives, by walking parent links down from it; after,
/// as a child of oam that oam never spawned. Linux only (it reads `/proc`); elsewhere
/// only the group is killed.
enum Descendants {
    /// Becomes a child subreaper, once per process.
    static let becomeSubreaper: Void = {
        _ = oam_become_child_subreaper()
    }()

    /// Every process whose chain of parents leads to `root` (not `root` itself).
    static func of(_ root: pid_t) -> [pid_t] {
        let table = processTable()
        var children: [pid_t: [pid_t]] = [:]
        for entry in table { children[entry.parent, default: []].append(entry.pid) }
        var found: [pid_t] = []
        var queue = children[root] ?? []
        while let pid = queue.popLast() {
            found.append(pid)
            queue += children[pid] ?? []
        }
        return found
    }

    /// Kills `pids` and the orphans re-parented to oam, with their own descendants, and
    /// reaps the orphans. An orphan is a child of oam in another session: every process
    /// oam starts itself — adapters (own process group), git through Foundation's `Process`
    /// (own process group too) — stays in oam's session, and a process group leader cannot
    /// leave it, so only a descendant that called `setsid` and was re-parented here is one.
    /// (A descendant that only changed its process group and outlived the adapter is not
    /// told apart from oam's own children, and is left alone.)
    static func killAll(_ pids: [pid_t]) {
        for pid in pids { _ = kill(pid, SIGKILL) }
        let me = getpid()
        let session = getsid(0)
        let orphans = processTable().filter { $0.parent == me && $0.session != session }.map(\.pid)
        for orphan in orphans {
            for pid in [orphan] + of(orphan) { _ = kill(pid, SIGKILL) }
            var status: Int32 = 0
            while waitpid(orphan, &status, 0) < 0 && errno == EINTR {}
        }
    }

    /// One line of `/proc/<pid>/stat`: the process, its parent and its session.
    struct Entry {
        var pid: pid_t
        var parent: pid_t
        var session: pid_t
    }

    /// Every process visible in `/proc` (empty where there is no `/proc`).
    static func processTable() -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return names.compactMap { name -> Entry? in
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8) else {
                return nil
            }
            return parse(stat, pid: pid)
        }
    }

    /// `pid (comm) state ppid pgrp session …`; the command name may hold spaces and
    /// parentheses, so fields are counted from the last `)`.
    static func parse(_ stat: String, pid: pid_t) -> Entry? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count >= 4, let parent = pid_t(fields[1]), let session = pid_t(fields[3]) else { return nil }
        return Entry(pid: pid, parent: parent, session: session)
    }
}
